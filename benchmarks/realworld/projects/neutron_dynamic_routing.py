"""openstack/neutron-dynamic-routing (BGP speakers and peers for Neutron): classic declarative on
neutron-lib's bases (``model_base.BASEV2``, ``HasId``, ``HasProject`` with its indexed
``project_id``), association tables of composite string keys with ``ondelete='CASCADE'`` (one of
three columns, with an integer ``autoincrement=False`` in the key), ``BigInteger`` AS numbers,
relationships to a class given as is with a string ``backref`` and ``lazy='joined'``, a key and a
relationship to Neutron's ``agents`` (``orm.relationship(agent_model.Agent)``) and a key to its
``networks``, and models in modules of plugin code (``bgp_db.py``, ``bgp_dragentscheduler_db.py``,
which registers an option with oslo.config at import). No named enum. Neutron's two classes the
models name (``Network``, ``Agent``) are stubs of ours (an id each), read with the models; the
extensions and other Neutron modules the models import are permissive stubs."""

from recipe import Recipe, neutron_tables

# Neutron's own classes the models' keys name (``recipe.neutron_tables``)
_MODELS_V2 = neutron_tables(Network="networks")

_AGENT = neutron_tables(Agent="agents")

RECIPE = Recipe(
    name="neutron_dynamic_routing",
    repo="openstack/neutron-dynamic-routing",
    style="classic declarative on neutron-lib's bases, composite association keys, keys to Neutron's tables",
    files=("neutron_dynamic_routing/db/bgp_db.py", "neutron_dynamic_routing/db/bgp_dragentscheduler_db.py",
           "neutron_dynamic_routing/services/bgp/common/constants.py", "neutron_dynamic_routing/_i18n.py"),
    stubs={"neutron_dynamic_routing/__init__.py": "", "neutron_dynamic_routing/db/__init__.py": "",
           "neutron_dynamic_routing/services/__init__.py": "",
           "neutron_dynamic_routing/services/bgp/__init__.py": "",
           "neutron_dynamic_routing/services/bgp/common/__init__.py": "",
           "neutron/__init__.py": "", "neutron/db/__init__.py": "", "neutron/db/models_v2.py": _MODELS_V2,
           "neutron/db/models/__init__.py": "", "neutron/db/models/agent.py": _AGENT},
    stub_roots=("*",),
    metadata="neutron_lib.db.model_base:BASEV2.metadata",
    imports=("neutron.db.models_v2", "neutron.db.models.agent", "neutron_dynamic_routing.db.bgp_db",
             "neutron_dynamic_routing.db.bgp_dragentscheduler_db"),
    # the stubs of Neutron's classes are read with the models: outside the scanned path their tables
    # would get classes of their own
    models=".",
    line_length=79,
    probe_packages=("sqlalchemy>=2", "neutron-lib", "psycopg2-binary", "alembic"),
    drift=(
        "ALTER TABLE bgp_peers RENAME COLUMN peer_ip TO peer_address",
        "ALTER TABLE bgp_speakers ALTER COLUMN name TYPE varchar(512)",
        "ALTER TABLE bgp_peers ALTER COLUMN password SET NOT NULL",
        "ALTER TABLE bgp_speakers ADD COLUMN description varchar(1024)",
        "CREATE INDEX ix_bgp_peers_remote_as ON bgp_peers (remote_as)",
        "COMMENT ON COLUMN bgp_speakers.local_as IS 'the local autonomous system number'",
        "ALTER TABLE bgp_peers ALTER COLUMN auth_type SET DEFAULT 'none'",
        "ALTER TABLE bgp_speakers ALTER COLUMN ip_version SET DEFAULT 4",
        "ALTER TABLE bgp_speakers DROP COLUMN advertise_tenant_networks",
        "CREATE TABLE bgp_peer_notes (id serial PRIMARY KEY, bgp_peer_id varchar(36) NOT NULL"
        " REFERENCES bgp_peers (id), body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE bgp_speaker_dragent_bindings RENAME TO bgp_speaker_agent_bindings",
    ),
    dropped=("bgp_speakers.advertise_tenant_networks",),
    note="no named enum in the models: the drift has no `ADD VALUE`",
)
