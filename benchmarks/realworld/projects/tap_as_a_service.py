"""openstack/tap-as-a-service (port mirroring for Neutron): classic declarative on neutron-lib's
bases (``model_base.BASEV2``, ``HasId``, ``HasProjectNoIndex``), named PostgreSQL enums of inline
labels (``sa.Enum('IN', 'OUT', 'BOTH', name='tapflows_direction')``, ``tapmirrors_type``), a
``server_default`` of a neutron-lib constant (``constants.ACTIVE``), string lengths of neutron-lib's
``db_const`` (``NAME_FIELD_SIZE``, ``IP_ADDR_FIELD_SIZE``...), an integer key that is also
``unique=True``, a key with ``ondelete='SET NULL'``, a relationship with a string ``primaryjoin`` and
an ``orm.backref`` named like the key column (``tap_service_id``), plain class attributes beside the
columns (``api_collections``) and models in modules of plugin code (``taas_db.py``,
``tap_mirror_db.py``). The models have no key to Neutron's tables; the extensions and Neutron
modules they import are permissive stubs."""

from recipe import Recipe

RECIPE = Recipe(
    name="tap_as_a_service",
    repo="openstack/tap-as-a-service",
    style="classic declarative on neutron-lib's bases, named enums of inline labels, neutron-lib constants",
    files=("neutron_taas/db/taas_db.py", "neutron_taas/db/tap_mirror_db.py"),
    stubs={"neutron_taas/__init__.py": "", "neutron_taas/db/__init__.py": ""},
    stub_roots=("*",),
    metadata="neutron_lib.db.model_base:BASEV2.metadata",
    imports=("neutron_taas.db.taas_db", "neutron_taas.db.tap_mirror_db"),
    models="neutron_taas",
    line_length=79,
    probe_packages=("sqlalchemy>=2", "neutron-lib", "psycopg2-binary", "alembic"),
    drift=(
        "ALTER TABLE tap_services RENAME COLUMN port_id TO port_uuid",
        "ALTER TABLE tap_flows ALTER COLUMN description TYPE text",
        "ALTER TABLE tap_mirrors ALTER COLUMN name SET NOT NULL",
        "ALTER TABLE tap_services ADD COLUMN host varchar(255)",
        "CREATE INDEX ix_tap_flows_source_port ON tap_flows (source_port)",
        "COMMENT ON COLUMN tap_mirrors.remote_ip IS 'the tunnel endpoint'",
        "ALTER TABLE tap_flows ALTER COLUMN vlan_filter SET DEFAULT '1-4094'",
        "ALTER TABLE tap_mirrors DROP COLUMN description",
        "CREATE TABLE tap_service_notes (id serial PRIMARY KEY, tap_service_id varchar(36) NOT NULL"
        " REFERENCES tap_services (id), body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE tap_id_associations RENAME TO tap_id_allocations",
        "ALTER TYPE tapflows_direction ADD VALUE 'NONE'",
        "ALTER TYPE tapmirrors_type ADD VALUE 'erspanv2'",
    ),
    dropped=("tap_mirrors.description",),
)
