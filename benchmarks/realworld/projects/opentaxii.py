"""eclecticiq/OpenTAXII (a TAXII 1 and 2 server for threat intelligence, on Flask): classic
declarative in three modules, each with a ``declarative_base()`` of its own (so three ``MetaData``:
TAXII 1's persistence, TAXII 2's, the accounts), an ``__abstract__`` model of the first base giving
``date_created`` to its tables, ``schema.Table`` association tables with a composite
``PrimaryKeyConstraint``, ``onupdate``/``ondelete`` keys, ``LargeBinary().with_variant(mysql.MEDIUMBLOB(),
"mysql")`` kept in a module constant, a ``load_dialect_impl`` GUID and a ``UTCDateTime`` TypeDecorator,
named enums of string labels, ``__table_args__`` of ``UniqueConstraint`` / ``Index`` over column
objects, a string primary key besides a UUID one, ``_properties`` columns behind Python properties;
SQLAlchemy 1.4. One stub of ours gathers the three metadatas for ``create_all`` and Alembic."""

from recipe import Recipe

ALL = """from sqlalchemy import MetaData

from opentaxii.auth.sqldb import models as auth
from opentaxii.persistence.sqldb import models as taxii1, taxii2models as taxii2

metadata = MetaData()
for base in (taxii1.Base, taxii2.Base, auth.Base):
    for table in base.metadata.sorted_tables:
        table.to_metadata(metadata)
"""

RECIPE = Recipe(
    name="opentaxii",
    repo="eclecticiq/OpenTAXII",
    style="classic declarative, three bases with their own MetaData, GUID TypeDecorator, named enums",
    files=("opentaxii/persistence/sqldb/models.py", "opentaxii/persistence/sqldb/taxii2models.py",
           "opentaxii/persistence/sqldb/common.py", "opentaxii/auth/sqldb/models.py"),
    stubs={"opentaxii_metadata.py": ALL},
    stub_roots=("*",),
    metadata="opentaxii_metadata:metadata",
    imports=("opentaxii.persistence.sqldb.models", "opentaxii.persistence.sqldb.taxii2models",
             "opentaxii.auth.sqldb.models"),
    models="opentaxii",
    line_length=88,
    probe_packages=("sqlalchemy==1.4.54", "psycopg2-binary", "alembic==1.13.3", "pytz", "werkzeug"),
    drift=(
        "ALTER TABLE data_collections RENAME COLUMN description TO summary",
        "ALTER TABLE opentaxii_collection ALTER COLUMN alias TYPE varchar(255)",
        "ALTER TABLE subscriptions ALTER COLUMN status SET NOT NULL",
        "ALTER TABLE accounts ADD COLUMN email varchar(254)",
        "CREATE INDEX ix_inbox_messages_service_id ON inbox_messages (service_id)",
        "COMMENT ON COLUMN opentaxii_stixobject.spec_version IS 'the STIX version of the object'",
        "ALTER TABLE data_collections ALTER COLUMN volume SET DEFAULT 0",
        "ALTER TABLE inbox_messages DROP COLUMN destination_collections",
        "CREATE TABLE opentaxii_collection_note (id serial PRIMARY KEY, collection_id uuid NOT NULL"
        " REFERENCES opentaxii_collection (id), body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE result_sets RENAME TO poll_result_sets",
        "ALTER TYPE job_status_enum ADD VALUE 'failed'",
    ),
    dropped=("inbox_messages.destination_collections",),
)
