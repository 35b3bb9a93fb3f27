"""toolforge/quarry (Wikimedia's public SQL query service): classic declarative on
``declarative_base()`` from ``sqlalchemy.ext.declarative``, one module per model, foreign keys that
make a cycle (``query.latest_rev_id`` -> ``query_revision`` -> ``query_run`` -> ``query_revision``),
``primaryjoin`` strings naming two classes, a self-referencing ``remote_side=[id]`` relationship,
``backref`` strings, a table named ``user``; SQLAlchemy 1.4."""

from recipe import Recipe

RECIPE = Recipe(
    name="quarry",
    repo="toolforge/quarry",
    style="classic declarative, cyclic foreign keys, primaryjoin strings",
    files=("quarry/web/models/*.py",),
    stubs={"quarry/__init__.py": "", "quarry/web/__init__.py": ""},
    metadata="quarry.web.models.base:Base.metadata",
    imports=("quarry/web/models/*.py",),
    models="quarry/web/models",
    line_length=88,
    probe_packages=("sqlalchemy==1.4.54", "alembic==1.13.3", "psycopg2-binary"),
    drift=(
        "ALTER TABLE query_revision RENAME COLUMN query_database TO database_name",
        'ALTER TABLE "user" ALTER COLUMN username TYPE varchar(512)',
        "ALTER TABLE query ALTER COLUMN title SET NOT NULL",
        "ALTER TABLE user_group ADD COLUMN granted_at timestamp",
        "CREATE INDEX ix_query_run_status ON query_run (status)",
        "COMMENT ON COLUMN query_run.task_id IS 'the Celery task running it'",
        "ALTER TABLE query ALTER COLUMN published SET DEFAULT false",
        "ALTER TABLE star DROP COLUMN timestamp",
        "CREATE TABLE query_tag (id serial PRIMARY KEY, query_id integer NOT NULL REFERENCES query (id),"
        " tag varchar(64) NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE star RENAME TO query_star",
    ),
    dropped=("star.timestamp",),
)
