"""MasterGroosha/aiogram-and-sqlalchemy-demo (a Telegram dice bot on aiogram 3 with an async
SQLAlchemy session, the demo of a tutorial): one classic ``Column`` class on ``declarative_base()``
from ``sqlalchemy.orm`` in a module of its own, a ``BigInteger`` primary key written with
``unique=True`` and ``autoincrement=False`` (``create_all`` asks for a UNIQUE constraint beside the key,
which PostgreSQL does not make: it drops one the key duplicates), a Python-side ``default=0``, the
package's ``__init__`` re-exporting the base and the class. It showed one misreading: the table renamed
``player_scores`` (its key still named ``playerscore_pkey``, ``score`` renamed ``total_score``, a column
added) was not paired with the class's ``playerscore``: the names scored 0.5 (the same letters split into
words, but plural), too little for the renamed column and the key's name to be weighed, so a class
``PlayerScoreModel`` was generated beside the class of a table gone (mended: 0.9, as ``player_score``)."""

from recipe import Recipe

RECIPE = Recipe(
    name="aiogram_demo",
    repo="MasterGroosha/aiogram-and-sqlalchemy-demo",
    style="classic declarative_base(), one table, a unique BigInteger key",
    files=("bot/__init__.py", "bot/db/__init__.py", "bot/db/base.py", "bot/db/models.py"),
    metadata="bot.db.base:Base.metadata",
    imports=("bot.db",),
    models="bot/db",
    drift=(
        "ALTER TABLE playerscore RENAME COLUMN score TO total_score",
        "ALTER TABLE playerscore ALTER COLUMN total_score TYPE bigint",
        "ALTER TABLE playerscore ALTER COLUMN total_score SET NOT NULL",
        "ALTER TABLE playerscore ADD COLUMN username varchar(64)",
        "CREATE INDEX ix_playerscore_total_score ON playerscore (total_score)",
        "COMMENT ON COLUMN playerscore.user_id IS 'the player''s Telegram user id'",
        "ALTER TABLE playerscore ALTER COLUMN total_score SET DEFAULT 0",
        "COMMENT ON TABLE playerscore IS 'one row a player: the sum of their dice'",
        "CREATE TABLE dice_roll (id serial PRIMARY KEY, user_id bigint NOT NULL REFERENCES playerscore (user_id),"
        " value smallint NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE playerscore RENAME TO player_scores",
    ),
    note=("no dropped column and no enum in the drift: the one table has two columns, the key and the "
          "score the drift renames and changes, and no enum"),
)
