"""fedora-infra/webhook-to-fedora-messaging: SQLAlchemy 2.0 ``Mapped`` models on a library's
asyncio base (``from sqlalchemy_helpers.aio import Base``, re-exported by the application's
``database`` module; read from the installed package), annotation-only columns (``name:
Mapped[str]``, ``desc: Mapped[str | None]``), an association ``Table`` whose columns take their
types from their foreign keys (``Column("service_id", ForeignKey("services.id"), ...)``), mixins
of ``mapped_column``, Python-side defaults computed at import (``default=uuid4().hex``). The
configuration is a stub."""

from recipe import Recipe

RECIPE = Recipe(
    name="webhookfedmsg",
    repo="fedora-infra/webhook-to-fedora-messaging",
    style="2.0 Mapped on a library's asyncio base, typeless foreign-key columns",
    files=("webhook_to_fedora_messaging/models/*.py", "webhook_to_fedora_messaging/database.py"),
    stubs={"webhook_to_fedora_messaging/__init__.py": "",
           "webhook_to_fedora_messaging/config.py": "def get_config():\n    raise NotImplementedError\n"},
    stub_roots=("*",),
    metadata="webhook_to_fedora_messaging.database:Base.metadata",
    imports=("webhook_to_fedora_messaging.models",),
    models="webhook_to_fedora_messaging/models",
    line_length=100,
    probe_packages=("sqlalchemy[asyncio]==2.0.51", "sqlalchemy-helpers==2.0.1", "click", "fastapi", "alembic==1.18.5",
                    "psycopg2-binary"),
    drift=(
        "ALTER TABLE services RENAME COLUMN \"desc\" TO description",
        "ALTER TABLE users ALTER COLUMN name TYPE varchar(255)",
        "ALTER TABLE users ALTER COLUMN name DROP NOT NULL",
        "ALTER TABLE users ADD COLUMN email text",
        "CREATE INDEX ix_services_type ON services (type)",
        "COMMENT ON COLUMN services.token IS 'the webhook secret'",
        "ALTER TABLE services ALTER COLUMN sent SET DEFAULT 0",
        "ALTER TABLE users DROP COLUMN is_admin",
        "CREATE TABLE service_events (id serial PRIMARY KEY, service_id integer NOT NULL REFERENCES services (id),"
        " body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE services RENAME TO services_v2",
    ),
    dropped=("users.is_admin",),
    made_at_import=("webhook_to_fedora_messaging.models.service.Service.token",
                    "webhook_to_fedora_messaging.models.service.Service.uuid"),
)
