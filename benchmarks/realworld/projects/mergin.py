"""MerginMaps/server: Flask-SQLAlchemy 3 on SQLAlchemy 2.0, written the classic way (``db.Column``),
tables named from the class names, the application's ``MetaData`` with a naming convention over
column labels (``"ix": "ix_%(column_0_label)s"``), PostgreSQL enums whose labels are a Python
enum's values (``ENUM(*RequestStatus.values(), name=...)`` of a class method returning them, or the
comprehension written inline), ``ARRAY(String)`` with ``server_default="{}"``, UUID keys. Our stub
of the application module holds the convention and ``db``; its other modules are stubs."""

from recipe import Recipe

APP = """import json

from flask_sqlalchemy import SQLAlchemy
from sqlalchemy import MetaData

naming = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

db = SQLAlchemy(metadata=MetaData(naming_convention=naming), engine_options={"json_serializer": json.dumps})
"""

RECIPE = Recipe(
    name="mergin",
    repo="MerginMaps/server",
    style="Flask-SQLAlchemy 3, class-name tables, label naming convention, enums of a Python enum's values",
    files=("server/mergin/auth/models.py", "server/mergin/stats/models.py", "server/mergin/sync/models.py",
           "server/mergin/sync/interfaces.py"),
    strip="server/",
    stubs={"mergin/__init__.py": "", "mergin/app.py": APP, "mergin/auth/__init__.py": "",
           "mergin/stats/__init__.py": "", "mergin/sync/__init__.py": ""},
    stub_roots=("*",),
    metadata="mergin.app:db.metadata",
    imports=("mergin.auth.models", "mergin.stats.models", "mergin.sync.models"),
    models="mergin",
    line_length=88,
    probe_packages=("sqlalchemy==2.0.44", "flask-sqlalchemy==3.1.1", "flask==3.1.2", "alembic", "psycopg2-binary"),
    drift=(
        'ALTER TABLE "user" RENAME COLUMN first_name TO given_name',
        'ALTER TABLE "user" ALTER COLUMN email TYPE varchar(255)',
        "ALTER TABLE access_request ALTER COLUMN resolved_at SET NOT NULL",
        "ALTER TABLE project ADD COLUMN archived_at timestamp",
        "CREATE INDEX ix_upload_created ON upload (created)",
        "COMMENT ON COLUMN project.tags IS 'labels set by the owner'",
        'ALTER TABLE "user" DROP COLUMN last_signed_in',
        "ALTER TABLE project ALTER COLUMN disk_usage SET DEFAULT 0",
        "CREATE TABLE project_note (id serial PRIMARY KEY, project_id uuid NOT NULL REFERENCES project (id),"
        " body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE project RENAME TO project_v2",
    ),
    dropped=("user.last_signed_in",),
)
