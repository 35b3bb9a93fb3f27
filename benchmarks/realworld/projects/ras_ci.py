"""ONSdigital/ras-collection-instrument: classic declarative with ``Table`` association objects
for two many-to-many relationships, ``UUID`` and ``TIMESTAMP`` from ``sqlalchemy.types``,
``JSONB``, foreign keys to a unique non-key column (``instrument.instrument_id``), a composite
primary key of three columns, and constructors of the models' own (``__init__``). The package's
``__init__`` (a ``GUID`` TypeDecorator) is laid out as it is."""

from recipe import Recipe

RECIPE = Recipe(
    name="ras_ci",
    repo="ONSdigital/ras-collection-instrument",
    style="classic declarative, association Tables, composite key",
    files=("application/models/__init__.py", "application/models/models.py"),
    stubs={"application/__init__.py": ""},
    metadata="application.models.models:Base.metadata",
    imports=("application.models.models",),
    models="application/models",
    line_length=120,
    drift=(
        "ALTER TABLE seft_instrument RENAME COLUMN file_name TO filename",
        "ALTER TABLE business ALTER COLUMN ru_ref TYPE varchar(64)",
        "ALTER TABLE instrument ALTER COLUMN type SET NOT NULL",
        "ALTER TABLE survey ADD COLUMN short_name varchar(20)",
        "CREATE INDEX ix_instrument_stamp ON instrument (stamp)",
        "COMMENT ON COLUMN instrument.classifiers IS 'form type and eq id'",
        "ALTER TABLE instrument ALTER COLUMN stamp SET DEFAULT now()",
        "ALTER TABLE seft_instrument DROP COLUMN len",
        "CREATE TABLE instrument_note (id serial PRIMARY KEY, instrument_id integer NOT NULL"
        " REFERENCES instrument (id), body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE instrument RENAME TO instrument_v2",
    ),
    dropped=("seft_instrument.len",),
)
