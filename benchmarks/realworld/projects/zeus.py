"""getsentry/zeus: Flask-SQLAlchemy 2 models in one module per table, every class built from the
project's mixins (``RepositoryBoundMixin``, ``StandardAttributes`` with a ``GUID`` key,
``ApiTokenMixin``...), custom types of its own (``GUID``, ``Enum`` of an ``IntEnum`` stored as an
integer, ``File``, ``JSONEncodedDict``), ``db.Index`` / ``db.UniqueConstraint`` in
``__table_args__``, ``server_default`` from ``func.now()``. ``zeus.config`` is a stand-in of ours
holding ``db``; the app's other modules are stubs."""

from recipe import Recipe

CONFIG = '''"""Stand-in (ours): the app config's database object only."""

from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy()
'''

RECIPE = Recipe(
    name="zeus",
    repo="getsentry/zeus",
    style="Flask-SQLAlchemy 2, project mixins and types",
    files=("zeus/models/*.py", "zeus/db/*.py", "zeus/db/types/*.py", "zeus/constants.py", "zeus/utils/timezone.py"),
    stubs={"zeus/__init__.py": "VERSION = \"0\"\n", "zeus/config.py": CONFIG, "zeus/utils/__init__.py": ""},
    stub_roots=("*",),
    metadata="zeus.config:db.metadata",
    imports=("zeus.models",),
    models="zeus",
    line_length=100,
    probe_packages=("sqlalchemy==1.4.54", "flask-sqlalchemy==2.5.1", "flask==2.2.5", "werkzeug==2.2.3",
                    "alembic==1.13.3", "psycopg2-binary"),
    drift=(
        'ALTER TABLE "user" RENAME COLUMN email TO primary_email',
        "ALTER TABLE repository ALTER COLUMN name TYPE varchar(300)",
        "ALTER TABLE build ALTER COLUMN label SET NOT NULL",
        "ALTER TABLE job ADD COLUMN queued_at timestamp with time zone",
        "CREATE INDEX ix_testcase_duration ON testcase (duration)",
        "COMMENT ON COLUMN revision.message IS 'commit message'",
        "ALTER TABLE artifact DROP COLUMN date_updated",
        "ALTER TABLE hook ALTER COLUMN is_required SET DEFAULT false",
        "CREATE TABLE deploy (id uuid PRIMARY KEY, repository_id uuid NOT NULL REFERENCES repository (id),"
        " date_created timestamp with time zone NOT NULL DEFAULT now())",
        "ALTER TABLE repository RENAME TO repository_v2",
    ),
    dropped=("artifact.date_updated",),
)
