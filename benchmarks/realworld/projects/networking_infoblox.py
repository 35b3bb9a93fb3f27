"""openstack/networking-infoblox (Infoblox IPAM and DNS for Neutron; retired: the last commit of master
removed the code, so the one before it is laid out): classic declarative on neutron-lib's
``model_base.BASEV2`` (``HasId`` on one class), every ``__table_args__`` a tuple of named unique
constraints and indexes ending in the base's own ``model_base.BASEV2.__table_args__`` (MySQL's
options, a dict), composite primary keys of two and three strings, keys with ``ondelete="CASCADE"``
between the project's tables and to Neutron's ``networks``. The Neutron class the key names is a stub
of ours (an id), read with the models."""

from recipe import Recipe, neutron_tables

# Neutron's own class the models' key names (``recipe.neutron_tables``)
_NEUTRON_MODELS = neutron_tables(Network="networks")

RECIPE = Recipe(
    name="networking_infoblox",
    repo="openstack/networking-infoblox",
    style="classic declarative on neutron-lib's BASEV2, table args ending in the base's, composite keys",
    files=("networking_infoblox/neutron/db/infoblox_models.py",),
    stubs={"networking_infoblox/__init__.py": "", "networking_infoblox/neutron/__init__.py": "",
           "networking_infoblox/neutron/db/__init__.py": "", "neutron/__init__.py": "",
           "neutron/db/__init__.py": "", "neutron/db/models_v2.py": _NEUTRON_MODELS},
    stub_roots=("*",),
    metadata="neutron_lib.db.model_base:BASEV2.metadata",
    imports=("neutron.db.models_v2", "networking_infoblox.neutron.db.infoblox_models"),
    # the stub of Neutron's class is read with the models: outside the scanned path its table would get
    # a class of its own
    models=".",
    line_length=79,
    probe_packages=("sqlalchemy>=2", "neutron-lib", "psycopg2-binary", "alembic"),
    ref="3d5ae9b6b4e640d5e9a00266de61e477a4457dc9",  # master's last commit with the code
    drift=(
        "ALTER TABLE infoblox_grid_members RENAME COLUMN member_wapi TO wapi_url",
        "ALTER TABLE infoblox_grids ALTER COLUMN grid_name TYPE varchar(255)",
        "ALTER TABLE infoblox_network_views ALTER COLUMN dns_view SET NOT NULL",
        "ALTER TABLE infoblox_tenants ADD COLUMN domain_id varchar(64)",
        "CREATE INDEX ix_infoblox_objects_neutron_object_id ON infoblox_objects (neutron_object_id)",
        "COMMENT ON COLUMN infoblox_grids.grid_connection IS 'the grid master''s WAPI connection, as JSON'",
        "ALTER TABLE infoblox_objects ALTER COLUMN search_hash SET DEFAULT 0",
        "ALTER TABLE infoblox_grid_members DROP COLUMN member_dns_ipv6",
        "CREATE TABLE infoblox_grid_notes (id serial PRIMARY KEY, grid_id integer NOT NULL"
        " REFERENCES infoblox_grids (grid_id), body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE infoblox_instances RENAME TO infoblox_vm_instances",
    ),
    dropped=("infoblox_grid_members.member_dns_ipv6",),
)
