"""mindsdb/mindsdb: classic declarative models in one storage module: ``class Base:
__allow_unmapped__ = True`` rebound by ``Base = declarative_base(cls=Base)``, JSON kept in text
columns by ``TypeDecorator``s of its own (``Json``, ``Array``) and by mind-castle's encrypted
``SecretData`` subclass (whose argument the environment chooses), ``ForeignKey(..., name=...)``
columns without a type, ``UniqueConstraint`` in ``__table_args__``, Python-side defaults from
constants and ``datetime.datetime.now``. The app's config and utilities are stubs."""

from recipe import Recipe

RECIPE = Recipe(
    name="mindsdb",
    repo="mindsdb/mindsdb",
    style="classic declarative, cls= base, TypeDecorators",
    files=("mindsdb/interfaces/storage/db.py", "mindsdb/utilities/constants.py"),
    stubs={"mindsdb/__init__.py": "", "mindsdb/interfaces/__init__.py": "",
           "mindsdb/interfaces/storage/__init__.py": "", "mindsdb/utilities/__init__.py": ""},
    stub_roots=("*",),
    metadata="mindsdb.interfaces.storage.db:Base.metadata",
    imports=("mindsdb.interfaces.storage.db",),
    models="mindsdb/interfaces/storage",
    line_length=120,
    probe_packages=("sqlalchemy==2.0.51", "alembic==1.18.5", "psycopg2-binary", "numpy", "orjson", "mind-castle"),
    drift=(
        "ALTER TABLE predictor RENAME COLUMN mindsdb_version TO engine_version",
        "ALTER TABLE project ALTER COLUMN name TYPE varchar(300)",
        "ALTER TABLE integration ALTER COLUMN data SET NOT NULL",
        "ALTER TABLE jobs ADD COLUMN paused_at timestamp",
        "CREATE INDEX ix_queries_created_at ON queries (created_at)",
        "COMMENT ON COLUMN file.name IS 'the file name as uploaded'",
        "ALTER TABLE view DROP COLUMN query",
        "ALTER TABLE tasks ALTER COLUMN alive_time SET DEFAULT now()",
        "CREATE TABLE audit_log (id serial PRIMARY KEY, project_id integer NOT NULL REFERENCES project (id),"
        " created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE project RENAME TO project_v2",
    ),
    dropped=("view.query",),
)
