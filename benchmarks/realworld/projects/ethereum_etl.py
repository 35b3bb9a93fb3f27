"""blockchain-etl/ethereum-etl (exports Ethereum blocks, transactions, logs, token transfers, traces,
tokens and contracts, and streams them into PostgreSQL): seven SQLAlchemy Core ``Table(...)`` objects
on one plain ``MetaData()``, assigned to upper-case module constants (``BLOCKS = Table('blocks',
metadata, ...)``) and mapped to no class (the streamer inserts through them); the import of the
column types is one statement continued by a backslash; composite keys as ``primary_key=True`` on two
columns or as a named ``PrimaryKeyConstraint('address', 'block_number', name='tokens_pk')``,
``Numeric(38)`` / ``Numeric(78)`` amounts, ``ARRAY(String)`` of PostgreSQL, no foreign keys.
SQLAlchemy 1.4, as its setup.py pins."""

from recipe import Recipe

RECIPE = Recipe(
    name="ethereum_etl",
    repo="blockchain-etl/ethereum-etl",
    style="Core Tables on upper-case constants, no mapped classes, named composite keys",
    files=("ethereumetl/streaming/postgres_tables.py",),
    metadata="ethereumetl.streaming.postgres_tables:metadata",
    imports=("ethereumetl.streaming.postgres_tables",),
    models="ethereumetl/streaming",
    probe_packages=("sqlalchemy==1.4.54", "psycopg2-binary", "alembic==1.13.3"),
    drift=(
        "ALTER TABLE blocks RENAME COLUMN extra_data TO extra",
        "ALTER TABLE transactions ALTER COLUMN block_number SET NOT NULL",
        "ALTER TABLE logs ADD COLUMN removed boolean NOT NULL DEFAULT false",
        "CREATE TABLE receipts (transaction_hash varchar PRIMARY KEY REFERENCES transactions (hash),"
        " status bigint, gas_used bigint, logs_bloom varchar, block_number bigint NOT NULL)",
        "ALTER TABLE tokens ALTER COLUMN symbol TYPE varchar(64)",
        "CREATE INDEX ix_token_transfers_token_address ON token_transfers (token_address)",
        "COMMENT ON TABLE traces IS 'internal calls, from the node''s trace API'",
        "ALTER TABLE contracts ALTER COLUMN is_erc20 SET DEFAULT false",
        "ALTER TABLE traces DROP COLUMN reward_type",
        "ALTER TABLE logs ALTER COLUMN address SET NOT NULL",
        "ALTER TABLE blocks ADD CONSTRAINT uq_blocks_number UNIQUE (number)",
        "ALTER TABLE contracts RENAME COLUMN bytecode TO code",
        "ALTER TABLE token_transfers RENAME TO erc20_transfers",
    ),
    dropped=("traces.reward_type",),
)
