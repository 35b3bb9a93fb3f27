"""airweave-ai/airweave (a context-retrieval platform for AI agents that syncs SaaS sources into
vector stores, FastAPI; the ``backend/`` package): SQLAlchemy 2.0 ``Mapped[...] = mapped_column(...)``
classes, one per module, whose *declarative base itself* (a ``DeclarativeBase`` subclass, not a
mixin) carries old-style ``Column`` attributes every table inherits (``id`` a UUID key with a
Python-side ``uuid4``, ``created_at`` / ``modified_at`` with a Python-side clock function); an
abstract ``OrganizationBase`` whose indexed ``organization_id`` foreign key comes from a
``declared_attr``, and a ``UserMixin`` of two ``declared_attr`` columns. Mixed in: one class
written wholly in ``Column`` style (entity_definition), a column whose type comes from the
annotation alone (``Mapped[SyncStatus] = mapped_column(default=...)``: a native PostgreSQL enum
of the member names), explicit ``Enum(...)`` columns, annotations typed with an enum over a plain
``String`` column, JSON and JSONB dicts with ``{}`` defaults, ``server_default="0"`` counters,
named foreign keys, a multi-line CHECK, ``primaryjoin`` strings, ORM event listeners. The enums
module and the clock helpers are the project's own files; the schemas' two enums are ours, the
logging and Temporal modules permissive stubs."""

from recipe import Recipe

# the two enums the credentials' annotations name (the project's module is a pydantic schema file)
SOURCE_CONNECTION_SCHEMAS = '''from enum import Enum


class AuthenticationMethod(str, Enum):
    DIRECT = "direct"
    OAUTH_BROWSER = "oauth_browser"
    OAUTH_TOKEN = "oauth_token"
    AUTH_PROVIDER = "auth_provider"


class OAuthType(str, Enum):
    ACCESS_ONLY = "access_only"
    WITH_REFRESH = "with_refresh"
'''

RECIPE = Recipe(
    name="airweave",
    repo="airweave-ai/airweave",
    style="2.0 Mapped on a DeclarativeBase with Column attributes, declared_attr mixins",
    files=("backend/airweave/models/*.py", "backend/airweave/core/shared_models.py",
           "backend/airweave/core/datetime_utils.py"),
    strip="backend/",
    stubs={"airweave/__init__.py": "", "airweave/core/__init__.py": "", "airweave/schemas/__init__.py": "",
           "airweave/schemas/source_connection.py": SOURCE_CONNECTION_SCHEMAS},
    stub_roots=("airweave",),
    metadata="airweave.models._base:Base.metadata",
    imports=("airweave.models",),
    models="airweave/models",
    line_length=100,  # backend/pyproject.toml [tool.ruff]
    drift=(
        "ALTER TABLE collection RENAME COLUMN readable_id TO slug",
        "ALTER TABLE \"user\" ALTER COLUMN full_name SET NOT NULL",
        "CREATE TABLE collection_tag (id uuid PRIMARY KEY,"
        " collection_id uuid NOT NULL REFERENCES collection (id) ON DELETE CASCADE,"
        " tag varchar(64) NOT NULL, created_at timestamp NOT NULL DEFAULT now(), UNIQUE (collection_id, tag))",
        "ALTER TABLE sync ALTER COLUMN cron_schedule TYPE varchar(255)",
        "ALTER TABLE billing_period DROP COLUMN stripe_invoice_id",
        "CREATE INDEX ix_api_key_expiration_date ON api_key (expiration_date)",
        "COMMENT ON COLUMN sync_job.error_category IS 'classified cause of the failure'",
        "ALTER TABLE organization_billing ALTER COLUMN billing_plan SET DEFAULT 'trial'",
        "ALTER TABLE organization ADD COLUMN website varchar(255)",
        "COMMENT ON TABLE search_queries IS 'one row per search call'",
        "ALTER TABLE source_connection ALTER COLUMN short_name TYPE varchar(100)",
        "ALTER TABLE feature_flag RENAME TO organization_feature_flag",
    ),
    dropped=("billing_period.stripe_invoice_id",),
)
