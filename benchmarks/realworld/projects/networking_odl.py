"""openstack/networking-odl (the OpenDaylight driver of Neutron; retired: the last commit of master
removed the code, so the one before it is laid out): classic declarative on neutron-lib's
``model_base.BASEV2`` with ``__tablename__`` written out, a type alias of a variant
(``IdType = sa.BigInteger().with_variant(sa.Integer(), 'sqlite')``) for keys, a ``sa.Table`` of
journal dependencies on the base's metadata with a composite key of two keys to one table, a
self-referencing many-to-many ``sa.orm.relationship`` through it with ``primaryjoin`` /
``secondaryjoin`` expressions of class-body columns and a ``backref``, ``sa.PickleType``, a
``version_id_col`` in ``__mapper_args__``, two named enums of the constants module's names that
share one name (``name='state'``, four labels in one class, two in the other: PostgreSQL makes one
type, of the first), ``server_default=sa.func.now()`` with ``onupdate=sa.func.now()``."""

from recipe import Recipe

RECIPE = Recipe(
    name="networking_odl",
    repo="openstack/networking-odl",
    style="classic declarative on neutron-lib's base, a Table of self-referencing pairs, a shared enum name",
    files=("networking_odl/db/models.py", "networking_odl/common/constants.py"),
    stubs={"networking_odl/__init__.py": "", "networking_odl/db/__init__.py": "",
           "networking_odl/common/__init__.py": ""},
    stub_roots=("*",),
    metadata="neutron_lib.db.model_base:BASEV2.metadata",
    imports=("networking_odl.db.models",),
    models="networking_odl/db",
    line_length=79,
    probe_packages=("sqlalchemy>=2", "neutron-lib", "psycopg2-binary", "alembic"),
    ref="fe40cbe13a9b9bca2ee740de0b5736b5806e54ae",  # master's last commit with the code
    drift=(
        "ALTER TABLE opendaylightjournal RENAME COLUMN object_uuid TO resource_uuid",
        "ALTER TABLE opendaylightjournal ALTER COLUMN operation TYPE varchar(64)",
        "ALTER TABLE opendaylight_periodic_task ALTER COLUMN processing_operation SET NOT NULL",
        "ALTER TABLE opendaylightjournal ADD COLUMN note varchar(255)",
        "CREATE INDEX ix_opendaylightjournal_object_type ON opendaylightjournal (object_type)",
        "COMMENT ON COLUMN opendaylightjournal.data IS 'the pickled resource'",
        "ALTER TABLE opendaylightjournal ALTER COLUMN retry_count SET DEFAULT 0",
        "ALTER TABLE opendaylightjournal DROP COLUMN last_retried",
        "CREATE TABLE opendaylight_journal_notes (id serial PRIMARY KEY, seqnum bigint NOT NULL"
        " REFERENCES opendaylightjournal (seqnum), body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE opendaylight_periodic_task RENAME TO opendaylight_periodic_tasks",
        "ALTER TYPE state ADD VALUE 'cancelled'",
    ),
    dropped=("opendaylightjournal.last_retried",),
    note=("`state` gaining a label is a `by hand:` item on both columns (the enums are written with the "
          "constants module's names, `sa.Enum(odl_const.PENDING, ...)`, not the labels)"),
)
