"""getsentry/freight: Flask-SQLAlchemy 2 models, one module per table gathered by star imports
(``from .user import *``), plain ``sqlalchemy.Column`` on ``db.Model``, ``Index`` /
``UniqueConstraint`` from ``sqlalchemy.schema`` in ``__table_args__``, a JSON ``TypeDecorator`` of
the project (``JSONEncodedDict``), integer enums stored as integers. ``freight.config`` is a
stand-in of ours holding ``db``; the app's other modules are stubs."""

from recipe import Recipe

CONFIG = '''"""Stand-in (ours): the app config's database object only."""

from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy(session_options={})
'''

RECIPE = Recipe(
    name="freight",
    repo="getsentry/freight",
    style="Flask-SQLAlchemy 2, star-import package",
    files=("freight/models/*.py", "freight/db/*.py", "freight/db/types/*.py"),
    stubs={"freight/__init__.py": "", "freight/config.py": CONFIG},
    stub_roots=("*",),
    metadata="freight.config:db.metadata",
    imports=("freight.models",),
    models="freight",
    line_length=88,
    probe_packages=("sqlalchemy==1.4.54", "flask-sqlalchemy==2.5.1", "flask==2.2.5", "werkzeug==2.2.3",
                    "alembic==1.13.3", "psycopg2-binary"),
    drift=(
        'ALTER TABLE "user" RENAME COLUMN name TO login',
        "ALTER TABLE app ALTER COLUMN name TYPE varchar(300)",
        "ALTER TABLE task ALTER COLUMN date_started SET NOT NULL",
        "ALTER TABLE deploy ADD COLUMN approved_at timestamp",
        "CREATE INDEX idx_task_ref ON task (ref)",
        "COMMENT ON COLUMN repository.url IS 'clone URL'",
        "ALTER TABLE logchunk DROP COLUMN date_created",
        "ALTER TABLE taskconfig ALTER COLUMN provider SET DEFAULT 'shell'",
        "CREATE TABLE deploy_note (id serial PRIMARY KEY, deploy_id integer NOT NULL REFERENCES deploy (id),"
        " body text NOT NULL)",
        "ALTER TABLE deploy RENAME TO deploy_v2",
    ),
    dropped=("logchunk.date_created",),
)
