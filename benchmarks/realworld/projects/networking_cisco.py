"""openstack/networking-cisco (Cisco's Nexus and UCS Manager ML2 drivers and its router service plugin
for Neutron; retired: the last commit of master removed the code, so the one before it is laid out):
classic declarative on neutron-lib's bases reached through the project's compatibility module
(``class RouterType(bc.model_base.BASEV2, bc.model_base.HasId, bc.HasProject)``), ``__tablename__``
written out, composite keys of strings and integers with ``autoincrement=False``, ``server_default=
sa.sql.false()`` / ``sa.sql.true()`` and ``server_default='0'``, keys to Neutron's ``ports``,
``subnets``, ``routers`` and ``agents`` with ``ondelete=``, relationships to Neutron's classes with
string ``primaryjoin='Port.id==HostedHostingPortBinding.logical_port_id'`` and ``orm.backref(...,
cascade='all', uselist=False)``, a named enum of the extension's constants (``sa.Enum(ha.HA_ACTIVE,
ha.HA_STANDBY, name='ha_states')``) on two tables, and three models in a module of plugin code
(``ha_db.py``, which registers options with oslo.config at import). The compatibility module (which
imports most of Neutron by its version) is a stub of ours naming neutron-lib's bases, and Neutron's
classes (an id each) are stubs of ours read with the models; the other modules of the project and of
Neutron the models import are permissive stubs. The DFA application's tables (``apps/saf``, on a
``declarative_base()`` of their own in a database of their own) are left out. The reader does not follow
``bc.HasProject`` (a library mixin re-exported by a project module, ``HasProject = model_base.HasProject``
there) to its ``project_id``: the four classes on it are read as partly unseen (a column added to one is
left out, a note), and the class made for the new table copies that base, adding a ``project_id`` the
table has not."""

from recipe import Recipe, neutron_tables

# the names of ``networking_cisco.backwards_compatibility`` the models use, as it gives them on
# Neutron newer than Rocky (ours)
_BACKWARDS_COMPATIBILITY = """from neutron_lib import constants  # noqa: F401
from neutron_lib.api.validators import is_attr_set  # noqa: F401
from neutron_lib.db import model_base

from neutron.db._resource_extend import extends  # noqa: F401
from neutron.db.models.agent import Agent  # noqa: F401
from neutron.db.models.l3 import Router  # noqa: F401

HasProject = model_base.HasProject
RouterPort = None  # aliased by ha_db.py, used by none of its models
"""

RECIPE = Recipe(
    name="networking_cisco",
    repo="openstack/networking-cisco",
    style="classic declarative on neutron-lib's bases through a compatibility module, keys to Neutron's tables",
    files=("networking_cisco/ml2_drivers/nexus/nexus_models_v2.py", "networking_cisco/ml2_drivers/ucsm/ucsm_model.py",
           "networking_cisco/plugins/cisco/db/device_manager/hd_models.py",
           "networking_cisco/plugins/cisco/db/l3/l3_models.py", "networking_cisco/plugins/cisco/db/l3/ha_db.py",
           "networking_cisco/plugins/cisco/extensions/ha.py", "networking_cisco/_i18n.py"),
    stubs={"networking_cisco/backwards_compatibility/__init__.py": _BACKWARDS_COMPATIBILITY,
           "neutron/db/models_v2.py": neutron_tables(Port="ports", Subnet="subnets"),
           "neutron/db/models/agent.py": neutron_tables(Agent="agents"),
           "neutron/db/models/l3.py": neutron_tables(Router="routers")},
    stub_roots=("*",),
    metadata="neutron_lib.db.model_base:BASEV2.metadata",
    imports=("neutron.db.models_v2", "neutron.db.models.agent", "neutron.db.models.l3",
             "networking_cisco.ml2_drivers.nexus.nexus_models_v2", "networking_cisco.ml2_drivers.ucsm.ucsm_model",
             "networking_cisco.plugins.cisco.db.device_manager.hd_models",
             "networking_cisco.plugins.cisco.db.l3.l3_models", "networking_cisco.plugins.cisco.db.l3.ha_db"),
    # the stubs of Neutron's classes are read with the models: outside the scanned path their tables
    # would get classes of their own
    models=".",
    line_length=79,
    probe_packages=("sqlalchemy>=2", "neutron-lib", "psycopg2-binary", "alembic"),
    ref="aa58a30aec25b86f9aa5952b0863045975debfa9",  # master's last commit with the code
    drift=(
        "ALTER TABLE cisco_hosting_devices RENAME COLUMN management_ip_address TO management_address",
        "ALTER TABLE ml2_ucsm_port_profiles ALTER COLUMN profile_id TYPE varchar(128)",
        "ALTER TABLE cisco_router_types ALTER COLUMN description SET NOT NULL",
        "ALTER TABLE cisco_hosting_device_templates ADD COLUMN vendor varchar(64)",
        "CREATE INDEX ix_cisco_ml2_nexusport_bindings_switch_ip ON cisco_ml2_nexusport_bindings (switch_ip)",
        "COMMENT ON COLUMN cisco_ml2_nexus_nve.mcast_group IS 'the multicast group of the VNI'",
        "ALTER TABLE cisco_router_ha_settings ALTER COLUMN priority SET DEFAULT 100",
        "ALTER TABLE cisco_hosting_devices DROP COLUMN description",
        "CREATE TABLE cisco_hosting_device_notes (id serial PRIMARY KEY, hosting_device_id varchar(36) NOT NULL"
        " REFERENCES cisco_hosting_devices (id), body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE ml2_ucsm_delete_port_profiles RENAME TO ml2_ucsm_port_profile_deletions",
        "ALTER TYPE ha_states ADD VALUE 'UNKNOWN'",
    ),
    dropped=("cisco_hosting_devices.description",),
)
