"""openstack/group-based-policy (intent-based policy for Neutron; the GitHub mirror was retired, its last
commit removing the code, so the one before it is laid out): classic declarative on neutron-lib's bases
(``model_base.BASEV2`` with ``__tablename__`` written out, ``HasId``, ``HasProject``) in the database
modules and in the policy drivers' and service-chain node drivers' modules (``resource_mapping.py``,
3,000 lines of plugin code), abstract resource mixins (``BaseGbpResource(model_base.HasId,
model_base.HasProject)``), ``polymorphic_on`` a ``type`` column with single-table subclasses in another
module (``PolicyTargetMapping(gpdb.PolicyTarget)`` with ``__table_args__ = {'extend_existing': True}``
that add columns, unique keys to Neutron's tables, to the parent's table), association classes with composite keys,
relationships with ``backref`` / ``orm.backref(..., remote_side=[id])``, ``ordering_list`` collections
ordered by a string, backrefs onto Neutron's classes, a key of another module's class attribute
(``sa.ForeignKey(gp_db.PolicyTarget.id, ...)``), named enums of the constants module's names,
``server_default=sa.sql.true()``, options registered on oslo.config at import (the options' modules
and the API extension are laid out). Neutron's classes the models name are stubs of ours, read with
the models; the other modules they import are permissive stubs; NFP's orchestrator models
(``nfp_db_model.py``, a ``declarative_base`` and MetaData of their own) are not laid out. It shows one
misreading: a single-table subclass without ``__tablename__`` (the base's ``declared_attr __tablename__``
returning ``cls.__name__.lower() + 's'``) was put on a table of that computed name, where SQLAlchemy's
``cls.__tablename__`` is the mapped parent's literal one: its columns seemed missing from the parent
(six add-columns with no drift) and the drift's new table got no class."""

from recipe import Recipe, neutron_tables

# Neutron's own classes the models' keys and relationships name (``recipe.neutron_tables``)
_MODELS_V2 = neutron_tables(Network="networks", Subnet="subnets", SubnetPool="subnetpools", Port="ports",
                            Router="routers", FloatingIP="floatingips", SecurityGroup="securitygroups",
                            QosPolicy="qos_policies")

_ADDRESS_SCOPE = neutron_tables(AddressScope="address_scopes")

_GBP = "gbpservice/neutron/"

RECIPE = Recipe(
    name="group_based_policy",
    repo="openstack/group-based-policy",
    style="classic declarative on neutron-lib's bases, single-table subclasses extending their parents' tables",
    files=(_GBP + "db/grouppolicy/extensions/apic_*_db.py", _GBP + "db/grouppolicy/extensions/group_proxy_db.py",
           _GBP + "db/grouppolicy/group_policy_db.py", _GBP + "db/grouppolicy/group_policy_mapping_db.py",
           _GBP + "db/implicitsubnetpool_db.py", _GBP + "db/servicechain_db.py",
           _GBP + "plugins/ml2plus/drivers/apic_aim/db.py", _GBP + "plugins/ml2plus/drivers/apic_aim/extension_db.py",
           _GBP + "services/grouppolicy/drivers/chain_mapping.py",
           _GBP + "services/grouppolicy/drivers/implicit_policy.py",
           _GBP + "services/grouppolicy/drivers/nsp_manager.py",
           _GBP + "services/grouppolicy/drivers/resource_mapping.py",
           _GBP + "services/servicechain/plugins/ncp/model.py",
           _GBP + "services/servicechain/plugins/ncp/node_drivers/heat_node_driver.py",
           _GBP + "services/servicechain/plugins/ncp/node_drivers/nfp_node_driver.py",
           _GBP + "services/grouppolicy/common/constants.py", _GBP + "services/grouppolicy/config.py",
           _GBP + "extensions/group_policy.py", "gbpservice/_i18n.py",
           "gbpservice/nfp/common/constants.py"),
    stubs={"gbpservice/__init__.py": "", "gbpservice/neutron/__init__.py": "", "gbpservice/neutron/db/__init__.py": "",
           "gbpservice/neutron/extensions/__init__.py": "",
           "gbpservice/neutron/db/grouppolicy/__init__.py": "",
           "gbpservice/neutron/db/grouppolicy/extensions/__init__.py": "",
           "gbpservice/neutron/plugins/__init__.py": "", "gbpservice/neutron/plugins/ml2plus/__init__.py": "",
           "gbpservice/neutron/plugins/ml2plus/drivers/__init__.py": "",
           "gbpservice/neutron/plugins/ml2plus/drivers/apic_aim/__init__.py": "",
           "gbpservice/neutron/services/__init__.py": "", "gbpservice/neutron/services/grouppolicy/__init__.py": "",
           "gbpservice/neutron/services/grouppolicy/common/__init__.py": "",
           "gbpservice/neutron/services/grouppolicy/drivers/__init__.py": "",
           "gbpservice/neutron/services/servicechain/__init__.py": "",
           "gbpservice/neutron/services/servicechain/plugins/__init__.py": "",
           "gbpservice/neutron/services/servicechain/plugins/ncp/__init__.py": "",
           "gbpservice/neutron/services/servicechain/plugins/ncp/node_drivers/__init__.py": "",
           "gbpservice/nfp/__init__.py": "", "gbpservice/nfp/common/__init__.py": "",
           "neutron/__init__.py": "", "neutron/db/__init__.py": "", "neutron/db/models_v2.py": _MODELS_V2,
           "neutron/db/models/__init__.py": "", "neutron/db/models/address_scope.py": _ADDRESS_SCOPE},
    # two enums have no name, which PostgreSQL's CREATE TYPE needs (the APIC driver runs on MySQL; its
    # migrations have none either): named here
    fixes={_GBP + "plugins/ml2plus/drivers/apic_aim/extension_db.py": (
        ("sa.Enum('distributed', 'edge', '')", "sa.Enum('distributed', 'edge', '', name='nat_type')"),
        ("sa.Enum('default_export', '')", "sa.Enum('default_export', '', name='bgp_type')"))},
    stub_roots=("*",),
    metadata="neutron_lib.db.model_base:BASEV2.metadata",
    imports=("neutron.db.models_v2", "neutron.db.models.address_scope", "gbpservice/**/*_db.py",
             "gbpservice.neutron.plugins.ml2plus.drivers.apic_aim.db",
             "gbpservice.neutron.services.grouppolicy.drivers.chain_mapping",
             "gbpservice.neutron.services.grouppolicy.drivers.implicit_policy",
             "gbpservice.neutron.services.grouppolicy.drivers.nsp_manager",
             "gbpservice.neutron.services.grouppolicy.drivers.resource_mapping",
             "gbpservice.neutron.services.servicechain.plugins.ncp.model",
             "gbpservice.neutron.services.servicechain.plugins.ncp.node_drivers.heat_node_driver",
             "gbpservice.neutron.services.servicechain.plugins.ncp.node_drivers.nfp_node_driver"),
    # the stubs of Neutron's classes are read with the models: outside the scanned path their tables
    # would get classes of their own
    models=".",
    line_length=79,
    # 2019 code on SQLAlchemy 1.x: 1.4, and the last neutron-lib whose BASEV2 is a declarative_base() (and
    # that still names LOADBALANCERV2, which a node driver lists in its class body)
    probe_packages=("sqlalchemy==1.4.54", "neutron-lib==3.10.0", "psycopg2-binary", "alembic==1.13.3"),
    ref="9e2cb1fc9d76adc8c04fc24d7676476b52506ff7",  # the mirror's last commit with the code
    drift=(
        "ALTER TABLE gp_policy_targets RENAME COLUMN cluster_id TO cluster",
        "ALTER TABLE gp_policy_classifiers ALTER COLUMN protocol TYPE varchar(64)",
        "ALTER TABLE sc_nodes ALTER COLUMN service_type SET NOT NULL",
        "ALTER TABLE gp_external_policies ADD COLUMN region varchar(64)",
        "CREATE INDEX ix_gp_network_service_params_param_name ON gp_network_service_params (param_name)",
        "COMMENT ON COLUMN gp_l3_policies.ip_pool IS 'comma-separated CIDRs'",
        "ALTER TABLE gp_proxy_ip_pool_mapping ALTER COLUMN proxy_subnet_prefix_length SET DEFAULT 29",
        "ALTER TABLE service_profiles DROP COLUMN service_flavor",
        "CREATE TABLE gp_policy_target_group_notes (id serial PRIMARY KEY, policy_target_group_id varchar(36)"
        " NOT NULL REFERENCES gp_policy_target_groups (id), body text NOT NULL,"
        " created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE ncp_node_instance_stacks RENAME TO ncp_node_instance_heat_stacks",
        "ALTER TYPE action_type ADD VALUE 'copy'",
        "ALTER TYPE nat_type ADD VALUE 'pat'",
    ),
    dropped=("service_profiles.service_flavor",),
    note=("`action_type` gaining a label is a `by hand:` item (the enum is written with the constants "
          "module's names, `sa.Enum(gp_constants.GP_ACTION_ALLOW, ...)`); `nat_type`, of literal labels, is "
          "edited"),
)
