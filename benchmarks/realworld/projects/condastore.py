"""conda-incubator/conda-store (its server's ORM): SQLAlchemy 2.0 ``Mapped`` on a
``DeclarativeBase``, ``Mapped[dict | None]`` unions, non-Optional annotations over
``default=None`` columns (NOT NULL), an ``Enum`` of a pydantic module's enum reached through the
module (``Mapped[schema.BuildStatus]``), association ``Table`` objects, ``hybrid_property``,
``Unicode`` / ``UnicodeText``. Its other modules (conda_utils, the server) are stubs; the lockfile
models it imports (conda_lock) are a blank pydantic model of ours. Pins SQLAlchemy 2.0, as the project does."""

from recipe import Recipe

RECIPE = Recipe(
    name="condastore",
    repo="conda-incubator/conda-store",
    style="2.0 Mapped, unions, enum of a module",
    files=("conda-store-server/conda_store_server/_internal/orm.py",
           "conda-store-server/conda_store_server/_internal/schema.py",
           "conda-store-server/conda_store_server/exception.py"),
    strip="conda-store-server/",
    stubs={"conda_store_server/__init__.py": '"""Stand-in (ours): the package, nothing else."""\n',
           "conda_store_server/_internal/__init__.py": '"""Stand-in (ours)."""\n',
           "conda_lock/__init__.py": "", "conda_lock/lockfile/__init__.py": "",
           "conda_lock/lockfile/v1/__init__.py": "",
           "conda_lock/lockfile/v1/models.py": '"""Stand-in (ours): a blank pydantic model."""\n\n'
                                               "import pydantic\n\n\nclass Lockfile(pydantic.BaseModel):\n"
                                               "    pass\n"},
    stub_roots=("conda_store_server", "*"),
    metadata="conda_store_server._internal.orm:Base.metadata",
    imports=("conda_store_server._internal.orm",),
    models="conda_store_server/_internal",
    line_length=88,
    probe_packages=("sqlalchemy==2.0.51", "alembic==1.18.5", "psycopg2-binary", "pydantic"),
    drift=(
        "ALTER TABLE namespace RENAME COLUMN deleted_on TO removed_on",
        "ALTER TABLE environment ALTER COLUMN description TYPE varchar(2000)",
        "ALTER TABLE build ALTER COLUMN status_info DROP NOT NULL",
        "ALTER TABLE worker ADD COLUMN created_at timestamp NOT NULL DEFAULT now()",
        "CREATE INDEX ix_build_scheduled_on ON build (scheduled_on)",
        "COMMENT ON COLUMN conda_channel.name IS 'channel name or URL'",
        "ALTER TABLE build_artifact ADD COLUMN size bigint",
        "ALTER TABLE conda_channel ALTER COLUMN last_update SET DEFAULT now()",
        "CREATE TABLE build_label (id serial PRIMARY KEY, build_id integer NOT NULL REFERENCES build (id)"
        " ON DELETE CASCADE, label varchar(255) NOT NULL)",
        "ALTER TABLE build RENAME TO build_v2",
    ),
)
