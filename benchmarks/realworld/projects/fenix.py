"""openstack/fenix (rolling infrastructure maintenance, retired; its last tree before the
retirement): classic declarative on ``declarative_base(cls=_FenixBase)`` named through its module
(``class MaintenanceHost(mb.FenixBase)`` after ``from fenix.db.sqlalchemy import model_base as
mb``), oslo.db's ``ModelBase`` and ``TimestampMixin`` (read from the installed library), a column
helper (``id = _id_column()``: a text key with a Python-side uuid default) beside a second
``primary_key=True`` column (composite keys), a type function with a MySQL variant
(``MediumText()``)."""

from recipe import Recipe

RECIPE = Recipe(
    name="fenix",
    repo="openstack/fenix",
    ref="HEAD~1",  # the last commit retired the repository (no files)
    style="classic declarative through a base module, column helper in composite keys, type function",
    files=("fenix/db/sqlalchemy/models.py", "fenix/db/sqlalchemy/model_base.py"),
    stubs={"fenix/__init__.py": "", "fenix/db/__init__.py": "", "fenix/db/sqlalchemy/__init__.py": ""},
    stub_roots=("*",),
    metadata="fenix.db.sqlalchemy.model_base:FenixBase.metadata",
    imports=("fenix.db.sqlalchemy.models",),
    models="fenix/db/sqlalchemy",
    line_length=79,
    drift=(
        "ALTER TABLE sessions RENAME COLUMN workflow TO workflow_name",
        "ALTER TABLE instances ALTER COLUMN action TYPE varchar(64)",
        "ALTER TABLE sessions ALTER COLUMN state SET NOT NULL",
        "ALTER TABLE hosts ADD COLUMN rack varchar(64)",
        "CREATE INDEX ix_instances_project_id ON instances (project_id)",
        "COMMENT ON COLUMN hosts.hostname IS 'as the compute service names it'",
        "ALTER TABLE hosts ALTER COLUMN maintained SET DEFAULT false",
        "ALTER TABLE instances DROP COLUMN details",
        "CREATE TABLE session_notes (id serial PRIMARY KEY, session_id varchar(36) NOT NULL"
        " REFERENCES sessions (session_id), body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE action_plugin_instances RENAME TO plugin_instances",
    ),
    dropped=("instances.details",),
)
