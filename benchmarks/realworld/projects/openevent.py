"""fossasia/open-event-server: Flask-SQLAlchemy 2 on SQLAlchemy 1.x, 85 tables in one module per
model under ``app/models`` (plus helper packages), an abstract ``SoftDeletionModel``, a
``Timestamp`` mixin, SQLAlchemy-Continuum's ``make_versioned()`` (its ``*_version`` tables made
at run time), sqlalchemy-citext's ``CIText``, sqlalchemy-utils' ``@aggregated`` columns (a
method made a column by its decorator) and ``generic_relationship``, classes of constants nested
in a model (``server_default=Status.PENDING``), ``db.Table`` association tables. The application
modules the models import (``app.api.helpers...``, ``app.settings``) are stubs."""

from recipe import Recipe

RECIPE = Recipe(
    name="openevent",
    repo="fossasia/open-event-server",
    style="Flask-SQLAlchemy 2, Continuum versioning, sqlalchemy-utils aggregates",
    files=("app/models/*.py", "app/models/helpers/*.py"),
    stubs={"app/__init__.py": ""},
    stub_roots=("*",),
    metadata="app.models:db.metadata",
    imports=("app/models/*.py",),
    models="app/models",
    prelude=("CREATE EXTENSION citext",),
    probe_packages=("sqlalchemy==1.4.54", "flask-sqlalchemy==2.5.1", "flask==2.2.5", "werkzeug==2.2.3",
                    "sqlalchemy-utils==0.41.2", "sqlalchemy-continuum==1.4.2", "sqlalchemy-citext==1.8.0",
                    "pytz", "psycopg2-binary", "alembic==1.14.0"),
    drift=(
        "ALTER TABLE sponsors RENAME COLUMN url TO website",
        "ALTER TABLE tracks ALTER COLUMN color TYPE varchar(32)",
        "ALTER TABLE sponsors ALTER COLUMN description SET NOT NULL",
        "ALTER TABLE tags ADD COLUMN position integer NOT NULL DEFAULT 0",
        "CREATE INDEX ix_microlocations_event_id ON microlocations (event_id)",
        "COMMENT ON COLUMN tracks.color IS 'a CSS colour'",
        "ALTER TABLE microlocations DROP COLUMN floor",
        "ALTER TABLE exhibitors ALTER COLUMN status SET DEFAULT 'accepted'",
        "ALTER TABLE sessions ALTER COLUMN rating_count DROP NOT NULL",
        "CREATE TABLE sponsor_notes (id serial PRIMARY KEY, sponsor_id integer NOT NULL REFERENCES sponsors (id)"
        " ON DELETE CASCADE, note text NOT NULL, created_at timestamptz NOT NULL DEFAULT now())",
        "ALTER TABLE sponsors RENAME TO sponsors_v2",
    ),
    dropped=("microlocations.floor",),
)
