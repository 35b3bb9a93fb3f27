"""IBM/mcp-context-forge (ContextForge, IBM's gateway and registry for Model Context Protocol servers,
A2A agents and LLM providers, FastAPI): 66 tables in one module of 7,000 lines (``mcpgateway/db.py``)
that also builds the engine at import from the settings, registers engine and session event
listeners and ORM ``before_insert`` / ``before_update`` listeners. SQLAlchemy 2.0 ``Mapped[...] =
mapped_column(...)`` throughout, no mixins: every class repeats its own audit columns. The
``DeclarativeBase`` subclass sets a naming convention on its ``MetaData`` (``ck_%(table_name)s_
%(constraint_name)s``, so a named ``CheckConstraint`` is named twice over in the database;
``fk_`` / ``ix_`` / ``uq_`` by the first column). Keys are ``String(36)`` with a Python-side
``lambda: uuid.uuid4().hex`` (or ``str(uuid.uuid4())``), a composite key of two strings, a
self-referencing key, keys to a non-key unique column (``email_users.email``); partial unique
indexes with both ``postgresql_where`` and ``sqlite_where``; an attribute mapping a column of
another name (``_computed_name = mapped_column("name", ...)``) behind a ``hybrid_property``;
columns whose nullability comes from the annotation alone (``Mapped[str] = mapped_column(
String(20), default="SSE")``), ``Mapped[bool] = mapped_column(default=True)`` with no type,
a ``Mapped[Optional[bytes]]`` over ``Text``, a ``TypeDecorator`` of its own (``EncryptedText``),
column ``comment=`` strings, JSON columns with ``default=list`` / ``default=lambda: {}``, four
association ``Table`` objects. The settings module is a stub of ours (an SQLite URL: the engine
the module builds at import is never connected); the validators, slug and readiness helpers and
``jsonschema`` are permissive stubs."""

from recipe import Recipe

# the application's settings, of our own: the values db.py reads at import
_CONFIG = '''class _Settings:
    database_url = "sqlite://"
    db_pool_size = 5
    db_max_overflow = 10
    db_pool_timeout = 30
    db_pool_recycle = 3600
    db_pool_class = "auto"
    db_pool_pre_ping = "auto"
    db_prepare_threshold = 5
    db_sqlite_busy_timeout = 5000
    db_max_retries = 3
    db_retry_interval_ms = 2000
    log_level = "INFO"
    observability_enabled = False
    auth_encryption_secret = None
    gateway_tool_name_separator = "-"
    json_schema_validation_strict = False


settings = _Settings()
'''

RECIPE = Recipe(
    name="mcp_context_forge",
    repo="IBM/mcp-context-forge",
    style="2.0 Mapped, 66 tables in one 7k-line module, naming convention, partial unique indexes",
    files=("mcpgateway/__init__.py", "mcpgateway/db.py"),
    stubs={"mcpgateway/config.py": _CONFIG},
    stub_roots=("mcpgateway", "jsonschema"),
    metadata="mcpgateway.db:Base.metadata",
    imports=("mcpgateway.db",),
    models="mcpgateway",
    line_length=200,  # pyproject.toml [tool.ruff] / [tool.black]
    drift=(
        "ALTER TABLE tools RENAME COLUMN name TO qualified_name",
        "ALTER TABLE email_users ALTER COLUMN full_name SET NOT NULL",
        "CREATE TABLE gateway_health_checks (id varchar(36) PRIMARY KEY,"
        " gateway_id varchar(36) NOT NULL REFERENCES gateways (id) ON DELETE CASCADE,"
        " checked_at timestamptz NOT NULL DEFAULT now(), latency_ms integer, ok boolean NOT NULL,"
        " CONSTRAINT ck_gateway_health_checks_latency_positive CHECK (latency_ms >= 0))",
        "ALTER TABLE migration_metadata ALTER COLUMN key TYPE varchar(255)",
        "ALTER TABLE prompts DROP COLUMN federation_source",
        "CREATE INDEX ix_a2a_agents_agent_type ON a2a_agents (agent_type)",
        "COMMENT ON COLUMN email_api_tokens.jti IS 'JWT ID, the key of revocations'",
        "ALTER TABLE email_teams ALTER COLUMN visibility SET DEFAULT 'private'",
        "ALTER TABLE llm_providers ADD COLUMN region varchar(64)",
        "COMMENT ON TABLE permission_audit_log IS 'one row per permission check'",
        "DROP INDEX uq_roles_name_scope_active",
        "CREATE UNIQUE INDEX uq_roles_name_scope_active ON roles (name, scope) WHERE is_active AND scope <> 'personal'",
        "ALTER TABLE tool_plugin_bindings ADD CONSTRAINT ck_tool_plugin_bindings_priority_range CHECK (priority >= 0)",
        "ALTER TABLE gateways RENAME TO mcp_gateways",
    ),
    dropped=("prompts.federation_source",),
    note=("the CHECK added to tool_plugin_bindings is not seen at all (no action, no note, no by-hand item: models "
          "compare has no check kind, and Alembic does not compare checks either); the roles partial index's new "
          "predicate is written to ``postgresql_where`` while its ``sqlite_where`` keeps the old one "
          "(``is_active = 1``): the two dialects' indexes now differ, and nothing says so"),
)
