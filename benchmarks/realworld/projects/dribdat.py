"""dribdat/dribdat: Flask-SQLAlchemy in the cookiecutter-flask manner, all tables in one module:
``Column = db.Column`` and ``relationship = db.relationship`` aliased in the database module, an
abstract ``PkModel`` (on a CRUD mixin) that gives the ``id`` key, a ``reference_col("users",
nullable=True)`` helper for foreign keys, a ``Table(..., db.metadata, ...)`` association table
built with the alias, a ``TypeDecorator`` storing decimals as integers, attributes whose names begin
with an underscore behind properties (``_my_skills``), a named ``db.Enum`` (a PostgreSQL type) of
literal values, trailing end-of-line comments after black-wrapped ``Column(...)`` calls, and
SQLAlchemy-Continuum: a module-level ``make_versioned(plugins=[FlaskPlugin()])`` and
``__versioned__ = {}`` on ``Project``, so that configuring the mappers adds ``projects_version``
and ``transaction``. The extensions module is ours (the SQLAlchemy object and an inert hashing
object); the application's other modules are stubs."""

from recipe import Recipe

EXTENSIONS = '''"""Stand-in for dribdat.extensions (ours): the SQLAlchemy object, and an inert hasher."""

from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy()


class _Hashing:
    def hash_value(self, value, salt=""):
        return value

    def check_value(self, hashed, value, salt=""):
        return hashed == value


hashing = _Hashing()
'''

RECIPE = Recipe(
    name="dribdat",
    repo="dribdat/dribdat",
    style="Flask-SQLAlchemy, cookiecutter helpers + Continuum",
    files=("dribdat/database.py", "dribdat/compat.py", "dribdat/futures.py", "dribdat/user/models.py"),
    stubs={"dribdat/__init__.py": "", "dribdat/user/__init__.py": "", "dribdat/extensions.py": EXTENSIONS},
    # ``db.UnicodeText(512)`` renders ``TEXT(512)``, which PostgreSQL refuses (the project's migrations
    # make these columns ``sa.UnicodeText()``): the laid-out copy has no length there
    fixes={"dribdat/user/models.py": (("db.UnicodeText(512)", "db.UnicodeText()"),
                                      ("db.UnicodeText(1024)", "db.UnicodeText()"))},
    stub_roots=("*",),
    metadata="dribdat.extensions:db.metadata",
    imports=("dribdat.user.models",),
    models="dribdat",
    probe_packages=("sqlalchemy==2.0.51", "flask==3.1.3", "flask-sqlalchemy==3.1.1", "alembic==1.18.5",
                    "psycopg2-binary", "sqlalchemy-continuum==1.5.2", "flask-login", "python-dateutil"),
    line_length=88,  # formatted with black's default
    drift=(
        "ALTER TABLE events RENAME COLUMN hostname TO host_name",
        "ALTER TABLE users RENAME COLUMN _my_skills TO skills_csv",
        "ALTER TABLE categories ALTER COLUMN event_id SET NOT NULL",
        "CREATE TABLE event_sponsors (id serial PRIMARY KEY,"
        " event_id integer NOT NULL REFERENCES events (id) ON DELETE CASCADE,"
        " name varchar(80) NOT NULL, logo_url varchar(255))",
        "ALTER TABLE categories ALTER COLUMN logo_icon TYPE varchar(40)",
        "ALTER TABLE resource DROP COLUMN license",
        "CREATE INDEX ix_activities_timestamp ON activities (timestamp)",
        "COMMENT ON COLUMN events.gallery_url IS 'large image for the home page'",
        "ALTER TABLE events ALTER COLUMN is_hidden SET DEFAULT false",
        "ALTER TABLE roles ADD COLUMN description text",
        "ALTER TYPE activity_type ADD VALUE 'comment'",
        "COMMENT ON TABLE users_roles IS 'roles granted to users'",
        "ALTER TABLE resource RENAME TO resources",
    ),
    dropped=("resource.license",),
)
