"""uc-cdis/indexd (the Gen3 data commons' index of data objects, NIH-funded): classic
``declarative_base()`` models written at the top of the SQLAlchemy driver module that also holds
the 1,700 lines of the driver class and helper functions, untyped ``Column(String)`` keys
everywhere (no lengths), composite primary keys of two or three columns, a composite
``ForeignKeyConstraint`` in ``__table_args__`` beside an ``Index`` on a column that already says
``index=True`` (two indexes on one column), a column that is both part of the key and
``unique=True``, Python-side ``default=datetime.datetime.utcnow`` timestamps, a relationship per
child table with ``backref`` and ``cascade="all, delete-orphan"``, and a table whose key columns
are declared after its plain ones. Only the multi-table driver is laid out: the project's other
drivers each have a ``Base`` of their own (single-table records, aliases, auth). Everything the
module imports of the application (errors, the driver ABC, auth, cdislogging) is a permissive
stub."""

from recipe import Recipe

RECIPE = Recipe(
    name="indexd",
    repo="uc-cdis/indexd",
    style="classic declarative in a driver module, composite keys and foreign key",
    files=("indexd/index/drivers/alchemy.py",),
    stub_roots=("*",),
    metadata="indexd.index.drivers.alchemy:Base.metadata",
    imports=("indexd.index.drivers.alchemy",),
    models="indexd/index/drivers",
    line_length=88,  # black's default (its pre-commit runs black unconfigured)
    drift=(
        "ALTER TABLE index_record RENAME COLUMN uploader TO uploaded_by",
        "ALTER TABLE index_record ALTER COLUMN rev SET NOT NULL",
        "CREATE TABLE index_record_label (id serial PRIMARY KEY,"
        " did varchar NOT NULL REFERENCES index_record (did) ON DELETE CASCADE,"
        " label text NOT NULL, created_at timestamp NOT NULL DEFAULT now(), UNIQUE (did, label))",
        "ALTER TABLE drs_bundle_record ALTER COLUMN version TYPE varchar(64)",
        "ALTER TABLE drs_bundle_record DROP COLUMN aliases",
        "CREATE INDEX ix_index_record_created_date ON index_record (created_date)",
        "COMMENT ON COLUMN index_record_hash.hash_value IS 'hex digest of the object'",
        "ALTER TABLE index_record ALTER COLUMN form SET DEFAULT 'object'",
        "ALTER TABLE index_record_url ADD COLUMN region varchar(32)",
        "COMMENT ON TABLE stats IS 'running totals, one row per month'",
        "ALTER TABLE stats ALTER COLUMN total_record_count SET NOT NULL",
        "ALTER TABLE index_record_metadata ALTER COLUMN value TYPE text",
        "ALTER TABLE index_record_authz RENAME TO index_record_resource",
    ),
    dropped=("drs_bundle_record.aliases",),
)
