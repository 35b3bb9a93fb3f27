"""inveniosoftware/invenio-jobs (scheduled and on-demand Celery jobs of InvenioRDM): Flask-SQLAlchemy
models on invenio-db's ``db`` (``db.Timestamp`` and ``db.UTCDateTime``, read from the installed library),
a module-level JSON type of chained variants (``db.JSON().with_variant(postgresql.JSONB(none_as_null=True),
"postgresql").with_variant(JSONType(), "sqlite")...``), sqlalchemy-utils' ``UUIDType`` and
``ChoiceType(RunStatusEnum, impl=db.String(1))`` with ``default=RunStatusEnum.QUEUED.value``, a foreign key
to another library's class (``db.ForeignKey(User.id)``, invenio-accounts read from the installed package,
``pip install --no-deps invenio-accounts`` where this runs), a self-referencing ``db.ForeignKey("jobs_run.id",
index=True)`` with a ``remote_side=[id]`` backref, ``default=0, server_default="0"`` counters, a lambda
default, a dynamic backref. The application's helpers (``proxies``, ``utils``) are laid out; celery,
invenio-users-resources and the other libraries they import are permissive stubs."""

from recipe import Recipe

RECIPE = Recipe(
    name="invenio_jobs",
    repo="inveniosoftware/invenio-jobs",
    style="Flask-SQLAlchemy on invenio-db, chained with_variant JSON, ChoiceType, self-referencing key",
    files=("invenio_jobs/models.py", "invenio_jobs/proxies.py", "invenio_jobs/utils.py"),
    # (the package's own __init__.py imports the Flask extension: an empty one of ours)
    stubs={"invenio_jobs/__init__.py": ""},
    stub_roots=("*",),
    metadata="invenio_db:db.metadata",
    imports=("invenio_jobs.models",),
    models="invenio_jobs",
    line_length=88,
    probe_packages=("invenio-db==2.6.1", "invenio-accounts==9.1.0", "sqlalchemy-utils==0.41.2", "psycopg2-binary",
                    "alembic"),
    drift=(
        "ALTER TABLE jobs_job RENAME COLUMN default_queue TO queue_name",
        "ALTER TABLE jobs_run ALTER COLUMN queue TYPE varchar(128)",
        "ALTER TABLE jobs_run ALTER COLUMN job_id SET NOT NULL",
        "ALTER TABLE jobs_job ADD COLUMN priority integer",
        "CREATE INDEX ix_jobs_run_status ON jobs_run (status)",
        "COMMENT ON COLUMN jobs_run.status IS 'one letter of RunStatusEnum'",
        "ALTER TABLE jobs_job ALTER COLUMN active SET DEFAULT true",
        "ALTER TABLE jobs_run DROP COLUMN title",
        "CREATE TABLE jobs_run_log (id uuid PRIMARY KEY, run_id uuid NOT NULL REFERENCES jobs_run (id),"
        " message text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE jobs_job RENAME TO jobs_jobs",
    ),
    dropped=("jobs_run.title",),
    note="no named enum in the models (the run status is a ChoiceType on varchar(1)): no ADD VALUE in the drift",
)
