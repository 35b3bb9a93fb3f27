"""inveniosoftware/invenio-communities: Flask-SQLAlchemy models on invenio-db's ``db`` (its
``db.Timestamp`` mixin and ``db.UTCDateTime`` type, read from the installed library) deriving from
``db.Model`` and bases of other Invenio libraries: invenio-records' ``RecordMetadataBase`` (a
version counter), invenio-records-resources' ``FileRecordModelMixin`` (``declared_attr`` foreign keys
to ``cls.__record_model_cls__.id`` and a ``declared_attr __table_args__`` index named from
``cls.__tablename__``); an abstract base of the project (``BaseMemberModel``, no ``db.Model``) of
plain and ``declared_attr`` columns shared by two tables, foreign keys to other libraries' classes
(``db.ForeignKey(User.id, ondelete="RESTRICT")``, invenio-accounts read from the installed package),
sqlalchemy-utils' ``ChoiceType(Enum, impl=db.String(1))`` and ``UUIDType``, a deprecated mixin whose
key is ``db.ForeignKey(cls.__record_model__.id)``. The other libraries' classes (records, files,
requests, records-resources: not installed where schema-inspector runs) are small stubs of ours with
the tables and columns the models use, read with the models (as an installed library's would be); the
application's other modules are permissive stubs. It showed three misreadings, mended: the
foreign keys to invenio-accounts' ``User.id`` / ``Role.id`` are written only inside ``@declared_attr``
methods of the abstract ``BaseMemberModel`` (``return db.Column(..., db.ForeignKey(User.id,
ondelete="RESTRICT"))``), where the reader did not look for the library names a column uses, so
invenio-accounts was not read and its nine tables got new classes (which clashed with the library's on
import); the stubs' tables, outside the models path, got classes too; and ``ChoiceType(...,
impl=db.String(1))`` was sqlalchemy-utils' class's ``Unicode(255)`` (a by-hand item)."""

from recipe import INVENIO_LIBRARY_STUBS, Recipe, invenio_key_table

RECIPE = Recipe(
    name="invenio_communities",
    repo="inveniosoftware/invenio-communities",
    style="Flask-SQLAlchemy on invenio-db, other libraries' bases and declared_attr mixins",
    files=("invenio_communities/communities/records/models.py", "invenio_communities/members/records/models.py",
           "invenio_communities/records/records/models.py",
           "invenio_communities/communities/records/systemfields/deletion_status.py"),
    # (every other directory of the layout gets an empty __init__.py)
    stubs={**INVENIO_LIBRARY_STUBS,
           "invenio_requests/records/models.py": invenio_key_table("RequestMetadata", "request_metadata")},
    stub_roots=("*",),
    metadata="invenio_db:db.metadata",
    imports=("invenio_communities.communities.records.models", "invenio_communities.members.records.models",
             "invenio_communities.records.records.models"),
    # the stubs of ours are read with the project's models: outside the scanned path the reader does
    # not report their classes, and their three tables would get new classes of their own
    models=".",
    line_length=88,
    probe_packages=("invenio-db==2.6.1", "invenio-accounts==9.1.0", "sqlalchemy-utils==0.41.2", "psycopg2-binary",
                    "alembic"),
    drift=(
        "ALTER TABLE communities_featured RENAME COLUMN start_date TO starts_at",
        "ALTER TABLE communities_metadata ALTER COLUMN slug TYPE varchar(512)",
        "ALTER TABLE communities_members ALTER COLUMN role TYPE varchar(80)",
        "ALTER TABLE communities_metadata ALTER COLUMN bucket_id SET NOT NULL",
        "ALTER TABLE communities_featured ADD COLUMN end_date timestamp",
        "CREATE INDEX ix_communities_members_role ON communities_members (role)",
        "COMMENT ON COLUMN communities_metadata.deletion_status IS 'P, D or X'",
        "ALTER TABLE communities_metadata ALTER COLUMN deletion_status SET DEFAULT 'P'",
        "ALTER TABLE communities_archivedinvitations DROP COLUMN group_notification_enabled",
        "CREATE TABLE communities_notes (id serial PRIMARY KEY, community_id uuid NOT NULL"
        " REFERENCES communities_metadata (id), body text NOT NULL, created timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE communities_featured RENAME TO communities_featured_entries",
    ),
    dropped=("communities_archivedinvitations.group_notification_enabled",),
)
