"""kevoreilly/CAPEv2: 2.0 ``Mapped`` on a ``DeclarativeBase`` over seven modules that import their
SQLAlchemy names inside ``try: ... except ImportError:`` (a friendlier error when SQLAlchemy is
missing), ``Table`` association objects beside the classes, a composite primary key of foreign keys
without a type (``mapped_column(ForeignKey("samples.id"), primary_key=True)``), ``Integer()`` and
``Text()`` written called, string server defaults (``server_default="0"``), a line length of 132. The
rest of the project (its configuration, read when the modules are imported) is a permissive stub."""

from recipe import Recipe

RECIPE = Recipe(
    name="cape",
    repo="kevoreilly/CAPEv2",
    style="2.0 Mapped, SQLAlchemy imported inside try/except ImportError",
    files=("lib/cuckoo/core/data/*.py",),
    stubs={"lib/__init__.py": "", "lib/cuckoo/__init__.py": "", "lib/cuckoo/core/__init__.py": ""},
    stub_roots=("*",),
    metadata="lib.cuckoo.core.data.db_common:Base.metadata",
    imports=("lib/cuckoo/core/data/*.py",),
    models="lib/cuckoo/core/data",
    line_length=132,
    drift=(
        "ALTER TABLE machines RENAME COLUMN snapshot TO snapshot_name",
        "ALTER TABLE tasks ALTER COLUMN custom TYPE text",
        "ALTER TABLE machines ALTER COLUMN interface SET NOT NULL",
        "ALTER TABLE samples ADD COLUMN tlsh varchar(128)",
        "CREATE INDEX ix_tasks_category ON tasks (category)",
        "COMMENT ON COLUMN tasks.priority IS 'higher runs first'",
        "ALTER TABLE tasks DROP COLUMN cape",
        "ALTER TABLE machines ALTER COLUMN arch SET DEFAULT 'x64'",
        "CREATE TABLE task_notes (id serial PRIMARY KEY, task_id integer NOT NULL REFERENCES tasks (id),"
        " body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE tasks RENAME TO tasks_v2",
    ),
    dropped=("tasks.cape",),
)
