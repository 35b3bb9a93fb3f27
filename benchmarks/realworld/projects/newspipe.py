"""cedricbonhomme/newspipe (a web news aggregator, on Flask): Flask-SQLAlchemy classes with no
``__tablename__`` (``ArticleTag`` is ``article_tag``, ``User`` the reserved ``user``), a plain mixin of
API field whitelists (``RightMixin``) after ``db.Model``, foreign keys written twice (``db.ForeignKey``
on the column and a ``ForeignKeyConstraint([user_id], ...)`` with ``ondelete`` in ``__table_args__``:
two constraints in PostgreSQL), an ``Index("user_id")`` class attribute that maps nothing, a
``PickleType`` column with ``default=[]``, a foreign key to a string primary key (``icon.url``),
``db.relationship(Article, order_by=desc(Article.date))``, association proxies, ``@validates``.
The application's ``bootstrap`` module (which makes ``db``) is a stub of ours; bleach and flask-login
are permissive stubs. It showed one misreading, mended: the two foreign keys of ``feed.user_id`` (and
of ``feed.category_id``), the column's plain one and the ``ON DELETE CASCADE`` one of
``__table_args__``, were compared as one (keyed by their columns), so the plan asked for
``ondelete="CASCADE"`` on the column's ``ForeignKey`` where nothing drifted, and asked again after apply."""

from recipe import Recipe

BOOTSTRAP = ("from flask import Flask\nfrom flask_sqlalchemy import SQLAlchemy\n\n"
             "application = Flask('newspipe')\napplication.config['SQLALCHEMY_DATABASE_URI'] = 'sqlite://'\n"
             "db = SQLAlchemy(application)\n")

RECIPE = Recipe(
    name="newspipe",
    repo="cedricbonhomme/newspipe",
    style="Flask-SQLAlchemy without __tablename__, foreign keys written twice, a whitelist mixin",
    files=("newspipe/models/*.py", "newspipe/lib/sanitizers.py", "newspipe/lib/constants.py"),
    stubs={"newspipe/__init__.py": "", "newspipe/lib/__init__.py": "", "newspipe/bootstrap.py": BOOTSTRAP},
    stub_roots=("*",),
    metadata="newspipe.bootstrap:db.metadata",
    imports=("newspipe.models",),
    models="newspipe/models",
    line_length=88,
    drift=(
        "ALTER TABLE feed RENAME COLUMN site_link TO homepage",
        "ALTER TABLE \"user\" ALTER COLUMN mastodon TYPE varchar(1000)",
        "ALTER TABLE article ALTER COLUMN link SET NOT NULL",
        "ALTER TABLE category ADD COLUMN color varchar(16)",
        "CREATE INDEX ix_bookmark_time ON bookmark (time)",
        "COMMENT ON COLUMN feed.etag IS 'HTTP ETag of the last fetch'",
        "ALTER TABLE feed ALTER COLUMN error_count SET DEFAULT 0",
        "ALTER TABLE \"user\" DROP COLUMN webpage",
        "CREATE TABLE feed_notes (id serial PRIMARY KEY, feed_id integer NOT NULL REFERENCES feed (id),"
        " body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE bookmark_tag RENAME TO bookmark_tags",
        "ALTER TABLE article_note ALTER COLUMN content TYPE text",
    ),
    dropped=("user.webpage",),
)
