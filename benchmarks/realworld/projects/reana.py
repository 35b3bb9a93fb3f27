"""reanahub/reana-db: classic declarative models in one module, every table in a schema of its
own (``{"schema": "__reana"}``), sqlalchemy-utils' ``Timestamp`` mixin (``created`` / ``updated``
with Python-side defaults) among the bases beside a plain mixin of quota methods, ``UUIDType``
and ``EncryptedType`` columns, ``JSONType``, Python enums of the module, hybrid properties. The
application's config and helpers, and reana-commons, import as permissive stubs."""

from recipe import Recipe

RECIPE = Recipe(
    name="reana",
    repo="reanahub/reana-db",
    style="classic declarative, sqlalchemy-utils Timestamp mixin, own schema",
    files=("reana_db/models.py",),
    stubs={"reana_db/__init__.py": ""},
    stub_roots=("*",),
    prelude=("CREATE SCHEMA IF NOT EXISTS __reana",),
    schemas=("__reana",),
    metadata="reana_db.models:Base.metadata",
    imports=("reana_db.models",),
    models="reana_db",
    drift=(
        "ALTER TABLE __reana.user_ RENAME COLUMN full_name TO display_name",
        "ALTER TABLE __reana.job ALTER COLUMN docker_img TYPE varchar(512)",
        "ALTER TABLE __reana.workflow ALTER COLUMN git_ref SET NOT NULL",
        "ALTER TABLE __reana.resource ADD COLUMN description text",
        "CREATE INDEX ix_job_status ON __reana.job (status)",
        "COMMENT ON COLUMN __reana.user_token.token IS 'encrypted'",
        "ALTER TABLE __reana.user_ DROP COLUMN username",
        "ALTER TABLE __reana.audit_log ALTER COLUMN updated SET DEFAULT now()",
        "CREATE TABLE __reana.workflow_note (id uuid PRIMARY KEY, workflow_id uuid NOT NULL REFERENCES"
        " __reana.workflow (id_), note text NOT NULL, created timestamp NOT NULL DEFAULT now())",
    ),
    dropped=("user_.username",),
)
