"""openstack/networking-midonet (the MidoNet plugin of Neutron; retired: the last commits of master
removed the code, so the one before them is laid out): classic declarative on neutron-lib's bases
(``model_base.BASEV2`` naming tables from the class, ``HasProjectNoIndex``), ``__tablename__`` of
module constants, a plain mixin (``GatewayVirtualDevice``) whose declared_attr ``__table_args__``
returns a ``ForeignKeyConstraint`` and ``model_base.BASEV2.__table_args__``, columns made by a module
function (``resource_id = _resource_id_column('routers.id')``) and relationships by another (a
``primaryjoin`` string built by concatenation), a column with two ``ForeignKey`` arguments, a type
returned by a function (``sa.Text().with_variant(mysql.LONGTEXT(), 'mysql')``), a Python-side
``default=datetime.datetime.utcnow``, keys to Neutron's ``networks``, ``routers``, ``ports``,
``portbindingports`` and neutron-dynamic-routing's ``bgp_speakers``. Those classes are stubs of ours
(a key each), read with the models; the extensions and other modules the models import are
permissive stubs."""

from recipe import Recipe, neutron_tables

# Neutron's own classes the models' keys name (``recipe.neutron_tables``), and its port bindings' table,
# keyed by the port
_MODELS_V2 = neutron_tables(Network="networks", Router="routers", Port="ports", BgpSpeaker="bgp_speakers") + '''

class PortBindingPort(model_base.BASEV2):
    __tablename__ = "portbindingports"

    port_id = sa.Column(sa.String(36), sa.ForeignKey("ports.id"), primary_key=True)
'''

RECIPE = Recipe(
    name="networking_midonet",
    repo="openstack/networking-midonet",
    style="classic declarative on neutron-lib's bases, a declared_attr table-args mixin, keys to Neutron's tables",
    files=("midonet/neutron/db/bgp_speaker_router_insertion_model.py", "midonet/neutron/db/data_state_db.py",
           "midonet/neutron/db/data_version_db.py", "midonet/neutron/db/gateway_device.py",
           "midonet/neutron/db/port_binding_db.py", "midonet/neutron/db/provider_network_db.py",
           "midonet/neutron/db/task_db.py"),
    stubs={"midonet/__init__.py": "", "midonet/neutron/__init__.py": "", "midonet/neutron/db/__init__.py": "",
           "neutron/__init__.py": "", "neutron/db/__init__.py": "",
           "neutron/db/models_v2.py": "import sqlalchemy as sa\n" + _MODELS_V2},
    stub_roots=("*",),
    metadata="neutron_lib.db.model_base:BASEV2.metadata",
    imports=("neutron.db.models_v2", "midonet.neutron.db.bgp_speaker_router_insertion_model",
             "midonet.neutron.db.data_state_db", "midonet.neutron.db.data_version_db",
             "midonet.neutron.db.gateway_device", "midonet.neutron.db.port_binding_db",
             "midonet.neutron.db.provider_network_db", "midonet.neutron.db.task_db"),
    # the stubs of Neutron's classes are read with the models: outside the scanned path their tables
    # would get classes of their own
    models=".",
    line_length=79,
    probe_packages=("sqlalchemy>=2", "neutron-lib", "psycopg2-binary", "alembic"),
    ref="1dcb2d2947d46189959deea7bc9ca8be8e762917",  # master's last commit with the code
    drift=(
        "ALTER TABLE midonet_gateway_remote_mac_tables RENAME COLUMN vtep_address TO vtep_ip",
        "ALTER TABLE midonet_tasks ALTER COLUMN data_type TYPE varchar(64)",
        "ALTER TABLE midonet_data_versions ALTER COLUMN sync_status SET NOT NULL",
        "ALTER TABLE midonet_gateway_devices ADD COLUMN description varchar(255)",
        "CREATE INDEX ix_midonet_tasks_resource_id ON midonet_tasks (resource_id)",
        "COMMENT ON COLUMN midonet_network_bindings.network_type IS 'uplink or midonet'",
        "ALTER TABLE midonet_gateway_hw_vtep_devices ALTER COLUMN management_port SET DEFAULT 6632",
        "ALTER TABLE midonet_data_versions DROP COLUMN sync_tasks_status",
        "CREATE TABLE midonet_gateway_device_notes (id serial PRIMARY KEY, device_id varchar(36) NOT NULL"
        " REFERENCES midonet_gateway_devices (id), body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        # (a table named by a module constant, ``__tablename__ = GATEWAY_TUNNEL_IPS``, is left to a person
        # by design, a by-hand item: the renamed table is one named as is)
        "ALTER TABLE midonet_port_bindings RENAME TO midonet_port_interfaces",
    ),
    dropped=("midonet_data_versions.sync_tasks_status",),
    note="no named enum in the models: the drift has no `ADD VALUE`",
)
