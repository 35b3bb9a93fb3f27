"""mage-ai/mage-ai: classic declarative on an ``__abstract__`` ``BaseModel`` whose ``declared_attr``
names each table from its class (``camel_to_snake_case(cls.__name__)``) and gives every table ``id``,
``created_at`` and ``updated_at``; **enum classes defined inside the model class that uses them**
(``class PipelineRun(...): class PipelineRunStatus(StrEnum): ...``, ``Column(Enum(PipelineRunStatus))``)
beside enums imported from application modules; plain-class mixins of methods; an association
``Table``. The rest of the application is stubs (the package's ``__init__`` opens a database)."""

from recipe import Recipe

DB = "db_connection = None\n\n\ndef safe_db_query(function):\n    return function\n"

RECIPE = Recipe(
    name="mageai",
    repo="mage-ai/mage-ai",
    style="classic declarative, computed table names, enum classes nested in models",
    files=("mage_ai/orchestration/db/models/*.py", "mage_ai/shared/strings.py", "mage_ai/shared/enum.py",
           "mage_ai/data_preparation/models/constants.py", "mage_ai/data_preparation/models/variables/constants.py",
           "mage_ai/data_preparation/models/triggers/__init__.py", "mage_ai/authentication/permissions/constants.py",
           "mage_ai/orchestration/constants.py"),
    stubs={"mage_ai/__init__.py": "", "mage_ai/orchestration/__init__.py": "",
           "mage_ai/orchestration/db/__init__.py": DB, "mage_ai/shared/__init__.py": "",
           "mage_ai/data_preparation/__init__.py": "", "mage_ai/data_preparation/models/__init__.py": "",
           "mage_ai/data_preparation/models/variables/__init__.py": "", "mage_ai/authentication/__init__.py": "",
           "mage_ai/authentication/permissions/__init__.py": ""},
    stub_roots=("*",),
    metadata="mage_ai.orchestration.db.models.base:Base.metadata",
    imports=("mage_ai.orchestration.db.models.oauth", "mage_ai.orchestration.db.models.projects",
             "mage_ai.orchestration.db.models.schedules", "mage_ai.orchestration.db.models.secrets",
             "mage_ai.orchestration.db.models.tags"),
    models="mage_ai/orchestration/db/models",
    probe_packages=("sqlalchemy==2.0.51", "alembic==1.18.5", "psycopg2-binary", "inflection", "pyyaml"),
    drift=(
        "ALTER TABLE secret RENAME COLUMN repo_name TO repo_path",
        "ALTER TABLE pipeline_schedule ALTER COLUMN name TYPE varchar(512)",
        "ALTER TABLE tag ALTER COLUMN name SET NOT NULL",
        "ALTER TABLE backfill ADD COLUMN note text",
        "CREATE INDEX ix_block_run_block_uuid ON block_run (block_uuid)",
        "COMMENT ON COLUMN pipeline_run.metrics IS 'what the run measured'",
        "ALTER TYPE pipelinerunstatus ADD VALUE 'PAUSED'",
        "ALTER TABLE pipeline_run DROP COLUMN passed_sla",
        "CREATE TABLE run_note (id serial PRIMARY KEY, pipeline_run_id integer NOT NULL REFERENCES pipeline_run (id),"
        " body text NOT NULL, created_at timestamp with time zone NOT NULL DEFAULT now())",
        "ALTER TABLE pipeline_run RENAME TO pipeline_run_v2",
    ),
    dropped=("pipeline_run.passed_sla",),
)
