"""openstack/manila (shared file systems): 52 tables in one module, classic declarative on
``orm.declarative_base()`` with a project base on oslo.db's ``ModelBase``, ``TimestampMixin`` and
``SoftDeleteMixin`` (read from the installed library) that says ``metadata = None`` and
``__table_args__ = {'mysql_engine': 'InnoDB'}``, string soft-delete flags (``deleted =
Column(String(36), default='False')``), enums of the labels of a constants module (``Enum(
*constants.ACCESS_LEVELS)``), relationships with string ``primaryjoin`` expressions, class-level
``__table_args__`` tuples of ``UniqueConstraint``. ``manila.common.constants`` is laid out;
oslo.config is installed."""

from recipe import Recipe

# the enums are unnamed, which PostgreSQL's CREATE TYPE needs (manila's migrations make those columns
# varchar, but for consistent_snapshot_support, which they name so): named here after their columns
_NAMED = (
    ("constants.SHARE_INSTANCE_RULES_ERROR),",
     "constants.SHARE_INSTANCE_RULES_ERROR,\n                                      name='access_rules_status'),"),
    ("Enum(*constants.ACCESS_LEVELS)", "Enum(*constants.ACCESS_LEVELS, name='access_level')"),
    ("Enum(*constants.ACCESS_RULES_STATES)", "Enum(*constants.ACCESS_RULES_STATES, name='access_rules_state')"),
    ("constants.STATUS_NETWORK_CHANGE),", "constants.STATUS_NETWORK_CHANGE, name='share_network_status'),"),
    ("constants.STATUS_SERVER_NETWORK_CHANGE),",
     "constants.STATUS_SERVER_NETWORK_CHANGE, name='share_server_status'),"),
    ("Enum('pool', 'host')", "Enum('pool', 'host', name='consistent_snapshot_support')"),
    ("Enum(*constants.RESOURCE_LOCK_RESOURCE_TYPES)",
     "Enum(*constants.RESOURCE_LOCK_RESOURCE_TYPES, name='resource_type')"),
    ("Enum(*constants.RESOURCE_LOCK_RESOURCE_ACTIONS)",
     "Enum(*constants.RESOURCE_LOCK_RESOURCE_ACTIONS, name='resource_action')"),
)

RECIPE = Recipe(
    name="manila",
    repo="openstack/manila",
    style="classic declarative, oslo.db base with metadata = None, enums of a constants module",
    files=("manila/db/sqlalchemy/models.py", "manila/common/constants.py"),
    stubs={"manila/__init__.py": "", "manila/db/__init__.py": "", "manila/db/sqlalchemy/__init__.py": "",
           "manila/common/__init__.py": ""},
    fixes={"manila/db/sqlalchemy/models.py": (
        *_NAMED,
        # an integer key to the share types' string one (the migration that made the table says
        # String(36)): no foreign key PostgreSQL can make
        ("share_type_id = Column(Integer, ForeignKey('share_types.id'),",
         "share_type_id = Column(String(36), ForeignKey('share_types.id'),"),
        # a unique constraint's name of 67 characters, past PostgreSQL's 63: the migration's name
        ('name=("uniq_share_group_type_projects0share_group_type_id"\n              "0project_id0deleted")',
         'name="sgtp_project_id_uc"'),
    )},
    stub_roots=("*",),
    metadata="manila.db.sqlalchemy.models:BASE.metadata",
    imports=("manila.db.sqlalchemy.models",),
    models="manila/db/sqlalchemy",
    line_length=79,
    drift=(
        "ALTER TABLE share_networks RENAME COLUMN description TO summary",
        "ALTER TABLE messages ALTER COLUMN detail_id TYPE varchar(64)",
        "ALTER TABLE security_services ALTER COLUMN dns_ip SET NOT NULL",
        "ALTER TABLE share_snapshots ADD COLUMN retention_days integer",
        "CREATE INDEX ix_share_instances_host ON share_instances (host)",
        "COMMENT ON COLUMN shares.display_name IS 'the name shown to users'",
        "ALTER TABLE quotas ALTER COLUMN hard_limit SET DEFAULT 0",
        "ALTER TABLE transfers DROP COLUMN expires_at",
        "CREATE TABLE share_notes (id serial PRIMARY KEY, share_id varchar(36) NOT NULL REFERENCES shares (id),"
        " body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE backend_info RENAME TO backend_infos",
        "ALTER TYPE access_level ADD VALUE 'admin'",
    ),
    dropped=("transfers.expires_at",),
    note=("the enum's new label is left by hand (a by-hand item): the model writes its labels "
          "`Enum(*constants.ACCESS_LEVELS, ...)`, a constant of another module"),
)
