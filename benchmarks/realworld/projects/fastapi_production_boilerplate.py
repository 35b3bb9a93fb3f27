"""iam-abbas/FastAPI-Production-Boilerplate (a FastAPI template with a layered core): classic
``Column`` attributes on ``sqlalchemy.orm.declarative_base()`` defined beside a reader's and a
writer's async engines made at import (``core/database/session.py``, re-exported by the package's
``__init__``), a ``TimestampMixin`` of ``declared_attr`` functions returning ``Column(DateTime,
default=func.now(), onupdate=func.now())`` shared by both tables, ``UUID(as_uuid=True)`` with
``default=uuid4``, ``BigInteger`` keys, ``Unicode(255)``, a foreign key with ``ondelete="CASCADE"``,
``__mapper_args__ = {"eager_defaults": True}``, ``__acl__`` methods on permission enums that are no
column. ``core.config`` is a stub of ours naming PostgreSQL; the access-control module is a permissive
stub; the probe installs asyncpg for the engines."""

from recipe import Recipe

CONFIG = 'class Config:\n    POSTGRES_URL = "postgresql+asyncpg://localhost/x"\n\n\nconfig = Config()\n'

RECIPE = Recipe(
    name="fastapi_production_boilerplate",
    repo="iam-abbas/FastAPI-Production-Boilerplate",
    style="classic declarative, a declared_attr timestamp mixin, async engines at import",
    files=("app/__init__.py", "app/models/*.py", "core/__init__.py", "core/database/*.py",
           "core/database/mixins/*.py"),
    stubs={"core/config.py": CONFIG},
    stub_roots=("*",),
    metadata="core.database:Base.metadata",
    imports=("app.models",),
    models="app/models",
    probe_packages=("sqlalchemy[asyncio]>=2", "asyncpg", "psycopg2-binary", "alembic"),
    drift=(
        "ALTER TABLE tasks RENAME COLUMN description TO details",
        "ALTER TABLE tasks ALTER COLUMN title TYPE varchar(512)",
        "ALTER TABLE users ALTER COLUMN is_admin SET NOT NULL",
        "ALTER TABLE users ADD COLUMN locale varchar(16)",
        "CREATE INDEX ix_tasks_task_author_id ON tasks (task_author_id)",
        "COMMENT ON COLUMN users.password IS 'hashed'",
        "ALTER TABLE tasks ALTER COLUMN is_completed SET DEFAULT false",
        "ALTER TABLE users DROP COLUMN username",
        "CREATE TABLE task_comments (id bigserial PRIMARY KEY, task_id bigint NOT NULL REFERENCES tasks (id)"
        " ON DELETE CASCADE, body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE tasks RENAME TO todo_items",
    ),
    dropped=("users.username",),
    note="no enum in the drift: the project's enums (permissions) are no column",
)
