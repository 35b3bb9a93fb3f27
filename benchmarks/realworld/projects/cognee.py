"""topoteretes/cognee (a memory layer of knowledge graphs for AI agents): SQLAlchemy 2.0 on an
``AsyncAttrs, DeclarativeBase`` base, imported through the package's ``__init__`` (``from
cognee.infrastructure.databases.relational import Base``, a stub of ours that imports the base
only), one model or two per module in some dozen packages, classic ``Column(UUID, ...)`` classes
beside ``Mapped[...] = mapped_column(...)`` ones (some with ``mapped_column(nullable=False)`` typed by
the annotation alone), ``UUID as SAUUID`` beside the stdlib's ``UUID`` in annotations, joined-table
inheritance under ``Principal`` (``polymorphic_on: "type"``) with ``User`` also on fastapi-users'
``SQLAlchemyBaseUserTableUUID`` (read from the installed library), association tables named by
``secondary=UserRole.__tablename__``, ``MutableDict.as_mutable(JSON)``, a column mapped apart from its
attribute (``mapped_column("metadata", JSON)``), a partial unique index (``postgresql_where=``), named
PostgreSQL enums of Python enums (``Enum(PipelineRunStatus)``), a viewonly relationship with a
``foreign()`` primaryjoin, ``doc=`` on columns. Not laid out: ``pipelines/models`` ``Pipeline``,
``Task``, ``TaskRun`` and ``PipelineTask``, which nothing imports and which do not import (they ask
the package for a ``UUID`` it does not export), and the eval tables on bases of their own."""

from recipe import Recipe

_M = "cognee/modules/"

RECIPE = Recipe(
    name="cognee",
    repo="topoteretes/cognee",
    style="2.0 DeclarativeBase, Column and mapped_column mixed, joined inheritance, fastapi-users",
    files=("cognee/infrastructure/databases/relational/ModelBase.py",
           _M + "data/models/__init__.py", _M + "data/models/Data.py", _M + "data/models/Dataset.py",
           _M + "data/models/DatasetConfiguration.py", _M + "data/models/GraphMetrics.py",
           _M + "graph/models/__init__.py", _M + "graph/models/Edge.py", _M + "graph/models/Node.py",
           _M + "graph/legacy/GraphRelationshipLedger.py",
           _M + "integrations/models/*.py",
           _M + "migrations/models/*.py",
           _M + "pipelines/models/PipelineRun.py",
           _M + "provenance/models/ProvenanceEntryRow.py",
           _M + "search/models/Query.py", _M + "search/models/Result.py",
           _M + "session_lifecycle/models.py",
           _M + "sync/models/*.py",
           _M + "tools/models/*.py",
           _M + "users/models/*.py"),
    stubs={"cognee/infrastructure/databases/relational/__init__.py": "from .ModelBase import Base  # noqa: F401\n"},
    stub_roots=("*",),
    metadata="cognee.infrastructure.databases.relational.ModelBase:Base.metadata",
    imports=("cognee.modules.data.models", "cognee.modules.graph.models",
             "cognee.modules.graph.legacy.GraphRelationshipLedger", "cognee.modules.integrations.models",
             "cognee.modules.migrations.models", "cognee.modules.pipelines.models.PipelineRun",
             "cognee.modules.provenance.models.ProvenanceEntryRow", "cognee.modules.search.models.Query",
             "cognee.modules.search.models.Result", "cognee.modules.session_lifecycle.models",
             "cognee.modules.sync.models", "cognee.modules.tools.models", "cognee.modules.users.models",
             "cognee.modules.users.models.UserApiKey"),  # not in the package's __init__, imported where used
    models="cognee/modules",
    line_length=100,
    # User.py imports fastapi-users' schemas, whose package imports FastAPI
    probe_packages=("sqlalchemy>=2", "fastapi-users-db-sqlalchemy", "pydantic>=2", "psycopg2-binary", "alembic",
                    "typing_extensions"),
    drift=(
        "ALTER TABLE queries RENAME COLUMN query_type TO search_type",
        "ALTER TABLE permissions ALTER COLUMN name TYPE varchar(255)",
        "ALTER TABLE data ALTER COLUMN dataset_id SET NOT NULL",
        "ALTER TABLE datasets ADD COLUMN description text",
        "CREATE INDEX ix_results_query_id ON results (query_id)",
        "COMMENT ON COLUMN tool_connections.options IS 'non-secret settings'",
        "ALTER TABLE sync_operations ALTER COLUMN retry_count SET DEFAULT 0",
        "ALTER TABLE graph_metrics DROP COLUMN num_selfloops",
        "CREATE TABLE dataset_shares (id uuid PRIMARY KEY, dataset_id uuid NOT NULL REFERENCES datasets (id)"
        " ON DELETE CASCADE, principal_id uuid NOT NULL REFERENCES principals (id),"
        " created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE graph_relationship_ledger RENAME TO graph_relationship_log",
        "ALTER TYPE syncstatus ADD VALUE 'PAUSED'",
    ),
    dropped=("graph_metrics.num_selfloops",),
)
