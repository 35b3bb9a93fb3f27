"""SwissDataScienceCenter/renku-data-services (the Renku platform's data services, a Sanic back end on
asyncpg): SQLAlchemy 2.0 ``Mapped`` classes on one ``MappedAsDataclass`` + ``DeclarativeBase`` per
component, each base with a ``MetaData(schema=...)`` of its own (``users``, ``projects``, ``common``,
``storage``, ``sessions``, ``resource_pools``, ``secrets``, ``events``, ...; two components share a
schema) and most of them sharing one ``registry`` (``registry = COMMON_ORM_REGISTRY``, the registry of
an otherwise unused base) so that relationships and keys cross the bases; ``ULIDType`` /
``PurePosixPathType`` / ``CreditType`` TypeDecorators over ``String`` / ``Integer`` / ``Float``;
Python ``StrEnum``s from the components' domain modules mapped as named PostgreSQL enums only by the
annotation (``Mapped[models.SecretKind]``), or by ``Enum(..., name="build_platform")`` with the same
enum name in two schemas; dataclass fields (``init=False``, ``default_factory=lambda: str(ULID())``,
``repr=False``), columns named by their call, ``Identity(always=True)`` keys, ``JSON().with_variant(JSONB(),
"postgresql")``, a server default that is an enum member's ``.value``, ``server_default=true()`` /
``false()``, ``literal(...)`` server defaults, partial and expression indexes, CHECK constraints. The
domain modules' enums are stubs of ours (the member names the columns need, the rest of each module a
plain class per name); the other application modules import as permissive stubs; one stub gathers the
components' metadatas for ``create_all`` and Alembic (each key's schema kept), and the schemas and the
``generate_ulid()`` function the migrations make are made before it.

It showed misreadings of the tool, mended since: two classes named ``UserORM``
(``crc/orm.py``, table ``resource_pools.users``, ``keycloak_id`` a ``String(50)``; ``users/orm.py``, table
``users.users``, ``String(36)``) and every ``ForeignKey(UserORM.keycloak_id)`` / ``ForeignKey(UserORM.id)``
read as the first one's, even in ``users/orm.py`` that defines the other and in files that import it by
name (21 foreign-key / type actions with nothing drifted, rewriting them as strings with ``String(36)``);
the association ``Table("resource_pools_users", BaseORM.metadata, ...)`` of ``crc/orm.py`` not found, so a
class ``ResourcePoolUser`` for it was added and the models no longer imported (table already defined); the
new table of the drift, keyed to ``projects.projects`` and ``users.users``, written into ``crc/orm.py``."""

from recipe import Recipe

_C = "components/renku_data_services/"

# every other name a domain module is asked for: a plain class (used in methods only)
_FALLBACK = '''

def __getattr__(name):
    if name.startswith("__"):
        raise AttributeError(name)
    return type(name, (), {})
'''


def _enums(**enums: tuple[str, ...]) -> str:
    """A domain module of ours with the ``StrEnum``s the columns are typed with."""
    body = "from enum import StrEnum\n"
    for name, members in enums.items():
        body += f"\n\nclass {name}(StrEnum):\n" + "".join(f'    {m.split("=")[0]} = "{m.split("=")[-1]}"\n'
                                                       for m in members)
    return body + _FALLBACK


_ALL = """from sqlalchemy import MetaData

from renku_data_services.authz import orm as authz
from renku_data_services.capacity_reservation import orm as capacity_reservation
from renku_data_services.connected_services import orm as connected_services
from renku_data_services.crc import orm as crc
from renku_data_services.data_connectors import orm as data_connectors
from renku_data_services.k8s import orm as k8s
from renku_data_services.message_queue import orm as message_queue
from renku_data_services.metrics import orm as metrics
from renku_data_services.namespace import orm as namespace
from renku_data_services.notifications import orm as notifications
from renku_data_services.platform import orm as platform
from renku_data_services.project import orm as project
from renku_data_services.resource_usage import orm as resource_usage
from renku_data_services.search import orm as search
from renku_data_services.secrets import orm as secrets
from renku_data_services.session import orm as session
from renku_data_services.storage import orm as storage
from renku_data_services.users import orm as users

metadata = MetaData()
for module in (authz, capacity_reservation, connected_services, crc, data_connectors, k8s, message_queue, metrics,
               namespace, notifications, platform, project, resource_usage, search, secrets, session, storage, users):
    for table in module.BaseORM.metadata.sorted_tables:
        if table.key not in metadata.tables:  # a key written ``"projects.id"`` names a table of its own schema
            table.to_metadata(metadata, referred_schema_fn=lambda table, to, fk, referred: referred or table.schema)
"""

_COMPONENTS = ("authz", "capacity_reservation", "connected_services", "crc", "data_connectors", "k8s",
               "message_queue", "metrics", "namespace", "notifications", "platform", "project", "resource_usage",
               "search", "secrets", "session", "storage", "users")

# the components' schemas (the Alembic migrations make them)
_SCHEMAS = ("authz", "capacity_reservation", "common", "connected_services", "events", "metrics", "notifications",
            "platform", "projects", "resource_pools", "secrets", "sessions", "storage", "users")

# the server default of the ULID keys: the project's migrations make a ``generate_ulid()``; ours gives a
# 26-character random key (not a time-ordered ULID: only the column default needs to exist)
_GENERATE_ULID = ("CREATE FUNCTION generate_ulid() RETURNS text LANGUAGE sql VOLATILE AS"
                  " $$ SELECT upper(substr(md5(random()::text || clock_timestamp()::text), 1, 26)) $$")

RECIPE = Recipe(
    name="renku_data_services",
    repo="SwissDataScienceCenter/renku-data-services",
    style="2.0 Mapped on MappedAsDataclass, a base and schema per component, shared registry",
    files=tuple(f"{_C}{c}/orm.py" for c in _COMPONENTS)
    + (_C + "base_orm/registry.py", _C + "utils/sqlalchemy.py", _C + "k8s/constants.py"),
    strip="components/",
    stubs={
        "renku_data_services/__init__.py": "",
        "renku_data_services/base_orm/__init__.py": "",
        "renku_all_metadata.py": _ALL,
        "renku_data_services/crc/models.py": _enums(RuntimePlatform=("linux_amd64=linux/amd64",
                                                                      "linux_arm64=linux/arm64")),
        "renku_data_services/capacity_reservation/models.py": _enums(OccurrenceState=("PENDING=pending",
                                                                                      "ACTIVE=active",
                                                                                      "COMPLETED=completed")),
        "renku_data_services/connected_services/models.py": _enums(
            ProviderKind=("dropbox", "generic_oidc", "github", "gitlab", "google", "zenodo"),
            ConnectionStatus=("connected", "pending")),
        "renku_data_services/platform/models.py": _enums(ConfigID=("config",)),
        "renku_data_services/session/models.py": _enums(
            Platform=("linux_amd64=linux/amd64", "linux_arm64=linux/arm64"),
            LauncherType=("interactive", "non_interactive", "app"),
            EnvironmentKind=("GLOBAL", "CUSTOM"),
            EnvironmentImageSource=("image", "build"),
            BuildStatus=("in_progress", "failed", "cancelled", "succeeded")),
        "renku_data_services/secrets/models.py": _enums(SecretKind=("general", "storage")),
        "renku_data_services/data_connectors/apispec.py": _enums(Visibility=("private", "public")),
        "renku_data_services/project/apispec.py": _enums(Visibility=("private", "public")),
    },
    stub_roots=("*",),
    schemas=_SCHEMAS,
    prelude=tuple(f"CREATE SCHEMA {schema}" for schema in _SCHEMAS) + (_GENERATE_ULID,),
    metadata="renku_all_metadata:metadata",
    imports=tuple(f"renku_data_services.{c}.orm" for c in _COMPONENTS),
    models="renku_data_services",
    line_length=120,
    probe_packages=("sqlalchemy==2.0.43", "psycopg2-binary", "alembic", "python-ulid==3.1.0"),
    drift=(
        "ALTER TABLE projects.projects RENAME COLUMN documentation TO readme",
        "ALTER TABLE sessions.environments ALTER COLUMN description TYPE varchar(1000)",
        "ALTER TABLE sessions.builds ALTER COLUMN error_reason SET NOT NULL",
        "ALTER TABLE storage.cloud_storage ADD COLUMN description varchar(500)",
        "CREATE INDEX ix_sessions_launchers_created_by_id ON sessions.launchers (created_by_id)",
        "COMMENT ON COLUMN platform.url_redirects.target_url IS 'where the old address now leads'",
        "ALTER TABLE sessions.build_parameters ALTER COLUMN builder_variant SET DEFAULT 'python'",
        "ALTER TABLE sessions.build_parameters DROP COLUMN context_dir",
        "CREATE TABLE projects.project_stars (id serial PRIMARY KEY, project_id varchar(26) NOT NULL"
        " REFERENCES projects.projects (id) ON DELETE CASCADE, user_id varchar(36) NOT NULL"
        " REFERENCES users.users (keycloak_id) ON DELETE CASCADE, created_at timestamptz NOT NULL DEFAULT now())",
        "COMMENT ON TABLE connected_services.oauth2_clients IS 'the OAuth 2 applications users connect'",
        "ALTER TABLE connected_services.oauth2_connections ALTER COLUMN code_verifier TYPE text",
        "ALTER TABLE projects.project_migrations RENAME TO project_v1_migrations",
    ),
    dropped=("build_parameters.context_dir",),
)
