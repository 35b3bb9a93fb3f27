"""fractal-analytics-platform/fractal-server (the Fractal framework's server, which runs bioimage
analysis workflows on OME-Zarr data, on SLURM clusters): SQLModel ``table=True`` classes on
``SQLModel.metadata`` with the default table names (the class name in lower case: ``projectv2``),
``Field(foreign_key=..., ondelete=...)``, ``sa_column=Column(JSONB, server_default="{}", ...)``,
``sa_column=Column(ARRAY(String))``, ``sa_column_kwargs={"unique": True, "index": True}``, an
``EmailStr`` field, ``default_factory=get_timestamp`` beside ``sa_column=Column(DateTime(timezone=True))``,
partial unique indexes (``postgresql_where=column("is_owner").is_(True)`` and
``text(f"status = '{JobStatusType.SUBMITTED}'")`` of a ``StrEnum``), named CHECK constraints,
``ordering_list`` relationships; its ruff settings force one name an import statement. The job and
task-group schemas' two ``StrEnum`` classes and ``get_timestamp`` are stubs of our own. It showed two
misreadings, mended: the two partial indexes over an f-string of a ``StrEnum`` member were not compared,
and new names joined ``from sqlalchemy import Column`` against ``force-single-line``. One server default
is left uncompared, as the tool never evaluates one (``datetime(2024, 11, 20,
tzinfo=timezone.utc).isoformat()``)."""

from recipe import Recipe

RECIPE = Recipe(
    name="fractal_server",
    repo="fractal-analytics-platform/fractal-server",
    style="SQLModel table=True, default table names, JSONB/ARRAY sa_columns, partial unique indexes",
    # its pyproject.toml: the SQLModel it pins (0.0.39, whose datetime is a plain DateTime) and its
    # ruff settings (force-single-line imports)
    files=("pyproject.toml", "fractal_server/app/models/*.py", "fractal_server/app/models/v2/*.py"),
    probe_packages=("sqlmodel==0.0.39", "sqlalchemy>=2.0.23,<2.1", "psycopg2-binary", "alembic", "email-validator"),
    stubs={
        "fractal_server/__init__.py": "",
        "fractal_server/app/__init__.py": "",
        "fractal_server/utils.py": ("from datetime import datetime, timezone\n\n\n"
                                    "def get_timestamp() -> datetime:\n"
                                    "    return datetime.now(tz=timezone.utc)\n"),
        "fractal_server/app/schemas/__init__.py": "",
        "fractal_server/app/schemas/v2/__init__.py": "from .job import JobStatusType  # noqa: F401\n",
        "fractal_server/app/schemas/v2/job.py": ("from enum import StrEnum\n\n\n"
                                                 "class JobStatusType(StrEnum):\n"
                                                 "    SUBMITTED = 'submitted'\n    DONE = 'done'\n"
                                                 "    FAILED = 'failed'\n"),
        "fractal_server/app/schemas/v2/task_group.py": ("from enum import StrEnum\n\n\n"
                                                        "class TaskGroupActivityAction(StrEnum):\n"
                                                        "    COLLECT = 'collect'\n"
                                                        "    DEACTIVATE = 'deactivate'\n"),
    },
    metadata="fractal_server.app.models.security:SQLModel.metadata",
    imports=("fractal_server.app.models",),
    models="fractal_server/app/models",
    line_length=80,
    drift=(
        "ALTER TABLE projectv2 RENAME COLUMN description TO summary",
        "ALTER TABLE taskv2 ALTER COLUMN docs_link TYPE varchar(2048)",
        "ALTER TABLE profile ALTER COLUMN username SET NOT NULL",
        "ALTER TABLE usergroup ADD COLUMN description varchar",
        "CREATE INDEX ix_historyrun_status ON historyrun (status)",
        "COMMENT ON COLUMN datasetv2.zarr_dir IS 'the folder of the output OME-Zarr images'",
        "ALTER TABLE resource ALTER COLUMN jobs_poll_interval SET DEFAULT 5",
        "ALTER TABLE taskv2 DROP COLUMN authors",
        "CREATE TABLE dataset_notes (id serial PRIMARY KEY, dataset_id integer NOT NULL REFERENCES datasetv2 (id),"
        " body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE accountingrecordslurm RENAME TO accounting_record_slurm",
        "ALTER TABLE jobv2 ALTER COLUMN slurm_account SET NOT NULL",
    ),
    dropped=("taskv2.authors",),
)
