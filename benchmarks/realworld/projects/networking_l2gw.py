"""openstack/networking-l2gw (layer-2 gateways between Neutron networks and hardware switches;
retired: the last commit of master removed the code, so the one before it is laid out): classic
declarative on neutron-lib's bases (``model_base.BASEV2`` naming tables from the class, ``HasId``,
``HasProject``, ``standard_attr.HasStandardAttributes`` whose key refers to the library's
``standardattributes``), a ``__table_args__`` written after the columns it names as expressions
(``sa.UniqueConstraint(l2_gateway_id, network_id)``), relationships with ``orm.backref(...,
lazy='joined', load_on_pending=True)``, plain class attributes beside the columns
(``revises_on_change``, ``api_collections``), and the OVSDB tables on composite keys of a uuid and
the OVSDB server's id. The Neutron class the key names (``networks``) is a stub of ours (an id),
read with the models."""

from recipe import Recipe, neutron_tables

# Neutron's own class the models' key names (``recipe.neutron_tables``)
_NEUTRON_MODELS = neutron_tables(Network="networks")

RECIPE = Recipe(
    name="networking_l2gw",
    repo="openstack/networking-l2gw",
    style="classic declarative on neutron-lib's bases, standard attributes, composite OVSDB keys",
    files=("networking_l2gw/db/l2gateway/l2gateway_models.py", "networking_l2gw/db/l2gateway/ovsdb/models.py"),
    stubs={"networking_l2gw/__init__.py": "", "networking_l2gw/db/__init__.py": "",
           "networking_l2gw/db/l2gateway/__init__.py": "", "networking_l2gw/db/l2gateway/ovsdb/__init__.py": "",
           "neutron/__init__.py": "", "neutron/db/__init__.py": "", "neutron/db/models_v2.py": _NEUTRON_MODELS},
    stub_roots=("*",),
    metadata="neutron_lib.db.model_base:BASEV2.metadata",
    imports=("neutron.db.models_v2", "networking_l2gw.db.l2gateway.l2gateway_models",
             "networking_l2gw.db.l2gateway.ovsdb.models"),
    # the stub of Neutron's class is read with the models: outside the scanned path its table would get
    # a class of its own
    models=".",
    line_length=79,
    probe_packages=("sqlalchemy>=2", "neutron-lib", "psycopg2-binary", "alembic"),
    ref="b20b90d7694f8c47e2275bc17995f4854eedf6ae",  # master's last commit with the code
    drift=(
        "ALTER TABLE physical_switches RENAME COLUMN tunnel_ip TO tunnel_address",
        "ALTER TABLE l2gatewayinterfaces ALTER COLUMN interface_name TYPE varchar(512)",
        "ALTER TABLE l2gateways ALTER COLUMN name SET NOT NULL",
        "ALTER TABLE physical_ports ADD COLUMN vlan_mode varchar(16)",
        "CREATE INDEX ix_ucast_macs_remotes_mac ON ucast_macs_remotes (mac)",
        "COMMENT ON COLUMN logical_switches.key IS 'the VXLAN network identifier'",
        "ALTER TABLE l2gatewayconnections ALTER COLUMN segmentation_id SET DEFAULT 0",
        "ALTER TABLE pending_ucast_macs_remotes DROP COLUMN vm_ip",
        "CREATE TABLE l2gateway_notes (id serial PRIMARY KEY, l2_gateway_id varchar(36) NOT NULL"
        " REFERENCES l2gateways (id), body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE vlan_bindings RENAME TO vlan_port_bindings",
    ),
    dropped=("pending_ucast_macs_remotes.vm_ip",),
)
