"""MolSSI/QCFractal (the QCArchive server for quantum-chemistry computations): classic declarative on
``@as_declarative()`` in a monorepo (the server ``qcfractal`` and the client ``qcportal``, whose
``str, Enum`` classes the columns' unnamed ``Enum(RecordStatusEnum)`` take; laid out beside it),
joined-table polymorphic inheritance of records and datasets (``polymorphic_on`` a string column,
``inherit_condition``), PostgreSQL types (``JSONB``, ``ARRAY``, ``INET``, ``BYTEA`` TypeDecorators
of msgpack), GIN and BRIN indexes, a partial index with ``postgresql_where`` on an enum comparison,
CHECK constraints, a class mapped onto a ``select(...).subquery()``, views made from unions of
selects (``sa.table`` and ``after_create`` DDL), ``deferred`` and ``column_property`` attributes,
``attribute_keyed_dict`` collections, DDL triggers through ``event.listen``. It shows one misreading: the
class over a subquery (``UserIDMapSubquery.__table__ = select(UserORM.id.label("id"), ...).subquery()``) is
taken for a class whose table is unknown, so no class is generated for the drift's new table (Alembic
finds ``molecule_notes`` unmapped), where such a class, like one over a join, maps no table of its own."""

from recipe import Recipe

RECIPE = Recipe(
    name="qcfractal",
    repo="MolSSI/QCFractal",
    style="classic declarative on as_declarative, joined-table records and datasets, PostgreSQL types, views",
    files=("qcfractal/qcfractal/components/*db_models.py", "qcfractal/qcfractal/components/*db_views.py",
           "qcfractal/qcfractal/db_socket/base_orm.py", "qcfractal/qcfractal/db_socket/column_types.py",
           "qcfractal/qcfractal/db_socket/db_views.py", "qcportal/qcportal/*.py"),
    strip=("qcfractal/", "qcportal/"),
    # the packages' own __init__.py read their installed version (importlib.metadata) and import the
    # whole client and server: ours import what the models use
    stubs={"qcfractal/__init__.py": "", "qcportal/__init__.py": "",
           "qcfractal/db_socket/__init__.py": (
               "from .base_orm import BaseORM  # noqa: F401\n"
               "from .column_types import MsgpackExt, PlainMsgpackExt  # noqa: F401\n")},
    stub_roots=("*",),
    metadata="qcfractal.db_socket.base_orm:BaseORM.metadata",
    imports=("qcfractal/components/**/*db_models.py", "qcfractal/components/*db_views.py"),
    models="qcfractal",
    # SQLAlchemy 2.1 leaves ``Computed("LOWER(name)")`` without STORED, a virtual column on PostgreSQL 18,
    # which a UNIQUE constraint cannot name; 2.0 (the project's "sqlalchemy >=2.0") makes it STORED
    probe_packages=("sqlalchemy==2.0.51", "alembic==1.18.5", "psycopg2-binary", "pydantic"),
    drift=(
        "ALTER TABLE compute_manager RENAME COLUMN manager_version TO version",
        "ALTER TABLE optimization_record RENAME COLUMN energies TO energy_history",
        "ALTER TABLE access_log ALTER COLUMN user_agent TYPE varchar(512)",
        "ALTER TABLE qc_specification ALTER COLUMN program TYPE varchar(255)",
        "ALTER TABLE molecule ALTER COLUMN schema_name SET NOT NULL",
        "ALTER TABLE singlepoint_record ADD COLUMN label varchar(255)",
        "CREATE INDEX ix_internal_error_log_request_path ON internal_error_log (request_path)",
        "COMMENT ON COLUMN molecule.molecule_hash IS 'sha1 of the molecule'",
        "ALTER TABLE internal_jobs ALTER COLUMN repeat_delay SET DEFAULT 0",
        "ALTER TABLE access_log DROP COLUMN subdivision",
        "CREATE TABLE molecule_notes (id serial PRIMARY KEY, molecule_id integer NOT NULL REFERENCES molecule (id),"
        " body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE motd RENAME TO message_of_the_day",
        "ALTER TYPE recordstatusenum ADD VALUE 'archived'",
    ),
    dropped=("access_log.subdivision",),
    note=("the enum's new label is a note, not an edit: ``RecordStatusEnum`` is in qcportal, the client package "
          "laid out beside the models path (``qcfractal``), which the tool reads and does not edit"),
)
