"""TracecatHQ/tracecat (a security automation platform): ~100 tables in one 5,500-line module of
SQLAlchemy 2.0 ``Mapped`` models on a ``DeclarativeBase`` whose ``MetaData`` has a full naming
convention (``ix`` / ``uq`` / ``ck`` / ``fk`` / ``pk``, the multi-column ``%(column_0_N_name)s``
tokens), abstract record bases stacked two deep (an integer ``surrogate_id`` key plus a UUID ``id``
that other tables' keys point at, organization- and workspace-scoped bases adding their key
columns), timestamp / soft-delete / invitation mixins, users on fastapi-users' UUID bases, module-level
``Enum(X, name=...)`` objects shared by several columns, ``Identity()`` columns, a
``server_default=FetchedValue()`` counter filled by a trigger, ``MutableList.as_mutable(JSONB)``,
hybrid properties and deferrable foreign keys. The enum modules are the project's own (plain
``StrEnum``); the rest of the application (configuration, identifiers, the users' role enum) is
ours or a permissive stub."""

from recipe import Recipe

RECIPE = Recipe(
    name="tracecat",
    repo="TracecatHQ/tracecat",
    style="2.0 Mapped, naming convention with column_0_N tokens, stacked abstract bases",
    files=("tracecat/db/models.py", "tracecat/agent/approvals/enums.py",
           "tracecat/authz/enums.py", "tracecat/cases/enums.py",
           "tracecat/integrations/enums.py", "tracecat/interactions/enums.py", "tracecat/invitations/enums.py",
           "tracecat/secrets/constants.py"),
    stubs={
        "tracecat/__init__.py": "",
        "tracecat/config.py": ('TRACECAT__PUBLIC_API_URL = "http://localhost/api"\n'
                               "TRACECAT__MAX_ATTACHMENT_FILENAME_LENGTH = 255\n"),
        "tracecat/auth/schemas.py": ("from enum import StrEnum\n\n\nclass UserRole(StrEnum):\n"
                                     '    BASIC = "basic"\n    ADMIN = "admin"\n'),
        "tracecat/identifiers/__init__.py": ("import uuid\n\nOrganizationID = uuid.UUID\nOwnerID = uuid.UUID\n"
                                             "WorkspaceID = uuid.UUID\nUserID = uuid.UUID\n"),
        "tracecat/identifiers/workflow.py": ("import uuid\n\n\nclass WorkflowUUID(uuid.UUID):\n"
                                             "    @classmethod\n    def make_short(cls, value):\n"
                                             "        return str(value)\n"),
        # the types of JSONB columns' annotations: plain dicts here (TypedDicts and unions there)
        "tracecat/agent/approvals/types.py": "PersistedApprovalDecision = dict\n",
        "tracecat/cases/agent_invocations/types.py": "CaseCommentAgentInvocationError = dict\n",
        "tracecat/tiers/types.py": "EntitlementsDict = dict\n",
        "tracecat/workspaces/schemas.py": "WorkspaceSettings = dict\n",
        # the enum a column takes its type from (its annotation): the same two members
        "tracecat/cases/durations/schemas.py": ("from enum import StrEnum\n\n\n"
                                                "class CaseDurationAnchorSelection(StrEnum):\n"
                                                '    FIRST = "first"\n    LAST = "last"\n'),
    },
    stub_roots=("tracecat",),
    metadata="tracecat.db.models:Base.metadata",
    imports=("tracecat.db.models",),
    models="tracecat/db",
    line_length=88,  # its pyproject's [tool.ruff]
    python=(3, 11),  # enum.StrEnum, typing.Self
    probe_packages=("sqlalchemy>=2", "fastapi-users-db-sqlalchemy", "pydantic>=2", "psycopg2-binary", "alembic",
                    "typing_extensions"),
    drift=(
        "ALTER TABLE case_tag RENAME COLUMN color TO colour",
        "ALTER TABLE workflow ALTER COLUMN version SET NOT NULL",
        "CREATE TABLE workflow_note (id serial PRIMARY KEY,"
        " workflow_id uuid NOT NULL REFERENCES workflow (id) ON DELETE CASCADE,"
        " body text NOT NULL, created_at timestamptz NOT NULL DEFAULT now())",
        "ALTER TABLE workspace_variable ALTER COLUMN description TYPE varchar(1024)",
        "ALTER TABLE schedule DROP COLUMN \"offset\"",
        "CREATE INDEX ix_schedule_start_at ON schedule (start_at)",
        "COMMENT ON COLUMN webhook.filters IS 'which requests start the workflow'",
        "ALTER TABLE case_tag ALTER COLUMN colour SET DEFAULT '#888888'",
        "ALTER TABLE chat ADD COLUMN archived boolean NOT NULL DEFAULT false",
        "COMMENT ON TABLE workflow IS 'one row per workflow'",
        "ALTER TABLE chat ADD CONSTRAINT uq_chat_last_stream_id UNIQUE (last_stream_id)",
        "ALTER TABLE workflow_folder RENAME TO folder",
    ),
    dropped=("schedule.offset",),
    note=("after the workflow_folder rename, create_all from the edited models names its primary and foreign "
          "keys after the new name (pk_folder, ...) where the database kept the old ones (checks cannot see it)"),
)
