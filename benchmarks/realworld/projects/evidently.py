"""evidentlyai/evidently (ML and LLM evaluation and monitoring; its UI service's SQL storage):
SQLAlchemy 2.0 ``Mapped`` classes on a ``DeclarativeBase`` with a ``type_annotation_map`` keyed
by typing aliases (``JSON_FIELD = Dict[str, Any]`` and ``List[str]`` to ``JSON``, ``uuid.UUID`` to
``Uuid``), keys typed with aliases of ``uuid.UUID`` from other modules (``ProjectID``,
``ArtifactID``), columns written as a bare annotation (``name: Mapped[str]``) or with a plain
class-level ``= None``, an attribute named apart from its column (``metric_fingerprint:
Mapped[str] = mapped_column("metric_hash", index=True, primary_key=True)``), named
``Index`` objects in ``__table_args__`` beside ``index=True`` columns, ``ForeignKey(...,
use_alter=True)``; classes in three modules of two packages on the one base. The rest of the
package is permissive stubs (``new_id`` is a function of ours). It showed three misreadings, read
since: a ``Mapped`` annotation given a plain ``= None`` (``date_from: Mapped[Optional[datetime.datetime]]
= None``), which SQLAlchemy maps as a nullable column, was not read (three columns added beside it,
then ``DuplicateColumnError``); ``Mapped[Dict[str, Any]]`` in the tracing module, which SQLAlchemy
finds in the map under its alias ``JSON_FIELD``, was dropped (two more columns added); and the key
aliases of ``uuid.UUID`` (``UserID = uuid.UUID``) were unresolved where the map gives ``Uuid``."""

from recipe import Recipe

RECIPE = Recipe(
    name="evidently",
    repo="evidentlyai/evidently",
    style="2.0 Mapped on a DeclarativeBase with a type_annotation_map of typing aliases",
    files=("src/evidently/ui/service/storage/sql/models.py", "src/evidently/ui/service/storage/sql/artifacts.py",
           "src/evidently/ui/service/storage/sql/base.py", "src/evidently/ui/service/tracing/storage/sql.py",
           "src/evidently/ui/service/type_aliases.py", "src/evidently/sdk/artifacts.py"),
    strip="src/",
    stubs={"evidently/legacy/core.py": "import uuid\n\n\ndef new_id():\n    return uuid.uuid4()\n"},
    # snapshot_datasets' two foreign keys say index=True and __table_args__ names the same indexes
    # again (Index("ix_snapshot_datasets_snapshot_id", "snapshot_id")): create_all makes each twice and
    # PostgreSQL refuses the second ("relation ... already exists"); the migration makes each once
    fixes={"evidently/ui/service/storage/sql/models.py": (
        ('mapped_column(ForeignKey("snapshots.id", ondelete="CASCADE"), index=True)',
         'mapped_column(ForeignKey("snapshots.id", ondelete="CASCADE"))'),
        ('mapped_column(ForeignKey("datasets.id", ondelete="CASCADE"), index=True)',
         'mapped_column(ForeignKey("datasets.id", ondelete="CASCADE"))'),
    )},
    stub_roots=("*",),
    metadata="evidently.ui.service.storage.sql.models:Base.metadata",
    imports=("evidently.ui.service.storage.sql.models", "evidently.ui.service.storage.sql.artifacts",
             "evidently.ui.service.tracing.storage.sql"),
    models="evidently/ui/service",
    line_length=120,
    drift=(
        "ALTER TABLE snapshots RENAME COLUMN blob_path TO blob_uri",
        "ALTER TABLE projects ALTER COLUMN name TYPE varchar(255)",
        "ALTER TABLE projects ALTER COLUMN created_at SET NOT NULL",
        "ALTER TABLE users ADD COLUMN email varchar(255)",
        "CREATE INDEX ix_datasets_created_at ON datasets (created_at)",
        "COMMENT ON COLUMN metrics.metric_json IS 'the metric, serialized'",
        "ALTER TABLE projects ALTER COLUMN version SET DEFAULT '2'",
        "ALTER TABLE trace_spans DROP COLUMN scope_name",
        "CREATE TABLE snapshot_notes (id serial PRIMARY KEY, snapshot_id uuid NOT NULL REFERENCES snapshots (id)"
        " ON DELETE CASCADE, body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE points ALTER COLUMN metric_type TYPE varchar(255)",
        "ALTER TABLE artifact_versions RENAME TO artifact_revisions",
    ),
    dropped=("trace_spans.scope_name",),
)
