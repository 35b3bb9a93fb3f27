"""jupyter-server/jupyverse (a FastAPI-based Jupyter server), its ``auth`` plugin: SQLAlchemy 2.0's
``DeclarativeBase`` with ``AsyncAttrs``, its users on fastapi-users' ``SQLAlchemyBaseUserTableUUID`` and
``SQLAlchemyBaseOAuthAccountTableUUID`` (a library's mixins: their ``Mapped`` columns, a ``GUID`` key,
a ``declared_attr`` foreign key and ``__tablename__``), the OAuth class ``pass`` alone, the user's own
columns classic ``Column(...)`` beside a ``Mapped[list[...]]`` relationship, Python-side ``default=``
of strings and a dict on ``JSON``; the engine and ``create_all`` are made in a function at run time.
The plugin's configuration is laid out and ``jupyverse_auth`` is a permissive stub; the probe installs
fastapi-users as the plugin pins it, and the reader needs fastapi-users-db-sqlalchemy installed (the
corpus's environment). It showed two misreadings: the table rename of ``oauth_account``, whose
library-made ``index=True`` indexes (written in an ``if TYPE_CHECKING: ... else:`` branch) PostgreSQL
keeps under the old table's name, gave ``Index`` items of the old names in ``__table_args__`` beside the
ones SQLAlchemy still makes (mended: an ``ALTER INDEX ... RENAME``, as for an inherited ``index=True``);
and the class generated for a new table, derived from ``Base`` alone, set the six columns of the
library's generic ``SQLAlchemyBaseOAuthAccountTable[UUID_ID]`` to None (mended: the chain of the
library's bases is followed)."""

from recipe import Recipe

RECIPE = Recipe(
    name="jupyverse",
    repo="jupyter-server/jupyverse",
    style="2.0 DeclarativeBase with AsyncAttrs, Column classes on fastapi-users bases",
    files=("plugins/auth/src/fps_auth/db.py", "plugins/auth/src/fps_auth/config.py"),
    strip="plugins/auth/src/",
    # the package's own __init__ asks importlib.metadata for its installed version
    stubs={"fps_auth/__init__.py": ""},
    stub_roots=("*",),
    metadata="fps_auth.db:Base.metadata",
    imports=("fps_auth.db",),
    models="fps_auth",
    line_length=100,
    # fastapi-users as the plugin pins it (fastapi_users.db imports the whole library: FastAPI, makefun...)
    probe_packages=("sqlalchemy==2.0.51", "fastapi-users[sqlalchemy]==14.0.1", "psycopg2-binary", "alembic==1.18.5"),
    drift=(
        "ALTER TABLE \"user\" RENAME COLUMN display_name TO full_name",
        "ALTER TABLE \"user\" ALTER COLUMN username TYPE varchar(64)",
        "ALTER TABLE \"user\" ALTER COLUMN color SET NOT NULL",
        "ALTER TABLE \"user\" ADD COLUMN locale varchar(16)",
        "CREATE INDEX ix_user_name ON \"user\" (name)",
        "COMMENT ON COLUMN \"user\".permissions IS 'what the user may do, by resource'",
        "ALTER TABLE \"user\" ALTER COLUMN anonymous SET DEFAULT true",
        "ALTER TABLE \"user\" DROP COLUMN initials",
        "CREATE TABLE user_sessions (id serial PRIMARY KEY, user_id uuid NOT NULL REFERENCES \"user\" (id)"
        " ON DELETE CASCADE, user_agent text, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE oauth_account RENAME TO oauth_accounts",
    ),
    dropped=("user.initials",),
)
