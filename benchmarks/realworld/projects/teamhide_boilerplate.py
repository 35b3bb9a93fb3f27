"""teamhide/fastapi-boilerplate (a FastAPI template in hexagonal layers): SQLAlchemy 2.0 ``Mapped``
classes on an empty ``DeclarativeBase`` defined beside two async engines made at import (a reader and
a writer, ``core/db/session.py``), a ``TimestampMixin`` of ``Mapped`` columns with ``default=func.now()``
and ``onupdate=func.now()`` in a package of its own (``from .timestamp_mixin import *``), a
``composite()`` of two unannotated ``mapped_column("lat")`` / ``mapped_column("lng")`` whose types come
from a dataclass value object (``Location``), ``mapped_column(default=False)`` typed by ``Mapped[bool]``
alone, a table named ``user`` (quoted in PostgreSQL), a pydantic schema in the model's module.
``core.config`` is a stub of ours naming PostgreSQL (the project's names MySQL); the probe installs
asyncpg for the engines. It showed one misreading: the reader skipped ``composite()`` as an ORM call
of no columns, so the ``lat`` / ``lng`` it maps were taken for new columns (an attribute each added,
which SQLAlchemy rejects beside the composite's own)."""

from recipe import Recipe

CONFIG = ('class Config:\n    WRITER_DB_URL = "postgresql+asyncpg://localhost/x"\n'
          '    READER_DB_URL = "postgresql+asyncpg://localhost/x"\n\n\nconfig = Config()\n')

RECIPE = Recipe(
    name="teamhide_boilerplate",
    repo="teamhide/fastapi-boilerplate",
    style="2.0 Mapped, a timestamp mixin, composite() of a dataclass",
    files=("app/user/domain/entity/user.py", "app/user/domain/vo/location.py", "core/db/*.py",
           "core/db/mixins/*.py"),
    stubs={"app/__init__.py": "", "core/__init__.py": "", "core/config.py": CONFIG},
    stub_roots=("*",),
    metadata="core.db.session:Base.metadata",
    imports=("app.user.domain.entity.user",),
    models=".",
    probe_packages=("sqlalchemy[asyncio]>=2", "asyncpg", "psycopg2-binary", "alembic", "pydantic"),
    drift=(
        "ALTER TABLE \"user\" RENAME COLUMN nickname TO display_name",
        "ALTER TABLE \"user\" ALTER COLUMN password TYPE varchar(512)",
        "ALTER TABLE \"user\" ALTER COLUMN email DROP NOT NULL",  # every column is NOT NULL
        "ALTER TABLE \"user\" ADD COLUMN locale varchar(16)",
        "CREATE INDEX ix_user_created_at ON \"user\" (created_at)",
        "COMMENT ON COLUMN \"user\".password IS 'hashed'",
        "ALTER TABLE \"user\" ALTER COLUMN is_admin SET DEFAULT false",
        "ALTER TABLE \"user\" DROP COLUMN updated_at",
        "CREATE TABLE user_session (id serial PRIMARY KEY, user_id integer NOT NULL REFERENCES \"user\" (id),"
        " token varchar(255) NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE \"user\" RENAME TO users",
    ),
    dropped=("user.updated_at",),
)
