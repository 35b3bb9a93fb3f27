"""CentOS/duffy: classic declarative in a FastAPI app (async sessions), a naming convention with
``%(column_0_N_label)s_index`` and ``%(table_name)s_%(column_0_N_name)s_key``, partial unique indexes
whose ``postgresql_where`` is an ``and_(...)`` of ``Column("x") == None`` clauses held in a module
constant, a declarative enum recipe (``NodeState.db_type()``: a ``SchemaType`` ``TypeDecorator``
whose PostgreSQL enum is named from the class), ``MutableDict.as_mutable(JSON)`` with
``server_default="{}"``, a ``TZDateTime`` decorator, ``server_default=text("FALSE")``, an
underscore attribute mapped to another name (``_api_key = Column("api_key", ...)``) and mixins of
creation and retirement dates. The app's configuration and API models are permissive stubs."""

from recipe import Recipe

RECIPE = Recipe(
    name="duffy",
    repo="CentOS/duffy",
    style="classic declarative, naming convention, declarative enum recipe",
    files=("duffy/database/*.py", "duffy/database/model/*.py", "duffy/util.py"),
    stubs={"duffy/__init__.py": ""},
    stub_roots=("*",),
    metadata="duffy.database:metadata",
    imports=("duffy.database.model",),
    models="duffy/database",
    line_length=100,
    drift=(
        "ALTER TABLE tenants RENAME COLUMN ssh_key TO public_key",
        "ALTER TABLE nodes ALTER COLUMN hostname TYPE varchar(255)",
        "ALTER TABLE tenants ALTER COLUMN node_quota SET NOT NULL",
        "ALTER TABLE sessions ADD COLUMN purpose varchar(200)",
        "CREATE INDEX ix_nodes_comment ON nodes (comment)",
        "COMMENT ON COLUMN nodes.pool IS 'the pool the node was provisioned from'",
        "ALTER TABLE sessions DROP COLUMN expires_at",
        "ALTER TABLE nodes ALTER COLUMN reusable SET DEFAULT true",
        "CREATE TABLE tenant_notes (id serial PRIMARY KEY, tenant_id integer NOT NULL REFERENCES tenants (id),"
        " body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE tenants RENAME TO tenant",
    ),
    dropped=("sessions.expires_at",),
)
