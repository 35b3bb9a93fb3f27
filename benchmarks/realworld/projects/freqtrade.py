"""freqtrade/freqtrade: SQLAlchemy 2.0 ``Mapped`` on a bare ``DeclarativeBase``; the mapped
``Trade`` also inherits the plain class ``LocalTrade``, whose class attributes its columns
shadow; ``# type: ignore`` after every column of ``Trade``; column types read from the
annotation alone (``Mapped[datetime] = mapped_column(nullable=True)``), lengths from a
constant of another module, a ``str`` enum annotation over ``String(25)``, ``Enum(TradingMode)``,
a column without an annotation, a mixed-case table name (``KeyValueStore``). The modules the
models import that need the exchange libraries are stubs."""

from recipe import Recipe

RECIPE = Recipe(
    name="freqtrade",
    repo="freqtrade/freqtrade",
    style="2.0 Mapped, plain-class mixin",
    files=("freqtrade/persistence/*.py", "freqtrade/constants.py", "freqtrade/enums/*.py",
           "freqtrade/exceptions.py"),
    stub_roots=("freqtrade", "*"),
    metadata="freqtrade.persistence.base:ModelBase.metadata",
    imports=("freqtrade.persistence",),
    models="freqtrade/persistence",
    line_length=100,
    drift=(
        "ALTER TABLE trades RENAME COLUMN strategy TO strategy_name",
        "ALTER TABLE trades ALTER COLUMN exchange TYPE varchar(50)",
        "ALTER TABLE orders ALTER COLUMN status SET NOT NULL",
        "ALTER TABLE pairlocks ADD COLUMN created_at timestamp NOT NULL DEFAULT now()",
        "CREATE INDEX ix_orders_status ON orders (status)",
        "COMMENT ON COLUMN pairlocks.reason IS 'why the pair is locked'",
        'ALTER TABLE "KeyValueStore" ADD COLUMN updated_by varchar(64)',
        "ALTER TABLE trades DROP COLUMN funding_fee_running",
        "ALTER TABLE orders ALTER COLUMN ft_fee_base TYPE numeric(20, 8)",
        "ALTER TABLE trades ALTER COLUMN is_short SET DEFAULT false",
        "CREATE TABLE trade_notes (id serial PRIMARY KEY, trade_id integer NOT NULL REFERENCES trades (id)"
        " ON DELETE CASCADE, note text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE trade_custom_data ALTER COLUMN cd_type TYPE varchar(40)",
        "ALTER TABLE trades RENAME TO trades_v2",
    ),
    dropped=("trades.funding_fee_running",),
)
