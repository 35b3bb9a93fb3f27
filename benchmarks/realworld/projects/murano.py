"""openstack/murano (the application catalog; retired: the last commit of master removed the code, so
the one before it is laid out): classic declarative on ``declarative_base(cls=_MuranoBase)`` of
``sqlalchemy.ext.declarative`` over oslo.db's ``ModelBase`` (read from the installed library), a
project ``TimestampMixin`` of ``created`` / ``updated`` with Python-side defaults and ``onupdate``, a
``JsonBlob`` TypeDecorator and a type function with a MySQL variant (``st.LargeBinary()``) of a types
module imported through an alias, two association ``sa.Table``s on ``Base.metadata``, a
``column_property`` of a correlated ``sa.select([...])`` (SQLAlchemy 1.4's list form), a table named
with a hyphen (``environment-template``), named indexes in ``__table_args__``. The service broker's
``cfapi_models.py`` (another base mapping the same three ``cf_*`` tables) is left out."""

from recipe import Recipe

RECIPE = Recipe(
    name="murano",
    repo="openstack/murano",
    style="classic declarative on an oslo.db base, association tables, column_property of a select",
    files=("murano/db/models.py", "murano/db/sqla/types.py", "murano/common/uuidutils.py"),
    stub_roots=("*",),
    metadata="murano.db.models:Base.metadata",
    imports=("murano.db.models",),
    models="murano/db",
    line_length=79,
    ref="c898a310afbc27f12190446ef75d8b0bd12115eb",  # master's last commit with the code
    # ``sa.select([...])`` in a column_property: SQLAlchemy 1.4 (oslo.db's ModelBase the real one)
    probe_packages=("sqlalchemy==1.4.54", "alembic==1.13.3", "psycopg2-binary", "oslo.db"),
    drift=(
        "ALTER TABLE package RENAME COLUMN ui_definition TO ui_spec",
        "ALTER TABLE apistats ALTER COLUMN host TYPE varchar(255)",
        "ALTER TABLE task ALTER COLUMN environment_id SET NOT NULL",
        "ALTER TABLE environment ADD COLUMN region varchar(64)",
        "CREATE INDEX ix_task_environment_id ON task (environment_id)",
        "COMMENT ON COLUMN package.fully_qualified_name IS 'the name of the main class'",
        "ALTER TABLE instance_stats ALTER COLUMN unit_count SET DEFAULT 0",
        "ALTER TABLE apistats DROP COLUMN cpu_percent",
        "CREATE TABLE package_reviews (id serial PRIMARY KEY, package_id varchar(36) NOT NULL"
        " REFERENCES package (id), body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE locks RENAME TO murano_locks",
    ),
    dropped=("apistats.cpu_percent",),
)
