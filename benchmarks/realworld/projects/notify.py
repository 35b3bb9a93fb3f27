"""alphagov/notifications-api (GOV.UK Notify): Flask-SQLAlchemy on ``SQLAlchemy(model_class=Base)``,
74 tables in one module: SQLAlchemy's ``history_meta`` recipe (``Versioned``, whose ``*_history``
tables are made when the mappers are configured), a ``TemplateBase`` whose ``__table_args__`` a
``declared_attr`` computes, enums of a constants module, JSONB, UUID keys, a view mapped as a class,
hybrid properties and association proxies. The application package's ``__init__`` is a stand-in
of ours holding ``db``; ``notifications_utils`` and the app's clients are stubs."""

from recipe import Recipe

APP = '''"""Stand-in (ours): the app package's database objects only."""

from flask_sqlalchemy import SQLAlchemy
from sqlalchemy.orm import declarative_base

Base = declarative_base()
db = SQLAlchemy(model_class=Base)
redis_store = None
signing = None
'''

RECIPE = Recipe(
    name="notify",
    repo="alphagov/notifications-api",
    style="Flask-SQLAlchemy, history_meta Versioned",
    files=("app/models.py", "app/history_meta.py", "app/models_types.py", "app/constants.py"),
    stubs={"app/__init__.py": APP},
    stub_roots=("app", "notifications_utils", "*"),
    metadata="app:db.metadata",
    imports=("app.models",),
    models="app",
    line_length=120,
    prelude=("CREATE EXTENSION pg_trgm",),
    drift=(
        "ALTER TABLE users RENAME COLUMN mobile_number TO phone_number",
        "ALTER TABLE organisation ALTER COLUMN name TYPE varchar(512)",
        "ALTER TABLE inbound_numbers ALTER COLUMN provider SET NOT NULL",
        "ALTER TABLE complaints ADD COLUMN resolved_at timestamp",
        "CREATE INDEX ix_rates_valid_from ON rates (valid_from)",
        "COMMENT ON COLUMN domain.domain IS 'an email domain'",
        "ALTER TABLE events DROP COLUMN data",
        "ALTER TABLE invited_users ALTER COLUMN status SET DEFAULT 'pending'",
        "CREATE TABLE service_notes (id uuid PRIMARY KEY, service_id uuid NOT NULL REFERENCES services (id),"
        " note text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE complaints RENAME TO complaints_v2",
    ),
    dropped=("events.data",),
)
