"""lsst-dm/cm-service (the Rubin Observatory's campaign management service, a FastAPI back end): the
"legacy" tables its Alembic migrations follow, SQLAlchemy 2.0 ``Mapped`` classes on a
``DeclarativeBase`` whose ``MetaData(schema=config.db.table_schema)`` takes the schema from the
application's settings (``cm_service`` here, a schema of its own as the project's tests give it) and
whose ``type_annotation_map`` gives six enums ``Enum(..., length=20, native_enum=False,
create_constraint=False)`` (``Mapped[StatusEnum]`` is a ``varchar(20)``), ``from __future__ import
annotations`` throughout, behaviour mixins (``RowMixin``, ``NodeMixin``, ``ElementMixin``) of methods
only, a column attribute named apart from its column (``metadata_: Mapped[dict] =
mapped_column("metadata_", type_=MutableDict.as_mutable(JSONB))``), ``type_=`` keywords,
``postgresql.UUID`` and ``TIMESTAMP(timezone=True)`` columns, ``viewonly`` relationships through a
join expression string (``secondary="join(Step, Group).join(Job)"``). The enums (the application's
and its ``cm-models`` package's) are laid out; the settings are a stub of ours; the rest it imports
(logging, notifications, the API models) are permissive stubs. Its files use Python 3.12's generic
functions. It showed one misreading, mended: with the MetaData's schema not a literal, the tool named
``index=True`` indexes ``ix_<table>_<column>`` where SQLAlchemy names them
``ix_<schema>_<table>_<column>`` (72 index actions where nothing had drifted); the tables are now
found by their names and the schema in the names is the database table's where its indexes show it."""

from recipe import Recipe

# the application's settings as the models read them, of our own (the project's are pydantic-settings
# read from the environment)
CONFIG = """class _Database:
    table_schema = "cm_service"
    url = ""
    password = None
    echo = False


class _Daemon:
    processing_interval = 30


class _Config:
    db = _Database()
    daemon = _Daemon()
    script_handler = "bash"


config = _Config()
"""

RECIPE = Recipe(
    name="cm_service",
    repo="lsst-dm/cm-service",
    style="2.0 Mapped, schema from settings, type_annotation_map of non-native enums, mixins",
    files=("src/lsst/cmservice/db/*.py", "src/lsst/cmservice/common/__init__.py",
           "src/lsst/cmservice/common/enums.py", "src/lsst/cmservice/common/errors.py",
           "packages/cm-models/src/lsst/cmservice/models/enums.py",
           "packages/cm-models/src/lsst/cmservice/models/lib/__init__.py",
           "packages/cm-models/src/lsst/cmservice/models/lib/timestamp.py"),
    strip=("src/", "packages/cm-models/src/"),
    stubs={"lsst/__init__.py": "", "lsst/cmservice/__init__.py": "", "lsst/cmservice/models/__init__.py": "",
           "lsst/cmservice/config.py": CONFIG},
    stub_roots=("*",),
    metadata="lsst.cmservice.db.legacy_base:Base.metadata",
    imports=("lsst.cmservice.db.legacy",),
    models="lsst/cmservice/db",
    python=(3, 12),
    schemas=("cm_service",),
    prelude=("CREATE SCHEMA cm_service",),
    # a relationship's ``secondary="join(Step, Group).join(Job)"`` is evaluated by SQLAlchemy 2.0 (the
    # project's pin), where 2.1 looks the string up as a table's name only
    probe_packages=("sqlalchemy==2.0.37", "psycopg2-binary", "alembic"),
    line_length=110,
    drift=(
        "ALTER TABLE cm_service.specification RENAME COLUMN spec_aliases TO aliases",
        "ALTER TABLE cm_service.pipetask_error_type ALTER COLUMN task_name TYPE varchar(255)",
        "ALTER TABLE cm_service.job ALTER COLUMN wms_job_id SET NOT NULL",
        "ALTER TABLE cm_service.campaign ADD COLUMN owner varchar(64)",
        "CREATE INDEX ix_script_error_source ON cm_service.script_error (source)",
        "COMMENT ON COLUMN cm_service.queue.interval IS 'seconds between two checks of the node'",
        "ALTER TABLE cm_service.product_set ALTER COLUMN n_expected SET DEFAULT 0",
        "ALTER TABLE cm_service.wms_task_report DROP COLUMN n_pruned",
        "CREATE TABLE cm_service.campaign_note (id serial PRIMARY KEY, campaign_id integer NOT NULL"
        " REFERENCES cm_service.campaign (id) ON DELETE CASCADE, body text NOT NULL,"
        " created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE cm_service.step_dependency RENAME TO step_prerequisite",
    ),
    dropped=("wms_task_report.n_pruned",),
)
