"""MODSetter/SurfSense (backend): classic declarative ``Column(...)`` classes in one 2,800-line
``db.py`` and in ``persistence`` packages of each feature (artifacts, automations, podcasts,
notifications, file storage, caches) that import its ``BaseModel`` (an abstract base with an
indexed ``id``) and ``TimestampMixin`` (a ``@declared_attr`` ``created_at``); str enums stored by
their values through a function of the module (``values_callable=_enum_values``), pgvector
columns sized by the configuration at run time, fastapi-users' user tables defined in an ``if``
on the configured sign-in (the first is read), ``JSONB`` / ``ARRAY`` / ``UUID`` columns, check
constraints and partial indexes. The configuration and the application's other modules are
permissive stubs; ``pgvector`` is a stub of our own (the embedded server has no extension): a
``Vector`` column is ``real[]`` there. It showed two misreadings: the named ``values_callable``
function, and a base that ``fastapi_users.db`` re-exports from fastapi-users-db-sqlalchemy (the
user table unknown, so no class generated for a new table); the reader needs fastapi-users
installed for it (the corpus's environment)."""

from recipe import PGVECTOR_STUBS, Recipe

RECIPE = Recipe(
    name="surfsense",
    repo="MODSetter/SurfSense",
    style="classic declarative, one big db.py and persistence packages, values_callable functions",
    files=("surfsense_backend/app/db.py", "surfsense_backend/app/*/persistence/*"),
    strip="surfsense_backend/",
    stubs={
        "app/config.py": ("class _Embedding:\n    dimension = 8\n\n\nclass _Config:\n    AUTH_TYPE = 'LOCAL'\n"
                          "    DATABASE_URL = 'postgresql+asyncpg://localhost/x'\n"
                          "    embedding_model_instance = _Embedding()\n    DB_IDLE_IN_TX_TIMEOUT_MS = 0\n\n\n"
                          "config = _Config()\n"),
        **PGVECTOR_STUBS,
    },
    stub_roots=("*",),
    metadata="app.db:Base.metadata",
    imports=("app.db",),
    models="app",
    python=(3, 11),
    probe_packages=("sqlalchemy==2.0.51", "fastapi-users-db-sqlalchemy==7.0.0", "pydantic>=2", "psycopg2-binary",
                    "alembic==1.18.5", "asyncpg"),
    drift=(
        "ALTER TABLE workspaces RENAME COLUMN description TO summary",
        "ALTER TABLE prompts ALTER COLUMN name TYPE varchar(300)",
        "ALTER TABLE logs ALTER COLUMN source SET NOT NULL",
        "ALTER TABLE folders ADD COLUMN color varchar(20)",
        "CREATE INDEX ix_prompts_name ON prompts (name)",
        "COMMENT ON COLUMN prompts.prompt IS 'the prompt as the user wrote it'",
        "ALTER TABLE prompts DROP COLUMN is_public",
        "ALTER TABLE prompts ALTER COLUMN version SET DEFAULT 1",
        "CREATE TABLE media_backups (id serial PRIMARY KEY, workspace_id integer NOT NULL REFERENCES workspaces (id),"
        " created_at timestamp with time zone NOT NULL DEFAULT now())",
        "ALTER TABLE logs RENAME TO activity_logs",
    ),
    dropped=("prompts.is_public",),
)
