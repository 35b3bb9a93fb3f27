"""inveniosoftware/invenio-records: Flask-SQLAlchemy on invenio-db's ``db``, one table whose
columns come from an abstract base of the project (``RecordMetadataBase(db.Timestamp)``) and,
through it, from the installed invenio-db's ``Timestamp`` mixin; a JSON column typed
``db.JSON().with_variant(postgresql.JSONB(none_as_null=True), "postgresql")`` with variants for
two other databases, a sqlalchemy-utils ``UUIDType`` key with a Python-side ``default=uuid.uuid4``,
and a version counter (``__mapper_args__ = {"version_id_col": version_id}``)."""

from recipe import Recipe

RECIPE = Recipe(
    name="invenio_records",
    repo="inveniosoftware/invenio-records",
    style="Flask-SQLAlchemy on invenio-db, JSON with variants, version counter",
    files=("invenio_records/models.py",),
    stubs={"invenio_records/__init__.py": ""},
    stub_roots=("*",),
    metadata="invenio_db:db.metadata",
    imports=("invenio_records.models",),
    models="invenio_records",
    line_length=88,
    probe_packages=("invenio-db==2.6.1", "sqlalchemy-utils==0.41.2", "psycopg2-binary", "alembic"),
    drift=(
        "ALTER TABLE records_metadata RENAME COLUMN version_id TO revision",
        "ALTER TABLE records_metadata ALTER COLUMN json SET NOT NULL",
        "ALTER TABLE records_metadata ADD COLUMN title text",
        "CREATE INDEX ix_records_metadata_updated ON records_metadata (updated)",
        "COMMENT ON COLUMN records_metadata.created IS 'when the record was made'",
        "ALTER TABLE records_metadata ALTER COLUMN json SET DEFAULT '{}'::jsonb",
        "CREATE TABLE records_note (id serial PRIMARY KEY, record_id uuid NOT NULL REFERENCES records_metadata (id),"
        " body text NOT NULL, created timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE records_metadata RENAME TO records_metadata_v2",
    ),
)
