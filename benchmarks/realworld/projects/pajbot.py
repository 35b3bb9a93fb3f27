"""pajbot/pajbot: SQLAlchemy 2.0 ``Mapped`` models of a chat bot, one module per feature, on a
``DeclarativeBase`` of the database manager's module, with ``sqlalchemy_utc``'s ``UtcDateTime`` (a
library TypeDecorator over ``DateTime(timezone=True)``) for every timestamp, ``Mapped[...]``
annotations without a ``mapped_column`` (the type from the annotation: ``interval`` of a
``timedelta``), one-to-one data tables keyed by their owner's key, and a class mapped onto what
the project's migrations make a materialized view (``user_rank``). The bot's managers, Redis and
the chat libraries are permissive stubs."""

from recipe import Recipe

RECIPE = Recipe(
    name="pajbot",
    repo="pajbot/pajbot",
    style="2.0 Mapped, a library's TypeDecorator (sqlalchemy_utc)",
    files=("pajbot/models/*.py", "pajbot/managers/db.py", "pajbot/managers/adminlog.py"),
    stubs={"pajbot/__init__.py": "", "pajbot/managers/__init__.py": ""},
    stub_roots=("*",),
    metadata="pajbot.managers.db:Base.metadata",
    imports=("pajbot/models/*.py", "pajbot.managers.adminlog"),
    models="pajbot",
    # the model types the key of user_duel_stats Integer, a foreign key to user.id (text), which
    # PostgreSQL refuses; the project's migrations make it text
    fixes={"pajbot/models/duel.py": (("from sqlalchemy import ForeignKey, Integer\n",
                                      "from sqlalchemy import ForeignKey, Integer, Text\n"),
                                     ("Integer, ForeignKey(\"user.id\"", "Text, ForeignKey(\"user.id\"")),
           # a server default given as a Python string is a quoted literal, 'INTERVAL ''0 minutes''',
           # which is no interval: the value it means
           "pajbot/models/user.py": ("server_default=\"INTERVAL '0 minutes'\"", "server_default=\"0 minutes\"")},
    probe_packages=("sqlalchemy==2.0.51", "alembic==1.18.5", "psycopg2-binary", "sqlalchemy-utc==0.14.0"),
    drift=(
        "ALTER TABLE stream RENAME COLUMN ended TO is_ended",
        "ALTER TABLE web_content ALTER COLUMN page TYPE varchar(128)",
        "ALTER TABLE roulette ALTER COLUMN points DROP NOT NULL",
        "ALTER TABLE deck ADD COLUMN archived boolean NOT NULL DEFAULT false",
        "CREATE INDEX ix_roulette_created_at ON roulette (created_at)",
        "COMMENT ON COLUMN timer.interval_online IS 'minutes between two runs while live'",
        "ALTER TABLE stream_chunk DROP COLUMN video_preview_image_url",
        "ALTER TABLE playsound ALTER COLUMN volume SET DEFAULT 100",
        "CREATE TABLE giveaway (id serial PRIMARY KEY, user_id text NOT NULL REFERENCES \"user\" (id),"
        " created_at timestamptz NOT NULL DEFAULT now())",
        "ALTER TABLE web_content RENAME TO web_page",
        "ALTER TABLE web_page RENAME CONSTRAINT web_content_pkey TO web_page_pkey",
    ),
    dropped=("stream_chunk.video_preview_image_url",),
)
