"""bunkerity/bunkerweb: one module of classic declarative models meant for four databases
(SQLite, MariaDB, MySQL, PostgreSQL): ``Enum(...)`` types made once as module constants and
shared by several tables, a type alias made with ``Text().with_variant(MEDIUMTEXT, "mysql")``,
``LargeBinary(length=(2**32) - 1)``, ``Identity(start=1, increment=1)`` keys, foreign keys with
``onupdate="cascade"`` in lower case, a JSON-as-text ``TypeDecorator``."""

from recipe import Recipe

RECIPE = Recipe(
    name="bunkerweb",
    repo="bunkerity/bunkerweb",
    style="classic declarative, shared Enum constants, with_variant alias",
    files=("src/common/db/model.py",),
    strip="src/common/",
    metadata="db.model:Base.metadata",
    imports=("db.model",),
    models="db",
    line_length=160,
    drift=(
        "ALTER TABLE bw_jobs RENAME COLUMN run_async TO asynchronous",
        "ALTER TABLE bw_plugins ALTER COLUMN description TYPE varchar(512)",
        "ALTER TABLE bw_jobs ALTER COLUMN plugin_id SET NOT NULL",
        "ALTER TABLE bw_services ADD COLUMN notes text",
        "CREATE INDEX ix_bw_services_last_update ON bw_services (last_update)",
        "COMMENT ON COLUMN bw_settings.regex IS 'checked on every save'",
        "ALTER TABLE bw_plugins DROP COLUMN checksum",
        "ALTER TABLE bw_selects ALTER COLUMN \"order\" SET DEFAULT 0",
        "CREATE TABLE bw_audit (id serial PRIMARY KEY, service_id varchar(256) REFERENCES bw_services (id),"
        " happened_at timestamptz NOT NULL DEFAULT now())",
        "ALTER TABLE bw_services RENAME TO bw_services_v2",
    ),
    dropped=("bw_plugins.checksum",),
)
