"""reflex-dev/reflex-examples, its twitter app (users, tweets and who follows whom, on Reflex):
``rx.Model`` tables (SQLModel under Reflex's base, which gives every table an ``int`` ``id`` key;
``import reflex as rx``), tables named after their classes (a table ``user``, a reserved word),
bare ``str`` fields (unsized ``AutoString`` columns, NOT NULL), and a many-to-many join table whose
two ``Field(primary_key=True)`` strings make its key: Reflex 0.8's ``Model.__init_subclass__`` drops
the inherited ``id`` of a class that declares a primary key of its own, so ``follows`` has no ``id``.
Reflex 0.8 (the app's ``reflex>=0.8.0``) runs SQLModel on pydantic 1 (its ``pydantic.v1`` shim), so
the probe does (SQLModel 0.0.24, pydantic 1.10); ``reflex`` is a stub of ours. It showed one misreading
(mended): that ``__init_subclass__`` was not read, so ``Follows`` was taken to inherit ``id`` and the plan on
the models' own database asked for ``follows.id`` by hand."""

from recipe import REFLEX_MODEL, Recipe

RECIPE = Recipe(
    name="reflex_twitter",
    repo="reflex-dev/reflex-examples",
    style="SQLModel on rx.Model, a join table with its own composite key",
    files=("twitter/twitter/db_model.py",),
    strip="twitter/",
    stubs={"reflex/__init__.py": REFLEX_MODEL},
    metadata="sqlmodel:SQLModel.metadata",
    imports=("twitter.db_model",),
    models="twitter",
    probe_packages=("sqlmodel==0.0.24", "pydantic==1.10.26", "sqlalchemy==2.0.51", "alembic==1.18.5",
                    "psycopg2-binary"),
    drift=(
        "ALTER TABLE tweet RENAME COLUMN author TO author_username",
        "ALTER TABLE tweet ALTER COLUMN content TYPE varchar(280)",
        "ALTER TABLE tweet ALTER COLUMN created_at DROP NOT NULL",  # every column is NOT NULL already
        "ALTER TABLE \"user\" ADD COLUMN bio text",
        "CREATE INDEX ix_tweet_created_at ON tweet (created_at)",
        "COMMENT ON COLUMN follows.follower_username IS 'the one who follows'",
        "ALTER TABLE tweet ALTER COLUMN created_at SET DEFAULT (now())::text",
        "ALTER TABLE \"user\" DROP COLUMN password",
        "CREATE TABLE tweet_like (id serial PRIMARY KEY, tweet_id integer NOT NULL REFERENCES tweet (id),"
        " username varchar NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE follows RENAME TO follow",
    ),
    dropped=("user.password",),
)
