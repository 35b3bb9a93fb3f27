"""luanti-org/contentdb (ContentDB, the package repository of the Luanti (formerly Minetest) game
engine: mods, games and texture packs, their releases, screenshots, reviews, threads, collections,
translations and download statistics) - 38 Flask-SQLAlchemy 3.1 tables on SQLAlchemy 2.0 in
four model modules (``app/models/{users,packages,threads,collections}.py``) and the package's
``__init__``, which makes ``db = SQLAlchemy(app)`` and then star-imports the other modules before
declaring its own classes (``APIToken``, ``AuditLogEntry``, ``Report``...), so that its classes use
names (``datetime``, ``enum``, ``PackageType``) only the star imports bring. Written with tabs and
with column assignments aligned on ``=`` in blocks (``id           = db.Column(...)``), some of the
keyword arguments aligned too (``db.ForeignKey("package.id"),     nullable=True``). No
``__tablename__`` save one: Flask-SQLAlchemy names the tables from the class names
(``PackageReviewVote`` -> ``package_review_vote``, ``User`` -> ``user``, a word PostgreSQL
reserves). Four association tables are ``db.Table`` objects assigned to module names
(``Tags = db.Table("tags", ...)``, ``maintainers = db.Table(...)``) and named in
``secondary=``; two association classes have composite primary keys of foreign keys. Native
PostgreSQL enums from ``db.Enum(SomePythonEnum)`` (labels are the members' names), string
``server_default="0"`` booleans, a Python-side default that is a function of the context
(``default=display_name_default``), ``db.String(50, collation="NOCASE")`` username columns, a
``column_property`` of a correlated count, a sqlalchemy-utils ``TSVectorType`` search column, and
CHECK constraints assigned to class attributes (``name_valid = db.CheckConstraint("...")``), which
declarative leaves out of the table. The Flask app (``app/__init__.py``) is a stub of ours holding an
unconfigured ``Flask`` object, sqlalchemy-utils' ``TSVectorType`` is ours (PostgreSQL's
``TSVECTOR``), and flask_babel, flask_login, flask_migrate, sqlalchemy_searchable and the app's
utility modules are permissive stubs. The prelude creates the ``NOCASE`` collation the username
columns name (the project's migrations never made the columns with it)."""

from recipe import Recipe

APP = '''from flask import Flask

app = Flask("app")
app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite://"
'''

# sqlalchemy-utils' full-text search column type, of our own: PostgreSQL's tsvector (the columns it
# is computed from and their weights only matter to sqlalchemy-searchable's triggers)
SQLALCHEMY_UTILS_TYPES = '''from sqlalchemy.dialects.postgresql import TSVECTOR


class TSVectorType(TSVECTOR):
    cache_ok = True

    def __init__(self, *columns, **kwargs):
        super().__init__()
        self.columns = columns
'''

RECIPE = Recipe(
    name="contentdb",
    repo="luanti-org/contentdb",
    style="Flask-SQLAlchemy, tabs and aligned =, star-imported modules, db.Table associations, PG enums",
    files=("app/models/*.py",),
    stubs={"app/__init__.py": APP, "sqlalchemy_utils/__init__.py": "",
           "sqlalchemy_utils/types.py": SQLALCHEMY_UTILS_TYPES},
    stub_roots=("*",),
    # the embedded server has no ICU (a case-insensitive collation): a copy of "C" stands in
    prelude=("CREATE COLLATION \"NOCASE\" FROM \"C\"",),
    metadata="app.models:db.metadata",
    imports=("app.models",),
    models="app/models",
    drift=(
        "ALTER TABLE package_release RENAME COLUMN commit_hash TO commit_sha",
        "ALTER TABLE \"user\" ALTER COLUMN created_at SET NOT NULL",
        "CREATE TABLE collection_follower (id serial PRIMARY KEY,"
        " collection_id integer NOT NULL REFERENCES collection (id) ON DELETE CASCADE,"
        " user_id integer NOT NULL REFERENCES \"user\" (id) ON DELETE CASCADE,"
        " created_at timestamp NOT NULL DEFAULT now(), UNIQUE (collection_id, user_id))",
        "ALTER TABLE tag ALTER COLUMN description TYPE varchar(1000)",
        "ALTER TABLE \"user\" ALTER COLUMN forums_username TYPE varchar(64) COLLATE \"NOCASE\"",
        "ALTER TABLE watchers RENAME COLUMN thread_id TO watched_thread_id",
        "ALTER TABLE package DROP COLUMN video_url",
        "CREATE INDEX ix_thread_reply_created_at ON thread_reply (created_at)",
        "COMMENT ON COLUMN package.forums IS 'topic id on forum.luanti.org'",
        "COMMENT ON TABLE audit_log_entry IS 'what users, editors and moderators changed'",
        "ALTER TABLE package_screenshot ALTER COLUMN approved SET DEFAULT false",
        "ALTER TABLE maintainers ADD COLUMN added_at timestamp NOT NULL DEFAULT now()",
        "ALTER TYPE reportcategory ADD VALUE 'IMPERSONATION'",
        "ALTER TABLE collection RENAME TO package_collection",
    ),
    dropped=("package.video_url",),
)
