"""SebastianMV/FastAPI-Enterprise-Boilerplate (a multi-tenant FastAPI starter in clean-architecture
layers): SQLAlchemy 2.0 ``Mapped`` classes, one a module, on an empty ``DeclarativeBase`` defined beside
an async engine made at import (``connection.py``, asyncpg), ``postgresql.UUID(as_uuid=True)`` keys
with ``default=uuid4`` imported under two aliases (``PGUUID`` / ``PgUUID``), TypeDecorators of its own
whose ``load_dialect_impl`` picks ``ARRAY(String(100))`` / ``ARRAY(UUID)`` / ``JSONB`` on PostgreSQL
(``impl = Text``), an attribute whose column is named otherwise (``extra_data`` ->
``mapped_column("metadata", ...)``), string-quoted ``server_default="{}"`` on array and JSONB columns,
``server_default=text("CURRENT_TIMESTAMP")`` with ``onupdate=text(...)``, named composite ``Index`` /
``UniqueConstraint`` in ``__table_args__`` (a tuple after the columns), defaults taken from a domain
enum's ``.value``. The settings module is a stub of ours; the probe installs asyncpg for the engine."""

from recipe import Recipe

SETTINGS = """class _Settings:
    DATABASE_URL = "postgresql+asyncpg://localhost/x"
    DB_SSL_REQUIRED = False
    DB_POOL_SIZE = 5
    DB_MAX_OVERFLOW = 10
    DB_POOL_TIMEOUT = 30
    DB_POOL_RECYCLE = 1800
    DB_ECHO = False
    ENVIRONMENT = "development"


settings = _Settings()
"""

RECIPE = Recipe(
    name="enterprise_boilerplate",
    repo="SebastianMV/FastAPI-Enterprise-Boilerplate",
    style="2.0 Mapped, dialect-picking TypeDecorators, an engine made at import",
    files=("backend/app/infrastructure/database/connection.py", "backend/app/infrastructure/database/models/*.py",
           "backend/app/domain/entities/base.py", "backend/app/domain/entities/notification.py"),
    strip="backend/",
    stubs={"app/__init__.py": "", "app/config.py": SETTINGS, "app/domain/__init__.py": "",
           "app/domain/entities/__init__.py": "", "app/infrastructure/__init__.py": "",
           "app/infrastructure/database/__init__.py": ""},
    stub_roots=("*",),
    metadata="app.infrastructure.database.connection:Base.metadata",
    imports=("app.infrastructure.database.models",),
    models="app/infrastructure/database/models",
    python=(3, 11),
    line_length=88,
    probe_packages=("sqlalchemy[asyncio]>=2", "asyncpg", "psycopg2-binary", "alembic", "pydantic"),
    drift=(
        "ALTER TABLE tenants RENAME COLUMN phone TO phone_number",
        "ALTER TABLE notifications RENAME COLUMN metadata TO payload",
        "ALTER TABLE api_keys ALTER COLUMN name TYPE varchar(500)",
        "ALTER TABLE oauth_connections ALTER COLUMN provider_email SET NOT NULL",
        "ALTER TABLE sso_configurations ALTER COLUMN is_required DROP NOT NULL",
        "ALTER TABLE users ADD COLUMN phone varchar(32)",
        "CREATE INDEX ix_user_sessions_last_activity ON user_sessions (last_activity)",
        "COMMENT ON COLUMN roles.permissions IS 'permission codes'",
        "ALTER TABLE mfa_configs ALTER COLUMN is_enabled SET DEFAULT false",
        "ALTER TABLE audit_logs DROP COLUMN reason",
        "CREATE TABLE tenant_invitations (id uuid PRIMARY KEY, tenant_id uuid NOT NULL REFERENCES tenants (id)"
        " ON DELETE CASCADE, email varchar(255) NOT NULL, created_at timestamp with time zone NOT NULL"
        " DEFAULT CURRENT_TIMESTAMP)",
        "ALTER TABLE tenants ALTER COLUMN locale TYPE varchar(16)",
        "ALTER TABLE mfa_configs RENAME TO user_mfa_configs",
    ),
    dropped=("audit_logs.reason",),
)
