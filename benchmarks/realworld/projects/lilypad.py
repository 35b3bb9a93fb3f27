"""Mirascope/lilypad (an LLM observability and prompt versioning server): SQLModel (pydantic 2)
tables in one module per entity under ``lilypad/server/models`` plus an enterprise package's two
(``lilypad/ee/server/models``) - 18 tables. Every ``__tablename__`` is a constant of a shared
``table_names`` module and every foreign key an f-string of one (``f"{PROJECT_TABLE_NAME}.uuid"``);
each table class is a pydantic field base plus ``BaseSQLModel`` (a UUID key and an indexed
``created_at`` with ``sa_type=DateTime(timezone=True)``) or ``BaseOrganizationSQLModel`` (adding an
organization key with ``ondelete="CASCADE"``). The naming convention is set after the fact, by
assigning ``BaseSQLModel.metadata.naming_convention = {...}`` (PostgreSQL's own spellings:
``%(column_0_label)s_idx``, ``%(table_name)s_pkey``, ...) at the end of the base's module. JSONB comes
through a ``TypeDecorator`` whose ``load_dialect_impl`` picks JSONB on PostgreSQL, given as
``sa_column=get_json_column()`` (a function returning a ``Column``); partial indexes
(``postgresql_where=text(...)``, one unique), a native ``Enum(UserRole)`` in ``sa_column``, str enums
as plain annotations (SQLModel's non-native ``AutoString``), ``sa_column_kwargs`` with
``server_default`` / ``onupdate`` of ``func.now()``, a field aliased away from its column
(``metadata_``), self-referencing keys by ``remote_side`` strings. Mirascope's ``CommonCallParams``
(the type of one JSONB field) is a stub of ours."""

from recipe import Recipe

RECIPE = Recipe(
    name="lilypad",
    repo="Mirascope/lilypad",
    style="SQLModel, table-name constants, naming convention assigned after the base",
    files=("app/lilypad/server/models/*.py", "app/lilypad/ee/server/models/*.py"),
    strip="app/",
    stubs={"mirascope/__init__.py": "", "mirascope/core/__init__.py": "",
           "mirascope/core/base.py": "from typing import Any\n\nCommonCallParams = dict[str, Any]\n"},
    metadata="lilypad.server.models.base_sql_model:BaseSQLModel.metadata",
    imports=("lilypad/server/models/*.py", "lilypad/ee/server/models/*.py"),
    models="lilypad",
    line_length=88,  # its app/pyproject.toml's [tool.ruff]
    drift=(
        "ALTER TABLE api_keys RENAME COLUMN key_hash TO hashed_key",
        "ALTER TABLE users ALTER COLUMN last_name SET NOT NULL",
        "CREATE TABLE span_notes (uuid uuid PRIMARY KEY,"
        " span_uuid uuid NOT NULL REFERENCES spans (uuid) ON DELETE CASCADE,"
        " body text NOT NULL, created_at timestamptz NOT NULL DEFAULT now())",
        "ALTER TABLE functions ALTER COLUMN provider TYPE varchar(64)",
        "ALTER TABLE organizations DROP COLUMN license",
        "CREATE INDEX functions_live_idx ON functions (project_uuid) WHERE archived IS NULL",
        "COMMENT ON COLUMN spans.trace_id IS 'the OpenTelemetry trace'",
        "ALTER TABLE billings ALTER COLUMN usage_quantity SET DEFAULT 0",
        "ALTER TABLE tags ADD COLUMN color varchar(7)",
        "COMMENT ON TABLE organizations IS 'the tenants'",
        "ALTER TABLE comments ADD CONSTRAINT comments_nonempty_check CHECK (length(text) > 0)",
        "ALTER TABLE deployments ALTER COLUMN notes TYPE text",
    ),
    dropped=("organizations.license",),
    note=("every ``__tablename__`` is a constant of ``table_names``, so a table rename is a by-hand item "
          "(change the constant), and a column of a ``...Base(SQLModel)`` field class is dropped only by hand "
          "(API schemas share it), both as the tool means to: the drift renames no table and drops a column "
          "of a table class; the CHECK constraint the drift adds is not a ``plan`` kind (``validate`` only). "
          "A change of a field given ``sa_column=get_json_column()`` (spans.data) is a person's too (the "
          "column is the function's), so the drift comments another column of spans"),
)
