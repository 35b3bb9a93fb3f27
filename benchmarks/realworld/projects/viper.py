"""viper-framework/viper: classic declarative on ``declarative_base()`` in one module of single-quoted
strings, a ``Table`` association with four nullable foreign keys beside the classes, a
self-referencing foreign key (``parent_id``), ``Integer()`` / ``Text()`` written called,
``DateTime(timezone=False)``, ``Index`` items built in ``__table_args__`` with ``index=True`` columns
beside them, and a flake8 line length of 400. The framework's other modules are permissive stubs."""

from recipe import Recipe

RECIPE = Recipe(
    name="viper",
    repo="viper-framework/viper",
    style="classic declarative, single quotes, Table association",
    files=("viper/core/database.py",),
    stubs={"viper/__init__.py": "", "viper/core/__init__.py": ""},
    stub_roots=("*",),
    metadata="viper.core.database:Base.metadata",
    imports=("viper.core.database",),
    models="viper/core",
    line_length=400,
    drift=(
        "ALTER TABLE malware RENAME COLUMN mime TO mime_type",
        "ALTER TABLE note ALTER COLUMN title TYPE varchar(500)",
        "ALTER TABLE malware ALTER COLUMN name SET NOT NULL",
        "ALTER TABLE tag ADD COLUMN color varchar(7)",
        "CREATE INDEX ix_malware_created_at ON malware (created_at)",
        "COMMENT ON COLUMN malware.ssdeep IS 'the fuzzy hash'",
        "ALTER TABLE analysis DROP COLUMN cmd_line",
        "ALTER TABLE malware ALTER COLUMN size SET DEFAULT 0",
        "CREATE TABLE malware_notes (id serial PRIMARY KEY, malware_id integer NOT NULL REFERENCES malware (id),"
        " body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE tag RENAME TO tags",
    ),
    dropped=("analysis.cmd_line",),
)
