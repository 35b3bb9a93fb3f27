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

from recipe import Recipe

# invenio-records' abstract base of record tables, as the models use it (ours)
_RECORDS_MODELS = '''import uuid

from invenio_db import db
from sqlalchemy.dialects import postgresql
from sqlalchemy_utils.types import UUIDType


class RecordMetadataBase(db.Timestamp):
    id = db.Column(UUIDType, primary_key=True, default=uuid.uuid4)
    json = db.Column(db.JSON().with_variant(postgresql.JSONB(none_as_null=True), "postgresql"), nullable=True)
    version_id = db.Column(db.Integer, nullable=False)

    __mapper_args__ = {"version_id_col": version_id}
'''

# the two tables of invenio-files-rest the models reference, with their keys only (ours)
_FILES_MODELS = '''import uuid

from invenio_db import db
from sqlalchemy_utils.types import UUIDType


class Bucket(db.Model):
    __tablename__ = "files_bucket"

    id = db.Column(UUIDType, primary_key=True, default=uuid.uuid4)


class ObjectVersion(db.Model):
    __tablename__ = "files_object"

    version_id = db.Column(UUIDType, primary_key=True, default=uuid.uuid4)
'''

# invenio-records-resources' mixin of record files: the columns, keys and index it gives a table (ours)
_FILE_RECORD_MIXIN = '''from invenio_db import db
from invenio_files_rest.models import ObjectVersion
from sqlalchemy.ext.declarative import declared_attr
from sqlalchemy_utils.types import UUIDType


class FileRecordModelMixin:
    __record_model_cls__ = None

    key = db.Column(db.Text(), nullable=False)

    @declared_attr
    def record_id(cls):
        return db.Column(UUIDType, db.ForeignKey(cls.__record_model_cls__.id, ondelete="RESTRICT"), nullable=False,
                         index=True)

    @declared_attr
    def object_version_id(cls):
        return db.Column(UUIDType, db.ForeignKey(ObjectVersion.version_id, ondelete="RESTRICT"), nullable=True,
                         index=True)

    @declared_attr
    def __table_args__(cls):
        return (db.Index(f"uidx_{cls.__tablename__}_record_id_key", "record_id", "key", unique=True),)
'''

RECIPE = Recipe(
    name="invenio_requests",
    repo="inveniosoftware/invenio-requests",
    style="Flask-SQLAlchemy on invenio-db, other libraries' bases, a class of mixin columns only",
    files=("invenio_requests/records/models.py",),
    # (every other directory of the layout gets an empty __init__.py)
    stubs={"invenio_records/models.py": _RECORDS_MODELS, "invenio_files_rest/models.py": _FILES_MODELS,
           "invenio_records_resources/records/__init__.py": "from .models import FileRecordModelMixin  # noqa: F401\n",
           "invenio_records_resources/records/models.py": _FILE_RECORD_MIXIN},
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
