"""celery/celery: the database result backend's models: classic declarative written through
``sa.``, ids from ``sa.Sequence(...)`` on a type alias made with ``with_variant`` (BigInteger on
MSSQL), ``__table_args__ = {'sqlite_autoincrement': True}``, and a subclass that maps the same
table again with more columns (``TaskExtended(Task)``, ``'extend_existing': True``). kombu and
the rest of celery are stubs."""

from recipe import Recipe

RECIPE = Recipe(
    name="celery",
    repo="celery/celery",
    style="classic declarative, one table mapped twice (extend_existing)",
    files=("celery/backends/database/models.py", "celery/backends/database/session.py"),
    stubs={"celery/__init__.py": "", "celery/backends/__init__.py": "", "celery/backends/database/__init__.py": ""},
    stub_roots=("*",),
    metadata="celery.backends.database.session:ResultModelBase.metadata",
    imports=("celery.backends.database.models",),
    models="celery/backends/database",
    line_length=79,
    drift=(
        "ALTER TABLE celery_tasksetmeta RENAME COLUMN taskset_id TO group_id",
        "ALTER TABLE celery_taskmeta ALTER COLUMN status TYPE varchar(64)",
        "ALTER TABLE celery_taskmeta ALTER COLUMN task_id SET NOT NULL",
        "ALTER TABLE celery_taskmeta ADD COLUMN runtime double precision",
        "CREATE INDEX ix_celery_taskmeta_status ON celery_taskmeta (status)",
        "COMMENT ON COLUMN celery_taskmeta.result IS 'pickled result'",
        "ALTER TABLE celery_taskmeta DROP COLUMN retries",
        "ALTER TABLE celery_taskmeta ALTER COLUMN queue SET DEFAULT 'celery'",
        "CREATE TABLE celery_worker (id serial PRIMARY KEY, hostname varchar(155) NOT NULL UNIQUE,"
        " seen_at timestamp NOT NULL DEFAULT now())",
    ),
    dropped=("celery_taskmeta.retries",),
)
