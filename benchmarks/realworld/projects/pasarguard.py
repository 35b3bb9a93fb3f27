"""PasarGuard/panel (a proxy-server management panel, a FastAPI back end for SQLite, MySQL and
PostgreSQL): SQLAlchemy 2.0 ``Mapped`` classes on a ``Base(DeclarativeBase, MappedAsDataclass,
AsyncAttrs)`` whose ``MetaData`` has a naming convention, made in the module that also builds the async
engine from the settings; ``IdMixin`` / ``CreatedAtUTCMixin`` plain mixins (the latter deriving from the
former) giving a ``BigInteger`` key with ``init=False`` and a ``default_factory`` timestamp; keys made by
helper functions (``fk_id_column("admins.id", ondelete=...)`` returns a ``mapped_column``, and a
``Column`` twin for the association ``Table`` objects); types of its own with per-dialect ``@compiles``
(a ``String`` subclass compiled ``VARCHAR(n) COLLATE "C"`` on PostgreSQL, a ``BigInteger`` subclass
compiled ``INTEGER`` on SQLite) and comma-separated list TypeDecorators over ``String``; named enums with
``create_constraint=True`` and string server defaults, an enum made by the functional API
(``Enum("Name", [...])``), ``JSON().with_variant(JSONB(none_as_null=True), "postgresql")``, hybrid
properties with SQL expressions, annotations naming classes defined further down without quotes
(Python 3.14's lazy annotations). The settings module is a stub of ours naming PostgreSQL; the probe
installs asyncpg for the engine the base module makes at import.

It showed two misreadings, mended since: a column helper whose body has a statement before its
``return`` (``fk_kwargs = {...}; return Column(...)``) was not read, so the three association tables
built with ``fk_id_table_column(...)`` looked empty and got ``Column(...)`` entries beside the helper
calls (the models no longer imported: duplicate column), and an index made on a column declared by the
twin ``fk_id_column(...)`` (``node_stats.node_id``) was neither planned nor reported; and the
``String`` subclass (``CaseSensitiveString(256)``, its ``__init__`` passing ``length`` on) was a type
the reader could not resolve, its columns' types not compared. A change of that type's length is a
person's (a type of the project's own, with behaviour of its own: the plan says so), and it is not in
the drift: Alembic would see it undone."""

from recipe import Recipe

# the settings the base module reads (ours): PostgreSQL, as the project's docker setups give it
_CONFIG = """class _DatabaseSettings:
    url = "postgresql+asyncpg://pasarguard:secret@localhost:5432/pasarguard"
    is_sqlite = False
    is_mysql = False
    is_postgres = True
    connect_timeout = 10
    pool_size = 10
    max_overflow = 30
    pool_recycle = 3600
    echo_queries = False


database_settings = _DatabaseSettings()
"""

RECIPE = Recipe(
    name="pasarguard",
    repo="PasarGuard/panel",
    style="2.0 Mapped on MappedAsDataclass, mixins, @compiles types, column helpers, naming convention",
    files=("app/db/base.py", "app/db/models.py", "app/db/compiles_types.py"),
    stubs={"app/__init__.py": "", "app/db/__init__.py": "", "config.py": _CONFIG},
    stub_roots=("*",),
    metadata="app.db.base:Base.metadata",
    imports=("app.db.models",),
    models="app/db",
    line_length=120,
    deferred_annotations=True,
    probe_packages=("sqlalchemy[asyncio]==2.0.43", "asyncpg", "psycopg2-binary", "alembic"),
    drift=(
        "ALTER TABLE users RENAME COLUMN expire TO expires_at",
        "ALTER TABLE nodes ALTER COLUMN api_key SET NOT NULL",
        "ALTER TABLE groups ADD COLUMN description varchar(256)",
        "CREATE INDEX ix_node_stats_node_id ON node_stats (node_id)",
        "COMMENT ON COLUMN nodes.usage_coefficient IS 'multiplier of the traffic a node counts'",
        "ALTER TABLE admins ALTER COLUMN used_traffic SET DEFAULT 0",
        "ALTER TABLE nodes DROP COLUMN keep_alive",
        "CREATE TABLE node_tags (id bigserial PRIMARY KEY, node_id bigint NOT NULL REFERENCES nodes (id)"
        " ON DELETE CASCADE, tag varchar(64) NOT NULL, created_at timestamptz NOT NULL DEFAULT now())",
        "COMMENT ON TABLE client_templates IS 'subscription client templates'",
        "ALTER TYPE nodestatus ADD VALUE 'paused'",
        "ALTER TABLE wireguard_subnets RENAME TO wireguard_networks",
    ),
    dropped=("nodes.keep_alive",),
)
