"""OpenUpSA/pmg-cms-2 (the Parliamentary Monitoring Group's site on South Africa's parliament, Flask):
Flask-SQLAlchemy 2 on SQLAlchemy 1.3 with a naming convention set on ``db.metadata`` after the
fact (in ``pmg/__init__.py``, our stub here, the application's being the whole site), some sixty
tables in six modules, single-table inheritance of ``Event`` (``polymorphic_on: "type"`` by string,
``CommitteeMeeting`` adding columns of its own to ``event``, nine subclasses of a
``polymorphic_identity`` alone), an ``ApiResource`` mixin of plain ``created_at`` / ``updated_at``
columns (``server_default=func.now()``, ``onupdate=func.current_timestamp()``) shared by some fifteen
tables, association objects (``EventFile``, ``*_file_join`` tables on a ``FileLinkMixin`` of methods
only), ``db.Table`` many-to-many tables, ``sql.expression.false()`` server defaults,
``db.Unicode(191, _warn_on_bytestring=False)``; flask_security's ``UserMixin`` / ``RoleMixin``,
sendgrid, boto, magic and the application's forms are permissive stubs. All checks pass, but the
``updated_at`` override the drift makes on ``Bill`` (the mixin's column, now nullable) is written
``pmg_db.Column(pmg_db.DateTime(...))`` with a new ``from pmg.models import db as pmg_db`` (the mixin
module's import of ``db``, re-exported by a star import) although ``resources.py`` has ``db`` from
``pmg`` already, and above ``id``."""

from recipe import Recipe

RECIPE = Recipe(
    name="pmg",
    repo="OpenUpSA/pmg-cms-2",
    style="Flask-SQLAlchemy 2, single-table Event inheritance, a shared column mixin",
    files=("pmg/models/*.py",),
    stubs={"pmg/__init__.py": (
        "from flask import Flask\nfrom flask_sqlalchemy import SQLAlchemy\n\n"
        "app = Flask(__name__)\n"
        "app.config.update(STATIC_HOST=\"\", S3_BUCKET=\"\")\n"
        "db = SQLAlchemy(app, session_options={\"autoflush\": False})\n"
        "db.metadata.naming_convention = {\n"
        "    \"ix\": \"ix_%(column_0_label)s\",\n"
        "    \"uq\": \"%(table_name)s_%(column_0_name)s_key\",\n"
        "    \"ck\": \"ck_%(table_name)s_%(constraint_name)s\",\n"
        "    \"fk\": \"fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s\",\n"
        "    \"pk\": \"pk_%(table_name)s\",\n"
        "}\n")},
    stub_roots=("*",),
    metadata="pmg:db.metadata",
    imports=("pmg.models",),
    models="pmg/models",
    line_length=88,  # black, as its code is formatted
    probe_packages=("sqlalchemy==1.3.24", "flask-sqlalchemy==2.5.1", "flask==2.2.5", "werkzeug==2.2.3",
                    "blinker==1.6.2", "alembic==1.7.7", "psycopg2-binary"),
    drift=(
        "ALTER TABLE featured RENAME TO featured_content",
        "ALTER TABLE event RENAME COLUMN pmg_monitor TO monitor_name",
        "ALTER TABLE house RENAME COLUMN name_short TO short_name",
        "ALTER TABLE bill ALTER COLUMN updated_at DROP NOT NULL",
        "ALTER TABLE organisation ALTER COLUMN contact SET NOT NULL",
        "ALTER TABLE event ALTER COLUMN chairperson SET NOT NULL",
        "ALTER TABLE event ADD COLUMN venue varchar(255)",
        "ALTER TABLE event_files ADD COLUMN position integer NOT NULL DEFAULT 0",
        "ALTER TABLE \"user\" ALTER COLUMN login_count SET DEFAULT 0",
        "CREATE TABLE event_tag (id serial PRIMARY KEY,"
        " event_id integer NOT NULL REFERENCES event (id) ON DELETE CASCADE,"
        " tag varchar(64) NOT NULL, created_at timestamp with time zone NOT NULL DEFAULT now())",
        "CREATE INDEX ix_member_start_date ON member (start_date)",
        "COMMENT ON COLUMN event.type IS 'the kind of event'",
    ),
)
