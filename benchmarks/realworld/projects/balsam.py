"""argonne-lcf/balsam (Argonne Leadership Computing Facility's HPC workflow service: a FastAPI server
whose PostgreSQL database tracks users' sites, apps, jobs, batch jobs of the machines' schedulers,
launcher sessions, data transfers and job state-change events; the ``balsam/server/models``
package) - 10 tables of classic ``Column`` declarative classes on SQLAlchemy 1.4 (the deploy pin is
1.4.41) under a bare ``declarative_base()`` of ``sqlalchemy.ext.declarative`` made in ``base.py``
beside the engine and session helpers, all in one ``tables.py``. PostgreSQL-specific types
throughout: ``pg.UUID(as_uuid=True)`` (a UUID primary key with no default, and a plain UUID
column), plain ``JSON`` beside ``pg.JSONB`` columns with Python-side ``default=dict`` /
``default=list``, ``pg.ARRAY(Integer, dimensions=1)`` with ``default=[]``; native ENUM types from
``Enum(SomeStrEnum)`` of the pydantic schemas module (one enum whose member names differ from
its values). The unusual part: ``jobs`` declares ``__table_args__`` in the middle of its columns,
a GIN index over a text expression with an operator class (``Index("ix_jobs_tags",
text("(tags jsonb_path_ops)"), postgresql_using="GIN")``) on a column that is also
``index=True`` - two indexes of one name (the project's own migrations make only the GIN one; both
are mended in the laid-out copy, see ``fixes``); a primary key also ``index=True``;
composite ``UniqueConstraint``\\ s in ``__table_args__``; annotated
``Column`` attributes (``Dict[str, Any] = Column(JSON, ...)  # type: ignore``) that only
SQLAlchemy 1.4 accepts; ``onupdate=func.now()`` beside ``default=func.now()``; ``ondelete``
on every key; no ``server_default`` anywhere. The settings (``balsam.server``), the user
schema and the two enums of the transfer schema are stubs of our own."""

from recipe import Recipe

# the two enums the transfer items' columns name (the project's module is a pydantic schema file)
TRANSFER_SCHEMAS = '''from enum import Enum


class TransferItemState(str, Enum):
    awaiting_job = "awaiting_job"
    pending = "pending"
    active = "active"
    inactive = "inactive"
    done = "done"
    error = "error"


class TransferDirection(str, Enum):
    stage_in = "in"
    stage_out = "out"
'''

RECIPE = Recipe(
    name="balsam",
    repo="argonne-lcf/balsam",
    style="1.4 Column classes, GIN jsonb_path_ops expression index, pg UUID/JSONB/ARRAY, str-Enum types",
    files=("balsam/server/models/__init__.py", "balsam/server/models/base.py", "balsam/server/models/tables.py"),
    stubs={"balsam/__init__.py": "",
           "balsam/server/__init__.py": "settings = None\n",
           "balsam/schemas/__init__.py": "",
           "balsam/schemas/user.py": "class UserOut:\n    pass\n",
           "balsam/schemas/transfer.py": TRANSFER_SCHEMAS},
    # two bugs of the jobs table that stop create_all on PostgreSQL, mended in the laid-out copy as the
    # project's own migrations have it (one GIN index ix_jobs_tags): the index's ``text("(tags
    # jsonb_path_ops)")`` is rendered in a further pair of parentheses, which PostgreSQL refuses (Alembic
    # renders a text element bare), so the copy gives the operator class by ``postgresql_ops``; and the
    # column's ``index=True`` makes a second index of the same name (create_all would make whichever of
    # the two the table's set of indexes gives first), so the copy's column has none
    fixes={"balsam/server/models/tables.py": (
        ('Index("ix_jobs_tags", text("(tags jsonb_path_ops)"), postgresql_using="GIN")',
         'Index("ix_jobs_tags", "tags", postgresql_using="GIN", postgresql_ops={"tags": "jsonb_path_ops"})'),
        ("tags = Column(pg.JSONB, default=dict, index=True)", "tags = Column(pg.JSONB, default=dict)"))},
    metadata="balsam.server.models.base:Base.metadata",
    imports=("balsam.server.models",),
    models="balsam/server/models",
    line_length=118,  # pyproject.toml [tool.black], setup.cfg [flake8]
    probe_packages=("sqlalchemy==1.4.54", "alembic==1.13.3", "psycopg2-binary"),
    drift=(
        "ALTER TABLE batch_jobs RENAME COLUMN queue TO queue_name",
        "ALTER TABLE sites ALTER COLUMN path SET NOT NULL",
        "CREATE TABLE app_versions (id serial PRIMARY KEY,"
        " app_id integer NOT NULL REFERENCES apps (id) ON DELETE CASCADE,"
        " version integer NOT NULL CHECK (version > 0), source_code text NOT NULL DEFAULT '',"
        " created timestamp NOT NULL DEFAULT now(), UNIQUE (app_id, version))",
        "ALTER TABLE jobs ALTER COLUMN workdir TYPE varchar(512)",
        "ALTER TABLE jobs DROP COLUMN threads_per_core",
        "CREATE INDEX ix_log_events_job_id_timestamp ON log_events (job_id, timestamp)",
        "COMMENT ON COLUMN jobs.parent_ids IS 'ids of the jobs that must finish first'",
        "ALTER TABLE batch_jobs ALTER COLUMN job_mode SET DEFAULT 'mpi'",
        "DROP INDEX ix_jobs_tags",
        "CREATE INDEX ix_jobs_tags ON jobs USING gin (tags)",
        "ALTER TABLE batch_jobs ADD COLUMN resource_usage jsonb NOT NULL DEFAULT '{}'::jsonb",
        "COMMENT ON TABLE log_events IS 'one row per state transition of a job'",
        "ALTER TYPE transferitemstate ADD VALUE 'cancelled'",
        "ALTER TABLE apps RENAME TO applications",
    ),
    dropped=("jobs.threads_per_core",),
    note=("the drift rebuilds ix_jobs_tags as a plain GIN index: the Index item is rewritten without its "
          "``postgresql_ops`` (kept until the thirty-seventh session, so the second plan differed); the enum's "
          "new label is a by-hand item"),
)
