"""AstrBotDevs/AstrBot (a multi-platform chat-bot and LLM-agent framework: QQ, Telegram, Slack,
WeChat adapters, personas, cron jobs, a WebUI dashboard): SQLModel ``table=True`` classes on
``SQLModel.metadata``, all in one module (``astrbot/core/db/po.py``, 18 tables), written for SQLite
and run here on PostgreSQL. A non-table ``TimestampMixin(SQLModel)`` gives most tables their
``created_at`` / ``updated_at`` (``Field(default_factory=lambda: ...)`` and an ``onupdate`` lambda in
``sa_column_kwargs``), listed before ``SQLModel`` in the bases; ``__tablename__: str = "..."``
annotated (and once ``# type: ignore``); integer keys as ``int | None = Field(default=None,
primary_key=True, sa_column_kwargs={"autoincrement": True})`` under names other than ``id``
(``inner_conversation_id``, ``inner_id``), one table keyed by a ``str`` of ``max_length=512``;
``sa_type=JSON`` / ``sa_type=Text`` columns, ``max_length`` varchars, ``unique=True`` fields that
``__table_args__`` repeats as a named ``UniqueConstraint`` (two unique constraints on one column),
an ``Index`` over ``desc("created_at")`` expressions, ``default_factory=lambda: str(uuid.uuid4())``
identifiers. No foreign keys anywhere (the rows name each other by string ids). Plain ``@dataclass``
and ``TypedDict`` classes share the module with the tables. ``deprecated`` (a decorator of two
legacy dataclasses) is a stub of ours; the package ``__init__`` modules are replaced by empty ones.
The knowledge-base tables (``astrbot/core/knowledge_base/models.py``) sit on a ``MetaData()`` of
their own in another database and are not laid out."""

from recipe import Recipe

RECIPE = Recipe(
    name="astrbot",
    repo="AstrBotDevs/AstrBot",
    style="SQLModel table=True, non-table timestamp mixin, no foreign keys, sa_type/sa_column_kwargs",
    # its pyproject.toml (ruff: line length 88, isort)
    files=("pyproject.toml", "astrbot/core/db/po.py"),
    stubs={
        "astrbot/__init__.py": "",
        "astrbot/core/__init__.py": "",
        "astrbot/core/db/__init__.py": "",
        "deprecated/__init__.py": ("def deprecated(*args, **kwargs):\n"
                                   "    \"\"\"The decorator with arguments: the class is returned unchanged.\"\"\"\n"
                                   "    return lambda cls: cls\n"),
    },
    # its requirements (sqlmodel>=0.0.24, sqlalchemy[asyncio]>=2.0.41, pydantic>=2.12.5; no lock file) as an
    # install today resolves them: a SQLModel from 0.0.45, whose datetime fields are timestamptz
    probe_packages=("sqlmodel==0.0.50", "sqlalchemy>=2.0.41,<2.1", "pydantic>=2.12.5", "psycopg2-binary",
                    "alembic"),
    metadata="sqlmodel:SQLModel.metadata",
    imports=("astrbot.core.db.po",),
    models="astrbot/core/db",
    line_length=88,  # pyproject.toml [tool.ruff]
    drift=(
        "ALTER TABLE cron_jobs RENAME COLUMN cron_expression TO schedule",
        "ALTER TABLE conversations ALTER COLUMN updated_at DROP NOT NULL",
        "ALTER TABLE platform_message_history ALTER COLUMN sender_id SET NOT NULL",
        "CREATE TABLE persona_tags (id serial PRIMARY KEY,"
        " persona_id integer NOT NULL REFERENCES personas (id) ON DELETE CASCADE,"
        " tag varchar(64) NOT NULL, created_at timestamp NOT NULL DEFAULT now(), UNIQUE (persona_id, tag))",
        "ALTER TABLE chatui_projects ALTER COLUMN title TYPE varchar(512)",
        "ALTER TABLE attachments DROP COLUMN mime_type",
        "CREATE INDEX ix_cron_jobs_next_run_time ON cron_jobs (next_run_time)",
        "COMMENT ON COLUMN api_keys.key_prefix IS 'first characters of the key, shown in the dashboard'",
        "ALTER TABLE cron_jobs ALTER COLUMN status SET DEFAULT 'scheduled'",
        "ALTER TABLE platform_sessions ADD COLUMN archived boolean NOT NULL DEFAULT false",
        "ALTER TABLE persona_folders ADD CONSTRAINT uix_persona_folder_parent_name UNIQUE (parent_id, name)",
        "COMMENT ON TABLE platform_stats IS 'messages a platform handled, per hour'",
        "ALTER TABLE personas RENAME TO bot_personas",
    ),
    dropped=("attachments.mime_type",),
    note=("the alembic check: conversations.updated_at, which the drift makes nullable, comes from the non-table "
          "``TimestampMixin(SQLModel)`` every other table shares too; the plan says to override the field in "
          "``ConversationV2`` but leaves it by hand (\"a SQLModel class, and this change is not an edit of a "
          "field\"), where a declarative class gets the inherited statement copied in and changed"),
)
