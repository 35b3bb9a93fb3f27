"""aiidateam/aiida-core (the PostgreSQL storage's models): classic declarative on
``declarative_base(cls=Model, name='Model', metadata=MetaData(naming_convention=dict(...)))``
whose naming convention is a tuple of pairs with ``column_0_N_label`` / ``column_0_N_name``
tokens; ``varchar_pattern_ops`` indexes with ``postgresql_ops``; JSONB and UUID columns with
Python-side defaults; an ``init`` event listener on the base. ``aiida.common`` is a stub."""

from recipe import Recipe

RECIPE = Recipe(
    name="aiida",
    repo="aiidateam/aiida-core",
    style="classic declarative, naming convention tokens",
    files=("src/aiida/storage/psql_dos/models/*.py",),
    strip="src/",
    stub_roots=("aiida", "*"),
    metadata="aiida.storage.psql_dos.models.base:Base.metadata",
    imports=(
        "aiida.storage.psql_dos.models.authinfo", "aiida.storage.psql_dos.models.comment",
        "aiida.storage.psql_dos.models.computer", "aiida.storage.psql_dos.models.group",
        "aiida.storage.psql_dos.models.log", "aiida.storage.psql_dos.models.node",
        "aiida.storage.psql_dos.models.settings", "aiida.storage.psql_dos.models.user",
    ),
    models="aiida/storage/psql_dos/models",
    line_length=120,
    drift=(
        "ALTER TABLE db_dbuser RENAME COLUMN institution TO organisation",
        "ALTER TABLE db_dbnode ALTER COLUMN process_type SET NOT NULL",
        "ALTER TABLE db_dbcomment ADD COLUMN edited_at timestamp with time zone",
        "CREATE INDEX ix_db_dbgroup_time ON db_dbgroup (time)",
        "ALTER TABLE db_dbcomputer ALTER COLUMN label TYPE varchar(512)",
        "COMMENT ON TABLE db_dblog IS 'process logs'",
        "ALTER TABLE db_dbsetting DROP COLUMN description",
        "ALTER TABLE db_dbgroup ALTER COLUMN type_string SET DEFAULT 'core'",
        "CREATE TABLE db_dbtag (id serial PRIMARY KEY, label varchar(255) NOT NULL UNIQUE,"
        " user_id integer NOT NULL REFERENCES db_dbuser (id) ON DELETE CASCADE)",
        "ALTER TABLE db_dblink ALTER COLUMN label TYPE varchar(512)",
        "ALTER TABLE db_dbuser RENAME TO db_dbuser_v2",
    ),
    dropped=("db_dbsetting.description",),
)
