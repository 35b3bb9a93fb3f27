"""jupyter-server/jupyter-scheduler (JupyterLab's extension that runs notebooks as jobs, its SQLite
database made by ``create_all``): classic declarative on ``declarative_base()``, a ``@declarative_mixin``
of the columns two tables share (``CommonColumns``, one of them given again in a class), two
``TypeDecorator`` s on ``String`` taking a length (``JsonType(1024)``, and without one), Python-side
defaults that are functions of the application (``get_utc_timestamp``, a context-reading ``url``
default) and a ``str`` enum's member (``default=Status.STOPPED`` on a ``String`` column), ``__table_args__
= {"extend_existing": True}``, string primary keys of ``uuid4``. The pydantic models and utilities the ORM
imports are laid out (through the project's ``pydantic_v1`` shim); fsspec, croniter and nbformat are
permissive stubs."""

from recipe import Recipe

RECIPE = Recipe(
    name="jupyter_scheduler",
    repo="jupyter-server/jupyter-scheduler",
    style="classic declarative, a declarative_mixin of shared columns, TypeDecorators on String",
    files=("jupyter_scheduler/orm.py", "jupyter_scheduler/models.py", "jupyter_scheduler/utils.py",
           "jupyter_scheduler/pydantic_v1/*.py"),
    stubs={"jupyter_scheduler/__init__.py": ""},
    stub_roots=("*",),
    metadata="jupyter_scheduler.orm:Base.metadata",
    imports=("jupyter_scheduler.orm",),
    models="jupyter_scheduler",
    line_length=100,
    drift=(
        "ALTER TABLE jobs RENAME COLUMN status_message TO status_detail",
        "ALTER TABLE job_definitions ALTER COLUMN timezone TYPE varchar(64)",
        "ALTER TABLE jobs ALTER COLUMN name SET NOT NULL",
        "ALTER TABLE jobs ADD COLUMN queue varchar(64)",
        "CREATE INDEX ix_jobs_job_definition_id ON jobs (job_definition_id)",
        "COMMENT ON COLUMN job_definitions.schedule IS 'a cron expression'",
        "ALTER TABLE job_definitions ALTER COLUMN active SET DEFAULT true",
        "ALTER TABLE jobs DROP COLUMN idempotency_token",
        "CREATE TABLE job_definition_runs (id serial PRIMARY KEY, job_definition_id varchar(36) NOT NULL"
        " REFERENCES job_definitions (job_definition_id), job_id varchar(36), created_at timestamp NOT NULL"
        " DEFAULT now())",
        "ALTER TABLE job_definitions ALTER COLUMN compute_type TYPE varchar(512)",
        "ALTER TABLE jobs RENAME TO notebook_jobs",
    ),
    dropped=("jobs.idempotency_token",),
)
