"""openstack/neutron-lbaas (load balancing as a service for Neutron, v2; retired: the last commit of
master removed the code, so the one before it is laid out): classic declarative on neutron-lib's
bases (``model_base.BASEV2``, ``HasId``, ``HasProject``) with ``__tablename__`` written out, named
PostgreSQL enums of tuples of the project's constants module starred (``sa.Enum(
*lb_const.SUPPORTED_LB_ALGORITHMS, name="lb_algorithmsv2")``), relationships with
``orm.backref(...)``, string ``primaryjoin`` and ``foreign_keys=[L7Rule.l7policy_id]``,
``ordering_list`` collections, a viewonly relationship to Neutron's ``ProviderResourceAssociation``
by a string join, named keys to Neutron's ``ports`` and ``flavors``, ``@orm.validates`` methods, a
key that is also ``unique=True``, and a model in a module of plugin code (``agent_scheduler.py``,
``orm.relation``: SQLAlchemy 1.4 in the probe). Neutron's classes the models name (``Port``,
``Flavor``, ``Agent``, ``ProviderResourceAssociation``) are stubs of ours, read with the models; the
extensions and other modules the models import are permissive stubs."""

from recipe import Recipe, neutron_tables

# Neutron's own classes the models' keys name (``recipe.neutron_tables``)
_MODELS_V2 = neutron_tables(Port="ports")

_FLAVOR = neutron_tables(Flavor="flavors")

_AGENT = neutron_tables(Agent="agents")

# the provider association the load balancers join to by their id (its key column only), ours
_SERVICETYPE = """import sqlalchemy as sa
from neutron_lib.db import model_base


class ProviderResourceAssociation(model_base.BASEV2):
    __tablename__ = "providerresourceassociations"

    resource_id = sa.Column(sa.String(36), primary_key=True)
"""

RECIPE = Recipe(
    name="neutron_lbaas",
    repo="openstack/neutron-lbaas",
    style="classic declarative on neutron-lib's bases, named enums of constant tuples, ordering lists",
    files=("neutron_lbaas/db/loadbalancer/models.py", "neutron_lbaas/agent_scheduler.py",
           "neutron_lbaas/services/loadbalancer/constants.py", "neutron_lbaas/_i18n.py"),
    stubs={"neutron_lbaas/__init__.py": "", "neutron_lbaas/db/__init__.py": "",
           "neutron_lbaas/db/loadbalancer/__init__.py": "", "neutron_lbaas/services/__init__.py": "",
           "neutron_lbaas/services/loadbalancer/__init__.py": "", "neutron/__init__.py": "",
           "neutron/db/__init__.py": "", "neutron/db/models_v2.py": _MODELS_V2,
           "neutron/db/models/__init__.py": "", "neutron/db/models/flavor.py": _FLAVOR,
           "neutron/db/models/agent.py": _AGENT, "neutron/db/models/servicetype.py": _SERVICETYPE},
    stub_roots=("*",),
    metadata="neutron_lib.db.model_base:BASEV2.metadata",
    imports=("neutron.db.models.flavor", "neutron_lbaas.db.loadbalancer.models", "neutron_lbaas.agent_scheduler"),
    # the stubs of Neutron's classes are read with the models: outside the scanned path their tables
    # would get classes of their own
    models=".",
    line_length=79,
    # agent_scheduler.py maps with ``orm.relation`` (gone in SQLAlchemy 2.0): SQLAlchemy 1.4, and the last
    # neutron-lib whose BASEV2 is a declarative_base() (3.11 made it a DeclarativeBase of 2.0)
    probe_packages=("sqlalchemy==1.4.54", "neutron-lib==3.10.0", "psycopg2-binary", "alembic==1.13.3"),
    ref="a486af8f70368b64598abaebfade5e865d5be346",  # master's last commit with the code
    drift=(
        "ALTER TABLE lbaas_healthmonitors RENAME COLUMN url_path TO http_path",
        "ALTER TABLE lbaas_members ALTER COLUMN address TYPE varchar(128)",
        "ALTER TABLE lbaas_loadbalancers ALTER COLUMN vip_address SET NOT NULL",
        "ALTER TABLE lbaas_pools ADD COLUMN tls_enabled boolean",
        "CREATE INDEX ix_lbaas_members_subnet_id ON lbaas_members (subnet_id)",
        "COMMENT ON COLUMN lbaas_l7rules.value IS 'what the rule compares with'",
        "ALTER TABLE lbaas_members ALTER COLUMN weight SET DEFAULT 1",
        "ALTER TABLE lbaas_healthmonitors DROP COLUMN max_retries_down",
        "CREATE TABLE lbaas_loadbalancer_notes (id serial PRIMARY KEY, loadbalancer_id varchar(36) NOT NULL"
        " REFERENCES lbaas_loadbalancers (id), body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE lbaas_sni RENAME TO lbaas_sni_containers",
        "ALTER TYPE lb_algorithmsv2 ADD VALUE 'SOURCE_IP_PORT'",
        "ALTER TYPE listener_protocolsv2 ADD VALUE 'UDP'",
    ),
    dropped=("lbaas_healthmonitors.max_retries_down",),
    note=("`lb_algorithmsv2` and `listener_protocolsv2` gaining a label are `by hand:` items (the enums are "
          "`sa.Enum(*lb_const.SUPPORTED_LB_ALGORITHMS, ...)`, a tuple of the constants module's names, "
          "`(LB_METHOD_LEAST_CONNECTIONS, ...)`, that the API validates with too)"),
)
