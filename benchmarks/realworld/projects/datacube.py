"""opendatacube/datacube-core: SQLAlchemy Core ``Table`` objects only (no mapped class), in the
``agdc`` schema that the ``MetaData`` of another module sets (``_core.METADATA``, its ``schema=`` a
constant of a third), with that module's naming convention; ``ForeignKey(TABLE.c.id)`` columns
typed ``None`` (their target's type), partial indexes written as ``Index("ix", T.c.archived ==
None)``, ``server_default=func.current_user()`` on a column of PostgreSQL's ``name`` type (a
``Text`` subclass a ``@compiles`` function writes as ``NAME``). Run with ``--schema agdc``."""

from recipe import Recipe

RECIPE = Recipe(
    name="datacube",
    repo="opendatacube/datacube-core",
    style="Core Table objects, schema from another module",
    files=("datacube/drivers/postgres/_schema.py", "datacube/drivers/postgres/_core.py",
           "datacube/drivers/postgres/sql.py"),
    stubs={"datacube/__init__.py": "", "datacube/drivers/__init__.py": "", "datacube/drivers/postgres/__init__.py": ""},
    stub_roots=("*",),
    metadata="datacube.drivers.postgres._core:METADATA",
    imports=("datacube.drivers.postgres._schema",),
    models="datacube/drivers/postgres",
    line_length=120,
    schemas=("agdc",),
    prelude=("CREATE SCHEMA agdc",),
    probe_packages=("sqlalchemy==1.4.54", "alembic==1.13.3", "psycopg2-binary"),
    drift=(
        "ALTER TABLE agdc.dataset_location RENAME COLUMN uri_body TO uri_path",
        "ALTER TABLE agdc.metadata_type ALTER COLUMN name TYPE varchar(200)",
        "ALTER TABLE agdc.dataset ALTER COLUMN archived SET DEFAULT now()",
        "ALTER TABLE agdc.dataset_source ADD COLUMN note text",
        "CREATE INDEX ix_agdc_dataset_added ON agdc.dataset (added)",
        "COMMENT ON COLUMN agdc.dataset_type.definition IS 'product definition document'",
        "ALTER TABLE agdc.dataset_location DROP COLUMN archived",
        "ALTER TABLE agdc.dataset_type ALTER COLUMN metadata DROP NOT NULL",
        "CREATE TABLE agdc.dataset_note (id serial PRIMARY KEY, dataset_ref uuid NOT NULL REFERENCES agdc.dataset (id),"
        " body text NOT NULL)",
    ),
    dropped=("dataset_location.archived",),
)
