"""spotify/luigi: the task history's three models at the end of a module of application code,
written through the full module name (``import sqlalchemy``, ``sqlalchemy.Column(
sqlalchemy.Integer, ...)``, ``Base = sqlalchemy.ext.declarative.declarative_base()``), a
``# type: ignore`` on each class line, a composite primary key of a foreign key and a name. The
rest of luigi is stubs."""

from recipe import Recipe

RECIPE = Recipe(
    name="luigi",
    repo="spotify/luigi",
    style="classic declarative through the full module name",
    files=("luigi/db_task_history.py",),
    stubs={"luigi/__init__.py": ""},
    stub_roots=("*",),
    metadata="luigi.db_task_history:Base.metadata",
    imports=("luigi.db_task_history",),
    models="luigi",
    line_length=160,
    drift=(
        "ALTER TABLE tasks RENAME COLUMN host TO worker_host",
        "ALTER TABLE task_events ALTER COLUMN event_name TYPE varchar(64)",
        "ALTER TABLE tasks ALTER COLUMN name SET NOT NULL",
        "ALTER TABLE tasks ADD COLUMN priority integer",
        "CREATE INDEX ix_task_parameters_name ON task_parameters (name)",
        "COMMENT ON COLUMN task_parameters.value IS 'the parameter serialized'",
        "ALTER TABLE task_events ALTER COLUMN event_name SET DEFAULT 'PENDING'",
        "CREATE TABLE task_notes (id serial PRIMARY KEY, task_id integer NOT NULL REFERENCES tasks (id),"
        " noted_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE tasks RENAME TO tasks_v2",
    ),
)
