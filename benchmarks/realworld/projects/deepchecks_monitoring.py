"""deepchecks/monitoring (an ML model monitoring service, FastAPI): classic declarative on SQLAlchemy
1.4 in two bases: ``declarative_base(cls=BaseClass)`` for the tables of each organization's schema and
``declarative_base(cls=BaseClass, metadata=MetaData(schema="public"))`` for the shared ones; a plain
``MetadataMixin`` (``created_at`` / ``updated_at`` with ``onupdate=sa.func.now()``, ``created_by`` /
``updated_by``) among several bases, a ``PydanticType`` TypeDecorator over JSONB, unnamed
``sa.Enum(PythonEnum)`` and ``sa.ARRAY(sa.Enum(...))`` columns, JSONB CHECK constraints, pendulum
Python-side defaults (``default=pdl.datetime(3000, 1, 1)``, ``default=pdl.now``), a callable default
taking the execution context, ``column_property`` assigned after the class, a ``@dataclass``
mapped class. The application's other modules (config, dependencies, auth, database helpers)
import as permissive stubs; one stub of ours gathers both metadatas for ``create_all`` and Alembic."""

from recipe import Recipe

BOTH = """from sqlalchemy import MetaData

from deepchecks_monitoring import public_models, schema_models

metadata = MetaData()
for base in (schema_models.Base, public_models.Base):
    schema = base.metadata.schema  # "public": the shared tables' keys name their tables without it
    for table in base.metadata.sorted_tables:
        table.to_metadata(metadata, referred_schema_fn=lambda table, to, fk, referred: referred or schema)
"""

RECIPE = Recipe(
    name="deepchecks_monitoring",
    repo="deepchecks/monitoring",
    style="classic declarative, two bases (per-organization schema and public), MetadataMixin, SQLAlchemy 1.4",
    files=("backend/deepchecks_monitoring/public_models/*.py", "backend/deepchecks_monitoring/schema_models/*.py",
           "backend/deepchecks_monitoring/monitoring_utils.py", "backend/deepchecks_monitoring/utils/alerts.py",
           "backend/deepchecks_monitoring/utils/__init__.py"),
    strip="backend/",
    stubs={"deepchecks_monitoring/__init__.py": "", "deepchecks_metadata.py": BOTH},
    stub_roots=("*",),
    metadata="deepchecks_metadata:metadata",
    imports=("deepchecks_monitoring.schema_models", "deepchecks_monitoring.public_models"),
    models="deepchecks_monitoring",
    line_length=120,
    probe_packages=("sqlalchemy==1.4.54", "alembic==1.13.3", "psycopg2-binary", "pydantic[email]==1.10.21",
                    "pendulum==3.0.0"),
    drift=(
        "ALTER TABLE models RENAME COLUMN obj_store_path TO object_store_path",
        "ALTER TABLE checks ALTER COLUMN name TYPE varchar(100)",
        "ALTER TABLE dashboards ALTER COLUMN name SET NOT NULL",
        "ALTER TABLE data_sources ADD COLUMN name varchar(100)",
        "CREATE INDEX ix_ingestion_errors_sample_id ON ingestion_errors (sample_id)",
        "COMMENT ON COLUMN users.full_name IS 'as the identity provider gives it'",
        "ALTER TABLE global_tasks ALTER COLUMN num_pushed SET DEFAULT 0",
        "ALTER TABLE model_versions DROP COLUMN label_map",
        "CREATE TABLE monitor_notes (id serial PRIMARY KEY, monitor_id integer NOT NULL REFERENCES monitors (id),"
        " body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE slack_installation_states RENAME TO slack_oauth_states",
        "ALTER TYPE webhookkind ADD VALUE 'OPSGENIE'",
    ),
    dropped=("model_versions.label_map",),
)
