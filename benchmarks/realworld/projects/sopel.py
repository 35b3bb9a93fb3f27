"""sopel-irc/sopel: classic declarative, five small tables of an IRC bot whose every
``__table_args__`` is one module dict constant of MySQL options (``__table_args__ =
MYSQL_TABLE_ARGS``), composite primary keys of strings, a foreign key to a surrogate key. The
bot's own modules the file imports are stand-ins."""

from recipe import Recipe

RECIPE = Recipe(
    name="sopel",
    repo="sopel-irc/sopel",
    style="classic declarative, table options as a shared dict constant",
    files=("sopel/db.py",),
    stubs={"sopel/__init__.py": ""},
    stub_roots=("*",),
    metadata="sopel.db:BASE.metadata",
    imports=("sopel.db",),
    models="sopel",
    drift=(
        "ALTER TABLE nicknames RENAME COLUMN canonical TO canonical_nick",
        "ALTER TABLE nick_values ALTER COLUMN value TYPE text",
        "ALTER TABLE channel_values ALTER COLUMN value SET NOT NULL",
        "ALTER TABLE plugin_values ADD COLUMN updated_at timestamp",
        "CREATE INDEX ix_nick_values_key_value ON nick_values (key, value)",
        "COMMENT ON TABLE plugin_values IS 'one row per plugin setting'",
        "COMMENT ON COLUMN channel_values.channel IS 'lower-cased'",
        "ALTER TABLE plugin_values DROP COLUMN value",
        "CREATE TABLE nick_alias (id serial PRIMARY KEY, nick_id integer NOT NULL REFERENCES nick_ids (nick_id),"
        " alias varchar(255) NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE nick_ids RENAME TO nick_ids_v2",
    ),
    dropped=("plugin_values.value",),
)
