"""lingthio/Flask-User-starter-app (the starter application of Flask-User): three Flask-SQLAlchemy
classes in one module with ``__tablename__`` written out, ``db`` imported from the application
package (a stub of ours here), Flask-User's ``UserMixin`` beside ``db.Model``, an attribute assigned
twice in one class body (``active = db.Column(db.Boolean(), ...)`` and then ``active =
db.Column('is_active', db.Boolean(), ...)``: the second one, column ``is_active``, is mapped),
``server_default`` strings on every column (``server_default='0'`` on a boolean), an association
model named by ``secondary='users_roles'`` with ``ondelete='CASCADE'`` keys; written for
Flask-SQLAlchemy 2.4. Flask-User's ``UserMixin`` is a stub of ours for the application to import
(Flask-Login's, with methods only); Flask-User is not installed where schema-inspector runs, and its
``UserMixin``, read as unknown, kept the drift's new column of ``users`` a note: it is known to add no
columns now. Flask-Login, Flask-WTF and WTForms are permissive stubs."""

from recipe import Recipe

# Flask-User's UserMixin: Flask-Login's, to which it adds methods only (no column)
_FLASK_USER = """from flask_login import UserMixin as LoginUserMixin


class UserMixin(LoginUserMixin):
    def has_roles(self, *requirements):
        return False
"""

RECIPE = Recipe(
    name="flask_user_starter",
    repo="lingthio/Flask-User-starter-app",
    style="Flask-SQLAlchemy, an attribute assigned twice, server defaults, association model",
    files=("app/models/*.py",),
    stubs={"app/__init__.py": "from flask_sqlalchemy import SQLAlchemy\n\ndb = SQLAlchemy()\n",
           "flask_user/__init__.py": _FLASK_USER},
    stub_roots=("*",),
    metadata="app:db.metadata",
    imports=("app.models.user_models",),
    models="app/models",
    drift=(
        "ALTER TABLE users RENAME COLUMN first_name TO given_name",
        "ALTER TABLE roles ALTER COLUMN label TYPE varchar(512)",
        "ALTER TABLE users ALTER COLUMN email_confirmed_at SET NOT NULL",
        "ALTER TABLE users ADD COLUMN locale varchar(16)",
        "CREATE INDEX ix_users_roles_role_id ON users_roles (role_id)",
        "COMMENT ON COLUMN users.email IS 'the login'",
        "ALTER TABLE users_roles ALTER COLUMN role_id SET DEFAULT 1",
        "ALTER TABLE users DROP COLUMN last_name",
        "CREATE TABLE user_logins (id serial PRIMARY KEY, user_id integer NOT NULL REFERENCES users (id),"
        " ip varchar(45), created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE roles RENAME TO app_roles",
    ),
    dropped=("users.last_name",),
)
