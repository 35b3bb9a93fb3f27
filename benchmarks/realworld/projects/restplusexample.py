"""frol/flask-restplus-server-example: Flask-SQLAlchemy with generated table names (``class
User(db.Model, Timestamp)`` is ``user``), sqlalchemy-utils' ``Timestamp`` mixin, ``PasswordType``
and ``ScalarListType`` columns, enum classes nested in the models (``class ClientTypes(str,
enum.Enum)`` inside ``OAuth2Client``), foreign-key columns typed by their key
(``db.Column(db.ForeignKey('user.id', ...))``), a named non-native ``db.Boolean(name=...)``,
properties made by a helper function in the class body. The application's extensions module is
a stand-in making the ``db``."""

from recipe import Recipe

RECIPE = Recipe(
    name="restplusexample",
    repo="frol/flask-restplus-server-example",
    style="Flask-SQLAlchemy, sqlalchemy-utils types, nested enums",
    files=("app/modules/users/models.py", "app/modules/teams/models.py", "app/modules/auth/models.py"),
    stubs={"app/__init__.py": "", "app/modules/__init__.py": "", "app/modules/users/__init__.py": "",
           "app/modules/teams/__init__.py": "", "app/modules/auth/__init__.py": "",
           "app/extensions/__init__.py": "from flask_sqlalchemy import SQLAlchemy\n\ndb = SQLAlchemy()\n"},
    metadata="app.extensions:db.metadata",
    imports=("app.modules.users.models", "app.modules.teams.models", "app.modules.auth.models"),
    models="app/modules",
    line_length=100,
    probe_packages=("sqlalchemy>=2,<2.1", "flask-sqlalchemy>=3.1", "flask", "sqlalchemy-utils==0.41.2", "passlib",
                    "bcrypt", "psycopg2-binary", "alembic"),
    drift=(
        "ALTER TABLE team RENAME COLUMN title TO name",
        "ALTER TABLE oauth2_grant ALTER COLUMN code TYPE varchar(512)",
        "ALTER TABLE oauth2_token ALTER COLUMN refresh_token SET NOT NULL",
        "ALTER TABLE \"user\" ADD COLUMN locale varchar(10)",
        "CREATE INDEX ix_oauth2_token_expires ON oauth2_token (expires)",
        "COMMENT ON COLUMN \"user\".static_roles IS 'a bit mask of StaticRoles'",
        "ALTER TABLE team_member ALTER COLUMN is_leader SET DEFAULT false",
        "ALTER TABLE \"user\" DROP COLUMN middle_name",
        "CREATE TABLE team_invite (id serial PRIMARY KEY, team_id integer NOT NULL REFERENCES team (id),"
        " email varchar(120) NOT NULL, created timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE team RENAME TO team_v2",
    ),
    dropped=("user.middle_name",),
)
