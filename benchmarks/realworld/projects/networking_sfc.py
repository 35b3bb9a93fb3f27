"""openstack/networking-sfc (service function chaining for Neutron): classic declarative on
neutron-lib's bases (``model_base.BASEV2``, ``HasId``, ``HasProject``) in the plugins' modules
(``sfc_db.py``, ``flowclassifier_db.py`` and the OVS driver's ``db.py``), key-value parameter tables
with composite keys mapped as ``attribute_keyed_dict('keyword')`` collections, an ``ordering_list``
of association rows ordered by ``order_by="ChainGroupAssoc.position"``, ``backref`` relationships, a
``__table_args__`` tuple of a ``UniqueConstraint(ingress, egress, name=...)`` of class-body columns
and ``model_base.BASEV2.__table_args__``, a composite key of ``HasId``'s ``id`` and a column of its
own, sizes of neutron-lib's constants (``db_const.NAME_FIELD_SIZE``) and of module constants, a
self-referencing key (``previous_node_id``), ``server_default=sa.sql.false()``, keys to Neutron's
``ports``. Neutron's ``Port`` is a stub of ours (an id), read with the models; the extensions and
other modules the models import are permissive stubs."""

from recipe import Recipe, neutron_tables

# Neutron's own classes the models' keys name (``recipe.neutron_tables``)
_MODELS_V2 = neutron_tables(Port="ports")

RECIPE = Recipe(
    name="networking_sfc",
    repo="openstack/networking-sfc",
    style="classic declarative on neutron-lib's bases, keyed-dict parameter tables, keys to Neutron's ports",
    files=("networking_sfc/db/flowclassifier_db.py", "networking_sfc/db/sfc_db.py",
           "networking_sfc/services/sfc/drivers/ovs/db.py", "networking_sfc/_i18n.py"),
    stubs={"networking_sfc/__init__.py": "", "networking_sfc/db/__init__.py": "",
           "networking_sfc/services/__init__.py": "", "networking_sfc/services/sfc/__init__.py": "",
           "networking_sfc/services/sfc/drivers/__init__.py": "",
           "networking_sfc/services/sfc/drivers/ovs/__init__.py": "",
           "neutron/__init__.py": "", "neutron/db/__init__.py": "", "neutron/db/models_v2.py": _MODELS_V2},
    stub_roots=("*",),
    metadata="neutron_lib.db.model_base:BASEV2.metadata",
    imports=("neutron.db.models_v2", "networking_sfc.db.flowclassifier_db", "networking_sfc.db.sfc_db",
             "networking_sfc.services.sfc.drivers.ovs.db"),
    # the stub of Neutron's class is read with the models: outside the scanned path its table would get
    # a class of its own
    models=".",
    line_length=79,
    probe_packages=("sqlalchemy>=2", "neutron-lib", "psycopg2-binary", "alembic"),
    drift=(
        "ALTER TABLE sfc_flow_classifiers RENAME COLUMN source_ip_prefix TO src_ip_prefix",
        # (a name or description's length is neutron-lib's db_const.NAME_FIELD_SIZE / DESCRIPTION_FIELD_SIZE,
        # shared by other columns: a by-hand item)
        "ALTER TABLE sfc_flow_classifiers ALTER COLUMN protocol TYPE varchar(64)",
        "ALTER TABLE sfc_path_nodes ALTER COLUMN next_hop TYPE varchar(1024)",
        "ALTER TABLE sfc_path_nodes ALTER COLUMN status SET NOT NULL",
        "ALTER TABLE sfc_port_chains ADD COLUMN tags varchar(255)",
        "CREATE INDEX ix_sfc_portpair_details_host_id ON sfc_portpair_details (host_id)",
        "COMMENT ON COLUMN sfc_flow_classifiers.ethertype IS 'IPv4 or IPv6'",
        "ALTER TABLE sfc_path_port_associations ALTER COLUMN weight SET DEFAULT 1",
        "ALTER TABLE sfc_portpair_details DROP COLUMN in_mac_address",
        "CREATE TABLE sfc_port_chain_notes (id serial PRIMARY KEY, portchain_id varchar(36) NOT NULL"
        " REFERENCES sfc_port_chains (id), body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE sfc_uuid_intid_associations RENAME TO sfc_chain_path_ids",
    ),
    dropped=("sfc_portpair_details.in_mac_address",),
    note="no enum in the drift: the models have none",
)
