"""quantopian/zipline: the assets database as Core ``sa.Table(...)`` objects on one module-level
``MetaData`` and no mapped classes (the project reads and writes them with Core), written with
each ``sa.Column(...)`` call spread over several lines, composite primary keys given as
``primary_key=True`` on several columns, ``sa.ForeignKey(exchanges.c.exchange)`` naming a column
object rather than a string."""

from recipe import Recipe

RECIPE = Recipe(
    name="zipline",
    repo="quantopian/zipline",
    style="Core Table objects, no classes",
    files=("zipline/assets/asset_db_schema.py",),
    metadata="zipline.assets.asset_db_schema:metadata",
    imports=("zipline.assets.asset_db_schema",),
    models="zipline/assets",
    drift=(
        "ALTER TABLE equities RENAME COLUMN asset_name TO display_name",
        "ALTER TABLE exchanges ALTER COLUMN canonical_name TYPE varchar(200)",
        "ALTER TABLE equities ALTER COLUMN first_traded SET NOT NULL",
        "ALTER TABLE futures_contracts ADD COLUMN listed_at timestamp",
        "CREATE INDEX ix_equities_exchange ON equities (exchange)",
        "COMMENT ON COLUMN futures_root_symbols.root_symbol IS 'e.g. CL'",
        "ALTER TABLE equities DROP COLUMN auto_close_date",
        "ALTER TABLE version_info ALTER COLUMN version SET DEFAULT 7",
        "CREATE TABLE asset_notes (id serial PRIMARY KEY, sid integer NOT NULL REFERENCES equities (sid),"
        " noted_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE equities RENAME TO equities_v2",
    ),
    dropped=("equities.auto_close_date",),
)
