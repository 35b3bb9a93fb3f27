"""jaesivsm/JARR (Just Another RSS Reader: a feed reader that clusters articles, Flask API, on
PostgreSQL): classic declarative on a base made by ``registry().generate_base()``, Python enum columns
(``Enum(FeedStatus)``, unnamed: PostgreSQL types named from the classes), foreign keys written only as
``ForeignKeyConstraint([user_id], ["user.id"], ondelete="CASCADE")`` in ``__table_args__`` beside
indexes over column objects and expressions (``main_date.desc().nullslast()``,
``main_article_id.nullsfirst()``), a ``use_alter`` named foreign key closing the article/cluster cycle,
relationships through ``secondary="article"`` with ``foreign_keys`` strings, ``TSVECTOR`` and
``PickleType`` columns, a ``UTCDateTime`` TypeDecorator, defaults that are lambdas or module constants
(``UNIX_START``, ``conf.timezone``), a table named ``user``. The application's bootstrap (engine, Redis,
configuration file) is a stub of ours giving the base and the one setting the models read; the models
path is the whole package, so that the enum a drift extends (``jarr/lib/enums.py``) is edited too.
feed.py's hand-wrapped ``from sqlalchemy import (...)`` (names after the parenthesis, the next line
aligned under them) took ``ForeignKey`` on its first line, 87 columns where the project's limit is
79: such an import is now filled again, line by line."""

from recipe import Recipe

BOOTSTRAP = '''"""Stand-in for jarr.bootstrap (ours): the declarative base as JARR makes
it, and the one setting the models read, without the engine, the Redis
connection and the configuration file."""

from sqlalchemy.orm import registry


class _Conf:
    timezone = "Europe/Paris"


conf = _Conf()
sqlalchemy_registry = registry()
Base = sqlalchemy_registry.generate_base()
'''

RECIPE = Recipe(
    name="jarr",
    repo="jaesivsm/JARR",
    style="classic declarative on registry().generate_base(), ForeignKeyConstraint table args, enums",
    files=("jarr/models/*.py", "jarr/lib/enums.py", "jarr/lib/const.py", "jarr/lib/clustering_af/vector.py"),
    stubs={"jarr/bootstrap.py": BOOTSTRAP},
    stub_roots=("*",),
    metadata="jarr.bootstrap:Base.metadata",
    imports=("jarr.models",),
    models="jarr",
    python=(3, 11),  # datetime.UTC
    line_length=79,
    drift=(
        "ALTER TABLE feed RENAME COLUMN site_link TO website",
        "ALTER TABLE \"user\" ALTER COLUMN email TYPE varchar(320)",
        "ALTER TABLE category ALTER COLUMN name SET NOT NULL",
        "ALTER TABLE icon ADD COLUMN fetched_at timestamp",
        "CREATE INDEX ix_article_feed_id_date ON article (feed_id, date)",
        "COMMENT ON COLUMN cluster.main_title IS 'the title of the main article'",
        "ALTER TABLE feed ALTER COLUMN error_count SET DEFAULT 0",
        "ALTER TABLE \"user\" DROP COLUMN twitter_identity",
        "CREATE TABLE feed_note (id serial PRIMARY KEY, feed_id integer NOT NULL REFERENCES feed (id)"
        " ON DELETE CASCADE, body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE icon RENAME TO feed_icon",
        "ALTER TYPE feedtype ADD VALUE 'mastodon'",
    ),
    dropped=("user.twitter_identity",),
)
