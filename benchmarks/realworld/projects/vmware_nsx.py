"""openstack/vmware-nsx (the VMware NSX plugins of Neutron; retired: the last commit of master removed
the code, so the one before it is laid out): 59 tables of mappings between Neutron's and NSX's objects
in classic declarative on neutron-lib's ``model_base.BASEV2`` (some with ``__tablename__`` written
out, some named by the base, class name plural: ``networkgateways``) with oslo.db's
``TimestampMixin``, ``HasId`` / ``HasProject`` / ``HasStatusDescription``, composite keys of up to
four columns (one of a named enum, ``primary_key=True, nullable=True`` on others), named enums of
string labels and of the constants module's names, ``__table_args__`` tuples of a
``UniqueConstraint`` of class-body columns and ``model_base.BASEV2.__table_args__``, keys with
``ondelete="CASCADE"`` to Neutron's and neutron-dynamic-routing's tables (``networks``, ``ports``,
``securitygroups``, ``bgp_speakers``...), relationships to Neutron's classes with
``backref=orm.backref(..., uselist=False, cascade='delete')``, a relationship assigned onto a
Neutron class from another class's body (``securitygroups_db.SecurityGroupPortBinding.extended_grp =
orm.relationship(...)`` with string ``primaryjoin``), ``server_default=sql.false()`` and one of
neutron-lib's constants. Neutron's, neutron-dynamic-routing's and vmware-nsxlib's classes and
constant the models use are stubs of ours (ids, and the one column the relationship joins on), read
with the models; the other modules the model files import are permissive stubs."""

from recipe import Recipe, neutron_tables

# Neutron's and neutron-dynamic-routing's classes the models' keys and relationships name
# (``recipe.neutron_tables``), and the binding of ports to groups whose column a relationship joins on
_SECURITY_GROUPS = neutron_tables(SecurityGroup="securitygroups", SecurityGroupRule="securitygrouprules") + """

import sqlalchemy as sa  # noqa: E402


class SecurityGroupPortBinding(model_base.BASEV2):
    __tablename__ = "securitygroupportbindings"

    port_id = sa.Column(sa.String(36), primary_key=True)
    security_group_id = sa.Column(sa.String(36), sa.ForeignKey("securitygroups.id"), primary_key=True)
"""

RECIPE = Recipe(
    name="vmware_nsx",
    repo="openstack/vmware-nsx",
    style="classic declarative on neutron-lib's base, mapping tables with composite keys, named enums",
    files=("vmware_nsx/db/nsx_models.py", "vmware_nsx/db/nsxv_models.py", "vmware_nsx/db/vcns_models.py",
           "vmware_nsx/db/extended_security_group.py", "vmware_nsx/db/extended_security_group_rule.py",
           "vmware_nsx/common/nsxv_constants.py"),
    stubs={"vmware_nsx/__init__.py": "", "vmware_nsx/db/__init__.py": "", "vmware_nsx/common/__init__.py": "",
           "vmware_nsx/_i18n.py": "def _(text):\n    return text\n",
           "vmware_nsxlib/__init__.py": "", "vmware_nsxlib/v3/__init__.py": "",
           "vmware_nsxlib/v3/nsx_constants.py": 'SERVICE_DHCP = "dhcp"\n',
           "neutron/__init__.py": "", "neutron/db/__init__.py": "", "neutron/db/models/__init__.py": "",
           "neutron/db/models_v2.py": neutron_tables(Network="networks", Subnet="subnets", Port="ports"),
           "neutron/db/models/l3.py": neutron_tables(Router="routers"),
           "neutron/db/models/securitygroup.py": _SECURITY_GROUPS,
           "neutron_dynamic_routing/__init__.py": "", "neutron_dynamic_routing/db/__init__.py": "",
           "neutron_dynamic_routing/db/bgp_db.py": neutron_tables(BgpSpeaker="bgp_speakers", BgpPeer="bgp_peers")},
    # the plugin's enum has no name, which PostgreSQL's CREATE TYPE needs (the plugin runs on MySQL):
    # named as the project's migration names it
    fixes={"vmware_nsx/db/nsx_models.py": ("sa.Enum('dvs', 'nsx-v', 'nsx-t')",
                                           "sa.Enum('dvs', 'nsx-v', 'nsx-t', name='nsx_plugin_type')")},
    stub_roots=("*",),
    metadata="neutron_lib.db.model_base:BASEV2.metadata",
    imports=("neutron.db.models_v2", "neutron.db.models.l3", "neutron.db.models.securitygroup",
             "neutron_dynamic_routing.db.bgp_db", "vmware_nsx.db.nsx_models", "vmware_nsx.db.nsxv_models",
             "vmware_nsx.db.vcns_models", "vmware_nsx.db.extended_security_group",
             "vmware_nsx.db.extended_security_group_rule"),
    # the stubs of Neutron's classes are read with the models: outside the scanned path their tables
    # would get classes of their own
    models=".",
    line_length=79,
    probe_packages=("sqlalchemy>=2", "neutron-lib", "psycopg2-binary", "alembic"),
    ref="30eab6bb8c796323927f5f890e68ac828e3d8a45",  # master's last commit with the code
    drift=(
        "ALTER TABLE nsxv_router_bindings RENAME COLUMN lswitch_id TO logical_switch_id",
        "ALTER TABLE lsn_port ALTER COLUMN mac_addr TYPE varchar(64)",
        "ALTER TABLE nsxv_internal_edges ALTER COLUMN router_id SET NOT NULL",
        "ALTER TABLE networkgateways ADD COLUMN description varchar(255)",
        "CREATE INDEX ix_nsxv_router_bindings_edge_id ON nsxv_router_bindings (edge_id)",
        "COMMENT ON COLUMN nsx_certificates.purpose IS 'what the certificate is for'",
        "ALTER TABLE qosqueues ALTER COLUMN dscp SET DEFAULT 0",
        "ALTER TABLE networkgatewaydevices DROP COLUMN connector_ip",
        "CREATE TABLE nsxv_edge_notes (id serial PRIMARY KEY, router_id varchar(36) NOT NULL"
        " REFERENCES nsxv_router_bindings (router_id), body text NOT NULL,"
        " created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE nsxv_bgp_peer_edge_bindings RENAME TO nsxv_bgp_peer_edges",
        "ALTER TYPE nsxv_router_type ADD VALUE 'distributed'",
    ),
    dropped=("networkgatewaydevices.connector_ip",),
)
