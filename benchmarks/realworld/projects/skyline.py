"""openstack/skyline-apiserver: Core ``Table`` objects only, on a module-level ``METADATA =
MetaData()``, no mapped class; keyword type arguments (``String(length=128)``), ``JSON``,
``primary_key=True, nullable=False`` written together."""

from recipe import Recipe

RECIPE = Recipe(
    name="skyline",
    repo="openstack/skyline-apiserver",
    style="Core Table objects only",
    files=("skyline_apiserver/db/models.py",),
    stubs={"skyline_apiserver/__init__.py": "", "skyline_apiserver/db/__init__.py": ""},
    metadata="skyline_apiserver.db.models:METADATA",
    imports=("skyline_apiserver.db.models",),
    models="skyline_apiserver/db",
    line_length=98,
    drift=(
        "ALTER TABLE revoked_token RENAME COLUMN expire TO expires_at",
        "ALTER TABLE settings ALTER COLUMN key TYPE varchar(255)",
        "ALTER TABLE settings ALTER COLUMN value SET NOT NULL",
        "ALTER TABLE revoked_token ADD COLUMN reason varchar(255)",
        "CREATE INDEX ix_revoked_token_expire ON revoked_token (expires_at)",
        "COMMENT ON COLUMN settings.value IS 'a JSON document'",
        "CREATE TABLE audit_log (id serial PRIMARY KEY, token varchar(128) NOT NULL"
        " REFERENCES revoked_token (uuid), body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE revoked_token RENAME TO revoked_token_v2",
    ),
)
