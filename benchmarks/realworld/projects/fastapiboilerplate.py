"""igorbenav/FastAPI-boilerplate: SQLAlchemy 2.0 ``Mapped`` models on a
``Base(DeclarativeBase, MappedAsDataclass)``: every field a dataclass field (``init=False``,
``default=None``, ``default_factory=``, field order that the constructor depends on), explicit
column names equal to the attribute (``mapped_column("id", ...)``), a composite primary key of
an integer ``id`` and a ``uuid``, ``Mapped[str | None]`` unions, models in a package beside the
base's module (``from ..core.db.database import Base``), which makes an async engine at import
time. ``app.core.config`` is a stub of ours; the probe installs asyncpg for the engine."""

from recipe import Recipe

CONFIG = ("class Settings:\n    POSTGRES_URI = \"postgres:postgres@localhost:5432/postgres\"\n"
          "    POSTGRES_ASYNC_PREFIX = \"postgresql+asyncpg://\"\n\n\nsettings = Settings()\n")

RECIPE = Recipe(
    name="fastapiboilerplate",
    repo="igorbenav/FastAPI-boilerplate",
    style="2.0 Mapped on MappedAsDataclass",
    files=("src/app/models/*.py", "src/app/core/db/database.py", "src/app/core/db/token_blacklist.py",
           "src/app/core/db/models.py"),
    strip="src/",
    stubs={"app/__init__.py": "", "app/core/__init__.py": "", "app/core/db/__init__.py": "",
           "app/core/config.py": CONFIG},
    metadata="app.core.db.database:Base.metadata",
    imports=("app.models", "app.core.db.token_blacklist"),
    models="app",
    line_length=120,
    probe_packages=("sqlalchemy[asyncio]>=2", "asyncpg", "psycopg2-binary", "alembic"),
    drift=(
        "ALTER TABLE post RENAME COLUMN media_url TO image_url",
        "ALTER TABLE \"user\" ALTER COLUMN name TYPE varchar(60)",
        "ALTER TABLE \"user\" ALTER COLUMN profile_image_url DROP NOT NULL",
        "ALTER TABLE tier ADD COLUMN description text",
        "ALTER TABLE post ADD COLUMN view_count integer NOT NULL DEFAULT 0",
        "CREATE INDEX ix_post_title ON post (title)",
        "COMMENT ON COLUMN rate_limit.period IS 'seconds'",
        "ALTER TABLE \"user\" DROP COLUMN deleted_at",
        "ALTER TABLE token_blacklist ALTER COLUMN expires_at TYPE timestamptz",
        "ALTER TABLE tier ALTER COLUMN created_at SET DEFAULT now()",
        "CREATE TABLE post_like (id serial PRIMARY KEY, post_id integer NOT NULL REFERENCES post (id),"
        " user_id integer NOT NULL REFERENCES \"user\" (id), created_at timestamptz NOT NULL DEFAULT now())",
        "ALTER TABLE post RENAME TO post_v2",
    ),
    dropped=("user.deleted_at",),
)
