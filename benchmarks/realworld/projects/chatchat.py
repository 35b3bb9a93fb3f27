"""chatchat-space/Langchain-Chatchat (a local knowledge-base chat server): classic declarative on
``declarative_base()`` annotated ``Base: DeclarativeMeta``, every column with a Chinese
``comment=``, attributes named like ``Column``'s keywords (``comment = Column(String(4096),
comment="用户评价")``, ``kwargs``), Python-side ``default=func.now()`` (an SQL expression sent with each
insert, not a server default), ``JSON`` columns with ``default={}`` / ``default=[]``. The engine made
at import from the project's settings is a stub."""

from recipe import Recipe

RECIPE = Recipe(
    name="chatchat",
    repo="chatchat-space/Langchain-Chatchat",
    style="classic declarative, Chinese column comments, attributes named like Column keywords",
    files=("libs/chatchat-server/chatchat/server/db/base.py", "libs/chatchat-server/chatchat/server/db/models/*.py"),
    strip="libs/chatchat-server/",
    stubs={"chatchat/__init__.py": "", "chatchat/server/__init__.py": "", "chatchat/server/db/__init__.py": ""},
    # the engine made at import from the project's settings: one of SQLite in the laid-out copy
    fixes={"chatchat/server/db/base.py": ("Settings.basic_settings.SQLALCHEMY_DATABASE_URI", '"sqlite://"')},
    stub_roots=("*",),
    metadata="chatchat.server.db.base:Base.metadata",
    imports=("chatchat/server/db/models/*.py",),
    models="chatchat/server/db/models",
    drift=(
        "ALTER TABLE knowledge_file RENAME COLUMN file_ext TO file_extension",
        "ALTER TABLE knowledge_base ALTER COLUMN kb_info TYPE varchar(400)",
        "ALTER TABLE message ALTER COLUMN chat_type SET NOT NULL",
        "ALTER TABLE conversation ADD COLUMN locale varchar(16)",
        "CREATE INDEX ix_knowledge_file_kb_name ON knowledge_file (kb_name)",
        "COMMENT ON COLUMN conversation.name IS '对话框的名称'",
        "ALTER TABLE knowledge_base ALTER COLUMN file_count SET DEFAULT 0",
        "ALTER TABLE human_message_event DROP COLUMN comment",
        "CREATE TABLE media_backups (id serial PRIMARY KEY, kb_id integer NOT NULL REFERENCES knowledge_base (id),"
        " created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE file_doc RENAME TO file_docs",
    ),
    dropped=("human_message_event.comment",),
)
