"""chanzuckerberg/czid-platformics (CZ ID's next-generation services: the ``entities`` service of
samples, sequencing reads, taxa, consensus genomes and their files, on FastAPI and Strawberry
GraphQL) - 15 tables of SQLAlchemy 2.0 ``Mapped[...] = mapped_column(...)`` classes, one module per
class, written by the project's code generator (``make codegen`` from a LinkML schema) and checked
in. Every table but ``file`` is a subclass of ``Entity`` in *joined-table inheritance*: ``entity``
holds the shared columns (a ``type`` discriminator, ``polymorphic_on="type"``, owner / collection /
producing-run ids, ``created_at`` with ``server_default=func.now()``, ``updated_at``, ``deleted_at``)
and its key is an old-style ``id: Column[uuid.UUID] = Column(UUID(as_uuid=True), ...)`` with a
``uuid6.uuid7`` default, while each subclass's key is ``entity_id`` (``ForeignKey("entity.id")``,
``primary_key=True``), declared last in the class, and sets ``__mapper_args__`` from
``__tablename__``. The base lives in a package of its own (``platformics/database/models/base.py``,
outside the models directory) with a naming convention (``uq_%(table_name)s_%(column_0_N_name)s``)
and a module-level ``Index(name, Entity.a, Entity.b)``. Annotations are not Optional on nullable
columns (``Mapped[int] = mapped_column(Integer, nullable=True)``, ``Mapped[int]`` on ``Float``),
enum columns are ``Enum(SomeEnum, native_enum=False)`` (VARCHAR of the longest label, no CHECK),
keys are typed ``UUID`` beside the ``ForeignKey`` with ``index=True``, and self-referencing taxon
keys (``tax_parent_id`` ... ``tax_superkingdom_id``); ``File.entity_id = mapped_column(ForeignKey(...))``
has neither annotation nor type. ``TYPE_CHECKING`` imports with string fallbacks, an ORM event
listener. The enums module (Strawberry-decorated) is the project's own; ``uuid6`` is a stub of ours,
Strawberry, the settings and the boto3 stubs are permissive stubs."""

from recipe import Recipe

# uuid6's ``uuid7``, of our own: a key default (the embedded database never calls it)
UUID6 = '''import uuid


def uuid7() -> uuid.UUID:
    return uuid.uuid4()
'''

RECIPE = Recipe(
    name="czid_platformics",
    repo="chanzuckerberg/czid-platformics",
    style="2.0 Mapped, generated, joined-table inheritance from an Entity base in another package",
    files=("entities/database/models/*.py", "entities/support/enums.py", "platformics/database/models/base.py"),
    strip=("entities/",),
    stubs={"database/__init__.py": "", "support/__init__.py": "", "platformics/__init__.py": "",
           "platformics/database/__init__.py": "", "platformics/database/models/__init__.py": "",
           "uuid6/__init__.py": UUID6},
    stub_roots=("*",),
    metadata="platformics.database.models.base:meta",
    imports=("database.models",),
    models=".",  # the base and Entity are in platformics/, beside the models
    line_length=120,  # entities/pyproject.toml [tool.black] and [tool.ruff]
    drift=(
        "ALTER TABLE host_organism RENAME COLUMN version TO genome_version",
        "ALTER TABLE entity ALTER COLUMN collection_id SET NOT NULL",
        "CREATE TABLE sample_tag (id uuid PRIMARY KEY,"
        " sample_id uuid NOT NULL REFERENCES sample (entity_id) ON DELETE CASCADE,"
        " tag varchar(64) NOT NULL, created_at timestamptz NOT NULL DEFAULT now(), UNIQUE (sample_id, tag))",
        "ALTER TABLE taxon ALTER COLUMN level TYPE varchar(32)",
        "ALTER TABLE metric_consensus_genome DROP COLUMN coverage_bin_size",
        "CREATE INDEX ix_file_namespace_path ON file (namespace, path)",
        "COMMENT ON COLUMN taxon.wikipedia_id IS 'the page id on English Wikipedia'",
        "ALTER TABLE taxon ALTER COLUMN is_phage SET DEFAULT false",
        "ALTER TABLE sample ADD COLUMN collection_location varchar(255)",
        "ALTER TABLE file ALTER COLUMN updated_at SET DEFAULT now()",
        "COMMENT ON TABLE upstream_database IS 'sources of taxa and of index files (NCBI, ...)'",
        "ALTER TABLE sample RENAME TO biosample",
    ),
    dropped=("metric_consensus_genome.coverage_bin_size",),
)
