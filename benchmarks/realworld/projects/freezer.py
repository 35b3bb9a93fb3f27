"""openstack/freezer-api: classic declarative on ``declarative_base()`` with a plain mixin
(``FreezerBase``) of oslo.db's ``TimestampMixin`` / ``ModelBase`` (read from the installed
library, ``pip install oslo.db`` where this runs) that adds soft-delete columns and a
``__table_args__`` dict of MySQL options, ``Column(TIMESTAMP)``, Python-side defaults computed
at import (``default=json.dumps(SUPPORTED_ACTIONS)`` of a module of the project's). Written for
MySQL: one column is ``BLOB`` (no such type in PostgreSQL), made ``LargeBinary`` in the laid-out
copy. The package's other modules are stubs."""

from recipe import Recipe

RECIPE = Recipe(
    name="freezer",
    repo="openstack/freezer-api",
    style="classic declarative, oslo.db mixins in a plain mixin, MySQL options",
    files=("freezer_api/db/sqlalchemy/models.py", "freezer_api/common/json_schemas.py"),
    stubs={"freezer_api/__init__.py": "", "freezer_api/db/__init__.py": "",
           "freezer_api/db/sqlalchemy/__init__.py": "", "freezer_api/common/__init__.py": ""},
    fixes={"freezer_api/db/sqlalchemy/models.py": (
        ("from sqlalchemy import BLOB\n", "from sqlalchemy import LargeBinary\n"),
        ("log = Column(BLOB)", "log = Column(LargeBinary)"))},
    stub_roots=("*",),
    metadata="freezer_api.db.sqlalchemy.models:BASE.metadata",
    imports=("freezer_api.db.sqlalchemy.models",),
    models="freezer_api/db/sqlalchemy",
    line_length=79,
    drift=(
        "ALTER TABLE clients RENAME COLUMN hostname TO host_name",
        "ALTER TABLE jobs ALTER COLUMN description TYPE text",
        "ALTER TABLE clients ALTER COLUMN project_id SET NOT NULL",
        "ALTER TABLE sessions ADD COLUMN timeout integer",
        "CREATE INDEX ix_jobs_project_id ON jobs (project_id)",
        "COMMENT ON COLUMN actions.max_retries IS 'retries before the action fails'",
        "ALTER TABLE backups DROP COLUMN backup_metadata",
        "ALTER TABLE clients ALTER COLUMN deleted SET DEFAULT false",
        "CREATE TABLE client_notes (id serial PRIMARY KEY, client_id varchar(255) NOT NULL REFERENCES clients (id),"
        " body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE clients RENAME TO clients_v2",
    ),
    dropped=("backups.backup_metadata",),
)
