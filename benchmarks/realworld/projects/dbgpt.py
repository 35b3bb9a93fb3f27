"""eosphoros-ai/DB-GPT: a monorepo of packages (``src/`` layouts) whose services each define
``class ServeEntity(Model)`` in their own ``models/models.py``, on a table of their own: a string,
or ``SERVER_APP_TABLE_NAME`` of the service's ``config.py`` (in some, a constant naming another
constant). ``Model`` is what a function of the core package returns, a subclass of the declarative
base a database manager makes at run time. The services' schemas, flows and configuration classes
are permissive stubs; the flow and evaluate services (column types from the AWEL framework) and
the code template of a new service are left out."""

from recipe import Recipe

SERVICES = ("agent/chat", "dbgpts/hub", "dbgpts/my", "feedback", "file", "libro", "model", "prompt")

RECIPE = Recipe(
    name="dbgpt",
    repo="eosphoros-ai/DB-GPT",
    style="classic declarative, one class name in every service, a base a function makes",
    files=("packages/dbgpt-core/src/dbgpt/storage/metadata/*.py",
           "packages/dbgpt-core/src/dbgpt/util/pagination_utils.py",
           "packages/dbgpt-core/src/dbgpt/util/string_utils.py",
           *(f"packages/dbgpt-serve/src/dbgpt_serve/{service}/models/models.py" for service in SERVICES),
           *(f"packages/dbgpt-serve/src/dbgpt_serve/{service}/config.py" for service in SERVICES)),
    strip=("packages/dbgpt-core/src/", "packages/dbgpt-serve/src/"),
    stubs={"dbgpt/__init__.py": "", "dbgpt/storage/__init__.py": "", "dbgpt/util/__init__.py": "",
           "dbgpt_serve/__init__.py": "",
           **{f"dbgpt_serve/{part}/__init__.py": "" for service in SERVICES
              for part in {service.split("/")[0], service, f"{service}/models"}}},
    stub_roots=("*",),
    metadata="dbgpt.storage.metadata.db_manager:db.Model.metadata",
    imports=tuple(f"dbgpt_serve.{service.replace('/', '.')}.models.models" for service in SERVICES),
    models="dbgpt_serve",
    probe_packages=("sqlalchemy==2.0.51", "alembic==1.18.5", "psycopg2-binary"),
    drift=(
        "ALTER TABLE prompt_manage ALTER COLUMN prompt_name SET NOT NULL",
        "ALTER TABLE chat_feed_back ALTER COLUMN remark TYPE varchar(200)",
        "ALTER TABLE dbgpt_serve_file ADD COLUMN checksum varchar(64)",
        "CREATE INDEX ix_prompt_manage_chat_scene ON prompt_manage (chat_scene)",
        "COMMENT ON COLUMN chat_feed_back.remark IS 'what the user wrote'",
        "ALTER TABLE prompt_manage RENAME COLUMN sub_chat_scene TO chat_sub_scene",
        "CREATE TABLE serve_audit (id serial PRIMARY KEY, action varchar(64) NOT NULL,"
        " created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE chat_feed_back RENAME TO chat_feedback",
        "ALTER TABLE chat_feedback RENAME CONSTRAINT chat_feed_back_pkey TO chat_feedback_pkey",
    ),
)
