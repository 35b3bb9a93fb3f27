"""BC-SECURITY/Empire (a post-exploitation command-and-control server, on SQLite or MySQL): SQLAlchemy
2.0 ``Mapped`` classes on a ``DeclarativeBase`` in one module, many columns typed by the annotation
alone (``enabled: Mapped[bool]``, ``delay: Mapped[int | None]``), ``Sequence("user_id_seq")`` as
``mapped_column``'s first argument of the keys, association ``Table`` objects with composite
``ForeignKeyConstraint``s, ``Enum(AgentTaskStatus)`` of ``StrEnum``s, a vendored sqlalchemy-utc
``UtcDateTime`` TypeDecorator with ``default=utcnow()`` (a ``FunctionElement`` compiled per dialect),
a ``PydanticType`` TypeDecorator choosing ``JSONB`` in ``load_dialect_impl``,
``Text().with_variant(mysql.LONGTEXT, "mysql")``, ``deferred=True``, a column named ``list`` that
shadows the builtin in its class, hybrid properties, a string ``primaryjoin`` with ``foreign()``. The
configuration and the module models are stubs of ours, FastAPI a permissive stub."""

from recipe import Recipe

# the models read the database section of the configuration at import
_CONFIG = """from pydantic import BaseModel


class PluginAutoExecuteConfig(BaseModel):
    enabled: bool = False


class _Databases:
    use = "sqlite"

    def __getitem__(self, name):
        return self


class _Config:
    database = _Databases()


empire_config = _Config()
"""

_MODULE_MODELS = """from pydantic import BaseModel


class EmpireAuthor(BaseModel):
    name: str | None = ""
    handle: str | None = ""
    link: str | None = ""
"""

RECIPE = Recipe(
    name="empire",
    repo="BC-SECURITY/Empire",
    style="2.0 Mapped on a DeclarativeBase, annotation-only columns, Sequence keys, UTC TypeDecorator",
    files=("empire/server/core/db/models.py", "empire/server/core/db/utc_datetime.py",
           "empire/server/utils/datetime_util.py"),
    stubs={"empire/server/core/config/config_manager.py": _CONFIG,
           "empire/server/core/module_models.py": _MODULE_MODELS},
    stub_roots=("*",),
    metadata="empire.server.core.db.models:Base.metadata",
    imports=("empire.server.core.db.models",),
    models="empire/server/core/db",
    python=(3, 11),
    drift=(
        "ALTER TABLE agents RENAME COLUMN os_details TO os_version",
        "ALTER TABLE credentials ALTER COLUMN os TYPE varchar(512)",
        "ALTER TABLE downloads ALTER COLUMN filename SET NOT NULL",
        "ALTER TABLE hosts ADD COLUMN mac_address varchar(17)",
        "CREATE INDEX ix_credentials_domain ON credentials (domain)",
        "COMMENT ON COLUMN listeners.host_address IS 'the address agents call back to'",
        "ALTER TABLE agents ALTER COLUMN lost_limit SET DEFAULT 60",
        "ALTER TABLE profiles DROP COLUMN file_path",
        "CREATE TABLE agent_notes (id serial PRIMARY KEY, agent_id varchar(255) NOT NULL REFERENCES agents"
        " (session_id), body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE bypasses RENAME TO amsi_bypasses",
        "ALTER TYPE agenttaskstatus ADD VALUE 'cancelled'",
    ),
    dropped=("profiles.file_path",),
)
