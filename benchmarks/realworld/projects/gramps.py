"""gramps-project/gramps-web-api: Flask-SQLAlchemy 3 user database of the Gramps web API:
``mapped_column(...)`` assigned without ``Mapped[...]`` annotations (``id = mapped_column(GUID,
primary_key=True)``), a ``GUID`` TypeDecorator of its own (``CHAR(32)`` or PostgreSQL's UUID by
dialect), ``server_default="1"`` on an integer, named ``UniqueConstraint`` / ``Index`` in
``__table_args__``, ``ondelete`` foreign keys. The Gramps library and the app's other modules
are stubs."""

from recipe import Recipe

RECIPE = Recipe(
    name="gramps",
    repo="gramps-project/gramps-web-api",
    style="Flask-SQLAlchemy, mapped_column without Mapped",
    files=("gramps_webapi/auth/__init__.py", "gramps_webapi/auth/const.py", "gramps_webapi/auth/passwords.py",
           "gramps_webapi/auth/sql_guid.py", "gramps_webapi/const.py"),
    stubs={"gramps_webapi/__init__.py": "", "gramps_webapi/_version.py": '__version__ = "0"\n'},
    stub_roots=("*",),
    metadata="gramps_webapi.auth:user_db.metadata",
    imports=("gramps_webapi.auth",),
    models="gramps_webapi/auth",
    line_length=88,
    drift=(
        "ALTER TABLE users RENAME COLUMN fullname TO full_name",
        "ALTER TABLE access_tokens ALTER COLUMN scope TYPE varchar(128)",
        "ALTER TABLE trees ALTER COLUMN quota_media SET NOT NULL",
        "ALTER TABLE configuration ADD COLUMN updated_at timestamp",
        "CREATE INDEX ix_task_tree_created_at ON task_tree (created_at)",
        "COMMENT ON COLUMN users.email IS 'login e-mail'",
        "ALTER TABLE trees DROP COLUMN usage_ai",
        "ALTER TABLE users ALTER COLUMN role SET DEFAULT 0",
        "CREATE TABLE invitations (id serial PRIMARY KEY, tree varchar NOT NULL,"
        " created_at timestamp NOT NULL DEFAULT now())",
    ),
    dropped=("trees.usage_ai",),
)
