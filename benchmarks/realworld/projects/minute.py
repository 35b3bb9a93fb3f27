"""i-dot-ai/minute (the UK government's Incubator for AI's meeting-minutes service: recordings are
transcribed, then minuted by a language model; FastAPI with async SQLAlchemy on asyncpg, Alembic) - 9
tables in one module of SQLModel ``table=True`` classes. Every table inherits a ``BaseTableMixin(SQLModel)``
(not a table) whose only column is a ``UUID`` key with a Python-side ``default_factory=uuid4`` and a
``server_default=func.gen_random_uuid()`` given through ``sa_column_kwargs``; the timestamps come instead
from two module-level factory functions returning a fresh ``Column(TIMESTAMP(timezone=True), nullable=False,
server_default=now())`` each call, passed as ``Field(sa_column=created_datetime_column(), default=None)``
in every class. ``StrEnum`` fields (``auto()`` values) become native PostgreSQL enums of the member names
(``jobstatus`` shared by three tables), with ``server_default=JobStatus.AWAITING_START.name``; a field
whose column is named otherwise (``legacy_minute_versions`` -> ``Column(name="minute_versions",
type_=JSONB)``), a ``JSONB`` of a ``TypedDict`` list, ``Field(foreign_key=..., ondelete="CASCADE")``
keys, a functional unique index ``Index("ix_user_email_lower", text("lower(email)"), unique=True)`` in
``__table_args__``, a table named ``user``, ``Relationship`` with ``sa_relationship_kwargs`` ordering
by ``col(Model.created_datetime).desc()``. The module and its empty package ``__init__`` are laid out
(the ``TypedDict`` taken from typing_extensions on Python 3.11); nothing is stubbed."""

from recipe import Recipe

RECIPE = Recipe(
    name="minute",
    repo="i-dot-ai/minute",
    style="SQLModel, UUID mixin, sa_column factory functions, StrEnum PG enums, functional index",
    files=("common/database/__init__.py", "common/database/postgres_models.py", "uv.lock"),
    stubs={"common/__init__.py": ""},
    metadata="common.database.postgres_models:SQLModel.metadata",
    imports=("common.database.postgres_models",),
    models="common/database",
    # not a bug: the project runs on Python 3.12, where pydantic takes ``typing.TypedDict`` (the type of the
    # transcription's dialogue entries); on the corpus's 3.11 pydantic wants typing_extensions' one
    fixes={"common/database/postgres_models.py": ("from typing import TypedDict",
                                                  "from typing_extensions import TypedDict")},
    line_length=120,  # pyproject.toml [tool.ruff]
    # uv.lock's versions (sqlmodel is pinned <0.0.28)
    probe_packages=("sqlmodel==0.0.27", "sqlalchemy==2.0.45", "pydantic==2.12.5", "alembic==1.17.2",
                    "typing_extensions", "psycopg2-binary"),
    drift=(
        "ALTER TABLE user_template RENAME COLUMN content TO body",
        "ALTER TABLE transcription ALTER COLUMN user_id SET NOT NULL",
        "CREATE TABLE minute_share (id uuid PRIMARY KEY DEFAULT gen_random_uuid(),"
        " minute_id uuid NOT NULL REFERENCES minute (id) ON DELETE CASCADE,"
        " email varchar(254) NOT NULL, created_datetime timestamptz NOT NULL DEFAULT now(),"
        " UNIQUE (minute_id, email))",
        "ALTER TABLE recording ALTER COLUMN s3_file_key TYPE varchar(1024)",
        "ALTER TABLE minute_version DROP COLUMN ai_edit_instructions",
        "CREATE INDEX ix_chat_transcription_id ON chat (transcription_id)",
        "COMMENT ON COLUMN transcription.minute_versions IS 'minute versions kept from before the minute table'",
        "COMMENT ON TABLE hallucination IS 'passages of a minute version flagged by its readers'",
        "ALTER TABLE user_template ALTER COLUMN description SET DEFAULT ''",
        "ALTER TABLE \"user\" ADD COLUMN display_name varchar(255)",
        "ALTER TYPE jobstatus ADD VALUE 'CANCELLED'",
        "ALTER TABLE template_question ALTER COLUMN position TYPE bigint",
        "ALTER TABLE minute RENAME TO meeting_minute",
    ),
    dropped=("minute_version.ai_edit_instructions",),
)
