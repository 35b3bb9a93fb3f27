"""fedora-infra/bodhi: one 5,000-line module of classic declarative models on ``declarative_base(
cls=BodhiBase)`` (the base class gives every table its ``id``), single-table inheritance with
``polymorphic_on`` (``Package`` -> ``RpmPackage``...; ``Build`` -> ``RpmBuild``...), association
``Table`` objects on ``metadata = Base.metadata``, a ``TZDateTime`` TypeDecorator, and "declarative
enums": ``Column(UpdateStatus.db_type())``, a type a classmethod builds at run time whose
PostgreSQL name comes from a regular expression over the class name. The reader lists those 12
columns as unresolved (their types are not compared) and reads the rest. The application (config,
buildsys, notifications...) is stubs; the models package is ``bodhi-server/`` in a monorepo."""

from recipe import Recipe

SERVER = "from sqlalchemy.orm import scoped_session, sessionmaker\n\nSession = scoped_session(sessionmaker())\n"

RECIPE = Recipe(
    name="bodhi",
    repo="fedora-infra/bodhi",
    style="classic declarative, single-table inheritance, enums built by a classmethod",
    files=("bodhi-server/bodhi/server/models.py",),
    strip="bodhi-server/",
    stubs={"bodhi/__init__.py": "", "bodhi/server/__init__.py": SERVER},
    stub_roots=("*",),
    metadata="bodhi.server.models:Base.metadata",
    imports=("bodhi.server.models",),
    models="bodhi",
    line_length=100,
    probe_packages=("sqlalchemy==2.0.51", "alembic==1.18.5", "psycopg2-binary", "packaging"),
    drift=(
        "ALTER TABLE releases RENAME COLUMN mail_template TO errata_template",
        "ALTER TABLE packages ALTER COLUMN name TYPE varchar(200)",
        "ALTER TABLE comments ALTER COLUMN text SET NOT NULL",
        "ALTER TABLE bugs ADD COLUMN severity varchar(32)",
        "CREATE INDEX ix_builds_signed ON builds (signed)",
        "COMMENT ON COLUMN updates.notes IS 'the update''s notes, in markdown'",
        "ALTER TABLE testcases ALTER COLUMN name SET DEFAULT ''",
        "ALTER TABLE releases DROP COLUMN eol",
        "CREATE TABLE update_votes (id serial PRIMARY KEY, update_id integer NOT NULL REFERENCES updates (id),"
        " user_id integer NOT NULL REFERENCES users (id), created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE users RENAME TO users_v2",
    ),
    dropped=("releases.eol",),
)
