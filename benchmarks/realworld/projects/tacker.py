"""openstack/tacker (NFV orchestration): classic declarative on ``orm.declarative_base(cls=
TackerBaseV1)`` whose base takes oslo.db's ``ModelBase`` (read from the installed library), gives
``{'mysql_engine': 'InnoDB'}`` as ``__table_args__`` and a ``declared_attr __tablename__``
pluralising the class name (``cls.__name__.lower() + 's'``: ``Vim`` is ``vims``, ``VimAuth``
``vimauths``), beside classes naming their tables; oslo.db's ``SoftDeleteMixin`` /
``TimestampMixin`` and plain mixins of the project (``HasId``, ``HasTenant``, ``Audit``) with
Python-side uuid and time defaults, a ``Uuid`` TypeDecorator on ``String(36)``, JSON in ``Text``,
string ``primaryjoin``\\ s with ``and_(...)``, unique constraints over the mixins' columns, the
SOL models' camel-case tables and columns (``"VnfInstanceV2"."vnfdId"``, ``metadata__ =
Column("metadata", ...)``) with enums of string labels, models spread over five packages (one
module also holds the VNF manager's plugin class, on permissive stubs)."""

from recipe import Recipe

_SOL = "tacker/sol_refactored/db/sqlalchemy/models.py"

RECIPE = Recipe(
    name="tacker",
    repo="openstack/tacker",
    style="classic declarative, pluralising declared_attr __tablename__, oslo.db mixins, SOL camel case",
    files=("tacker/db/model_base.py", "tacker/db/models_v1.py", "tacker/db/types.py",
           "tacker/db/db_sqlalchemy/models.py", "tacker/db/common_services/common_services_db.py",
           "tacker/db/nfvo/nfvo_db.py", "tacker/db/vnfm/vnfm_db.py", _SOL),
    # the SOL models' enums have no name, which PostgreSQL's CREATE TYPE needs (tacker's models are
    # written for MySQL's inline ENUM; its migrations name them): named here as the migrations do,
    # but the grant request's operation, whose labels differ from the LCM operation's of that name
    fixes={
        _SOL: (
            ("sa.Enum('FULL', 'SHORT', create_constraint=True,",
             "sa.Enum('FULL', 'SHORT', name='verbosity',\n                                  create_constraint=True,"),
            ("'NOT_INSTANTIATED', 'INSTANTIATED', create_constraint=True,",
             "'NOT_INSTANTIATED', 'INSTANTIATED', name='instantiationState',\n        create_constraint=True,"),
            ("'ROLLING_BACK', 'ROLLED_BACK',\n",
             "'ROLLING_BACK', 'ROLLED_BACK', name='operationState',\n"),
            ("'REVERT_TO_SNAPSHOT',\n        'CHANGE_VNFPKG', create_constraint=True,",
             "'REVERT_TO_SNAPSHOT',\n        'CHANGE_VNFPKG', name='operation',\n        create_constraint=True,"),
            ("'GRACEFUL', 'FORCEFUL', create_constraint=True, validate_strings=True),",
             "'GRACEFUL', 'FORCEFUL', name='cancelMode', create_constraint=True,\n        validate_strings=True),"),
            ("'REVERT_TO_SNAPSHOT', 'CHANGE_VNFPKG',\n",
             "'REVERT_TO_SNAPSHOT', 'CHANGE_VNFPKG',\n        name='grantRequestOperation',\n"),
            ("'UNACKNOWLEDGED', 'ACKNOWLEDGED', create_constraint=True,",
             "'UNACKNOWLEDGED', 'ACKNOWLEDGED', name='ackState',\n        create_constraint=True,"),
            ("'INDETERMINATE', 'CLEARED',\n",
             "'INDETERMINATE', 'CLEARED',\n        name='perceivedSeverity',\n"),
            ("'EQUIPMENT_ALARM',\n",
             "'EQUIPMENT_ALARM',\n        name='eventType',\n"),
        ),
        # ``TEXT(65535)`` is MySQL's spelling: PostgreSQL's text takes no length (the migrations make the
        # column ``VARCHAR(65535)`` there, as here)
        "tacker/db/vnfm/vnfm_db.py": ("sa.TEXT(65535)", "sa.VARCHAR(65535)"),
    },
    stub_roots=("*",),
    metadata="tacker.db.model_base:BASE.metadata",
    imports=("tacker.db.db_sqlalchemy.models", "tacker.db.common_services.common_services_db",
             "tacker.db.nfvo.nfvo_db", "tacker.db.vnfm.vnfm_db", "tacker.sol_refactored.db.sqlalchemy.models"),
    models="tacker",
    line_length=79,
    drift=(
        "ALTER TABLE vnf_packages RENAME COLUMN location_glance_store TO glance_location",
        "ALTER TABLE vnf_instances ALTER COLUMN vnf_instance_description TYPE text",
        "ALTER TABLE vnf ALTER COLUMN instance_id SET NOT NULL",
        "ALTER TABLE vims ADD COLUMN region varchar(255)",
        "CREATE INDEX ix_vnf_lcm_op_occs_operation_state ON vnf_lcm_op_occs (operation_state)",
        "COMMENT ON COLUMN \"VnfInstanceV2\".\"vnfdId\" IS 'the VNFD the instance is made from'",
        "ALTER TABLE vnf_lcm_op_occs ALTER COLUMN error_point SET DEFAULT 0",
        "ALTER TABLE vnf_software_images DROP COLUMN container_format",
        "CREATE TABLE vnf_package_notes (id serial PRIMARY KEY, package_id varchar(36) NOT NULL"
        " REFERENCES vnf_packages (id), body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE placement_constraint RENAME TO placement_constraints",
        "ALTER TABLE vimauths RENAME TO vim_auths",
        "ALTER TYPE \"cancelMode\" ADD VALUE 'IMMEDIATE'",
    ),
    dropped=("vnf_software_images.container_format",),
)
