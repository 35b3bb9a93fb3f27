"""Arize-ai/phoenix: SQLAlchemy 2.0 ``Mapped`` models in one 3,500-line module: a ``DeclarativeBase``
whose ``MetaData`` takes its ``schema=`` from a function and a naming convention with ``column_0_N``
tokens, a ``type_annotation_map`` of ``TypeDecorator``s that keep JSON (pydantic models) in a
``JSON``/``JSONB`` variant, ``@compiles`` functions, ``Computed`` columns, expression indexes on
JSON paths, ``Identity`` keys, ``hybrid_property`` and check constraints with names the convention
completes. ``phoenix.config`` is a stand-in of ours (the schema function returns None); the other
application modules and the OpenTelemetry packages are stubs."""

from recipe import Recipe

CONFIG = '''"""Stand-in (ours): the one function of the app config the models call."""


def get_env_database_schema():
    return None
'''

RECIPE = Recipe(
    name="phoenix",
    repo="Arize-ai/phoenix",
    style="2.0 Mapped, type_annotation_map, one large module",
    files=("src/phoenix/db/models.py", "src/phoenix/db/types/*.py", "src/phoenix/db/types/data_stream_protocol/*.py",
           "src/phoenix/datetime_utils.py"),
    strip="src/",
    stubs={"phoenix/__init__.py": "", "phoenix/db/__init__.py": "", "phoenix/config.py": CONFIG},
    stub_roots=("*",),
    metadata="phoenix.db.models:Base.metadata",
    imports=("phoenix.db.models",),
    models="phoenix/db",
    line_length=100,
    probe_packages=("sqlalchemy==2.0.51", "alembic==1.18.5", "psycopg2-binary", "pydantic", "orjson",
                    "typing_extensions"),
    drift=(
        "ALTER TABLE users RENAME COLUMN username TO login_name",
        "ALTER TABLE projects ALTER COLUMN name TYPE varchar(300)",
        "ALTER TABLE datasets ALTER COLUMN description SET NOT NULL",
        "ALTER TABLE experiments ADD COLUMN archived_at timestamp with time zone",
        "CREATE INDEX ix_prompts_created_at ON prompts (created_at)",
        "COMMENT ON COLUMN traces.trace_id IS 'OpenTelemetry trace id'",
        "ALTER TABLE dataset_labels DROP COLUMN color",
        "ALTER TABLE api_keys ALTER COLUMN description SET DEFAULT ''",
        "CREATE TABLE audit_events (id bigserial PRIMARY KEY, user_id bigint REFERENCES users (id),"
        " created_at timestamp with time zone NOT NULL DEFAULT now())",
        "ALTER TABLE users RENAME TO users_v2",
    ),
    dropped=("dataset_labels.color",),
)
