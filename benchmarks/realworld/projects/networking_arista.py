"""openstack/networking-arista (the Arista ML2 driver of Neutron): since 2017 the driver keeps nothing of
its own (it reads Neutron's tables; its Queens migrations drop its three), so the commit before the
first of those removals is laid out: classic declarative on neutron-lib's ``model_base.BASEV2`` and
``HasId``, with ``__tablename__`` written out, a plain mixin of the project's own (``HasTenant``: an
indexed ``tenant_id`` sized by neutron-lib's ``db_const.PROJECT_ID_FIELD_SIZE``) shared by the three
tables, sizes of module constants (``sa.String(UUID_LEN)``), a table of the base's and the mixins'
columns alone."""

from recipe import Recipe

RECIPE = Recipe(
    name="networking_arista",
    repo="openstack/networking-arista",
    style="classic declarative on neutron-lib's base, a project mixin shared by every table",
    files=("networking_arista/common/db.py",),
    stubs={"networking_arista/__init__.py": "", "networking_arista/common/__init__.py": ""},
    metadata="neutron_lib.db.model_base:BASEV2.metadata",
    imports=("networking_arista.common.db",),
    models="networking_arista/common",
    line_length=79,
    probe_packages=("sqlalchemy>=2", "neutron-lib", "psycopg2-binary", "alembic"),
    # the last commit with the driver's tables (their models went in December 2017)
    ref="40aab2f75f63450df7b0ee4b5612f42833128324",
    drift=(
        "ALTER TABLE arista_provisioned_vms RENAME COLUMN vm_id TO device_id",
        "ALTER TABLE arista_provisioned_nets ALTER COLUMN segmentation_id TYPE bigint",
        "ALTER TABLE arista_provisioned_nets ALTER COLUMN network_id SET NOT NULL",
        # a column of the project's mixin, on one of the three tables
        "ALTER TABLE arista_provisioned_vms ALTER COLUMN tenant_id SET NOT NULL",
        "ALTER TABLE arista_provisioned_tenants ADD COLUMN name varchar(255)",
        "CREATE INDEX ix_arista_provisioned_vms_host_id ON arista_provisioned_vms (host_id)",
        "COMMENT ON COLUMN arista_provisioned_nets.network_id IS 'the Neutron network'",
        "ALTER TABLE arista_provisioned_vms ALTER COLUMN host_id SET DEFAULT ''",
        "ALTER TABLE arista_provisioned_vms DROP COLUMN port_id",
        "CREATE TABLE arista_provisioned_net_notes (id serial PRIMARY KEY, net_id varchar(36) NOT NULL"
        " REFERENCES arista_provisioned_nets (id), body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE arista_provisioned_tenants RENAME TO arista_tenants",
    ),
    dropped=("arista_provisioned_vms.port_id",),
    note="no enum in the drift: the models have none",
)
