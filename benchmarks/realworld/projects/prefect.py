"""PrefectHQ/prefect: one SQLAlchemy 2.0 ``Mapped`` module on a rich declarative base
(``id`` / ``created`` / ``updated`` with server and Python defaults, a computed
``__tablename__``, ``type_annotation_map``), ``MetaData(naming_convention=...)`` on a
``registry``, TypeDecorators of its own (UUID, Timestamp, JSON, Pydantic), Python enum
columns, ``server_default`` from a constant of another module. The server's pydantic schemas
are stood in for by blank pydantic models of ours (they only parametrise a JSON type)."""

from recipe import Recipe

BLANK_MODELS = '''\
"""Stand-in (ours): every name is a blank pydantic model."""

import pydantic

_made = {}


def __getattr__(name):
    if name.startswith("__"):
        raise AttributeError(name)
    if name not in _made:
        _made[name] = type(name, (pydantic.BaseModel,), {})
    return _made[name]
'''

CORE = BLANK_MODELS + '''

DEFAULT_BLOCK_SCHEMA_VERSION = "non-versioned"
'''

STATES = '''\
"""Stand-in (ours) for the server's state schemas: the state type enum the models map."""

import pydantic

from prefect.utilities.collections import AutoEnum


class StateType(AutoEnum):
    SCHEDULED = AutoEnum.auto()
    PENDING = AutoEnum.auto()
    RUNNING = AutoEnum.auto()
    COMPLETED = AutoEnum.auto()
    FAILED = AutoEnum.auto()
    CANCELLED = AutoEnum.auto()
    CRASHED = AutoEnum.auto()
    PAUSED = AutoEnum.auto()
    CANCELLING = AutoEnum.auto()


TERMINAL_STATES = {StateType.COMPLETED, StateType.CANCELLED, StateType.FAILED, StateType.CRASHED}


class StateDetails(pydantic.BaseModel):
    pass


class State(pydantic.BaseModel):
    pass
'''

AUTO_ENUM = '''\
"""Stand-in (ours): an enum whose auto() values are the member names."""

import enum


class AutoEnum(str, enum.Enum):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name

    @staticmethod
    def auto():
        return enum.auto()
'''

DATETIME = '''\
"""Stand-in (ours) for prefect.types._datetime."""

import datetime
import zoneinfo

DateTime = datetime.datetime


def now(tz="UTC"):
    return datetime.datetime.now(zoneinfo.ZoneInfo(tz))
'''

SCHEMAS_INIT = '''\
"""Stand-in (ours): the server's schema modules the models read at import time."""

from . import core, schedules, states, statuses  # noqa: F401
'''

RECIPE = Recipe(
    name="prefect",
    repo="PrefectHQ/prefect",
    style="2.0 Mapped, naming_convention",
    files=("src/prefect/server/database/orm_models.py", "src/prefect/server/utilities/database.py",
           "src/prefect/server/schemas/statuses.py"),
    strip="src/",
    stubs={
        "prefect/server/schemas/__init__.py": SCHEMAS_INIT,
        "prefect/server/schemas/core.py": CORE,
        "prefect/server/schemas/schedules.py": BLANK_MODELS + "\n\nSCHEDULE_TYPES = __getattr__(\"Schedule\")\n",
        "prefect/server/schemas/states.py": STATES,
        "prefect/server/events/actions.py": BLANK_MODELS,
        "prefect/server/events/schemas/automations.py": BLANK_MODELS,
        "prefect/server/events/schemas/events.py": BLANK_MODELS,
        "prefect/utilities/collections.py": AUTO_ENUM,
        "prefect/types/_datetime.py": DATETIME,
    },
    stub_roots=("prefect",),
    metadata="prefect.server.database.orm_models:Base.metadata",
    imports=("prefect.server.database.orm_models",),
    models="prefect/server/database",
    prelude=("CREATE EXTENSION btree_gin",),
    drift=(
        "ALTER TABLE deployment RENAME COLUMN description TO summary",
        "ALTER TABLE flow_run ALTER COLUMN created SET NOT NULL",
        "CREATE TABLE flow_tag (id uuid PRIMARY KEY, flow_id uuid NOT NULL REFERENCES flow (id) ON DELETE CASCADE,"
        " tag varchar(100) NOT NULL CHECK (tag <> ''), CONSTRAINT uq_flow_tag__flow_id_tag UNIQUE (flow_id, tag))",
        "ALTER TABLE saved_search ALTER COLUMN name TYPE varchar(512)",
        "ALTER TABLE log DROP COLUMN task_run_id",
        "ALTER TABLE flow_run DROP CONSTRAINT fk_flow_run__work_queue_id__work_queue,"
        " ADD CONSTRAINT fk_flow_run__work_queue_id__work_queue FOREIGN KEY (work_queue_id)"
        " REFERENCES work_queue (id) ON DELETE CASCADE",
        "CREATE INDEX ix_worker__last_heartbeat_time ON worker (last_heartbeat_time)",
        "COMMENT ON COLUMN variable.value IS 'JSON value of the variable'",
        "ALTER TABLE concurrency_limit ALTER COLUMN concurrency_limit SET DEFAULT 1",
        "ALTER TYPE state_type ADD VALUE 'SUSPENDED'",
        "COMMENT ON TABLE block_type IS 'kinds of blocks'",
        "ALTER TABLE csrf_token ALTER COLUMN client SET DATA TYPE varchar(255)",
        "ALTER TABLE flow RENAME TO flow_v2",
    ),
    dropped=("log.task_run_id",),
)
