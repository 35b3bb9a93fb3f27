"""Agenta-AI/agenta (the open-source API): classic ``Column(...)`` mixins ("DBA" classes: one per
concern, ``OrganizationScopeDBA``, ``LifecycleDBA``, ``HeaderDBA``...) combined into entity
classes ("DBE") in a ``dbes.py`` per feature (workflows, testsets, evaluations, tracing spans,
sessions, webhooks, triggers...) on a ``DeclarativeBase`` with a registry of its own; the older
organisation / workspace / project / user tables in ``models/db_models.py`` on the same base;
foreign keys as ``ForeignKeyConstraint`` items only, partial unique indexes with ``text(...)``
predicates, GIN indexes on ``JSONB``, ``Enum`` columns of str enums defined in the SDK (another
package of the repository), an ``ltree`` column (``sqlalchemy_utils.LtreeType``) and
``server_default=func.current_timestamp()``. The application's other modules are permissive stubs;
the SDK's package ``__init__`` files are empty stand-ins (its models modules are laid out). It
showed one misreading: ``from ...dtos import OTelStatusCode as StatusCode`` beside another enum
class named ``StatusCode`` (of the OpenTelemetry DTOs) took the other class: the span's status a
type change by hand where nothing had drifted."""

from recipe import Recipe

RECIPE = Recipe(
    name="agenta",
    repo="Agenta-AI/agenta",
    style="classic Column mixins composed into entities, a dbes.py per feature, ForeignKeyConstraint only",
    files=("api/oss/src/dbs/postgres/*.py", "api/oss/src/dbs/postgres/*/dbes.py", "api/oss/src/dbs/postgres/*/dbas.py",
           "api/oss/src/dbs/postgres/*/*/dbes.py", "api/oss/src/dbs/postgres/*/*/dbas.py",
           "api/oss/src/dbs/postgres/shared/*.py", "api/oss/src/models/db_models.py",
           "api/oss/src/core/folders/types.py", "api/oss/src/core/otel/dtos.py", "api/oss/src/core/secrets/enums.py",
           "api/oss/src/core/tracing/dtos.py", "api/oss/src/core/shared/dtos.py",
           "sdks/python/agenta/sdk/models/shared.py", "sdks/python/agenta/sdk/models/tracing.py"),
    strip=("api/", "sdks/python/"),
    stubs={"agenta/__init__.py": "", "agenta/sdk/__init__.py": "", "agenta/sdk/models/__init__.py": ""},
    stub_roots=("*",),
    prelude=("CREATE EXTENSION IF NOT EXISTS ltree",),
    metadata="oss.src.dbs.postgres.shared.base:Base.metadata",
    imports=("oss.src.models.db_models", "oss/src/dbs/postgres/**/dbes.py"),
    models="oss/src",
    python=(3, 11),
    drift=(
        "ALTER TABLE secrets RENAME COLUMN description TO summary",
        "ALTER TABLE folders ALTER COLUMN name TYPE varchar(300)",
        "ALTER TABLE testset_artifacts ALTER COLUMN description SET NOT NULL",
        "ALTER TABLE projects ADD COLUMN region varchar(64)",
        "CREATE INDEX ix_secrets_kind ON secrets (kind)",
        "COMMENT ON COLUMN workflow_artifacts.name IS 'what the workflow is called'",
        "ALTER TABLE webhook_subscriptions DROP COLUMN tags",
        "ALTER TABLE mounts ALTER COLUMN name SET DEFAULT ''",
        "CREATE TABLE media_backups (id serial PRIMARY KEY, project_id uuid NOT NULL REFERENCES projects (id),"
        " created_at timestamp with time zone NOT NULL DEFAULT now())",
        "ALTER TABLE session_turns RENAME TO conversation_turns",
    ),
    dropped=("webhook_subscriptions.tags",),
)
