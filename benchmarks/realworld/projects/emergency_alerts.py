"""alphagov/emergency-alerts-api (GOV.UK Emergency Alerts): Flask-SQLAlchemy 3 on SQLAlchemy 1.4 in one module of 45
tables, grown from Notify's (SQLAlchemy's ``history_meta`` ``Versioned`` recipe, whose ``*_history``
tables are made when the mappers are configured), ``postgresql.UUID`` keys, ``INET``, JSON and JSONB,
an explicit ``Sequence`` on a number table, a PostGIS ``Geometry`` column (a stub of our own whose
type is ``polygon``), check and unique constraints, association proxies. The application package's
``__init__`` is a stand-in of ours holding ``db``; ``emergency_alerts_utils`` and the app's clients
are stubs."""

from recipe import GEOALCHEMY2_STUBS, Recipe

APP = '''"""Stand-in (ours): the app package's database objects only."""

from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy()
encryption = None
'''

RECIPE = Recipe(
    name="emergency-alerts",
    repo="alphagov/emergency-alerts-api",
    style="Flask-SQLAlchemy, history_meta Versioned, PostGIS column",
    files=("app/models.py", "app/history_meta.py", "app/hashing.py"),
    stubs={"app/__init__.py": APP, **GEOALCHEMY2_STUBS},
    stub_roots=("*",),
    metadata="app:db.metadata",
    imports=("app.models",),
    models="app",
    line_length=120,
    # SQLAlchemy 1.4, whose mapper() the history_meta recipe calls inside declarative's mapping
    probe_packages=("sqlalchemy==1.4.54", "alembic==1.13.3", "psycopg2-binary", "flask==3.1.3",
                    "flask-sqlalchemy==3.0.5"),
    drift=(
        "ALTER TABLE users RENAME COLUMN mobile_number TO phone_number",
        "ALTER TABLE organisation ALTER COLUMN name TYPE varchar(512)",
        "ALTER TABLE broadcast_message ALTER COLUMN reference SET NOT NULL",
        "ALTER TABLE feature_toggles ADD COLUMN description varchar(200)",
        "CREATE INDEX ix_password_history_user_id ON password_history (user_id)",
        "COMMENT ON COLUMN broadcast_message.content IS 'the alert as broadcast'",
        "ALTER TABLE broadcast_message DROP COLUMN rejection_reason",
        "ALTER TABLE invited_users ALTER COLUMN permissions SET DEFAULT ''",
        "CREATE TABLE service_alert_notes (id uuid PRIMARY KEY, service_id uuid NOT NULL REFERENCES services (id),"
        " body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
    ),
    dropped=("broadcast_message.rejection_reason",),
)
