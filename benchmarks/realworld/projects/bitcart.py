"""bitcart/bitcart: SQLAlchemy 2.0 ``Mapped`` models on advanced-alchemy's ``SQLQuery`` with a
``MetaData`` naming convention, an ``__init_subclass__`` that prefixes plugin tables, an
``id`` made by a classmethod, a mixin whose attribute ``meta`` maps the column ``metadata``,
``MutableDict`` / ``MutableList`` over JSONB and arrays, pydantic models stored as JSONB through
a function of the project that defines a class and returns
``MutableModel.as_mutable(PydanticJSON(model))``, ``ForeignKey(User.id, deferrable=True)``, and
``@declared_attr`` relationships. The schemas and helpers it imports are permissive stubs."""

from recipe import Recipe

RECIPE = Recipe(
    name="bitcart",
    repo="bitcart/bitcart",
    style="2.0 Mapped on advanced-alchemy, pydantic JSONB types by a function",
    files=("api/models.py", "api/sqltypes.py"),
    stubs={"api/__init__.py": ""},
    stub_roots=("*",),
    metadata="api.models:Model.metadata",
    imports=("api.models",),
    models="api",
    line_length=120,
    drift=(
        "ALTER TABLE products RENAME COLUMN image TO image_url",
        "ALTER TABLE templates ALTER COLUMN name TYPE varchar(255)",
        "ALTER TABLE products ALTER COLUMN category SET NOT NULL",
        "ALTER TABLE notifications ADD COLUMN muted boolean NOT NULL DEFAULT false",
        "CREATE INDEX products_status_idx ON products (status)",
        "COMMENT ON COLUMN users.totp_key IS 'base32 TOTP secret'",
        "ALTER TABLE products DROP COLUMN download_url",
        "ALTER TABLE stores ALTER COLUMN default_currency SET DEFAULT 'USD'",
        "CREATE TABLE store_notes (id text PRIMARY KEY, store_id text NOT NULL REFERENCES stores (id),"
        " note text NOT NULL, created timestamptz NOT NULL DEFAULT now())",
        "ALTER TABLE stores RENAME TO stores_v2",
    ),
    dropped=("products.download_url",),
)
