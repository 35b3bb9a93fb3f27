"""keephq/keep: SQLModel (0.0.22, pydantic 1) table classes in one module per feature under
``keep/api/models/db`` - 47 tables: ``Field(foreign_key=..., primary_key=True, index=True)``,
``sa_column=Column(...)`` for JSON, text and keyed columns, composite keys (``LastAlert``'s tenant
and fingerprint), ``__table_args__`` of ``Index`` / ``UniqueConstraint`` / ``ForeignKeyConstraint``,
link tables, str enums, and a datetime column type chosen at import by the configured database's
dialect (``DATETIME_COLUMN_TYPE``: MySQL's, SQL Server's or ``DateTime``; the reader leaves those
columns unresolved). The application's other modules (configuration, consts, the pydantic alert
models) are permissive stubs, but for ``severity_base``."""

from recipe import Recipe

_DB = "keep/api/models/db/"

RECIPE = Recipe(
    name="keep",
    repo="keephq/keep",
    style="SQLModel (pydantic 1), one module per feature, sa_column and composite keys",
    files=tuple(_DB + name for name in (
        "action.py", "ai_external.py", "ai_suggestion.py", "alert.py", "dashboard.py", "enrichment_event.py",
        "extraction.py", "facet.py", "helpers.py", "incident.py", "maintenance_window.py", "mapping.py",
        "preset.py", "provider.py", "provider_image.py", "rule.py", "secret.py", "statistics.py", "system.py",
        "tenant.py", "topology.py", "user.py", "workflow.py",
    )) + ("keep/api/models/severity_base.py", "poetry.lock"),
    stubs={"keep/api/core/config.py": "def config(name, default=None, cast=None):\n    return default\n",
           "keep/api/consts.py": "RUNNING_IN_CLOUD_RUN = False\n",
           # the pydantic alert models: the severity interface the incident's enum derives from, and
           # the alert statuses a maintenance window's default lists
           "keep/api/models/alert.py": (
               "from enum import Enum\n\n"
               "from keep.api.models.severity_base import SeverityBaseInterface  # noqa: F401\n"
               "\n\nclass AlertStatus(Enum):\n    FIRING = 'firing'\n    RESOLVED = 'resolved'\n"
               "    ACKNOWLEDGED = 'acknowledged'\n    SUPPRESSED = 'suppressed'\n    PENDING = 'pending'\n"
               "    MAINTENANCE = 'maintenance'\n")},
    stub_roots=("*",),
    metadata="sqlmodel:SQLModel.metadata",
    imports=("keep/api/models/db/*.py",),
    models="keep/api/models/db",
    # the project's own versions, which its poetry.lock says to the reader as well (pydantic 1: a field
    # defaulting to None is nullable; SQLModel 0.0.22: a datetime is without time zone)
    probe_packages=("sqlmodel==0.0.22", "pydantic==1.10.26", "sqlalchemy==2.0.51", "alembic==1.18.5",
                    "psycopg2-binary", "pytz", "sqlalchemy-utils==0.42.1"),
    drift=(
        "ALTER TABLE dashboard RENAME COLUMN dashboard_name TO title",
        "ALTER TABLE secret ALTER COLUMN value TYPE text",
        "ALTER TABLE dashboard ALTER COLUMN created_by SET NOT NULL",
        "ALTER TABLE preset ADD COLUMN color varchar(20)",
        "CREATE INDEX ix_dashboard_created_at ON dashboard (created_at)",
        "COMMENT ON COLUMN tag.name IS 'unique across tenants'",
        "ALTER TABLE dashboard DROP COLUMN is_private",
        "ALTER TABLE preset ALTER COLUMN is_noisy SET DEFAULT false",
        "CREATE TABLE tv_channel (id serial PRIMARY KEY, tenant_id varchar NOT NULL REFERENCES tenant (id),"
        " name varchar(100) NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE secret RENAME TO tenant_secret",
    ),
    dropped=("dashboard.is_private",),
)
