"""release-engineering/product-listings-manager: classic ``Column`` attributes on a SQLAlchemy 2.0
``DeclarativeBase``, ten tables mirroring part of another service's database, composite primary
keys of four strings and a foreign key, association tables mapped as classes and named in
``relationship(secondary="tree_product_map")``, a module that makes its engine (and instruments
it) at import. The instrumentation package is a permissive stand-in."""

from recipe import Recipe

RECIPE = Recipe(
    name="plm",
    repo="release-engineering/product-listings-manager",
    style="Column attributes on DeclarativeBase, composite string keys",
    files=("product_listings_manager/models.py",),
    stubs={"product_listings_manager/__init__.py": ""},
    stub_roots=("opentelemetry",),
    metadata="product_listings_manager.models:BaseModel.metadata",
    imports=("product_listings_manager.models",),
    models="product_listings_manager",
    line_length=79,
    drift=(
        "ALTER TABLE trees RENAME COLUMN buildname TO build_name",
        "ALTER TABLE packages ALTER COLUMN arch TYPE varchar(64)",
        "ALTER TABLE products ALTER COLUMN variant SET NOT NULL",
        "ALTER TABLE modules ADD COLUMN context varchar(64)",
        "CREATE INDEX ix_packages_name_version ON packages (name, version)",
        "COMMENT ON COLUMN overrides.include IS 'false: excluded from the product'",
        "ALTER TABLE products ALTER COLUMN allow_source_only SET DEFAULT false",
        "ALTER TABLE trees DROP COLUMN treeinfo",
        "CREATE TABLE product_notes (id serial PRIMARY KEY, product_id integer NOT NULL REFERENCES products (id),"
        " body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE products RENAME TO products_v2",
    ),
    dropped=("trees.treeinfo",),
)
