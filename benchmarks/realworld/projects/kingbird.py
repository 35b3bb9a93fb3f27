"""openstack/kingbird (quota and resource synchronization across the regions of an OpenStack
deployment; retired: the last commit of master removed the code, so the one before it is laid out):
classic declarative on ``BASE = declarative_base()`` of ``sqlalchemy.ext.declarative`` with a project
base of oslo.db's ``ModelBase``, ``SoftDeleteMixin`` and ``TimestampMixin`` (read from the installed
library) in every class's bases after ``BASE``, ``{'mysql_engine': 'InnoDB'}`` as the base's
``__table_args__`` and a class's own tuple of a named ``schema.UniqueConstraint`` over it, columns
naming themselves (``Column('job_id', String(36), ...)``), a five-column composite primary key, a
relationship with a string ``backref``, a Python-side default of a module's constant
(``default=consts.JOB_PROGRESS``)."""

from recipe import Recipe

RECIPE = Recipe(
    name="kingbird",
    repo="openstack/kingbird",
    style="classic declarative, oslo.db's mixins after the base, self-naming columns, composite keys",
    files=("kingbird/db/sqlalchemy/models.py", "kingbird/common/consts.py"),
    stubs={"kingbird/__init__.py": "", "kingbird/db/__init__.py": "", "kingbird/db/sqlalchemy/__init__.py": "",
           "kingbird/common/__init__.py": ""},
    stub_roots=("*",),
    metadata="kingbird.db.sqlalchemy.models:BASE.metadata",
    imports=("kingbird.db.sqlalchemy.models",),
    models="kingbird/db/sqlalchemy",
    line_length=79,
    ref="3b150a1177149828c2e3e3f4eeb2ff168dc66f74",  # master's last commit with the code
    drift=(
        "ALTER TABLE service RENAME COLUMN disabled_reason TO disabled_note",
        "ALTER TABLE quota_classes ALTER COLUMN class_name TYPE varchar(512)",
        "ALTER TABLE quota_classes ALTER COLUMN resource SET NOT NULL",
        "ALTER TABLE sync_job ADD COLUMN description varchar(255)",
        "CREATE INDEX ix_resource_sync_resource_type ON resource_sync (resource_type)",
        "COMMENT ON COLUMN sync_lock.timer_lock IS 'the periodic task holding the lock'",
        "ALTER TABLE quotas ALTER COLUMN hard_limit SET DEFAULT -1",
        "ALTER TABLE service DROP COLUMN topic",
        "CREATE TABLE sync_job_notes (id serial PRIMARY KEY, job_id varchar(36) NOT NULL REFERENCES sync_job"
        " (job_id), body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE sync_lock RENAME TO sync_locks",
    ),
    dropped=("service.topic",),
    note="no enum in the models (their states are strings): no ADD VALUE in the drift",
)
