"""release-engineering/product-listings-manager (Red Hat's HTTP interface to the product listings of
composedb, FastAPI): classic ``Column`` attributes on a SQLAlchemy 2.0 ``DeclarativeBase`` subclass
(``class BaseModel(DeclarativeBase): pass``), in one module that also makes the engine at import
(``create_engine`` of an environment variable, ``sqlite://`` by default) and instruments it with
OpenTelemetry; association tables mapped as classes with composite primary keys of two foreign keys,
``relationship(secondary="tree_packages")`` by table name and ``backref``, tables whose primary key is
every column (``overrides``, ``match_versions``), no enums. OpenTelemetry imports as a permissive stub."""

from recipe import Recipe

RECIPE = Recipe(
    name="product_listings_manager",
    repo="release-engineering/product-listings-manager",
    style="Column on a 2.0 DeclarativeBase, association classes, composite primary keys",
    files=("product_listings_manager/models.py",),
    stubs={"product_listings_manager/__init__.py": ""},
    stub_roots=("*",),
    metadata="product_listings_manager.models:BaseModel.metadata",
    imports=("product_listings_manager.models",),
    models="product_listings_manager",
    drift=(
        "ALTER TABLE trees RENAME COLUMN treeinfo TO tree_info",
        "ALTER TABLE packages ALTER COLUMN version TYPE varchar(512)",
        "ALTER TABLE overrides ALTER COLUMN pkg_arch TYPE varchar(64)",
        "ALTER TABLE products ALTER COLUMN variant SET NOT NULL",
        "ALTER TABLE modules ADD COLUMN context varchar(64)",
        "CREATE INDEX ix_packages_name ON packages (name)",
        "COMMENT ON COLUMN products.label IS 'the product label, as RHEL-8'",
        "ALTER TABLE products ALTER COLUMN allow_source_only SET DEFAULT false",
        "ALTER TABLE trees DROP COLUMN treetype",
        "CREATE TABLE product_notes (id serial PRIMARY KEY, product_id integer NOT NULL REFERENCES products (id),"
        " body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE match_versions RENAME TO product_match_versions",
    ),
    dropped=("trees.treetype",),
)
