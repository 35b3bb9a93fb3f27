"""DataJunction/dj (a semantic layer: metrics and dimensions defined over SQL nodes, on FastAPI): the
server's SQLAlchemy 2.0 ``Mapped`` classes on ``declarative_base()``, one module per entity in
``database/``: bare ``Mapped[str]`` annotations beside ``mapped_column(...)``, classic ``Column``
assigned to ``Mapped[int]`` and to a plain ``int`` annotation (``created_by_id: int =
SqlalchemyColumn(...)``), ``sa.BigInteger().with_variant(sa.Integer, "sqlite")`` keys,
``JSON().with_variant(JSONB(), "postgresql")``, ``Enum(NodeType)`` of ``StrEnum``s defined in the
pydantic ``models/`` package (named after the class), TypeDecorators defined there too
(``ColumnTypeDecorator`` on ``Text``, ``UnitTypeDecorator`` on ``JSONB``) and in the models
(``PydanticListType(...)`` on ``JSON``, a compressed pickle on ``LargeBinary``), sqlalchemy-utils'
``UUIDType()``, GIN trigram indexes (``postgresql_ops={...: "gin_trgm_ops"}``, pg_trgm in the
prelude), ``postgresql_using="btree"``, attributes named apart from their columns (``async_`` ->
``async``, ``schema`` -> ``schema_``), ``insert_default=partial(datetime.now, UTC)``, association
tables as classes with string ``secondary=`` / ``primaryjoin=``. The ``models/`` package is laid out
(``--models`` is the package: the enums live there); the application's other modules (SQL parser,
settings, utils) are permissive stubs."""

from recipe import Recipe

RECIPE = Recipe(
    name="datajunction",
    repo="DataJunction/dj",
    style="2.0 Mapped on declarative_base(), enums and TypeDecorators in a pydantic models package",
    files=("datajunction-server/datajunction_server/database/*.py",
           "datajunction-server/datajunction_server/models/*.py",
           "datajunction-server/datajunction_server/enum.py", "datajunction-server/datajunction_server/typing.py",
           "datajunction-server/datajunction_server/errors.py", "datajunction-server/datajunction_server/naming.py",
           "datajunction-server/datajunction_server/internal/history.py"),
    strip="datajunction-server/",
    stubs={"datajunction_server/__init__.py": ""},
    stub_roots=("*",),
    prelude=("CREATE EXTENSION IF NOT EXISTS pg_trgm",),
    metadata="datajunction_server.database.base:Base.metadata",
    imports=("datajunction_server/database/*.py",),
    models="datajunction_server",
    python=(3, 11),
    drift=(
        "ALTER TABLE measures RENAME COLUMN description TO summary",
        "ALTER TABLE tag ALTER COLUMN tag_type TYPE varchar(64)",
        "ALTER TABLE users ALTER COLUMN email SET NOT NULL",
        "ALTER TABLE catalog ADD COLUMN owner varchar(255)",
        "CREATE INDEX ix_history_activity_type ON history (activity_type)",
        "COMMENT ON COLUMN node.namespace IS 'the dotted namespace the node lives in'",
        "ALTER TABLE database ALTER COLUMN cost SET DEFAULT 1.0",
        "ALTER TABLE availabilitystate DROP COLUMN ttl_days",
        "CREATE TABLE node_notes (id serial PRIMARY KEY, node_id bigint NOT NULL REFERENCES node (id),"
        " body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE missingparent RENAME TO missing_parents",
        "ALTER TYPE nodetype ADD VALUE 'SNAPSHOT'",
    ),
    dropped=("availabilitystate.ttl_days",),
)
