"""inveniosoftware/invenio-requests (requests, comments and their events in InvenioRDM):
Flask-SQLAlchemy models on invenio-db's ``db`` (``db.Timestamp`` and ``db.UTCDateTime``, read from the
installed library) deriving from ``db.Model`` and invenio-records' ``RecordMetadataBase`` (a version
counter in ``__mapper_args__``), a class whose body is ``__record_model_cls__`` and ``__tablename__``
alone, all its columns, keys and index coming from invenio-records-resources' ``FileRecordModelMixin``
(``declared_attr`` foreign keys to ``cls.__record_model_cls__.id``, a ``declared_attr
__table_args__`` index named from ``cls.__tablename__``), foreign keys written with the classes
(``db.ForeignKey(RequestMetadata.id, ondelete="CASCADE")``, ``db.ForeignKey(Bucket.id, ...)``),
sqlalchemy-utils' ``UUIDType``, and a sequence table whose ``BIGINT`` key comes from a mixin's
``declared_attr`` (``db.BigInteger().with_variant(db.Integer, "sqlite")``). The other libraries'
classes (records, files, records-resources: not installed where schema-inspector runs) are small
stubs of ours with the tables and columns the models use, read with the models."""

from recipe import INVENIO_LIBRARY_STUBS, Recipe

RECIPE = Recipe(
    name="invenio_requests",
    repo="inveniosoftware/invenio-requests",
    style="Flask-SQLAlchemy on invenio-db, other libraries' bases, a class of mixin columns only",
    files=("invenio_requests/records/models.py",),
    # (every other directory of the layout gets an empty __init__.py)
    stubs=INVENIO_LIBRARY_STUBS,
    stub_roots=("*",),
    metadata="invenio_db:db.metadata",
    imports=("invenio_requests.records.models",),
    # the stubs of ours are read with the project's models: outside the scanned path their two
    # tables would get new classes of their own
    models=".",
    line_length=88,
    probe_packages=("invenio-db==2.6.1", "invenio-accounts==9.1.0", "sqlalchemy-utils==0.41.2", "psycopg2-binary",
                    "alembic"),
    drift=(
        "ALTER TABLE request_events RENAME COLUMN type TO event_type",
        "ALTER TABLE request_metadata ALTER COLUMN number TYPE varchar(100)",
        "ALTER TABLE request_events ALTER COLUMN request_id SET NOT NULL",
        "ALTER TABLE request_metadata ADD COLUMN locked boolean",
        "CREATE INDEX ix_request_events_request_id_created ON request_events (request_id, created)",
        "COMMENT ON COLUMN request_metadata.number IS 'the number shown to users'",
        "ALTER TABLE request_events ALTER COLUMN event_type SET DEFAULT 'C'",
        "ALTER TABLE request_metadata DROP COLUMN expires_at",
        "CREATE TABLE request_reviews (id uuid PRIMARY KEY, request_id uuid NOT NULL REFERENCES request_metadata (id),"
        " verdict varchar(20) NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE request_number_seq RENAME TO request_number_sequence",
    ),
    dropped=("request_metadata.expires_at",),
    note="no named enum in the models: no ADD VALUE in the drift",
)
