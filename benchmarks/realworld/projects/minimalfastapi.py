"""rafsaf/minimal-fastapi-postgres-template: SQLAlchemy 2.0 ``Mapped[...] = mapped_column(...)``
through the module alias (``sa.String(36)``, ``sa.func.now()``), a string primary key with a
Python-side ``default=lambda _: str(uuid.uuid4())``, ``server_default=sa.func.now()`` with
``onupdate=``, ``Mapped[list["RefreshToken"]]`` relationships, ``ForeignKey(..., ondelete=
"CASCADE")`` without a type (from the key's target), a base in another module of the package."""

from recipe import Recipe

RECIPE = Recipe(
    name="minimalfastapi",
    repo="rafsaf/minimal-fastapi-postgres-template",
    style="2.0 Mapped through the module alias, typeless foreign key",
    files=("app/auth/models.py", "app/core/models.py"),
    stubs={"app/__init__.py": "", "app/auth/__init__.py": "", "app/core/__init__.py": ""},
    metadata="app.core.models:Base.metadata",
    imports=("app.auth.models",),
    models="app",
    drift=(
        "ALTER TABLE auth_user RENAME COLUMN hashed_password TO password_hash",
        "ALTER TABLE auth_refresh_token ALTER COLUMN refresh_token TYPE varchar(1024)",
        "ALTER TABLE auth_user ADD COLUMN display_name varchar(128)",
        "COMMENT ON COLUMN auth_refresh_token.exp IS 'expiry, seconds since the epoch'",
        "ALTER TABLE auth_refresh_token ALTER COLUMN exp SET DEFAULT 0",
        "CREATE INDEX ix_auth_refresh_token_user_id ON auth_refresh_token (user_id)",
        "CREATE TABLE auth_login_attempt (id bigserial PRIMARY KEY, user_id varchar(36) NOT NULL"
        " REFERENCES auth_user (user_id) ON DELETE CASCADE, succeeded boolean NOT NULL,"
        " created_at timestamptz NOT NULL DEFAULT now())",
        "ALTER TABLE auth_refresh_token DROP COLUMN used",
        "ALTER TABLE auth_user RENAME TO auth_user_v2",
    ),
    dropped=("auth_refresh_token.used",),
)
