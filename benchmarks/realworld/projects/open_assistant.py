"""LAION-AI/Open-Assistant (the backend collecting the conversations of the OpenAssistant data set):
SQLModel 0.0.8 on SQLAlchemy 1.4 and pydantic 1, one module per table under
``backend/oasst_backend/models`` (a package ``__init__`` importing them all), most columns as
``sa_column=sa.Column(...)`` (``pg.UUID(as_uuid=True)`` keys with ``default=uuid4`` and
``server_default=sa.text("gen_random_uuid()")``, ``sa.DateTime(timezone=True)`` with
``server_default=sa.func.current_timestamp()``, ``server_default=false()``, ``pg.JSONB``, ``pg.TSVECTOR``
with a GIN index, ``sa.ForeignKey(..., ondelete="CASCADE")``, a column of only a ``ForeignKey``, its type
taken from the key), some with a ``nullable=`` beside ``sa_column`` that SQLModel ignores;
``Field(foreign_key=..., nullable=..., max_length=..., index=True)`` on ``UUID`` and ``str``, bare
``int = 0`` fields, composite keys as ``sa.PrimaryKeyConstraint`` in ``__table_args__``, a table named
``user``; a ``TypeDecorator`` class made by a function (``payload_column_type(PayloadContainer)``, JSONB of
pydantic payloads), a time-ordered UUID default of the project's own, uuid7's. The shared package's
schemas (``oasst_shared``) are laid out; FastAPI's encoder and loguru are permissive stubs. It showed
one misreading: ``max_length=2**16`` (``text_labels.text``) was not computed (``**`` is not among the
integer operations read), so the column was an unsized ``varchar`` against the database's
``varchar(65536)``: one no-drift action."""

from recipe import Recipe

RECIPE = Recipe(
    name="open_assistant",
    repo="LAION-AI/Open-Assistant",
    style="SQLModel 0.0.8 (SQLAlchemy 1.4, pydantic 1), sa_column columns, a TypeDecorator made by a function",
    files=("backend/oasst_backend/__init__.py", "backend/oasst_backend/models/*.py", "backend/requirements.txt",
           "oasst-shared/oasst_shared/__init__.py", "oasst-shared/oasst_shared/utils.py",
           "oasst-shared/oasst_shared/schemas/__init__.py", "oasst-shared/oasst_shared/schemas/protocol.py",
           "oasst-shared/oasst_shared/exceptions/*.py"),
    strip=("backend/", "oasst-shared/"),
    stub_roots=("*",),
    metadata="sqlmodel:SQLModel.metadata",
    imports=("oasst_backend.models",),
    models="oasst_backend/models",
    line_length=120,
    # the project's own pins (backend/requirements.txt, laid out: the reader goes by it too)
    probe_packages=("sqlmodel==0.0.8", "sqlalchemy==1.4.41", "pydantic==1.10.7", "uuid7==0.1.0",
                    "alembic==1.13.3", "psycopg2-binary"),
    drift=(
        "ALTER TABLE api_client RENAME COLUMN admin_email TO contact_email",
        "ALTER TABLE message ALTER COLUMN model_name TYPE text",
        "ALTER TABLE task ALTER COLUMN expiry_date SET NOT NULL",
        "ALTER TABLE \"user\" ADD COLUMN locale varchar(16)",
        "CREATE INDEX ix_message_reaction_api_client_id ON message_reaction (api_client_id)",
        "COMMENT ON COLUMN message.lang IS 'the language code of the text'",
        "ALTER TABLE message_tree_state ALTER COLUMN goal_tree_size SET DEFAULT 12",
        "ALTER TABLE journal_integration DROP COLUMN last_error",
        "CREATE TABLE message_bookmark (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), message_id uuid NOT NULL"
        " REFERENCES message (id), user_id uuid NOT NULL REFERENCES \"user\" (id),"
        " created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE cached_stats RENAME TO stats_cache",
        "ALTER TABLE account ALTER COLUMN provider TYPE varchar(64)",
    ),
    dropped=("journal_integration.last_error",),
)
