"""opencve/opencve at v1.5.0 (the Flask release; later releases are Django): Flask-SQLAlchemy
``db.Model`` classes on an abstract ``BaseModel`` that gives every table a string-default UUID key
(sqlalchemy-utils' ``UUIDType(binary=False)``) and ``created_at`` / ``updated_at`` with
``db.func.now()`` Python-side defaults; one class (``Cve``) declares the base's ``updated_at``
again to index it; three association ``db.Table`` objects in the package's ``__init__`` beside the
base, with composite keys and an ``ondelete``; ``active = db.Column("is_active", ...)`` (attribute
and column named apart); sqlalchemy-utils ``ChoiceType`` / ``JSONType`` columns with callable
defaults; ``__table_args__`` of GIN indexes over JSONB columns and trigram operator classes, written
with the column objects (not names); flask_user's ``UserMixin`` and ``__hash__`` taken from it.
The application's ``extensions`` module is ours (the SQLAlchemy object only); ``context`` and the
Flask extensions are stubs."""

from recipe import Recipe

EXTENSIONS = '''"""Stand-in for opencve.extensions (ours): the SQLAlchemy object the models use."""

from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy(session_options={"autoflush": False})
'''

RECIPE = Recipe(
    name="opencve",
    repo="opencve/opencve",
    ref="v1.5.0",
    style="Flask-SQLAlchemy 2, abstract base + db.Table",
    files=("opencve/models/*.py", "opencve/constants.py"),
    stubs={"opencve/__init__.py": "", "opencve/extensions.py": EXTENSIONS},
    stub_roots=("*",),
    prelude=("CREATE EXTENSION IF NOT EXISTS pg_trgm",),
    metadata="opencve.extensions:db.metadata",
    imports=("opencve/models/*.py",),
    models="opencve/models",
    probe_packages=("sqlalchemy==1.4.54", "flask-sqlalchemy==2.5.1", "flask==2.2.5", "werkzeug==2.2.3",
                    "alembic==1.13.3", "psycopg2-binary", "sqlalchemy-utils==0.41.2"),
    line_length=88,  # black's default: the project formats with black, no settings of its own
    drift=(
        "ALTER TABLE users RENAME COLUMN first_name TO given_name",
        "ALTER TABLE users RENAME COLUMN is_active TO active",
        "ALTER TABLE reports ALTER COLUMN user_id SET NOT NULL",
        "CREATE TABLE cve_notes (id uuid PRIMARY KEY,"
        " cve_id uuid NOT NULL REFERENCES cves (id) ON DELETE CASCADE,"
        " user_id uuid NOT NULL REFERENCES users (id), body text NOT NULL,"
        " created_at timestamptz NOT NULL DEFAULT now())",
        "ALTER TABLE metas ALTER COLUMN name TYPE varchar(128)",
        "ALTER TABLE events DROP COLUMN review",
        "CREATE INDEX ix_changes_cve_id ON changes (cve_id)",
        "COMMENT ON COLUMN cves.cvss3 IS 'CVSS v3 base score'",
        "ALTER TABLE alerts ALTER COLUMN notify SET DEFAULT false",
        "ALTER TABLE vendors ADD COLUMN website varchar(255)",
        "COMMENT ON TABLE users_vendors IS 'vendors a user subscribes to'",
        "ALTER TABLE users_products RENAME TO user_product_subscriptions",
    ),
    dropped=("events.review",),
)
