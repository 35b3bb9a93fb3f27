"""jupyterhub/jupyterhub: classic declarative in one module: ``Column`` on a
``declarative_base()``, TypeDecorators of its own over Text (``JSONDict``, ``JSONList``), Python
defaults made by functions (``default=random_port``, ``default=new_token``), mixins that are plain
classes (``Expiring``, ``Hashed``) and a ``_Share`` mixin whose foreign keys are
``declared_attr`` functions, ``Boolean(create_constraint=False)``, association tables built by a
loop. The modules it imports from the application (``jupyterhub.utils``) and tornado are stubs."""

from recipe import Recipe

RECIPE = Recipe(
    name="jupyterhub",
    repo="jupyterhub/jupyterhub",
    style="classic declarative, TypeDecorators",
    files=("jupyterhub/orm.py", "jupyterhub/__init__.py"),
    stub_roots=("jupyterhub", "*"),
    metadata="jupyterhub.orm:Base.metadata",
    imports=("jupyterhub.orm",),
    models="jupyterhub",
    drift=(
        "ALTER TABLE users RENAME COLUMN last_activity TO last_seen",
        "ALTER TABLE servers ALTER COLUMN base_url TYPE varchar(512)",
        "ALTER TABLE spawners ALTER COLUMN name SET NOT NULL",
        "ALTER TABLE services ADD COLUMN created_at timestamp NOT NULL DEFAULT now()",
        "CREATE INDEX ix_spawners_started ON spawners (started)",
        "COMMENT ON TABLE roles IS 'RBAC roles'",
        "ALTER TABLE services DROP COLUMN cwd",
        "ALTER TABLE groups ALTER COLUMN name SET NOT NULL",
        "ALTER TABLE servers ALTER COLUMN port SET DEFAULT 8888",
        "CREATE TABLE user_notes (id serial PRIMARY KEY, user_id integer NOT NULL REFERENCES users (id)"
        " ON DELETE CASCADE, note text NOT NULL, created timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE users ALTER COLUMN name TYPE varchar(512)",
    ),
    dropped=("services.cwd",),
)
