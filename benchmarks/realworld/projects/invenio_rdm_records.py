"""inveniosoftware/invenio-rdm-records (the records, drafts, files, quotas and secret links of
InvenioRDM): Flask-SQLAlchemy models on invenio-db's ``db`` (``db.Timestamp`` and ``db.UTCDateTime``,
read from the installed library) deriving from ``db.Model`` and the bases and mixins of four other
Invenio libraries: invenio-records' ``RecordMetadataBase`` (a version counter in ``__mapper_args__``),
invenio-drafts-resources' ``DraftMetadataBase``, ``ParentRecordMixin`` and ``ParentRecordStateMixin``
(``declared_attr`` foreign keys to ``cls.__parent_record_model__.id``, ``cls.__record_model__.id``,
``cls.__draft_model__.id``), invenio-records-resources' ``FileRecordModelMixin`` (four classes whose
body is ``__record_model_cls__`` and ``__tablename__`` alone); a mixin of the project's own
(``CommunityRelationMixin``, a composite key of two ``declared_attr`` foreign keys, one to
``cls.__record_model__.id``), a ``declared_attr`` key written ``db.ForeignKey(
RDMVersionsState.__parent_record_model__.id, ondelete="CASCADE")``, another to another library's class
(``db.ForeignKey(User.id)``, invenio-accounts read from the installed package), two foreign keys to one
table with ``db.relationship(Bucket, foreign_keys=[bucket_id])``, sqlalchemy-utils' ``UUIDType`` and
``ChoiceType(RecordDeletionStatusEnum, impl=db.String(1))``, a context-sensitive Python-side default
(``default=default_max_file_size``, reading ``context.get_current_parameters()``), lambda defaults,
SQLAlchemy-Continuum's ``__versioned__ = {}``, attribute docstrings. The other libraries' classes
(records, drafts-resources, records-resources, files, requests, communities: not installed where
schema-inspector runs) are small stubs of ours with the tables, columns and keys the models use, read
with the models; the application's other modules are permissive stubs. It showed a misreading: a
renamed table's ``unique=True`` inside a ``@declared_attr`` method (``RDMUserQuota.user_id``, named by
invenio-db's convention) was moved to a ``UniqueConstraint`` under the database's name in ``__table_args__``,
but the flag was left on the returned column (the narrowed edit does not take in the function), so the
models declare the constraint twice, once under the new table's name."""

from recipe import INVENIO_LIBRARY_STUBS, Recipe, invenio_key_table

# invenio-drafts-resources' bases and mixins of records and drafts: the columns and keys they give (ours)
_DRAFTS_MODELS = '''from datetime import datetime

from invenio_db import db
from invenio_records.models import RecordMetadataBase
from sqlalchemy.ext.declarative import declared_attr
from sqlalchemy_utils.types import UUIDType


class ParentRecordMixin:
    __parent_record_model__ = None

    @declared_attr
    def parent_id(cls):
        return db.Column(UUIDType, db.ForeignKey(cls.__parent_record_model__.id, ondelete="RESTRICT"))

    @declared_attr
    def parent(cls):
        return db.relationship(cls.__parent_record_model__)

    index = db.Column(db.Integer, nullable=True)


class ParentRecordStateMixin:
    __parent_record_model__ = None
    __record_model__ = None
    __draft_model__ = None

    @declared_attr
    def parent_id(cls):
        return db.Column(UUIDType, db.ForeignKey(cls.__parent_record_model__.id, ondelete="CASCADE"),
                         primary_key=True)

    @declared_attr
    def latest_id(cls):
        return db.Column(UUIDType, db.ForeignKey(cls.__record_model__.id), nullable=True)

    latest_index = db.Column(db.Integer, nullable=True)

    @declared_attr
    def next_draft_id(cls):
        return db.Column(UUIDType, db.ForeignKey(cls.__draft_model__.id), nullable=True)


class DraftMetadataBase(RecordMetadataBase):
    fork_version_id = db.Column(db.Integer)
    expires_at = db.Column(db.DateTime, default=datetime.utcnow, nullable=True)
'''


RECIPE = Recipe(
    name="invenio_rdm_records",
    repo="inveniosoftware/invenio-rdm-records",
    style="Flask-SQLAlchemy on invenio-db, other libraries' bases and declared_attr mixins, parent/draft keys",
    files=("invenio_rdm_records/records/models.py", "invenio_rdm_records/records/systemfields/deletion_status.py",
           "invenio_rdm_records/requests/access/models.py", "invenio_rdm_records/secret_links/models.py"),
    # (every other directory of the layout gets an empty __init__.py)
    stubs={**INVENIO_LIBRARY_STUBS,
           "invenio_drafts_resources/records/__init__.py": ("from .models import (  # noqa: F401\n"
                                                            "    DraftMetadataBase, ParentRecordMixin,"
                                                            " ParentRecordStateMixin)\n"),
           "invenio_drafts_resources/records/models.py": _DRAFTS_MODELS,
           "invenio_requests/records/models.py": invenio_key_table("RequestMetadata", "request_metadata"),
           "invenio_communities/communities/records/models.py": invenio_key_table("CommunityMetadata",
                                                                                  "communities_metadata")},
    stub_roots=("*",),
    metadata="invenio_db:db.metadata",
    imports=("invenio_rdm_records.records.models", "invenio_rdm_records.requests.access.models",
             "invenio_rdm_records.secret_links.models"),
    models="invenio_rdm_records",
    line_length=88,
    probe_packages=("invenio-db==2.6.1", "invenio-accounts==9.1.0", "sqlalchemy-utils==0.41.2", "psycopg2-binary",
                    "alembic"),
    drift=(
        "ALTER TABLE rdm_records_secret_links RENAME COLUMN origin TO source",
        "ALTER TABLE rdm_records_access_request_tokens ALTER COLUMN token TYPE varchar(1024)",
        "ALTER TABLE rdm_records_quota ALTER COLUMN user_id SET NOT NULL",
        "ALTER TABLE rdm_drafts_metadata ALTER COLUMN media_bucket_id SET NOT NULL",
        "ALTER TABLE rdm_records_secret_links ADD COLUMN revoked_at timestamp",
        "CREATE INDEX ix_rdm_records_access_request_tokens_email ON rdm_records_access_request_tokens (email)",
        "COMMENT ON COLUMN rdm_records_quota.quota_size IS 'bytes, all versions of the record'",
        "COMMENT ON COLUMN rdm_records_quota.parent_id IS 'the parent record'",
        "ALTER TABLE rdm_users_quota ALTER COLUMN quota_size SET DEFAULT 10000000000",
        "ALTER TABLE rdm_records_secret_links DROP COLUMN description",
        "CREATE TABLE rdm_records_reviews (id uuid PRIMARY KEY, record_id uuid NOT NULL"
        " REFERENCES rdm_records_metadata (id), verdict varchar(20) NOT NULL,"
        " created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE rdm_users_quota RENAME TO rdm_user_quotas",
    ),
    dropped=("rdm_records_secret_links.description",),
    note="no named enum in the models (the deletion status is a ChoiceType on varchar(1)): no ADD VALUE in the drift",
)
