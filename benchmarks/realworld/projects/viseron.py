"""roflcoopter/viseron (a self-hosted network video recorder with object and motion detection; its
storage component keeps files, recordings and detections in PostgreSQL, with Alembic): 7 tables of
SQLAlchemy 2.0 ``Mapped[...] = mapped_column(...)`` classes in one module, on a ``DeclarativeBase``
whose ``type_annotation_map`` maps a module-level alias (``ColumnMeta = dict[str, str]``) to
``JSONB``. Timestamps are a TypeDecorator of the module's own over ``DateTime`` (``UTCDateTime``,
with a ``comparator_factory``), written ``UTCDateTime(timezone=False)``, whose server default is a
``FunctionElement`` subclass compiled for PostgreSQL by ``@compiles`` (``server_default=UTCNow()``:
``TIMEZONE('utc', CURRENT_TIMESTAMP)``) and whose ``onupdate`` is the same element. The annotations
and the columns disagree on purpose or by history: ``Mapped[str] = mapped_column(String,
nullable=True)``, ``Mapped[datetime | None] = mapped_column(..., nullable=False)``; a native ENUM
comes from the annotation alone (``Mapped[TriggerTypes | None] = mapped_column(nullable=True)``:
the type ``triggertypes`` of the members' names); ``Mapped[LargeBinary]`` annotates with the
SQLAlchemy type itself; named ``Index`` objects in ``__table_args__`` beside ``unique=True``; no
foreign key anywhere (ids are plain integers). A plain ``@dataclass`` shares the module. Nothing of
the application is imported: the module is laid out alone (the packages' ``__init__`` are empty)."""

from recipe import Recipe

RECIPE = Recipe(
    name="viseron",
    repo="roflcoopter/viseron",
    style="2.0 Mapped, type_annotation_map alias -> JSONB, @compiles UTC default, enum from annotation",
    files=("viseron/components/storage/models.py",),
    metadata="viseron.components.storage.models:Base.metadata",
    imports=("viseron.components.storage.models",),
    models="viseron/components/storage",
    line_length=88,  # pyproject.toml [tool.ruff]
    drift=(
        "ALTER TABLE files RENAME COLUMN directory TO folder",
        "ALTER TABLE recordings ALTER COLUMN clip_path SET NOT NULL",
        "ALTER TABLE events ALTER COLUMN data DROP NOT NULL",
        "CREATE TABLE recording_tags (id serial PRIMARY KEY,"
        " recording_id integer NOT NULL REFERENCES recordings (id) ON DELETE CASCADE,"
        " tag varchar(64) NOT NULL, score real CHECK (score >= 0 AND score <= 1),"
        " created_at timestamp DEFAULT timezone('utc', CURRENT_TIMESTAMP), UNIQUE (recording_id, tag))",
        "ALTER TABLE events ALTER COLUMN name TYPE varchar(255)",
        "ALTER TABLE objects DROP COLUMN zone",
        "CREATE INDEX idx_events_name ON events (name)",
        "COMMENT ON COLUMN files.tier_path IS 'root directory of the storage tier the file is on'",
        "COMMENT ON TABLE post_processor_results IS 'one row per result of a post processor'",
        "ALTER TABLE files ALTER COLUMN size SET DEFAULT 0",
        "ALTER TABLE motion ADD COLUMN max_area double precision",
        "ALTER TYPE triggertypes ADD VALUE 'EXTERNAL'",
        "ALTER TABLE recordings RENAME TO camera_recordings",
    ),
    dropped=("objects.zone",),
)
