"""hack4impact/flask-base: Flask-SQLAlchemy on the application package's ``db`` (``from ..
import db``), models re-exported with ``from .user import *``, columns whose attributes are named
as ``Column``'s own keywords (``index = db.Column(...)``, ``default = db.Column(db.Boolean,
default=False, index=True)``), ``index=True`` on several columns, a table name Flask-SQLAlchemy
derives (``EditableHTML`` -> ``editable_html``). The app's services are stubs; itsdangerous is
pinned below 2.1 (its ``TimedJSONWebSignatureSerializer``)."""

from recipe import Recipe

RECIPE = Recipe(
    name="flaskbase",
    repo="hack4impact/flask-base",
    style="Flask-SQLAlchemy, attributes named index / default",
    files=("app/__init__.py", "app/models/*.py"),
    stubs={"config.py": "config = {}\n", "app/assets.py": "app_css = app_js = vendor_css = vendor_js = None\n"},
    stub_roots=("*",),
    metadata="app:db.metadata",
    imports=("app.models",),
    models="app/models",
    line_length=79,
    probe_packages=("sqlalchemy>=2,<2.1", "flask-sqlalchemy>=3", "flask<3", "itsdangerous==2.0.1", "werkzeug<3",
                    "psycopg2-binary", "alembic"),
    drift=(
        "ALTER TABLE users RENAME COLUMN password_hash TO password_digest",
        "ALTER TABLE roles ALTER COLUMN index TYPE varchar(128)",
        'ALTER TABLE roles ALTER COLUMN "default" SET NOT NULL',
        "ALTER TABLE editable_html ADD COLUMN updated_at timestamp",
        "CREATE INDEX ix_roles_permissions ON roles (permissions)",
        "COMMENT ON COLUMN roles.index IS 'the blueprint a role lands on'",
        "ALTER TABLE users DROP COLUMN confirmed",
        'ALTER TABLE roles ALTER COLUMN "default" SET DEFAULT false',
        "CREATE TABLE invitations (id serial PRIMARY KEY, user_id integer NOT NULL REFERENCES users (id),"
        " token varchar(64) NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE users RENAME TO users_v2",
    ),
    dropped=("users.confirmed",),
)
