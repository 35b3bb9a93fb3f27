"""Mailu/Mailu: Flask-SQLAlchemy in one models module written for Python 3.12 (f-strings with their
own quotes inside ``{}``): an abstract ``Base(db.Model)`` that carries its own ``metadata =
MetaData(naming_convention=...)`` and the ``created_at`` / ``updated_at`` / ``comment`` columns of
every table, four TypeDecorators over ``String(n)`` (IDNA domains and addresses, comma-separated
lists, JSON text), a plain mixin (``Email``) whose ``declared_attr`` columns include a primary key
named apart from its attribute (``_email`` -> ``email``) and a foreign key to a class of the module,
and a ``db.Table`` association table (on ``Base.metadata`` in the project, see ``fixes``). The
``mailu`` package's other modules and the mail libraries are permissive stubs."""

from recipe import Recipe

RECIPE = Recipe(
    name="mailu",
    repo="Mailu/Mailu",
    style="Flask-SQLAlchemy, a base with its own MetaData, declared_attr mixin keys",
    files=("core/admin/mailu/models.py",),
    strip="core/admin/",
    stubs={"mailu/__init__.py": ""},
    stub_roots=("*",),
    metadata="mailu.models:db.metadata",
    imports=("mailu.models",),
    models="mailu",
    python=(3, 12),
    fixes={"mailu/models.py": (
        # the project's own Enum has no name, which PostgreSQL needs (CREATE TYPE): a migration names it
        ("db.Enum('imap', 'pop3')", "db.Enum('imap', 'pop3', name='protocol')"),
        # Flask-SQLAlchemy 3 puts the classes' tables on db.metadata, not on the MetaData their
        # abstract Base declares: the association table on Base.metadata refers to tables another
        # MetaData holds, and no create_all can make it; one MetaData holds them all here
        ("db.Table('manager', Base.metadata,", "db.Table('manager', db.metadata,"),
    )},
    probe_packages=("sqlalchemy==2.0.51", "flask==3.1.3", "flask-sqlalchemy==3.1.1", "alembic==1.18.5",
                    "psycopg2-binary"),
    drift=(
        "ALTER TABLE \"fetch\" RENAME COLUMN last_check TO checked_at",
        "ALTER TABLE relay ALTER COLUMN smtp TYPE varchar(255)",
        "ALTER TABLE token ALTER COLUMN ip SET NOT NULL",
        "ALTER TABLE domain ADD COLUMN max_forwards integer",
        "CREATE INDEX ix_fetch_host ON \"fetch\" (host)",
        "COMMENT ON COLUMN relay.smtp IS 'host[:port] of the relay'",
        "ALTER TABLE \"fetch\" DROP COLUMN invisible",
        "ALTER TABLE domain ALTER COLUMN max_users SET DEFAULT -1",
        "CREATE TABLE quota_report (id serial PRIMARY KEY, user_email varchar(255) NOT NULL"
        " REFERENCES \"user\" (email), created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE relay RENAME TO mail_relay",
        "ALTER TABLE mail_relay RENAME CONSTRAINT relay_pkey TO mail_relay_pkey",
    ),
    dropped=("fetch.invisible",),
)
