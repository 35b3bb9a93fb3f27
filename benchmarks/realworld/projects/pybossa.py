"""Scifabric/pybossa: Flask-SQLAlchemy 2.x on SQLAlchemy 1.x, one module per model under
``pybossa/model`` beside a plain mixin (``DomainObject``, methods only), ``db`` from the
application's ``core`` module (a stand-in of ours), JSONB and JSON under
``MutableDict.as_mutable(...)``, ``ARRAY(Integer)`` under ``MutableList``, text timestamps with
Python-side defaults (``default=make_timestamp``), ``sqlalchemy_json.mutable_json_type(...)``
(a library function whose type is its argument: left unread) and event listeners that import
the application's queues (stubs)."""

from recipe import Recipe

CORE = '''"""Stand-in (ours): the application's database object only."""

from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy()
signer = None
'''

RECIPE = Recipe(
    name="pybossa",
    repo="Scifabric/pybossa",
    style="Flask-SQLAlchemy 2 on SQLAlchemy 1.4, mutable JSONB and arrays",
    files=("pybossa/model/*.py",),
    stubs={"pybossa/__init__.py": "", "pybossa/core.py": CORE},
    stub_roots=("*",),
    metadata="pybossa.core:db.metadata",
    imports=("pybossa.model.project", "pybossa.model.user", "pybossa.model.announcement",
             "pybossa.model.auditlog", "pybossa.model.counter", "pybossa.model.helpingmaterial",
             "pybossa.model.page", "pybossa.model.project_stats", "pybossa.model.result",
             "pybossa.model.webhook"),
    models="pybossa/model",
    probe_packages=("sqlalchemy==1.4.54", "flask-sqlalchemy==2.5.1", "flask==2.2.5", "werkzeug==2.2.3",
                    "sqlalchemy-json==0.4.0", "psycopg2-binary", "alembic==1.14.0"),
    drift=(
        "ALTER TABLE task RENAME COLUMN n_answers TO answers_wanted",
        "ALTER TABLE category ALTER COLUMN description TYPE varchar(1000)",
        "ALTER TABLE blogpost ALTER COLUMN user_id SET NOT NULL",
        "ALTER TABLE webhook ADD COLUMN attempts integer NOT NULL DEFAULT 0",
        "CREATE INDEX ix_task_run_user_id ON task_run (user_id)",
        "COMMENT ON COLUMN project.short_name IS 'the slug of its URL'",
        "ALTER TABLE announcement DROP COLUMN media_url",
        "ALTER TABLE helpingmaterial ALTER COLUMN priority SET DEFAULT 0",
        "CREATE TABLE project_tag (id serial PRIMARY KEY, project_id integer NOT NULL REFERENCES project (id)"
        " ON DELETE CASCADE, tag text NOT NULL, created timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE project RENAME TO project_v2",
    ),
    dropped=("announcement.media_url",),
)
