"""openstack/neutron: 106 tables in 50 modules on neutron-lib's bases (``model_base.BASEV2``,
whose ``__tablename__`` is the class name plural; ``HasId``, ``HasProject``, ``HasStandardAttributes``
whose ``standard_attr_id`` refers to a table of the library), types sized by neutron-lib's
constants (``sa.String(db_const.NAME_FIELD_SIZE)``) and enums of its constants
(``sa.Enum(constants.INGRESS_DIRECTION, ...)``), RBAC and allocation tables of one mixin each,
``sa.orm.relationship`` with ``lazy="subquery"`` and backrefs across modules. neutron-lib is
installed in the probe (and must be where schema-inspector runs, which reads its files);
neutron's constants module is laid out; its extensions and other modules the models import are
stubs."""

from recipe import Recipe

RECIPE = Recipe(
    name="neutron",
    repo="openstack/neutron",
    style="classic declarative on neutron-lib's bases and constants",
    files=("neutron/db/models_v2.py", "neutron/db/rbac_db_models.py", "neutron/db/models/*.py",
           "neutron/db/models/plugins/__init__.py", "neutron/db/models/plugins/ml2/*.py",
           "neutron/db/extra_dhcp_opt/*.py", "neutron/db/network_dhcp_agent_binding/*.py",
           "neutron/db/port_security/*.py", "neutron/db/qos/*.py", "neutron/db/quota/*.py",
           "neutron/common/_constants.py"),
    stubs={"neutron/__init__.py": "", "neutron/db/__init__.py": "", "neutron/common/__init__.py": "",
           "neutron/_i18n.py": "def _(text):\n    return text\n"},
    stub_roots=("*",),
    metadata="neutron_lib.db.model_base:BASEV2.metadata",
    imports=("neutron/db/models_v2.py", "neutron/db/rbac_db_models.py", "neutron/db/models/*.py",
             "neutron/db/models/plugins/ml2/*.py", "neutron/db/extra_dhcp_opt/models.py",
             "neutron/db/network_dhcp_agent_binding/models.py", "neutron/db/port_security/models.py",
             "neutron/db/qos/models.py", "neutron/db/quota/models.py"),
    models="neutron/db",
    line_length=79,
    probe_packages=("sqlalchemy>=2", "neutron-lib", "psycopg2-binary", "alembic"),
    drift=(
        "ALTER TABLE ports RENAME COLUMN device_owner TO owner_kind",
        "ALTER TABLE networks ALTER COLUMN mtu SET NOT NULL",
        "ALTER TABLE subnets ADD COLUMN note text",
        "CREATE INDEX ix_ports_mac_address ON ports (mac_address)",
        "COMMENT ON COLUMN routers.flavor_id IS 'the router flavor'",
        "ALTER TABLE agents DROP COLUMN load",
        "ALTER TABLE quotas ALTER COLUMN \"limit\" SET DEFAULT 10",
        "CREATE TABLE router_notes (id varchar(36) PRIMARY KEY, router_id varchar(36) NOT NULL"
        " REFERENCES routers (id) ON DELETE CASCADE, note text NOT NULL)",
        "ALTER TABLE routers RENAME TO routers_v2",
    ),
    dropped=("agents.load",),
)
