"""openstack/networking-bagpipe (BGP-based VPNs and service chaining for Neutron): the SFC driver's two
tables, classic declarative on neutron-lib's bases (``model_base.BASEV2``, ``HasId``, ``HasProject``)
in a module that is mostly the driver's code (a ``@singleton`` allocator class, oslo.config options
registered at import), composite keys of ``HasId``'s ``id`` and a column of the class's own
(``ppg_id``, ``portchain_id``), a ``unique=True`` column, keys to Neutron's ``networks``. The tables
were removed with the SFC driver in 2025: the recipe lays out the commit before. Neutron's ``Network``
is a stub of ours (an id), read with the models, and so is the ``_`` Neutron puts in ``builtins`` (the
options' help texts call it); the other modules the models import are permissive stubs."""

from recipe import Recipe, neutron_tables

# Neutron's own classes the models' keys name (``recipe.neutron_tables``)
_MODELS_V2 = neutron_tables(Network="networks")

RECIPE = Recipe(
    name="networking_bagpipe",
    repo="openstack/networking-bagpipe",
    style="classic declarative on neutron-lib's bases, composite keys with HasId, keys to Neutron's networks",
    files=("networking_bagpipe/db/sfc_db.py",),
    stubs={"networking_bagpipe/__init__.py": "", "networking_bagpipe/db/__init__.py": "",
           # Neutron installs ``_`` in builtins when imported; the models module calls it unimported
           "neutron/__init__.py": "import builtins\n\nbuiltins._ = str\n",
           "neutron/db/__init__.py": "", "neutron/db/models_v2.py": _MODELS_V2},
    stub_roots=("*",),
    metadata="neutron_lib.db.model_base:BASEV2.metadata",
    imports=("neutron.db.models_v2", "networking_bagpipe.db.sfc_db"),
    # the stub of Neutron's class is read with the models: outside the scanned path its table would get
    # a class of its own
    models=".",
    line_length=79,
    probe_packages=("sqlalchemy>=2", "neutron-lib", "psycopg2-binary", "alembic"),
    ref="0b6e789830a3fbe3d842d7294823f791dd75b719",  # master's last commit with the SFC driver's tables
    drift=(
        "ALTER TABLE sfc_bagpipe_chain_hops RENAME COLUMN classifiers TO flow_classifiers",
        "ALTER TABLE sfc_bagpipe_chain_hops ALTER COLUMN rts TYPE varchar(512)",
        "ALTER TABLE sfc_bagpipe_chain_hops ALTER COLUMN ingress_gw SET NOT NULL",
        "ALTER TABLE sfc_bagpipe_ppg_rtnn_associations ADD COLUMN description varchar(255)",
        # (the allocator looks rows up by ppg_id; an index on the renamed table would be a by-hand item: the
        # class has no __table_args__ of its own to put it in, and index=True would name it after the new name)
        "CREATE INDEX ix_sfc_bagpipe_ppg_rtnn_associations_ppg_id ON sfc_bagpipe_ppg_rtnn_associations (ppg_id)",
        "COMMENT ON COLUMN sfc_bagpipe_ppg_rtnn_associations.rtnn IS 'the NN part of the AS:NN route target'",
        "ALTER TABLE sfc_bagpipe_ppg_rtnn_associations ALTER COLUMN is_redirect SET DEFAULT false",
        "ALTER TABLE sfc_bagpipe_chain_hops DROP COLUMN attract_to_rt",
        "CREATE TABLE sfc_bagpipe_rtnn_notes (id serial PRIMARY KEY, rtnn integer NOT NULL"
        " REFERENCES sfc_bagpipe_ppg_rtnn_associations (rtnn), body text NOT NULL,"
        " created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE sfc_bagpipe_chain_hops RENAME TO sfc_bagpipe_hops",
    ),
    dropped=("sfc_bagpipe_chain_hops.attract_to_rt",),
    note="no enum in the drift: the models have none",
)
