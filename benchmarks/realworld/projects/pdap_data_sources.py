"""Police-Data-Accessibility-Project/data-sources-app (the API behind PDAP's open catalogue of US police
data sources, agencies and records requests, a Flask application written by the project's volunteers):
45 tables of SQLAlchemy 2.0 ``Mapped[...]`` classes on a plain ``DeclarativeBase`` (not Flask-SQLAlchemy's
model class) whose ``__table_args__ = {"schema": "public"}`` every class inherits unless it writes
arguments of its own (five do: ``{"extend_existing": True}`` and constraint tuples, so their tables have
no schema in the metadata while their neighbours' foreign keys say ``"public.x.id"``), and whose
``type_annotation_map`` maps ``Annotated`` aliases of the project's ``types.py`` (``str_255``, ``text``,
``timestamp``; ``timestamp_tz`` an ``Annotated`` carrying a whole ``mapped_column(...)`` with a server
default). Every ``__tablename__`` is an enum member's value (``Relations.AGENCIES.value``), from
``middleware/enums.py``. Columns typed by ``Literal[...]`` aliases (PostgreSQL ENUM types SQLAlchemy names
from nothing: non-native VARCHARs), ``enum_column(enum=..., name=...)`` helper functions returning
``Column(pgEnum(*values, name=...))``, ``ARRAY`` of a native enum with ``default=[]``, a ``postgresql.ENUM``
shared by two tables. An abstract ``StandardBase`` gives the ``id`` key; mixins give ``created_at`` /
``updated_at`` with ``server_default=func.current_timestamp()`` and foreign keys with a ``declared_attr``
relationship each (``AgencyIDMixin``, ``UserIDMixin``, ``RecordTypeIDMixin``, ...). Many-to-many
relationships name their link tables as schema-qualified strings (``secondary="public.link_agencies__
locations"``) with string ``primaryjoin`` / ``secondaryjoin``; database views and a materialized view are
mapped as classes (``...Expanded``, joined-table subclasses of the real tables with a ``ViewMixin`` that
blocks writes), so create_all makes them tables. Nothing is stubbed but the two packages' ``__init__``
and the ``generate_api_key()`` function a server default calls (the prelude makes one of ours); the models,
``db/enums.py`` and ``middleware/enums.py`` are laid out."""

from recipe import Recipe

RECIPE = Recipe(
    name="pdap_data_sources",
    repo="Police-Data-Accessibility-Project/data-sources-app",
    style="2.0 Mapped on DeclarativeBase, schema in base table_args, Literal enums, enum-valued tablenames",
    files=("db/models/*.py", "db/enums.py", "middleware/enums.py"),
    stubs={"db/__init__.py": "", "middleware/__init__.py": ""},
    # the database function users.api_key's server default calls (made by the project's migrations), ours
    prelude=("CREATE FUNCTION generate_api_key() RETURNS varchar LANGUAGE sql AS $$ SELECT md5(random()::text) $$",),
    metadata="db.models.base:Base.metadata",
    imports=("db/models/**/*.py",),
    models="db/models",
    # pyproject.toml: black (its default, 88) and ruff with no line length of its own
    probe_packages=("sqlalchemy==2.0.51", "alembic==1.18.5", "psycopg2-binary"),
    drift=(
        "ALTER TABLE data_requests RENAME COLUMN coverage_range TO coverage_period",
        "ALTER TABLE recent_searches ALTER COLUMN created_at DROP NOT NULL",
        "CREATE TABLE public.record_type_aliases (id serial PRIMARY KEY,"
        " record_type_id integer NOT NULL REFERENCES public.record_types (id) ON DELETE CASCADE,"
        " alias varchar(255) NOT NULL UNIQUE, CHECK (alias <> ''))",
        "ALTER TABLE permissions ALTER COLUMN permission_name TYPE varchar(320)",
        "ALTER TABLE counties DROP COLUMN airtable_county_created",
        "CREATE INDEX ix_change_log_table_name ON change_log (table_name)",
        "COMMENT ON COLUMN data_requests.pdap_response IS 'what PDAP answered the requester'",
        "ALTER TABLE data_sources ALTER COLUMN agency_supplied SET DEFAULT true",
        "ALTER TABLE us_states ADD COLUMN fips varchar(2)",
        "COMMENT ON TABLE distinct_source_urls IS 'source URLs without scheme or trailing slash'",
        "ALTER TYPE update_method ADD VALUE 'Append'",
        "ALTER TABLE record_types RENAME TO record_kinds",
    ),
    dropped=("counties.airtable_county_created",),
    note=("alembic: the rename of record_types is a by-hand item (``__tablename__`` is "
          "``Relations.RECORD_TYPES.value``), so the models still map record_types (the class generated for "
          "record_type_aliases keys it as ``ForeignKey(RecordType.id)``, right before that rename and after); the "
          "no-drift item: the ``record_type`` ENUM is declared twice with labels in two orders "
          "(``enum_column(RecordTypesEnum)``, which the reader cannot read and create_all used, and "
          "``Enum(*get_args(RecordTypeLiteral))``), and the reader compares the second alone"),
)
