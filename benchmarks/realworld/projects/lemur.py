"""Netflix/lemur: Flask-SQLAlchemy with a base alias (``BaseModel = db.Model``), classic
``Column`` on one models module per package, sqlalchemy-utils types (``ArrowType``,
``JSONType``), a TypeDecorator (``Vault``), module-level ``Index(...)`` on association
tables, a PostgreSQL enum of string labels, and a class whose ``___tablename__`` typo leaves
Flask-SQLAlchemy's generated name."""

from recipe import Recipe

RECIPE = Recipe(
    name="lemur",
    repo="Netflix/lemur",
    style="Flask-SQLAlchemy",
    files=("lemur/models.py", "lemur/*/models.py", "lemur/database.py", "lemur/utils.py", "lemur/extensions.py"),
    stub_roots=("lemur", "flask_migrate", "flask_bcrypt", "flask_principal", "flask_mail", "flask_cors",
                "cryptography", "sentry_sdk", "idna", "inflection", "blinker"),
    metadata="lemur.extensions:db.metadata",
    imports=tuple(f"lemur.{name}.models" for name in (
        "users", "roles", "authorities", "certificates", "pending_certificates", "destinations", "sources",
        "notifications", "domains", "endpoints", "policies", "api_keys", "logs", "dns_providers", "authorizations",
    )) + ("lemur.models",),
    models="lemur",
    line_length=100,
    prelude=("CREATE EXTENSION pg_trgm",),
    drift=(
        "ALTER TABLE endpoints RENAME COLUMN dnsname TO dns_name",
        "ALTER TABLE domains ALTER COLUMN sensitive SET NOT NULL",
        "CREATE TABLE certificate_tags (id serial PRIMARY KEY,"
        " certificate_id integer NOT NULL REFERENCES certificates (id) ON DELETE CASCADE,"
        " tag varchar(64) NOT NULL CHECK (length(tag) > 0), UNIQUE (certificate_id, tag))",
        "ALTER TABLE users ALTER COLUMN email TYPE varchar(256)",
        "ALTER TABLE users DROP COLUMN profile_picture",
        "ALTER TABLE api_keys DROP CONSTRAINT api_keys_user_id_fkey,"
        " ADD CONSTRAINT api_keys_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE",
        "CREATE INDEX ix_endpoints_owner ON endpoints (owner)",
        "COMMENT ON COLUMN notifications.plugin_name IS 'plugin that sends it'",
        "ALTER TABLE endpoints ALTER COLUMN port SET DEFAULT 443",
        "ALTER TYPE log_type ADD VALUE 'export_cert'",
        "COMMENT ON TABLE domains IS 'names certificates are issued for'",
        "ALTER TABLE notifications ALTER COLUMN label SET NOT NULL",
        "ALTER TABLE users RENAME TO users_v2",
    ),
    dropped=("users.profile_picture",),
)
