"""bomzheg/Shvatka (a Telegram bot, aiogram 3 + aiogram-dialog, with a FastAPI site, that runs
"Shvatka" night puzzle-hunt games: players, teams, games, levels, typed keys, waivers, organizers,
achievements, notifications): async SQLAlchemy 2.0 on asyncpg, one module per table (24) in
``shvatka/infrastructure/db/models/``, a ``DeclarativeBase`` whose ``MetaData`` has a naming
convention with double underscores (``ix__%(column_0_label)s``, ``uq__%(table_name)s__...``,
``pk__%(table_name)s``) and a PostgreSQL-style ``%(table_name)s_%(column_0_name)s_fkey`` for keys,
beside explicitly named ``Index("ix__...")`` objects in every ``__table_args__``. Three ways of
writing a column side by side: ``Mapped[...] = mapped_column(...)``, a bare annotation
(``role: Mapped[str]``, ``number: Mapped[int | None]``), and an unannotated ``mapped_column(...)``;
unannotated ``relationship("X", foreign_keys="X.col", back_populates=...)`` next to ``Mapped[...]``
ones under ``TYPE_CHECKING`` imports. PostgreSQL enums from the domain's enum classes
(``Enum(GameStatus, name="game_status")`` with ``server_default=GameStatus.underconstruction``, a
``str`` enum member as the default; ``server_default=RequestStatus.pending.name``; an unnamed
``Enum(ChatType)``), a non-native ``Enum(..., native_enum=False, length=256,
create_constraint=False)``, a ``StrEnum`` stored in a ``Text`` column under a renamed attribute
(``type_ = mapped_column("type", Text)``); ``TypeDecorator`` s over ``JSONB`` that (de)serialise
scenario objects with adaptix, JSONB with ``server_default="{}"`` / ``"[]"``, partial indexes
(``postgresql_where=text(...)``), an index on ``text("created_at DESC")``, timestamps with both a
Python-side ``lambda`` default and ``server_default=func.now()``, boolean server defaults
``"f"`` / ``"F"`` / ``"t"``, ``eager_defaults`` in every ``__mapper_args__``. The project needs
Python 3.13, the model files do not: the domain enums and the timezone helper are laid out, the
DTO packages, the adaptix recipes and adaptix itself are permissive stubs."""

from recipe import Recipe

RECIPE = Recipe(
    name="shvatka",
    repo="bomzheg/Shvatka",
    style="async 2.0 Telegram bot, annotated/bare/unannotated columns, PG enums, partial indexes",
    files=("shvatka/infrastructure/db/models/*.py", "shvatka/core/models/enums/*.py",
           "shvatka/core/utils/datetime_utils.py", "shvatka/__init__.py", "shvatka/core/__init__.py",
           "shvatka/core/models/__init__.py", "shvatka/core/utils/__init__.py",
           "shvatka/infrastructure/__init__.py", "shvatka/infrastructure/db/__init__.py"),
    stub_roots=("*",),
    metadata="shvatka.infrastructure.db.models.base:Base.metadata",
    imports=("shvatka.infrastructure.db.models",),
    models="shvatka/infrastructure/db/models",
    line_length=99,  # pyproject.toml [tool.ruff]
    drift=(
        "ALTER TABLE files_info RENAME COLUMN original_filename TO source_filename",
        "ALTER TABLE users ALTER COLUMN is_bot SET NOT NULL",
        "CREATE TABLE game_tags (id serial PRIMARY KEY,"
        " game_id integer NOT NULL REFERENCES games (id) ON DELETE CASCADE,"
        " tag text NOT NULL, created_at timestamptz NOT NULL DEFAULT now(), UNIQUE (game_id, tag))",
        "ALTER TABLE achievements ALTER COLUMN name TYPE varchar(512)",
        "ALTER TABLE push_subscriptions DROP COLUMN user_agent",
        "CREATE INDEX ix__games__start_at ON games (start_at)",
        "COMMENT ON COLUMN levels.name_id IS 'the level''s id among its author''s levels'",
        "COMMENT ON TABLE waivers IS 'who plays a game, and for which team'",
        "ALTER TABLE organizers ALTER COLUMN can_spy SET DEFAULT false",
        "ALTER TABLE teams ADD COLUMN logo_file_id text",
        "ALTER TYPE game_status ADD VALUE 'cancelled'",
        "ALTER TABLE forum_users ALTER COLUMN url TYPE varchar(500)",
        "ALTER TABLE games RENAME TO hunts",
    ),
    dropped=("push_subscriptions.user_agent",),
    note="no mixin gives a column here: the SET NOT NULL is on a column without a nullability (users.is_bot)",
)
