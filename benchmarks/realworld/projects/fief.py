"""fief-dev/fief (an open-source users-and-authentication server, OAuth2 / OpenID Connect, FastAPI):
29 tables of SQLAlchemy 2.0 ``Mapped[...] = mapped_column(...)`` classes, one module per table, on a
``DeclarativeBase`` whose metadata carries a naming convention (``uq`` of
``%(table_name)s_%(column_0_N_name)s_key``) and whose ``__init_subclass__`` rewrites every
``__tablename__`` with a prefix from the application's settings (``"users"`` in the file is
``fief_users`` in the database), the same prefix that ``get_prefixed_tablename()`` puts on the two
association ``Table`` objects (their foreign keys are f-strings) and ``TABLE_PREFIX`` on the native
ENUM types' names (``Enum(ACR, name=f"{TABLE_PREFIX}acr", values_callable=...)``). Every class
inherits plain-class mixins: ``UUIDModel`` (a ``GUID`` TypeDecorator key with a Python-side
``uuid4``), ``CreatedUpdatedAt`` (indexed ``TIMESTAMPAware`` TypeDecorator columns with both a
Python-side clock and ``server_default=func.now()``) and, for the session and token tables,
``ExpiresAt``, whose ``expires_at`` comes from a ``declared_attr`` that reads the class's
``__lifetime_seconds__`` for a ``functools.partial`` default. Also: a TypeDecorator class made by a
function and then called (``PydanticUrlString(String)(length=512)``), sqlalchemy-utils'
``StringEncryptedType`` with the settings' key, annotations typed with a ``StrEnum`` over a plain
``String`` column, an attribute whose column is named otherwise (``_records`` -> ``records``), a
relationship without a foreign key (``primaryjoin`` string), ``default=secrets.token_urlsafe``
tokens, ``Mapped[str]`` columns left ``nullable=True``. The settings module is ours (the project's
defaults: prefix ``fief_``); FastAPI, Starlette, jwcrypto, httpx-oauth and fief-client are
permissive stubs; the services' enums and the crypto helpers are the project's own files."""

from recipe import Recipe

# the settings the models read at import, with the project's defaults (ours: the project's module
# builds a pydantic-settings class from the environment)
SETTINGS = '''class _Settings:
    database_table_prefix = "fief_"
    encryption_key = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="
    generated_jwk_size = 4096
    default_from_email = "contact@example.org"
    default_from_name = "Example"
    fief_domain = "localhost:8000"
    login_session_lifetime_seconds = 3600
    registration_session_lifetime_seconds = 3600
    email_verification_lifetime_seconds = 3600
    oauth_session_lifetime_seconds = 3600
    session_lifetime_seconds = 86400 * 30
    default_authorization_code_lifetime_seconds = 600
    default_access_id_token_lifetime_seconds = 3600 * 24
    default_refresh_token_lifetime_seconds = 3600 * 24 * 30


settings = _Settings()
'''

RECIPE = Recipe(
    name="fief",
    repo="fief-dev/fief",
    style="2.0 Mapped, table prefix from __init_subclass__, plain mixins, declared_attr expires_at",
    files=("fief/models/*.py", "fief/crypto/encryption.py", "fief/crypto/jwk.py", "fief/services/acr.py",
           "fief/services/oauth_provider.py", "fief/services/email_template/types.py"),
    stubs={"fief/__init__.py": "", "fief/settings.py": SETTINGS, "fief/crypto/__init__.py": "",
           "fief/services/__init__.py": "", "fief/services/email_template/__init__.py": ""},
    stub_roots=("fastapi", "starlette", "jwcrypto", "httpx_oauth", "fief_client"),
    metadata="fief.models.base:Base.metadata",
    imports=("fief.models",),
    models="fief/models",
    drift=(
        "ALTER TABLE fief_themes RENAME COLUMN input_color_background TO input_background_color",
        "ALTER TABLE fief_clients ALTER COLUMN encrypt_jwk SET NOT NULL",
        "ALTER TABLE fief_webhook_logs ALTER COLUMN updated_at DROP NOT NULL",
        "CREATE TABLE fief_webhook_headers (id uuid PRIMARY KEY,"
        " webhook_id uuid NOT NULL REFERENCES fief_webhooks (id) ON DELETE CASCADE,"
        " name varchar(255) NOT NULL, value text NOT NULL, UNIQUE (webhook_id, name))",
        "ALTER TABLE fief_login_sessions ALTER COLUMN nonce TYPE varchar(512)",
        "ALTER TABLE fief_oauth_accounts DROP COLUMN account_email",
        "CREATE INDEX ix_fief_webhook_logs_event ON fief_webhook_logs (event)",
        "COMMENT ON COLUMN fief_email_domains.records IS 'DNS records the provider asks for'",
        "COMMENT ON TABLE fief_audit_logs IS 'one row per audited action'",
        "ALTER TABLE fief_tenants ALTER COLUMN registration_allowed SET DEFAULT true",
        "ALTER TABLE fief_permissions ADD COLUMN description text",
        "ALTER TYPE fief_userfieldtype ADD VALUE 'URL'",
        "ALTER TABLE fief_webhooks RENAME TO fief_webhook_endpoints",
    ),
    dropped=("fief_oauth_accounts.account_email",),
)
