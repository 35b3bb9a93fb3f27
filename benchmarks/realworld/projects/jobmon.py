"""ihmeuw-scicomp/jobmon (IHME's workflow manager for scientific computing on SLURM clusters:
workflows of tasks with templates, arguments, resources, runs and instances; a monorepo of
``jobmon_core``, ``jobmon_client`` and ``jobmon_server`` distributions sharing the ``jobmon``
namespace): 31 tables, one declarative class per module of ``jobmon.server.web.models``, on a bare
``DeclarativeBase``. The package ``__init__`` also hangs an ``instrument_class`` event listener on
the base (``propagate=True``) that appends a named CHECK to every table for every ``String`` column
with a length (``ck_<table>_<column>_length``: ``length(col) <= N``, meant for SQLite), so the
database has about 60 constraints no class body names. ``Mapped[int] = mapped_column(...)`` and
untyped ``Column(...)`` / ``mapped_column(...)`` attributes side by side in one class (``VARCHAR``
and ``String`` both), status tables keyed by a ``String(1)`` that the other tables' ``status``
columns reference, class attributes copied from the other distribution's ``jobmon.core.constants``
enums, composite primary keys of two ``primary_key=True`` columns, a ``ForeignKeyConstraint`` in
``__table_args__``, Python-side ``default=func.now()`` timestamps and a ``default=__version__``
(the server distribution's version). Written for MySQL and SQLite, run here on PostgreSQL. Laid out
as the project's own: the models and ``jobmon.core``'s ``constants``, ``exceptions`` and
``serializers``; ours: the namespace packages, the two ``__version__`` modules (the originals ask
``importlib.metadata``), ``_compat.add_time`` and the logging context helper; structlog is a
permissive stub."""

from recipe import Recipe

RECIPE = Recipe(
    name="jobmon",
    repo="ihmeuw-scicomp/jobmon",
    style="declarative per module, instrument_class listener adding CHECKs, Mapped beside Column",
    files=("jobmon_server/src/jobmon/server/web/models/*.py", "jobmon_core/src/jobmon/core/constants.py",
           "jobmon_core/src/jobmon/core/exceptions.py", "jobmon_core/src/jobmon/core/serializers.py"),
    strip=("jobmon_server/src/", "jobmon_core/src/"),
    stubs={
        "jobmon/__init__.py": "",
        "jobmon/core/__init__.py": '__version__ = "3.5.0"\n',
        "jobmon/core/logging.py": "def set_jobmon_context(**kwargs):\n    pass\n",
        "jobmon/server/__init__.py": '__version__ = "3.5.0"\n',
        "jobmon/server/web/__init__.py": "",
        "jobmon/server/web/_compat.py": ("from sqlalchemy.sql import func\n\n\n"
                                         "def add_time(seconds, dialect):\n"
                                         "    return func.now()\n"),
    },
    # structlog's default logger prints to stdout (the listener logs each CHECK it adds): a permissive stub
    stub_roots=("structlog",),
    # the root uv.lock's SQLAlchemy
    probe_packages=("sqlalchemy==2.0.41", "alembic", "psycopg2-binary"),
    metadata="jobmon.server.web.models:Base.metadata",
    imports=("jobmon.server.web.models",),
    setup=("jobmon.server.web.models:load_model",),
    models="jobmon/server/web/models",
    line_length=88,  # black's default (pyproject's isort: profile black, line_length 88)
    drift=(
        "ALTER TABLE workflow RENAME COLUMN workflow_args TO workflow_arguments",
        "ALTER TABLE workflow ALTER COLUMN description SET NOT NULL",
        "CREATE TABLE workflow_tag (id serial PRIMARY KEY,"
        " workflow_id integer NOT NULL REFERENCES workflow (id) ON DELETE CASCADE,"
        " tag varchar(64) NOT NULL, CONSTRAINT ck_workflow_tag_tag_length CHECK (length(tag) <= 64),"
        " UNIQUE (workflow_id, tag))",
        "ALTER TABLE cluster DROP CONSTRAINT ck_cluster_connection_parameters_length,"
        " ALTER COLUMN connection_parameters TYPE varchar(4000),"
        " ADD CONSTRAINT ck_cluster_connection_parameters_length CHECK (length(connection_parameters) <= 4000)",
        "ALTER TABLE task_instance DROP COLUMN maxpss",
        "CREATE INDEX ix_workflow_run_heartbeat_date ON workflow_run (heartbeat_date)",
        "COMMENT ON COLUMN task.resource_scales IS 'how each resource grows after a resource error'",
        "ALTER TABLE task ALTER COLUMN num_attempts SET DEFAULT 0",
        "ALTER TABLE queue ADD COLUMN is_default boolean NOT NULL DEFAULT false",
        "ALTER TABLE task_instance ALTER COLUMN nodename TYPE varchar(255)",
        "COMMENT ON TABLE edge IS 'the upstream and downstream nodes of each node of a DAG'",
        "ALTER TABLE workflow RENAME TO jobmon_workflow",
    ),
    dropped=("task_instance.maxpss",),
    note=("unseen by the checks: the generated WorkflowTag class writes CheckConstraint(..., name="
          "\"ck_workflow_tag_tag_length\") for the database's check, which the package's instrument_class listener "
          "also appends to every table with a sized String column: create_all from the edited models makes the "
          "constraint twice, and PostgreSQL refuses the second"),
)
