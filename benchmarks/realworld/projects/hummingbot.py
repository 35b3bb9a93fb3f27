"""hummingbot/hummingbot: classic declarative models, one module each, on a base made in the
package ``__init__`` (``from . import HummingbotBase``); table names in CamelCase (``"Order"``,
``"TradeFill"``: quoted identifiers in PostgreSQL); a ``TypeDecorator`` storing decimals as
scaled integers (``SqliteDecimal(6)``, a ``BigInteger`` underneath); composite primary keys
spread over columns; a misspelt ``__table_args = (...)`` that SQLAlchemy ignores; Python-side
defaults from an enum's ``.value``. The trading engine's modules are stubs."""

from recipe import Recipe

MODELS = ("controllers", "executors", "funding_payment", "inventory_cost", "market_data", "market_state",
          "metadata", "order", "order_status", "position", "range_position_collected_fees",
          "range_position_update", "trade_fill")

RECIPE = Recipe(
    name="hummingbot",
    repo="hummingbot/hummingbot",
    style="classic declarative, CamelCase table names, TypeDecorator",
    files=("hummingbot/model/__init__.py", "hummingbot/model/decimal_type_decorator.py",
           *(f"hummingbot/model/{name}.py" for name in MODELS)),
    stubs={"hummingbot/__init__.py": ""},
    stub_roots=("*",),
    metadata="hummingbot.model:HummingbotBase.metadata",
    imports=tuple(f"hummingbot.model.{name}" for name in MODELS),
    models="hummingbot/model",
    line_length=120,
    drift=(
        'ALTER TABLE "Order" RENAME COLUMN exchange_order_id TO venue_order_id',
        'ALTER TABLE "Executors" ALTER COLUMN type TYPE varchar(64)',
        'ALTER TABLE "Controllers" ALTER COLUMN id SET NOT NULL',
        'ALTER TABLE "Position" ADD COLUMN closed_at timestamptz',
        'CREATE INDEX ix_position_controller_id ON "Position" (controller_id)',
        'COMMENT ON COLUMN "TradeFill".trade_fee IS \'fee as JSON\'',
        'ALTER TABLE "Order" DROP COLUMN position',
        'ALTER TABLE "Controllers" ALTER COLUMN type SET DEFAULT \'generic\'',
        'CREATE TABLE "Alert" (id serial PRIMARY KEY, order_id text NOT NULL REFERENCES "Order" (id),'
        ' raised_at timestamp NOT NULL DEFAULT now())',
    ),
    dropped=("Order.position",),
)
