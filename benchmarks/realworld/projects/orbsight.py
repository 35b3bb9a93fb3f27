"""oraika-tech/oraika-orbsight (Orbsight, a customer-feedback and social-listening analytics service:
observers pull posts and reviews, a workflow tags them with taxonomy terms, emotions and categories,
dashboards chart them; FastAPI and Strawberry GraphQL, ``backend/service-api``): 16 SQLModel
``table=True`` classes, each in the repository module whose query functions use it
(``repository/<area>/<x>_repository.py``, the table beside ``get_all_observers(...)`` and
``Session(get_tenant_engine(tenant_id))``), on ``SQLModel.metadata`` with ``__tablename__`` strings
(``config_observer``, ``viz_chart``); the tables live in two kinds of database in the project (a core
one and one per tenant, made by Flyway SQL files, not by the models), here in one. No shared base and
almost no foreign keys: a UUID key ``identifier: Optional[UUID] = Field(default=None,
primary_key=True)`` or an ``int`` one, ``is_enabled`` / ``is_deleted`` flags repeated in each class.
Unlike the corpus: ``default='{}'`` (a string) as the Python-side default of ``ARRAY(Text)``, ``JSONB`` and
pydantic-typed JSONB fields (``component_layout: ComponentLayoutDO``), ``ARRAY(DB_UUID)`` of
``sqlalchemy.dialects.postgresql.UUID`` imported under another name, ``Column(SqlEnum(NodeMetaState))``
(``Enum as SqlEnum``: PostgreSQL ENUM types named after the classes), ``Column(DateTime,
default=datetime.utcnow, onupdate=datetime.utcnow)`` beside a ``datetime`` field, a class mapped on a
database view (``processed_data_view_v1`` in the ``data_view`` schema, ``__table_args__ =
{"schema": ...}``; here a table), ``{'extend_existing': True}`` kept for an automap override that a
function builds at run time (``crud_models.get_entity_models(base)``: not read, not imported). The
project's ``service/common/models.py`` (pydantic models and enums) is laid out; ``db_utils`` (engines
made at import from the settings) is a stub of ours."""

from recipe import Recipe

_DB_UTILS = '''"""The engines of the core and the tenants' databases, of our own: none here."""

core_db_engine = None


def get_tenant_engine(tenant_id):
    raise NotImplementedError
'''

RECIPE = Recipe(
    name="orbsight",
    repo="oraika-tech/oraika-orbsight",
    style="SQLModel tables inside repository modules, string '{}' defaults, a view in another schema",
    # its pyproject.toml and requirements.txt (sqlmodel 0.0.22, pydantic 2.10, SQLAlchemy 2.0.37)
    files=("backend/service-api/pyproject.toml", "backend/service-api/requirements.txt",
           "backend/service-api/service/__init__.py", "backend/service-api/service/common/__init__.py",
           "backend/service-api/service/common/models.py",
           "backend/service-api/service/common/infra/__init__.py",
           "backend/service-api/service/common/infra/db/__init__.py",
           "backend/service-api/service/common/infra/db/repository/*.py"),
    strip="backend/service-api/",
    stubs={"service/common/infra/db/db_utils.py": _DB_UTILS},
    probe_packages=("sqlmodel==0.0.22", "sqlalchemy==2.0.37", "pydantic==2.10.5", "psycopg2-binary", "alembic"),
    prelude=("CREATE SCHEMA data_view",),
    metadata="sqlmodel:SQLModel.metadata",
    imports=("service/common/infra/db/repository/**/*.py",),
    models="service",
    schemas=("public", "data_view"),
    drift=(
        "ALTER TABLE insight_processed_data RENAME COLUMN text_lang TO language_code",
        "ALTER TABLE viz_chart ALTER COLUMN chart_config SET NOT NULL",
        "CREATE TABLE config_observer_schedule (identifier uuid PRIMARY KEY,"
        " observer_id uuid NOT NULL REFERENCES config_observer (identifier) ON DELETE CASCADE,"
        " cron varchar(64) NOT NULL, is_enabled boolean NOT NULL DEFAULT true,"
        " CONSTRAINT uq_config_observer_schedule_observer UNIQUE (observer_id),"
        " CONSTRAINT ck_config_observer_schedule_cron CHECK (cron <> ''))",
        "ALTER TABLE api_log_audit ALTER COLUMN request_method TYPE varchar(16)",
        "ALTER TABLE insight_raw_data DROP COLUMN parent_reference_id",
        "CREATE INDEX ix_insight_raw_data_event_time ON insight_raw_data (event_time)",
        "COMMENT ON COLUMN config_taxonomy.keyword IS 'the word or phrase matched in the text'",
        "COMMENT ON TABLE tenant_master IS 'one row per customer organisation'",
        "ALTER TABLE config_category ALTER COLUMN is_deleted SET DEFAULT false",
        "ALTER TABLE user_master ADD COLUMN last_login_at timestamp",
        "ALTER TABLE config_entity ALTER COLUMN tags SET DEFAULT '{}'",
        "ALTER TYPE nodemetastate ADD VALUE 'RETRIED'",
        "ALTER TABLE config_observer RENAME TO config_source",
    ),
    dropped=("insight_raw_data.parent_reference_id",),
)
