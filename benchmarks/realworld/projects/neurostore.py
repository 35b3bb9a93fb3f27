"""neurostuff/neurostore (the study and coordinate store behind Neurosynth Compose: studies, analyses,
peak coordinates, statistical images, studysets, annotations, pipeline results and embeddings; the
``store/backend`` package) - 25 tables of classic ``db.Column`` declarative classes on SQLAlchemy 2.0,
where ``db`` is the project's own ``Database`` object (not Flask-SQLAlchemy): ``db.Model`` is a
``declarative_base()`` and every other ``db.X`` reaches ``sqlalchemy.X`` through ``__getattr__``. A plain
``BaseMixin`` gives most tables a text key with a Python-side short-uuid ``default`` and indexed
``created_at`` (``server_default=func.now()``) / ``updated_at`` (``onupdate`` only); association tables
write those columns out again. Full-text search through generated columns whose attribute and column
names differ (``_ts_vector = db.Column("__ts_vector__", TSVector(), db.Computed("...", persisted=True))``,
a ``TypeDecorator`` over ``TSVECTOR``) with GIN indexes on them in ``__table_args__``; ``hybrid_property``
with ``.expression`` (an ``exists()`` subquery, a string concatenation standing in for an ``id`` on a
composite-key table, ``func.array``) and ``.setter``; a module-level ``postgresql.ENUM`` shared by two
tables; CHECKs from ``column.in_([...])``, from regexes with lookaheads and from a string built with
``format`` at import; a partial unique index, an expression GIN index on ``text("(result_data ->
'Modality')")``, a composite ``ForeignKeyConstraint``, key columns typed by their ``ForeignKey`` alone,
a self-referencing key, a column declared twice in one class body (``Study.base_study_id``), a table
``PARTITION BY LIST`` (``postgresql_partition_by``) holding a pgvector column behind a ``TypeDecorator``,
``db.Table`` association tables, ORM event listeners in a module the models file imports at its end.
Laid out: the database module, the models package (less ``analysis.py``, which nothing imports) and
the map-type constants a CHECK is built from; pgvector is a stub of ours, the package ``__init__`` is
ours (the real one builds the ASGI app), and ``orjson``, ``shortuuid`` and ``neurostore.utils`` are
permissive stubs."""

from recipe import PGVECTOR_STUBS, Recipe

RECIPE = Recipe(
    name="neurostore",
    repo="neurostuff/neurostore",
    style="2.0 db.Column on a Database.__getattr__ facade, Computed tsvector, hybrids, partitioned table",
    files=("store/backend/neurostore/database.py", "store/backend/neurostore/map_types.py",
           "store/backend/neurostore/models/__init__.py", "store/backend/neurostore/models/data.py",
           "store/backend/neurostore/models/auth.py", "store/backend/neurostore/models/migration_types.py",
           "store/backend/neurostore/models/point_count_listeners.py"),
    strip="store/backend/",
    stubs={"neurostore/__init__.py": "", **PGVECTOR_STUBS},
    stub_roots=("*",),
    metadata="neurostore.database:db.Model.metadata",
    imports=("neurostore.models",),
    models="neurostore/models",
    line_length=99,  # store/backend/setup.cfg's flake8
    drift=(
        "ALTER TABLE points RENAME COLUMN cluster_size TO cluster_volume",
        "ALTER TABLE studies ALTER COLUMN created_at SET NOT NULL",
        "CREATE TABLE pipeline_config_tags (id text PRIMARY KEY,"
        " config_id text NOT NULL REFERENCES pipeline_configs (id) ON DELETE CASCADE,"
        " tag varchar(64) NOT NULL, created_at timestamptz NOT NULL DEFAULT now(), UNIQUE (config_id, tag))",
        "ALTER TABLE analyses ALTER COLUMN \"order\" TYPE bigint",
        "ALTER TABLE points DROP COLUMN image",
        "CREATE INDEX ix_pipeline_embeddings_date_executed ON pipeline_embeddings (date_executed)",
        "COMMENT ON COLUMN studies.base_study_id IS 'the base study this is a version of'",
        "ALTER TABLE studysets ALTER COLUMN public SET DEFAULT true",
        "ALTER TABLE users ADD COLUMN email text",
        "COMMENT ON TABLE base_study_flag_outbox IS 'base studies whose media flags are to be recomputed'",
        "ALTER TYPE status_enum ADD VALUE 'RUNNING'",
        "ALTER TABLE annotation_analyses ADD COLUMN id text",
        "ALTER TABLE pipeline_configs RENAME TO pipeline_versions",
    ),
    dropped=("points.image",),
)
