"""memodb-io/memobase (a user-profile memory server for LLM applications, FastAPI; the server's
``memobase_server`` package): ten tables in one module, mapped as dataclasses without a declarative base
- a bare ``registry()`` whose ``@REG.mapped_as_dataclass`` decorates each class, and whose abstract
``Base`` is a plain ``@dataclass`` (not a mapped class, no ``DeclarativeBase``) carrying the
``mapped_column`` attributes every table inherits: a UUID ``id`` with ``default_factory=uuid.uuid4,
init=False``, ``created_at`` / ``updated_at`` with ``server_default=func.now()`` and ``onupdate``. One
class (``ProjectBilling``) does not inherit it and names its own columns. Keys are written in
``__table_args__`` only: ``PrimaryKeyConstraint("id", "project_id")`` composite keys (the base's ``id``
never says ``primary_key=True``), composite ``ForeignKeyConstraint(["user_id", "project_id"],
["users.id", "users.project_id"], ondelete=..., onupdate=...)`` keys, named ``Index`` objects, a unique
index; single-column ``ForeignKey(..., onupdate="CASCADE")``. ``Mapped[...]`` annotations disagreeing
with ``nullable=`` (``Mapped[datetime]`` with ``nullable=True``, ``Mapped[dict]`` with ``nullable=True,
default=None``), ``VARCHAR(SHORT_ENUM_SIZE * 2)`` (a module constant in an expression), Python-side
defaults of a class attribute (``default=ProjectStatus.active``) and of a lambda
(``default_factory=lambda: BILLING_REFILL_AMOUNT_MAP[...]``), relationships with ``init=False`` and
``overlaps=``, ``__post_init__`` validators, ORM event listeners. The blob types are the project's own
file; the environment module (statuses, configuration, logger) and ``pgvector`` (``Vector(dim=...)``:
``real[]``, no pgvector on the embedded server) are stubs of ours."""

from recipe import PGVECTOR_STUBS, Recipe

# the environment module as the models use it, of our own: three status classes of string constants,
# the free plan's token allowance, the configured embedding size and a logger
ENV = '''import logging


class BillingStatus:
    free = "free"
    pro = "pro"


class ProjectStatus:
    active = "active"
    suspended = "suspended"


class BufferStatus:
    idle = "idle"
    processing = "processing"
    done = "done"


BILLING_REFILL_AMOUNT_MAP = {BillingStatus.free: None}


class _Config:
    embedding_dim = 1536


CONFIG = _Config()
LOG = logging.getLogger("memobase_server")
'''

RECIPE = Recipe(
    name="memobase",
    repo="memodb-io/memobase",
    style="2.0 registry.mapped_as_dataclass on a plain @dataclass base, composite keys in __table_args__",
    files=("src/server/api/memobase_server/models/database.py", "src/server/api/memobase_server/models/blob.py"),
    strip="src/server/api/",
    stubs={"memobase_server/__init__.py": "", "memobase_server/env.py": ENV, **PGVECTOR_STUBS},
    metadata="memobase_server.models.database:REG.metadata",
    imports=("memobase_server.models.database",),
    models="memobase_server/models",
    python=(3, 11),  # blob.py's enum.StrEnum
    drift=(
        "ALTER TABLE buffer_zones RENAME COLUMN token_size TO token_count",
        "ALTER TABLE billings ALTER COLUMN next_refill_at SET NOT NULL",
        "ALTER TABLE projects ALTER COLUMN profile_config SET NOT NULL",
        "CREATE TABLE project_api_keys (id uuid PRIMARY KEY DEFAULT gen_random_uuid(),"
        " project_id varchar(64) NOT NULL REFERENCES projects (project_id) ON DELETE CASCADE ON UPDATE CASCADE,"
        " key_hash varchar(128) NOT NULL UNIQUE, created_at timestamptz NOT NULL DEFAULT now(),"
        " CONSTRAINT ck_project_api_keys_key_hash_length CHECK (length(key_hash) >= 32))",
        "ALTER TABLE projects ALTER COLUMN project_secret TYPE varchar(512)",
        "ALTER TABLE user_profiles DROP COLUMN attributes",
        "CREATE INDEX idx_buffer_zones_status ON buffer_zones (status)",
        "COMMENT ON COLUMN general_blobs.blob_data IS 'the blob as the client sent it'",
        "COMMENT ON TABLE user_event_gists IS 'one line of an event''s summary, embedded'",
        "ALTER TABLE buffer_zones ALTER COLUMN status SET DEFAULT 'idle'",
        "ALTER TABLE users ADD COLUMN external_id varchar(255)",
        "ALTER TABLE projects RENAME TO memobase_projects",
    ),
    dropped=("user_profiles.attributes",),
)
