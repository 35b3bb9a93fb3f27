"""fedora-infra/koschei: classic declarative models on a base class whose ``__tablename__`` is
a ``declared_attr`` that turns the class name into snake case with a regular expression
(``BuildrootProblem`` -> ``buildroot_problem``: every table name computed, none written),
``server_default=false()`` / ``true()``, PostgreSQL arrays, enums and CHECK constraints in
``__table_args__``, a TypeDecorator that stores compressed integer arrays in ``bytea``, and
``listen(Table, "after_create", ...)`` hooks. The configuration module is a stand-in of ours
(every setting its default); the rest of the application imports as permissive stubs."""

from recipe import Recipe

CONFIG = "def get_config(key, default=None):\n    return default\n"

RECIPE = Recipe(
    name="koschei",
    repo="fedora-infra/koschei",
    style="classic declarative, table names computed from class names",
    files=("koschei/models.py", "koschei/db.py"),
    stubs={"koschei/__init__.py": "", "koschei/config.py": CONFIG},
    stub_roots=("*",),
    metadata="koschei.db:Base.metadata",
    imports=("koschei.models",),
    models="koschei",
    probe_packages=("sqlalchemy==1.4.54", "alembic==1.13.3", "psycopg2-binary"),  # select([...]) at import
    drift=(
        "ALTER TABLE admin_notice RENAME COLUMN content TO body",
        "ALTER TABLE \"user\" ALTER COLUMN name TYPE varchar(255)",
        "ALTER TABLE collection_group ALTER COLUMN display_name DROP NOT NULL",
        "ALTER TABLE package_group ADD COLUMN description text",
        "CREATE INDEX ix_build_started ON build (started)",
        "COMMENT ON COLUMN admin_notice.key IS 'always global_notice'",
        "ALTER TABLE \"user\" DROP COLUMN admin",
        "ALTER TABLE repo_mapping ALTER COLUMN primary_id SET DEFAULT 0",
        "CREATE TABLE build_note (id serial PRIMARY KEY, build_id integer NOT NULL REFERENCES build (id),"
        " note text NOT NULL, created timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE build RENAME TO build_v2",
    ),
    dropped=("user.admin",),
)
