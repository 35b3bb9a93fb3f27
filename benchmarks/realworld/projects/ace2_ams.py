"""seanmcfeely/ace2-ams (ACE2, an analysis and alert management system for security teams), its
database package: classic declarative on ``declarative_base()`` from ``sqlalchemy.ext.declarative``, one
module per table and one per ``Table`` of a many-to-many mapping, UUID primary keys with
``server_default=func.gen_random_uuid()``, joined-table inheritance (``Metadata`` and its ``MetadataTag``,
``MetadataDirective``... with ``polymorphic_identity`` / ``polymorphic_load``), a history mixin with
``@declared_attr`` columns and relationships whose ``primaryjoin`` is formatted with the class name,
shared by several ``*History`` tables that redeclare ``record_uuid`` with a foreign key of their own,
a ``FunctionElement`` server default compiled for PostgreSQL (``utcnow()``), ``TSTZRANGE`` and an
``ExcludeConstraint``, GIN trigram indexes (``postgresql_ops``), composite ``secondary`` join strings,
relationship attributes annotated ``list[...]`` (SQLAlchemy 1.4). The database module (``Base``) is a
stub of ours; ``api_models`` (the API's pydantic models) are permissive stubs."""

from recipe import Recipe

RECIPE = Recipe(
    name="ace2_ams",
    repo="seanmcfeely/ace2-ams",
    style="classic declarative, joined inheritance, a declared_attr history mixin, UUID keys",
    files=("db/app/db/schemas/*.py",),
    strip="db/app/",
    stubs={"db/__init__.py": "",
           "db/database.py": "from sqlalchemy.ext.declarative import declarative_base\n\nBase = declarative_base()\n"},
    stub_roots=("*",),
    prelude=("CREATE EXTENSION IF NOT EXISTS btree_gist", "CREATE EXTENSION IF NOT EXISTS pg_trgm"),
    metadata="db.database:Base.metadata",
    imports=("db.schemas",),
    models="db/schemas",
    line_length=120,
    probe_packages=("sqlalchemy==1.4.54", "alembic==1.13.3", "psycopg2-binary"),
    drift=(
        'ALTER TABLE "user" RENAME COLUMN refresh_token TO api_refresh_token',
        "ALTER TABLE event ALTER COLUMN name TYPE varchar(512)",
        "ALTER TABLE event_comment ALTER COLUMN user_uuid SET NOT NULL",
        "ALTER TABLE observable_history ALTER COLUMN field SET NOT NULL",
        "ALTER TABLE threat ADD COLUMN color varchar(16)",
        "CREATE INDEX ix_observable_expires_on ON observable (expires_on)",
        "COMMENT ON COLUMN alert_disposition.rank IS 'order of the dispositions in the UI'",
        "ALTER TABLE \"user\" ALTER COLUMN timezone SET DEFAULT 'UTC'",
        "ALTER TABLE observable DROP COLUMN context",
        "CREATE TABLE observable_note (uuid uuid PRIMARY KEY DEFAULT gen_random_uuid(),"
        " observable_uuid uuid NOT NULL REFERENCES observable (uuid), value text NOT NULL,"
        " insert_time timestamptz NOT NULL DEFAULT now())",
        "ALTER TABLE metadata_tag RENAME COLUMN description TO details",
        "ALTER TABLE threat_type RENAME TO threat_category",
    ),
    dropped=("observable.context",),
)
