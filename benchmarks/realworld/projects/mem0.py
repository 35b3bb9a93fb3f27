"""mem0ai/mem0 (its server): SQLAlchemy 2.0 ``Mapped`` with ``X | None`` annotations, UUID keys
filled by Python-side ``default=`` functions, ``onupdate=`` timestamps, models importing their
base from a top-level module (``from db import Base``). That module makes an engine at import
with a driver not installed here: a stand-in of our own gives the ``DeclarativeBase``."""

from recipe import Recipe

RECIPE = Recipe(
    name="mem0",
    repo="mem0ai/mem0",
    style="2.0 Mapped, union annotations, Python-side key defaults",
    files=("server/models.py",),
    strip="server/",
    stubs={"db.py": "from sqlalchemy.orm import DeclarativeBase\n\n\nclass Base(DeclarativeBase):\n    pass\n"},
    metadata="db:Base.metadata",
    imports=("models",),
    models=".",
    # no formatter setting; its lines run to 98 characters (the import an edit widens is wrapped
    # at the tool's limit, which ruff's default 88 would sort otherwise)
    line_length=100,
    drift=(
        "ALTER TABLE api_keys RENAME COLUMN label TO name",
        "ALTER TABLE request_logs ALTER COLUMN path TYPE text",
        "ALTER TABLE users ALTER COLUMN last_login_at SET NOT NULL",
        "ALTER TABLE request_logs ADD COLUMN user_agent varchar(512)",
        "CREATE INDEX ix_request_logs_created_at ON request_logs (created_at)",
        "COMMENT ON COLUMN api_keys.key_prefix IS 'shown to the user'",
        "ALTER TABLE users ALTER COLUMN role SET DEFAULT 'admin'",
        "ALTER TABLE refresh_token_jtis DROP COLUMN used_at",
        "CREATE TABLE memory_export (id uuid PRIMARY KEY, user_id uuid NOT NULL REFERENCES users (id),"
        " path text NOT NULL, created_at timestamp with time zone NOT NULL DEFAULT now())",
        "ALTER TABLE users RENAME TO users_v2",
    ),
    dropped=("refresh_token_jtis.used_at",),
)
