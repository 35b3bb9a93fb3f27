"""inveniosoftware/invenio-sipstore (submission information packages of Invenio): Flask-SQLAlchemy
models on invenio-db's ``db`` with sqlalchemy-utils' ``Timestamp`` mixin (``class SIP(db.Model,
Timestamp)``, read from the installed library), ``UUIDType`` keys with ``default=uuid.uuid4``,
``JSONType`` with ``default=lambda: dict()``, named ``db.Boolean(name="archived")`` types (a CHECK
on MySQL), ``db.Text().with_variant(mysql.VARCHAR(255), "mysql")`` in a composite primary key,
foreign keys named in ``db.ForeignKey(SIP.id, name=...)`` and written with other libraries' classes
(``User.id`` of invenio-accounts, read from the installed package; ``FileInstance.id`` of
invenio-files-rest and ``PersistentIdentifier.id`` of invenio-pidstore, small stubs of ours read
with the models), ``@validates``, attribute docstrings. The application's other modules are
permissive stubs."""

from recipe import Recipe

# invenio-files-rest's table of files and invenio-pidstore's of identifiers, their keys only (ours)
_FILES_MODELS = '''import uuid

from invenio_db import db
from sqlalchemy_utils.types import UUIDType


class FileInstance(db.Model):
    __tablename__ = "files_files"

    id = db.Column(UUIDType, primary_key=True, default=uuid.uuid4)
'''

_PIDSTORE_MODELS = '''from invenio_db import db


class PersistentIdentifier(db.Model):
    __tablename__ = "pidstore_pid"

    id = db.Column(db.Integer, primary_key=True)
'''

RECIPE = Recipe(
    name="invenio_sipstore",
    repo="inveniosoftware/invenio-sipstore",
    style="Flask-SQLAlchemy on invenio-db, sqlalchemy-utils' Timestamp, named foreign keys",
    files=("invenio_sipstore/models.py", "invenio_sipstore/errors.py"),
    stubs={"invenio_sipstore/__init__.py": "", "invenio_files_rest/models.py": _FILES_MODELS,
           "invenio_pidstore/models.py": _PIDSTORE_MODELS},
    stub_roots=("*",),
    metadata="invenio_db:db.metadata",
    imports=("invenio_sipstore.models",),
    # the stubs of ours are read with the project's models: outside the scanned path their tables
    # would get new classes of their own
    models=".",
    line_length=79,
    probe_packages=("invenio-db==2.6.1", "invenio-accounts==9.1.0", "sqlalchemy-utils==0.41.2", "psycopg2-binary",
                    "alembic"),
    drift=(
        "ALTER TABLE sipstore_sipmetadatatype RENAME COLUMN format TO file_format",
        "ALTER TABLE sipstore_sipmetadatatype ALTER COLUMN title TYPE varchar(512)",
        "ALTER TABLE sipstore_sip ALTER COLUMN user_id SET NOT NULL",
        "ALTER TABLE sipstore_sip ADD COLUMN title varchar(255)",
        "CREATE INDEX ix_sipstore_sipfile_file_id ON sipstore_sipfile (file_id)",
        "COMMENT ON COLUMN sipstore_sipmetadata.content IS 'the metadata as submitted'",
        "ALTER TABLE sipstore_sip ALTER COLUMN archived SET DEFAULT false",
        "ALTER TABLE sipstore_sipmetadatatype DROP COLUMN schema",
        "CREATE TABLE sipstore_sip_events (id serial PRIMARY KEY, sip_id uuid NOT NULL"
        " REFERENCES sipstore_sip (id), event varchar(64) NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE sipstore_recordsip RENAME TO sipstore_record_sips",
    ),
    dropped=("sipstore_sipmetadatatype.schema",),
    note="no named enum in the models (the named Booleans are CHECKs on MySQL only): no ADD VALUE in the drift",
)
