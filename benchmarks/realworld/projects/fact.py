"""fkie-cad/FACT_core (the firmware analysis storage): ``mapped_column(...)`` without ``Mapped``
annotations in one ``storage/schema.py``, a type held in a module constant (``UID =
VARCHAR(78)``) for every key, comments on nearly every column and on tables (a ``__table_args__``
of one dict, its text split over several string literals), PostgreSQL's ``ARRAY`` / ``CHAR`` /
``JSONB`` under ``MutableDict`` / ``MutableList``, association ``Table`` objects with composite
primary keys, cascading foreign keys, and a session event listener."""

from recipe import Recipe

RECIPE = Recipe(
    name="fact",
    repo="fkie-cad/FACT_core",
    style="mapped_column without annotations, type constants, comments everywhere, association tables",
    files=("src/storage/schema.py",),
    strip="src/",
    stub_roots=("*",),
    metadata="storage.schema:Base.metadata",
    imports=("storage.schema",),
    models="storage",
    drift=(
        "ALTER TABLE firmware RENAME COLUMN vendor TO manufacturer",
        "ALTER TABLE firmware ALTER COLUMN device_name TYPE varchar(300)",
        "ALTER TABLE file_object ALTER COLUMN file_name SET NOT NULL",
        "ALTER TABLE firmware ADD COLUMN region varchar(64)",
        "CREATE INDEX ix_firmware_device_class ON firmware (device_class)",
        "COMMENT ON COLUMN search_cache.query IS 'the query as the user wrote it'",
        "ALTER TABLE firmware DROP COLUMN submission_date",
        "ALTER TABLE stats ALTER COLUMN name SET DEFAULT ''",
        "CREATE TABLE media_backups (id serial PRIMARY KEY,"
        " firmware_uid varchar(78) NOT NULL REFERENCES firmware (uid), created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE templates RENAME TO web_templates",
    ),
    dropped=("firmware.submission_date",),
)
