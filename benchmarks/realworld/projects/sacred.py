"""IDSIA/sacred (an experiment-tracking library; its SQL observer's schema): classic declarative on
``sqlalchemy.ext.declarative.declarative_base()``, ``sa.Column`` through the module alias, three
many-to-many association ``Table`` objects on ``Base.metadata`` without keys, relationships written
``sa.orm.relationship`` with ``backref=sa.orm.backref(...)``, a named PostgreSQL enum of string labels
(``status_enum``), a ``run`` table whose ``run_id`` string is unique beside its integer key and the
foreign key of artifacts and resources. ``sacred.dependencies`` and ``sacred.serializer`` are stubs of
ours."""

from recipe import Recipe

RECIPE = Recipe(
    name="sacred",
    repo="IDSIA/sacred",
    style="classic declarative, association tables, a named enum",
    files=("sacred/observers/sql_bases.py",),
    stubs={
        "sacred/__init__.py": "",
        "sacred/observers/__init__.py": "",
        "sacred/dependencies.py": "def get_digest(filename):\n    return ''\n",
        "sacred/serializer.py": "def restore(value):\n    return value\n",
    },
    metadata="sacred.observers.sql_bases:Base.metadata",
    imports=("sacred.observers.sql_bases",),
    models="sacred/observers",
    drift=(
        "ALTER TABLE run RENAME COLUMN fail_trace TO traceback",
        "ALTER TABLE host ALTER COLUMN hostname TYPE varchar(255)",
        "ALTER TABLE experiment ALTER COLUMN name SET NOT NULL",
        "ALTER TABLE run ADD COLUMN exit_code integer",
        "CREATE INDEX ix_run_start_time ON run (start_time)",
        "COMMENT ON COLUMN run.captured_out IS 'stdout and stderr of the run'",
        "ALTER TABLE run ALTER COLUMN priority SET DEFAULT 0",
        "ALTER TABLE host DROP COLUMN os_info",
        "CREATE TABLE run_tags (id serial PRIMARY KEY, run_id integer NOT NULL REFERENCES run (id),"
        " tag varchar(64) NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE dependency RENAME TO python_dependency",
        "ALTER TYPE status_enum ADD VALUE 'DIED'",
    ),
    dropped=("host.os_info",),
)
