"""openstack/barbican: classic declarative with the base first and two plain mixins after it
(``class Secret(BASE, SoftDeleteMixIn, ModelBase)``: the mixins' ``id``, timestamps, ``deleted``
and ``status`` columns), a ``JsonBlob`` TypeDecorator over ``sa.Text``, ``@compiler.compiles`` of
SQLite's ``BigInteger``, lengths from module constants, a column named ``URL``,
``orm.relationship`` with ``collection_class=col.attribute_mapped_collection(...)``, a
``server_default`` named by a constant of another module (``utils.SECRET_TYPE_OPAQUE``: that module
is laid out). barbican's other modules, pecan and oslo.serialization are stubs."""

from recipe import Recipe

RECIPE = Recipe(
    name="barbican",
    repo="openstack/barbican",
    style="classic declarative, base before plain mixins, TypeDecorator",
    files=("barbican/model/models.py", "barbican/common/utils.py"),
    stubs={"barbican/__init__.py": "", "barbican/model/__init__.py": "", "barbican/common/__init__.py": ""},
    stub_roots=("*",),
    metadata="barbican.model.models:BASE.metadata",
    imports=("barbican.model.models",),
    models="barbican/model",
    line_length=79,
    drift=(
        "ALTER TABLE secrets RENAME COLUMN creator_id TO owner_id",
        "ALTER TABLE containers ALTER COLUMN name TYPE varchar(512)",
        "ALTER TABLE secrets ALTER COLUMN algorithm SET NOT NULL",
        "ALTER TABLE projects ADD COLUMN domain_id varchar(36)",
        "CREATE INDEX ix_orders_type ON orders (type)",
        "COMMENT ON COLUMN kek_data.kek_label IS 'label of the key-encryption key'",
        "ALTER TABLE secret_stores DROP COLUMN crypto_plugin",
        "ALTER TABLE kek_data ALTER COLUMN active SET DEFAULT true",
        "CREATE TABLE secret_audits (id varchar(36) PRIMARY KEY, secret_id varchar(36) NOT NULL"
        " REFERENCES secrets (id), action varchar(32) NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE secrets RENAME TO secrets_v2",
    ),
    dropped=("secret_stores.crypto_plugin",),
)
