"""pebble-dev/rebble-appstore-api (the app store of Rebble, the community revival of Pebble's
smartwatch services: apps and watchfaces, their releases and per-platform binaries, collections,
categories, users' lockers and hearts) - 15 tables of Flask-SQLAlchemy ``db.Model`` classes in one
module, on SQLAlchemy 1.4 (the project's pin) and Flask-SQLAlchemy 2.x. The unusual part: most
indexes are module-level ``db.Index('name', Model.col_a, Model.col_b, unique=True)`` *expression
statements* written right after a class, never assigned (the Index attaches itself to the table
through its Column objects), two of them GIN indexes (``postgresql_using="gin"``) over
``ARRAY(db.String)`` columns; and a primary-key column that also says ``index=True`` beside a
composite unique index over the same columns. Also: association ``Table(...)`` objects on
``db.Model.metadata`` with ``db.Column`` inside and no primary key, string ``db.ForeignKey('apps.id',
ondelete='cascade')`` keys of ``String(24)`` ids (MongoDB object ids of the original Pebble store),
a class with no ``__tablename__`` (Flask-SQLAlchemy's generated ``companion_app``), a docstring on a
model, ``server_default='TRUE'`` beside ``default=True``, ``postgresql.UUID()``, and relationships
with ``attribute_mapped_collection`` and ``order_by=lambda: desc(...)``. Flask-Migrate is a
permissive stub; the package ``__init__`` (the Flask application) is replaced by an empty one."""

from recipe import Recipe

RECIPE = Recipe(
    name="rebble_appstore",
    repo="pebble-dev/rebble-appstore-api",
    style="Flask-SQLAlchemy, module-level db.Index statements after classes, GIN over ARRAY",
    files=("appstore/models.py",),
    stubs={"appstore/__init__.py": ""},
    stub_roots=("flask_migrate",),
    metadata="appstore.models:db.Model.metadata",
    imports=("appstore.models",),
    models="appstore",
    probe_packages=("sqlalchemy==1.4.54", "flask-sqlalchemy==2.5.1", "flask==2.2.5", "werkzeug==2.2.3",
                    "alembic==1.13.3", "psycopg2-binary"),
    drift=(
        "ALTER TABLE apps RENAME COLUMN icon_large TO icon_large_url",
        "ALTER TABLE releases ALTER COLUMN version SET NOT NULL",
        "CREATE TABLE developer_keys (id serial PRIMARY KEY,"
        " developer_id varchar(24) NOT NULL REFERENCES developers (id) ON DELETE CASCADE,"
        " name varchar(64) NOT NULL, public_key text NOT NULL, created_at timestamp NOT NULL DEFAULT now(),"
        " UNIQUE (developer_id, name))",
        "ALTER TABLE categories ALTER COLUMN colour TYPE varchar(7)",
        "ALTER TABLE binaries DROP COLUMN icon_resource_id",
        "CREATE INDEX ix_releases_published_date ON releases (published_date)",
        "COMMENT ON COLUMN apps.hearts IS 'how many users liked the app'",
        "ALTER TABLE releases ALTER COLUMN is_published SET DEFAULT false",
        "ALTER TABLE companion_app ADD COLUMN min_version varchar(32)",
        "COMMENT ON TABLE locker_entries IS 'the apps each user has in their locker'",
        "ALTER TABLE collections ALTER COLUMN platforms SET DEFAULT '{}'",
        "DROP INDEX companion_app_app_platform_index",
        "ALTER TABLE developers RENAME TO app_developers",
    ),
    dropped=("binaries.icon_resource_id",),
)
