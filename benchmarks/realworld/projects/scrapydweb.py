"""my8100/scrapydweb (a web UI for Scrapyd clusters): Flask-SQLAlchemy 2 on SQLAlchemy 1.3,
``db = SQLAlchemy(session_options=...)`` in the models module, ``__bind_key__`` on a class (one
metadata for every bind), Python-side defaults (``time.time``, ``datetime.now``, a constant of
another module), one-to-many relationships with ``backref`` and ``cascade='all, delete-orphan'``.
A ``Job`` class defined in a function for each Scrapyd server (``__tablename__ = server``) makes
its tables at run time: none is in the database. ``scrapydweb.vars`` (which makes directories and
sets up databases when imported) is a stub of ours. A class defined in a function was taken to
map any table at run time, so no class was generated for the drift's new table, though its columns
are not ``Job``'s; a table that lacks one of ``Job``'s columns is not its now."""

from recipe import Recipe

RECIPE = Recipe(
    name="scrapydweb",
    repo="my8100/scrapydweb",
    style="Flask-SQLAlchemy 2, binds, a class per server made at run time",
    files=("scrapydweb/models.py",),
    stubs={"scrapydweb/__init__.py": "", "scrapydweb/vars.py": "STATE_RUNNING = 1\n"},
    metadata="scrapydweb.models:db.metadata",
    imports=("scrapydweb.models",),
    models="scrapydweb",
    probe_packages=("sqlalchemy==1.3.24", "flask-sqlalchemy==2.5.1", "flask==2.2.5", "werkzeug==2.2.3",
                    "alembic==1.7.7", "psycopg2-binary"),
    drift=(
        "ALTER TABLE task RENAME COLUMN jobid TO job_id",
        "ALTER TABLE task_job_result ALTER COLUMN server TYPE varchar(512)",
        "ALTER TABLE task ALTER COLUMN name SET NOT NULL",
        "ALTER TABLE task ADD COLUMN description text",
        "CREATE INDEX ix_task_project ON task (project)",
        "COMMENT ON COLUMN task.trigger IS 'cron, interval or date'",
        "ALTER TABLE task_result ALTER COLUMN fail_count SET DEFAULT 0",
        "ALTER TABLE metadata DROP COLUMN url_delete_task_result",
        "CREATE TABLE task_note (id serial PRIMARY KEY, task_id integer NOT NULL REFERENCES task (id),"
        " body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE task_job_result RENAME TO task_job_results",
    ),
    dropped=("metadata.url_delete_task_result",),
)
