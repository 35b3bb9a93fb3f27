"""openstack/neutron-fwaas (firewall as a service for Neutron): classic declarative on neutron-lib's
bases (``model_base.BASEV2`` naming tables from the class, ``HasId``, ``HasProject``,
``HasProjectPrimaryKey``, ``standard_attr.HasStandardAttributes`` whose key refers to the library's
``standardattributes``), column sizes of neutron-lib's constants (``db_constants.UUID_FIELD_SIZE``), a
named enum of a neutron-lib list starred (``sa.Enum(*api_const.FW_VALID_ACTION_VALUES, name=...)``),
two keys to one table told apart by ``foreign_keys=[ingress_firewall_policy_id]``, a string
``primaryjoin``, an ``ordering_list`` collection, a composite key one of whose columns is also
``unique=True``, a key to Neutron's ``ports``. That Neutron class is a stub of ours (an id), read with
the models."""

from recipe import Recipe, neutron_tables

# Neutron's own class the models' key names (``recipe.neutron_tables``)
_NEUTRON_MODELS = neutron_tables(Port="ports")

RECIPE = Recipe(
    name="neutron_fwaas",
    repo="openstack/neutron-fwaas",
    style="classic declarative on neutron-lib's bases, standard attributes, a named enum of a library list",
    files=("neutron_fwaas/db/firewall/v2/models.py",),
    stubs={"neutron/__init__.py": "", "neutron/db/__init__.py": "", "neutron/db/models_v2.py": _NEUTRON_MODELS},
    stub_roots=("*",),
    metadata="neutron_lib.db.model_base:BASEV2.metadata",
    imports=("neutron.db.models_v2", "neutron_fwaas.db.firewall.v2.models"),
    # the stub of Neutron's class is read with the models: outside the scanned path its table would get
    # a class of its own
    models=".",
    line_length=79,
    probe_packages=("sqlalchemy>=2", "neutron-lib", "psycopg2-binary", "alembic"),
    drift=(
        "ALTER TABLE firewall_rules_v2 RENAME COLUMN source_ip_address TO src_ip_address",
        "ALTER TABLE firewall_rules_v2 ALTER COLUMN protocol TYPE varchar(64)",
        "ALTER TABLE firewall_groups_v2 ALTER COLUMN admin_state_up SET NOT NULL",
        "ALTER TABLE firewall_policies_v2 ADD COLUMN region varchar(64)",
        "CREATE INDEX ix_firewall_groups_v2_status ON firewall_groups_v2 (status)",
        "COMMENT ON COLUMN firewall_rules_v2.destination_ip_address IS 'an address or a CIDR'",
        "ALTER TABLE firewall_policy_rule_associations_v2 ALTER COLUMN position SET DEFAULT 1",
        "ALTER TABLE firewall_policies_v2 DROP COLUMN audited",
        "CREATE TABLE firewall_rule_notes (id serial PRIMARY KEY, firewall_rule_id varchar(36) NOT NULL"
        " REFERENCES firewall_rules_v2 (id), body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE default_firewall_groups RENAME TO project_default_firewall_groups",
        "ALTER TYPE firewallrules_action ADD VALUE 'log'",
    ),
    dropped=("firewall_policies_v2.audited",),
    note=("`firewallrules_action` gaining a label is a `by hand:` item (the enum is "
          "`sa.Enum(*api_const.FW_VALID_ACTION_VALUES, ...)`, a list of neutron-lib's, not the project's to extend)"),
)
