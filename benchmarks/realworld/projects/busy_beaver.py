"""busy-beaver-dev/busy-beaver: a Flask-SQLAlchemy Slack bot, its models spread over one
``models.py`` per feature package (``apps/<feature>/models.py``) and gathered by a top-level
``models.py`` of re-exports; an abstract ``BaseModel`` (``__abstract__ = True``) giving every
table its ``id`` and timestamps whose Python-side defaults are SQL functions
(``default=db.func.current_timestamp()``) and a ``declared_attr`` ``__tablename__`` that every
class overrides with its own; sqlalchemy-utils types (``ChoiceType`` of a list of pairs,
``TimezoneType(backend="pytz")``, ``EncryptedType`` keyed by the configuration's secret,
``URLType``); four tables' foreign keys all named ``fk_installation_id``; a lower-case
``ondelete="cascade"``; state-machine classes (finite-state-machine, a permissive stub here)
beside the models. The extensions module (``db``, the login manager, the job queue) is a stub
of ours."""

from recipe import Recipe

FEATURES = ("call_for_proposals", "github_integration", "slack_integration", "upcoming_events",
            "youtube_integration")

# the application's extension objects the models use (ours)
EXTENSIONS = '''from flask_login import LoginManager
from flask_rq2 import RQ
from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy()
rq = RQ()
login_manager = LoginManager()
'''

RECIPE = Recipe(
    name="busy_beaver",
    repo="busy-beaver-dev/busy-beaver",
    style="Flask-SQLAlchemy, abstract base, sqlalchemy-utils types",
    files=("busy_beaver/models.py", "busy_beaver/common/models.py", "busy_beaver/config.py",
           "busy_beaver/exceptions.py") + tuple(f"busy_beaver/apps/{f}/models.py" for f in FEATURES),
    stubs={"busy_beaver/__init__.py": "", "busy_beaver/extensions.py": EXTENSIONS},
    stub_roots=("*",),
    metadata="busy_beaver.extensions:db.metadata",
    imports=("busy_beaver.models",),
    models="busy_beaver",
    line_length=88,  # its pyproject's black setting
    probe_packages=("sqlalchemy==2.0.51", "flask==3.1.3", "flask-sqlalchemy==3.1.1", "alembic==1.18.5",
                    "psycopg2-binary", "sqlalchemy-utils==0.41.2", "pytz", "cryptography"),
    drift=(
        "ALTER TABLE slack_installation RENAME COLUMN organization_name TO org_display_name",
        "ALTER TABLE youtube_video ALTER COLUMN published_at SET NOT NULL",
        "CREATE TABLE event_rsvp (id serial PRIMARY KEY,"
        " event_id integer NOT NULL REFERENCES event (id) ON DELETE CASCADE,"
        " slack_user_id integer NOT NULL REFERENCES slack_user (id),"
        " created_at timestamp NOT NULL DEFAULT now(), UNIQUE (event_id, slack_user_id))",
        "ALTER TABLE event ALTER COLUMN venue TYPE varchar(500)",
        "ALTER TABLE github_summary_user DROP COLUMN github_state",
        "CREATE INDEX ix_event_start_epoch ON event (start_epoch)",
        "COMMENT ON COLUMN task.time_to_post IS 'HH:MM the summary is posted at'",
        "ALTER TABLE slack_user ALTER COLUMN app_home_opened_count SET DEFAULT 0",
        "ALTER TABLE upcoming_events_group ADD COLUMN display_name varchar(255)",
        "COMMENT ON TABLE slack_installation IS 'one row per Slack workspace'",
        "ALTER TABLE task ALTER COLUMN name SET NOT NULL",
        "ALTER TABLE youtube_video RENAME TO youtube_videos",
    ),
    dropped=("github_summary_user.github_state",),
)
