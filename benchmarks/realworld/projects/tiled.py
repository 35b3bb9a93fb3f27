"""bluesky/tiled: the catalog's classic ``Column(...)`` models on a SQLAlchemy 2.0
``DeclarativeBase``, some attributes ``Mapped[...] = mapped_column(...)`` beside them; a
``Timestamped`` mixin of server-side timestamps; native PostgreSQL enums of ``str`` enum classes
defined outside the models (``Enum(StructureFamily)``, ``Enum(Management)``); a JSON column that
is JSONB on PostgreSQL (``JSON().with_variant(JSONB(), "postgresql")``) under an attribute named
apart from its column (``metadata_ = Column("metadata", ...)``); a self-referencing foreign key
and a closure table kept by triggers that ``after_create`` listeners create; an association
class with an explicit composite primary key and a unique constraint over a nullable column; a
multi-column GIN index over integer, timestamp and JSONB columns (btree_gin); a ``Table``
subclass (``FTS5Table``) that is a SQLite virtual table and compiles to ``SELECT 1`` on
PostgreSQL, so that it never exists there. The structure modules' enums are laid out as they
are; the server's schema module, the utilities and the structure root are stubs of ours."""

from recipe import Recipe

# what the laid-out structure modules import from tiled's utilities (ours)
UTILS = '''class OneShotCachedMap(dict):
    """A mapping of lazily computed values, as the structure modules build it."""

    def __class_getitem__(cls, item):
        return cls


def filter_known_kwargs(cls, data):
    return dict(data)
'''

RECIPE = Recipe(
    name="tiled",
    repo="bluesky/tiled",
    style="declarative 2.0 classic columns, native enums, triggers",
    files=("tiled/catalog/orm.py", "tiled/catalog/base.py", "tiled/structures/core.py",
           "tiled/structures/data_source.py"),
    stubs={
        "tiled/__init__.py": "",
        "tiled/catalog/__init__.py": "",
        "tiled/structures/__init__.py": "",
        "tiled/structures/root.py": "class Structure:\n    pass\n",
        "tiled/server/__init__.py": "",
        "tiled/server/schemas.py": "from ..structures.data_source import Management  # noqa: F401\n",
        "tiled/utils.py": UTILS,
    },
    stub_roots=("*",),
    prelude=("CREATE EXTENSION btree_gin",),
    metadata="tiled.catalog.base:Base.metadata",
    imports=("tiled.catalog.orm",),
    models="tiled/catalog",
    line_length=88,  # its pyproject's black setting
    drift=(
        "ALTER TABLE assets RENAME COLUMN hash_content TO content_hash",
        "ALTER TABLE data_sources ALTER COLUMN properties SET NOT NULL",
        "CREATE TABLE node_bookmarks (id serial PRIMARY KEY,"
        " node_id integer NOT NULL REFERENCES nodes (id) ON DELETE CASCADE,"
        " label varchar(255) NOT NULL, time_created timestamp DEFAULT now(), UNIQUE (node_id, label))",
        "ALTER TABLE webhooks ALTER COLUMN secret TYPE varchar(1024)",
        "ALTER TABLE webhook_deliveries DROP COLUMN error_detail",
        "CREATE INDEX ix_revisions_node_id ON revisions (node_id)",
        "COMMENT ON COLUMN nodes.key IS 'the name of the node within its parent'",
        "ALTER TABLE assets ALTER COLUMN is_directory SET DEFAULT false",
        "ALTER TABLE structures ADD COLUMN time_created timestamp DEFAULT now()",
        "COMMENT ON TABLE nodes_closure IS 'ancestor/descendant pairs, kept by a trigger'",
        "ALTER TABLE revisions ALTER COLUMN revision_number TYPE bigint",
        "ALTER TABLE webhook_deliveries RENAME TO webhook_attempts",
    ),
    dropped=("webhook_deliveries.error_detail",),
)
