"""openstack/networking-bgpvpn (BGP VPN interconnection for Neutron): classic declarative on
neutron-lib's bases (``model_base.BASEV2`` naming tables from the class, ``HasId``, ``HasProject``,
``standard_attr.HasStandardAttributes`` whose key refers to the library's ``standardattributes``),
a project mixin that redeclares ``HasProject``'s ``project_id`` as NOT NULL, named enums of string
labels and of a neutron-lib constant (``sa.Enum(*bgpvpn_rc_def.ROUTE_TYPES, name=...)``), a bare
``sa.UniqueConstraint(bgpvpn_id, network_id)`` expression in a class body (SQLAlchemy attaches it
to the table once both columns are), keys and string relationships to Neutron's ``networks``,
``routers`` and ``ports``. Those three Neutron classes are stubs of ours (an id each), read with
the models; the extensions and other modules the models import are permissive stubs. It showed one
misreading, read since: the labels of ``sa.Enum(*bgpvpn_rc_def.ROUTE_TYPES, ...)``, a list of neutron-lib's
module starred, were not read (the library module was looked for only from a constant passed as is),
so the type of ``bgpvpn_port_association_routes.type`` was unresolved and not compared."""

from recipe import Recipe, neutron_tables

# Neutron's own classes the models' keys name (``recipe.neutron_tables``)
_NEUTRON_MODELS = neutron_tables(Network="networks", Router="routers", Port="ports")

RECIPE = Recipe(
    name="bgpvpn",
    repo="openstack/networking-bgpvpn",
    style="classic declarative on neutron-lib's bases, standard attributes, keys to Neutron's tables",
    files=("networking_bgpvpn/neutron/db/bgpvpn_db.py",),
    stubs={"networking_bgpvpn/__init__.py": "", "networking_bgpvpn/neutron/__init__.py": "",
           "networking_bgpvpn/neutron/db/__init__.py": "", "neutron/__init__.py": "",
           "neutron/db/__init__.py": "", "neutron/db/models_v2.py": _NEUTRON_MODELS},
    stub_roots=("*",),
    metadata="neutron_lib.db.model_base:BASEV2.metadata",
    imports=("neutron.db.models_v2", "networking_bgpvpn.neutron.db.bgpvpn_db"),
    # the stubs of Neutron's classes are read with the models: outside the scanned path their tables
    # would get classes of their own
    models=".",
    line_length=79,
    probe_packages=("sqlalchemy>=2", "neutron-lib", "psycopg2-binary", "alembic"),
    drift=(
        "ALTER TABLE bgpvpns RENAME COLUMN route_distinguishers TO rds",
        "ALTER TABLE bgpvpns ALTER COLUMN name TYPE varchar(512)",
        "ALTER TABLE bgpvpns ALTER COLUMN import_targets SET NOT NULL",
        "ALTER TABLE bgpvpn_router_associations ADD COLUMN note varchar(255)",
        "CREATE INDEX ix_bgpvpns_vni ON bgpvpns (vni)",
        "COMMENT ON COLUMN bgpvpns.route_targets IS 'comma-separated route targets'",
        "ALTER TABLE bgpvpn_port_association_routes ALTER COLUMN local_pref SET DEFAULT 100",
        "ALTER TABLE bgpvpns DROP COLUMN export_targets",
        "CREATE TABLE bgpvpn_notes (id serial PRIMARY KEY, bgpvpn_id varchar(36) NOT NULL REFERENCES bgpvpns (id),"
        " body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE bgpvpn_port_association_routes RENAME TO bgpvpn_port_routes",
        "ALTER TYPE vpn_types ADD VALUE 'evpn'",
    ),
    dropped=("bgpvpns.export_targets",),
)
