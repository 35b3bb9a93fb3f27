"""aio-libs/aiohttp-demos (the polls demo of aiohttp's tutorial, on asyncpg): SQLAlchemy 2.0
``Mapped`` on a bare ``DeclarativeBase``, a column by its annotation alone (``pub_date:
Mapped[date]``), a string ``server_default="0"`` on an ``int`` column, a foreign key by string with
``ondelete="CASCADE"`` and no relationship. The module also holds the async queries; aiohttp (for the
application keys of ``typedefs.py``) is a permissive stub."""

from recipe import Recipe

RECIPE = Recipe(
    name="aiohttp_polls",
    repo="aio-libs/aiohttp-demos",
    style="2.0 Mapped, annotation-only column, string server default",
    files=("demos/polls/aiohttpdemo_polls/db.py", "demos/polls/aiohttpdemo_polls/typedefs.py"),
    strip="demos/polls/",
    stubs={"aiohttpdemo_polls/__init__.py": ""},
    stub_roots=("*",),
    metadata="aiohttpdemo_polls.db:Base.metadata",
    imports=("aiohttpdemo_polls.db",),
    models="aiohttpdemo_polls",
    line_length=90,  # the repository's flake8 max-line-length
    drift=(
        "ALTER TABLE choice RENAME COLUMN choice_text TO label",
        "ALTER TABLE question ALTER COLUMN question_text TYPE varchar(500)",
        "ALTER TABLE choice ALTER COLUMN question_id DROP NOT NULL",
        "ALTER TABLE question ADD COLUMN closes_at timestamp",
        "CREATE INDEX ix_choice_question_id ON choice (question_id)",
        "COMMENT ON COLUMN question.question_text IS 'as shown to the voters'",
        "ALTER TABLE question ALTER COLUMN pub_date SET DEFAULT CURRENT_DATE",
        "ALTER TABLE choice DROP COLUMN votes",
        "CREATE TABLE poll_votes (id serial PRIMARY KEY, choice_id integer NOT NULL REFERENCES choice (id)"
        " ON DELETE CASCADE, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE question RENAME TO questions",
    ),
    dropped=("choice.votes",),
)
