"""openstack/neutron-vpnaas (IPsec VPN as a service for Neutron): classic declarative on
neutron-lib's bases (``model_base.BASEV2`` naming tables from the class, ``HasId``, ``HasProject``),
named PostgreSQL enums of module-level lists shared by two tables (``sa.Enum(*PFS_ENUM_VALUES,
name="vpn_pfs")`` in ``ipsecpolicies`` and ``ikepolicies``) and of a list of the project's constants
module, composite keys of two columns, two keys to one table told apart by
``foreign_keys=local_ep_group_id``, relationships to Neutron's classes through their modules
(``orm.relationship(l3.Router)``, ``models_v2.Port``) and models in modules of plugin code
(``vpn_agentschedulers_db.py``, ``vpn_ext_gw_db.py``). Neutron's classes the models name
(``Network``, ``Subnet``, ``Port``, ``Router``, ``Flavor``) are stubs of ours (an id each), read with
the models; the extensions and other modules the models import are permissive stubs."""

from recipe import Recipe, neutron_tables

# Neutron's own classes the models' keys name (``recipe.neutron_tables``)
_MODELS_V2 = neutron_tables(Network="networks", Subnet="subnets", Port="ports")

_L3 = neutron_tables(Router="routers")

_FLAVOR = neutron_tables(Flavor="flavors")

RECIPE = Recipe(
    name="neutron_vpnaas",
    repo="openstack/neutron-vpnaas",
    style="classic declarative on neutron-lib's bases, named enums of list constants, keys to Neutron's tables",
    files=("neutron_vpnaas/db/vpn/vpn_models.py", "neutron_vpnaas/db/vpn/vpn_agentschedulers_db.py",
           "neutron_vpnaas/db/vpn/vpn_ext_gw_db.py", "neutron_vpnaas/services/vpn/common/constants.py",
           "neutron_vpnaas/_i18n.py"),
    stubs={"neutron_vpnaas/__init__.py": "", "neutron_vpnaas/db/__init__.py": "",
           "neutron_vpnaas/db/vpn/__init__.py": "", "neutron/__init__.py": "", "neutron/db/__init__.py": "",
           "neutron/db/models_v2.py": _MODELS_V2, "neutron/db/models/__init__.py": "",
           "neutron/db/models/l3.py": _L3, "neutron/db/models/flavor.py": _FLAVOR},
    stub_roots=("*",),
    metadata="neutron_lib.db.model_base:BASEV2.metadata",
    imports=("neutron.db.models.flavor", "neutron_vpnaas.db.vpn.vpn_models",
             "neutron_vpnaas.db.vpn.vpn_agentschedulers_db", "neutron_vpnaas.db.vpn.vpn_ext_gw_db"),
    # the stubs of Neutron's classes are read with the models: outside the scanned path their tables
    # would get classes of their own
    models=".",
    line_length=79,
    probe_packages=("sqlalchemy>=2", "neutron-lib", "psycopg2-binary", "alembic"),
    drift=(
        "ALTER TABLE ipsec_site_connections RENAME COLUMN peer_address TO peer_host",
        "ALTER TABLE ipsec_site_connections ALTER COLUMN psk TYPE varchar(512)",
        "ALTER TABLE ipsec_site_connections ALTER COLUMN local_id SET NOT NULL",
        "ALTER TABLE vpnservices ADD COLUMN tags varchar(255)",
        "CREATE INDEX ix_vpnservices_status ON vpnservices (status)",
        "COMMENT ON COLUMN ipsec_site_connections.psk IS 'the pre-shared key'",
        "ALTER TABLE ipsec_site_connections ALTER COLUMN mtu SET DEFAULT 1500",
        "ALTER TABLE vpnservices DROP COLUMN external_v6_ip",
        "CREATE TABLE vpnservice_notes (id serial PRIMARY KEY, vpnservice_id varchar(36) NOT NULL"
        " REFERENCES vpnservices (id), body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE vpn_ext_gws RENAME TO vpn_external_gateways",
        "ALTER TYPE vpn_dpd_actions ADD VALUE 'restart-by-both'",
        "ALTER TYPE vpn_pfs ADD VALUE 'group32'",
    ),
    dropped=("vpnservices.external_v6_ip",),
)
