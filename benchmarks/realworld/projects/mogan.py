"""openstack/mogan (bare-metal compute, Nova's counterpart for Ironic nodes; retired: the last commit
of master removed the code, so the one before it is laid out): classic declarative on
``declarative_base(cls=MoganBase)`` whose base takes oslo.db's ``TimestampMixin`` and ``ModelBase``
(read from the installed library) and says ``metadata = None``, ``__table_args__`` tuples ending in
``table_args()`` (a function giving MySQL's options, ``None`` elsewhere) and one that is that call
alone in parentheses (``__table_args__ = (table_args())``), oslo.db's ``JsonEncodedDict`` /
``JsonEncodedList`` types, a type returned by a function (``Text().with_variant(MEDIUMTEXT(),
'mysql')``), a named enum of string labels with a ``server_default``, keys to a unique non-key
column (``ForeignKey('servers.uuid')``), relationships with ``foreign_keys=`` a class-body column and
string ``primaryjoin``\\s (``'and_(Aggregate.id == AggregateMetadata.aggregate_id)'``), a composite
key of a foreign key and a tag. The configuration is a stub of ours."""

from recipe import OPENSTACK_DATABASE_CONF_SETTABLE, Recipe

RECIPE = Recipe(
    name="mogan",
    repo="openstack/mogan",
    style="classic declarative, a table_args() function in __table_args__ tuples, oslo.db JSON types",
    files=("mogan/db/sqlalchemy/models.py",),
    stubs={"mogan/__init__.py": "", "mogan/db/__init__.py": "", "mogan/db/sqlalchemy/__init__.py": "",
           "mogan/conf/__init__.py": OPENSTACK_DATABASE_CONF_SETTABLE},
    # one enum has no name, which PostgreSQL's CREATE TYPE needs (mogan ran on MySQL): named here
    fixes={"mogan/db/sqlalchemy/models.py": ("locked_by = Column(Enum('owner', 'admin'))",
                                             "locked_by = Column(Enum('owner', 'admin', name='server_locked_by'))")},
    stub_roots=("*",),
    metadata="mogan.db.sqlalchemy.models:Base.metadata",
    imports=("mogan.db.sqlalchemy.models",),
    models="mogan/db/sqlalchemy",
    line_length=79,
    ref="6a3c3f0089e466d246d79a759e8fc5c0b39b2957",  # master's last commit with the code
    drift=(
        "ALTER TABLE server_nics RENAME COLUMN floating_ip TO floating_ip_address",
        "ALTER TABLE servers ALTER COLUMN power_state TYPE varchar(32)",
        "ALTER TABLE flavors ALTER COLUMN is_public SET NOT NULL",
        "ALTER TABLE aggregates ADD COLUMN availability_zone varchar(255)",
        "CREATE INDEX ix_servers_node_uuid ON servers (node_uuid)",
        "COMMENT ON COLUMN server_faults.code IS 'the HTTP status code of the fault'",
        "ALTER TABLE quota_usages ALTER COLUMN in_use SET DEFAULT 0",
        "ALTER TABLE key_pairs DROP COLUMN fingerprint",
        "CREATE TABLE server_notes (id serial PRIMARY KEY, server_id integer NOT NULL REFERENCES servers (id),"
        " body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE server_group_policy RENAME TO server_group_policies",
        "ALTER TYPE keypair_types ADD VALUE 'gpg'",
    ),
    dropped=("key_pairs.fingerprint",),
)
