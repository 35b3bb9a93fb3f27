"""abilian/abilian-core: Flask-SQLAlchemy on a project subclass of ``SQLAlchemy``, classic
``Column`` declarative with plain mixins (``IdMixin``, ``TimestampedMixin``, ``Indexable``) under a
``Principal`` mixin, an ``Entity`` base that every content class takes, models spread over a dozen
service packages, ``deferred(Column(...))``, sqlalchemy-utils types, project types made by functions
(``JSONDict()``), and a test module that maps a model of the same name as a mixin the models import.
The framework's other dependencies are permissive stubs."""

from recipe import Recipe

RECIPE = Recipe(
    name="abilian",
    repo="abilian/abilian-core",
    style="Flask-SQLAlchemy, mixins under a mixin, a framework of services",
    files=("src/abilian/*.py",),
    strip="src/",
    stub_roots=("*",),
    metadata="abilian.core.extensions:db.metadata",
    # services/tagging/models.py maps a second table "tag" that the application never imports
    imports=("abilian/core/models/*.py", "abilian/core/entities.py",
             *(f"abilian/services/{name}/models.py" for name in (
                 "activity", "auth", "audit", "settings", "preferences", "vocabularies", "viewtracker", "security"))),
    models="abilian",
    line_length=88,
    # SQLAlchemy 1.3 and Flask-SQLAlchemy 2 (the project reads flask_sqlalchemy's private names)
    probe_packages=("sqlalchemy==1.3.24", "flask-sqlalchemy==2.5.1", "flask==1.1.4", "werkzeug==1.0.1",
                    "jinja2==2.11.3", "markupsafe==2.0.1", "itsdangerous==1.1.0", "alembic==1.7.7",
                    "psycopg2-binary", "sqlalchemy-utils==0.37.9", "flask-login==0.6.3", "blinker", "whoosh"),
    drift=(
        "ALTER TABLE \"user\" RENAME COLUMN last_active TO last_seen",
        "ALTER TABLE \"group\" ALTER COLUMN description TYPE varchar(2000)",
        "ALTER TABLE \"user\" ALTER COLUMN first_name SET NOT NULL",
        "ALTER TABLE \"group\" ADD COLUMN slug varchar(100)",
        "CREATE INDEX ix_group_public ON \"group\" (public)",
        "COMMENT ON COLUMN \"user\".locale IS 'the language the user reads'",
        "ALTER TABLE \"user\" DROP COLUMN photo",
        "ALTER TABLE \"user\" ALTER COLUMN can_login SET DEFAULT true",
        "CREATE TABLE user_notes (id serial PRIMARY KEY, user_id integer NOT NULL REFERENCES \"user\" (id),"
        " body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
    ),
    dropped=("user.photo",),
)
