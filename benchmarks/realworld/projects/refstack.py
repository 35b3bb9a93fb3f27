"""openstack/refstack (the OpenStack interoperability testing results service): classic declarative
on ``declarative_base()`` (from the legacy ``sqlalchemy.ext.declarative``) with a plain base class of
oslo.db's ``ModelBase`` / ``TimestampMixin`` / ``SoftDeleteMixin`` (read from the installed library)
that says ``metadata = None`` and gives a ``__table_args__`` dict of MySQL options, overridden by
``UniqueConstraint`` tuples in three classes; tables named ``user`` and ``group``, foreign keys to a
unique non-key column (``user.openid``), ``_id`` integer keys, ``default=lambda:
six.text_type(uuid.uuid4())``, ``orm.relationship(..., backref=...)``. Written for MySQL: one column
has a MySQL collation (``sa.String(512, collation='latin1_swedish_ci')``), dropped in the laid-out
copy. The package's other modules are stubs."""

from recipe import Recipe

RECIPE = Recipe(
    name="refstack",
    repo="openstack/refstack",
    style="classic declarative, oslo.db mixins in a plain base, MySQL options",
    files=("refstack/db/sqlalchemy/models.py",),
    stubs={"refstack/__init__.py": "", "refstack/db/__init__.py": "", "refstack/db/sqlalchemy/__init__.py": ""},
    # PostgreSQL has no collation "latin1_swedish_ci" (MySQL's): create_all fails on it
    fixes={"refstack/db/sqlalchemy/models.py": ("sa.String(512, collation='latin1_swedish_ci')",
                                                "sa.String(512)")},
    stub_roots=("*",),
    metadata="refstack.db.sqlalchemy.models:BASE.metadata",
    imports=("refstack.db.sqlalchemy.models",),
    models="refstack/db/sqlalchemy",
    line_length=79,
    drift=(
        "ALTER TABLE pubkeys RENAME COLUMN comment TO label",
        "ALTER TABLE test ALTER COLUMN cpid TYPE varchar(255)",
        "ALTER TABLE product_version ALTER COLUMN version SET NOT NULL",
        'ALTER TABLE "user" ADD COLUMN last_login timestamp',
        "CREATE INDEX ix_product_name ON product (name)",
        "COMMENT ON COLUMN organization.type IS 'vendor, foundation or other'",
        "ALTER TABLE test ALTER COLUMN verification_status SET DEFAULT 0",
        "ALTER TABLE organization DROP COLUMN properties",
        "CREATE TABLE product_note (id serial PRIMARY KEY, product_id varchar(36) NOT NULL REFERENCES product (id),"
        " body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE meta RENAME TO test_meta",
    ),
    dropped=("organization.properties",),
    note="no named enum in the models (no ADD VALUE in the drift)",
)
