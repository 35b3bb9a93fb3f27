"""cosmicpython/code: classic Table(...) objects mapped imperatively onto plain domain classes
(``mapper(model.Batch, batches, properties=...)`` inside ``start_mappers()``)."""

from recipe import Recipe

RECIPE = Recipe(
    name="cosmicpython",
    repo="cosmicpython/code",
    style="imperative Table mapping",
    files=("src/allocation/adapters/orm.py", "src/allocation/domain/*.py"),
    strip="src/",
    metadata="allocation.adapters.orm:metadata",
    imports=("allocation.adapters.orm",),
    setup=("allocation.adapters.orm:start_mappers",),
    models="allocation/adapters",
    drift=(
        "ALTER TABLE batches RENAME COLUMN reference TO batch_reference",
        "ALTER TABLE order_lines ALTER COLUMN sku SET NOT NULL",
        "CREATE TABLE warehouses (id serial PRIMARY KEY, code varchar(20) NOT NULL UNIQUE,"
        " product_sku varchar(255) REFERENCES products (sku), capacity integer CHECK (capacity >= 0))",
        "ALTER TABLE order_lines ALTER COLUMN orderid TYPE varchar(512)",
        "ALTER TABLE allocations_view DROP COLUMN batchref",
        "ALTER TABLE allocations DROP CONSTRAINT allocations_batch_id_fkey,"
        " ADD CONSTRAINT allocations_batch_id_fkey FOREIGN KEY (batch_id) REFERENCES batches (id) ON DELETE CASCADE",
        "CREATE INDEX ix_batches_eta ON batches (eta)",
        "COMMENT ON COLUMN products.version_number IS 'optimistic lock counter'",
        "ALTER TABLE batches ALTER COLUMN _purchased_quantity SET DEFAULT 0",
        "ALTER TABLE order_lines ADD COLUMN created_at timestamptz NOT NULL DEFAULT now()",
        "COMMENT ON TABLE products IS 'one row per SKU'",
        "ALTER TABLE allocations ALTER COLUMN orderline_id SET NOT NULL",
        "ALTER TABLE batches RENAME TO batches_v2",
    ),
    dropped=("allocations_view.batchref",),
)
