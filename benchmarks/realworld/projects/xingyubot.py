"""willy1236/XingyuBot (a Discord / Twitch bot): ~80 SQLModel ``table=True`` classes spread over
eleven PostgreSQL schemas (``users``, ``discord_users``, ``stardb_basic``, ``credentials``,
``lookups`` ...), each schema given by an abstract ``SQLModel`` base of its own that only sets
``__table_args__ = {"schema": ...}`` (a class with table arguments of its own merges it back in:
``(UniqueConstraint(...), {**UsersSchema.__table_args__})``), nearly every column written as
``Field(sa_column=Column(...))`` under a plain annotation (``CIDR``, ``MACADDR``, ``ARRAY(String)``,
``TIMESTAMP(True, 0)``, ``Identity()`` keys), a few as ``Field(foreign_key="users.cloud_user.id")``
with the schema in the target, ``IntEnum`` / ``StrEnum`` annotations on ``SmallInteger`` columns, the
enums and schema bases star-imported (``from .enums import *``), and beside them five classes of a
SQLAlchemy ``MappedAsDataclass`` base of the same module (plain ``int`` annotations over ``Column``)
whose tables the application never creates (its ``create_all`` is the SQLModel metadata's): classes
the database lacks. The bot's own helpers (``starlib.base``, ``starlib.utils``, ``discord``) are
permissive stubs."""

from recipe import Recipe

SCHEMAS = ("users", "discord_users", "happycamp", "stardb_basic", "guilds", "stardb_idbase", "stardb_backup",
           "credentials", "stardb_cache", "lookups", "stardb_rpg")

RECIPE = Recipe(
    name="xingyubot",
    repo="willy1236/XingyuBot",
    style="SQLModel sa_column tables over eleven schemas, star-imported schema bases",
    files=("starlib/database/postgresql/models.py", "starlib/database/postgresql/rpg.py",
           "starlib/database/postgresql/enums.py", "starlib/database/postgresql/schemas.py"),
    stub_roots=("starlib", "discord"),
    metadata="starlib.database.postgresql.models:SQLModel.metadata",
    imports=("starlib.database.postgresql.models", "starlib.database.postgresql.rpg"),
    models="starlib/database/postgresql",
    python=(3, 11),  # enum.StrEnum (the project says 3.14)
    schemas=SCHEMAS,
    prelude=tuple(f"CREATE SCHEMA {schema}" for schema in SCHEMAS),
    drift=(
        "ALTER TABLE stardb_basic.giveaway_data RENAME COLUMN prize_name TO prize",
        "ALTER TABLE users.cloud_user ALTER COLUMN name SET NOT NULL",
        "CREATE TABLE discord_users.user_badge (id serial PRIMARY KEY,"
        " discord_id bigint NOT NULL REFERENCES discord_users.user_discord (discord_id) ON DELETE CASCADE,"
        " badge varchar(64) NOT NULL, awarded_at timestamptz NOT NULL DEFAULT now())",
        "ALTER TABLE stardb_basic.dynamic_channel ALTER COLUMN password TYPE varchar(512)",
        "ALTER TABLE stardb_backup.channel_backup DROP COLUMN description",
        "CREATE INDEX ix_ticket_channel_guild_id ON stardb_basic.ticket_channel (guild_id)",
        "COMMENT ON COLUMN discord_users.user_point.stardust IS 'the daily sign-in currency'",
        "ALTER TABLE discord_users.user_point ALTER COLUMN point SET DEFAULT 0",
        "ALTER TABLE happycamp.vip_info ADD COLUMN note text",
        "COMMENT ON TABLE lookups.lol_champion IS 'champion names in two languages'",
        "ALTER TABLE stardb_idbase.trpg_plot_options ALTER COLUMN option_title SET NOT NULL",
        "ALTER TABLE stardb_idbase.party_datas ALTER COLUMN party_name TYPE varchar(100)",
        "ALTER TABLE stardb_cache.youtube_cache RENAME TO youtube_live_cache",
    ),
    dropped=("channel_backup.description",),
)
