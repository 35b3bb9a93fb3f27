"""openstack/mistral: classic declarative on a base derived from oslo.db's mixins (read from the
installed library: ``pip install oslo.db`` where this runs), joined-table inheritance of
executions, an ``id`` column made by a function of another module called through its alias
(``mb.id_column()`` of ``from mistral.db.sqlalchemy import model_base as mb``), TypeDecorators
and type functions of a project module (``st.JsonLongDictType()``), index names built with
``'%s_project_id' % __tablename__``, and foreign keys added to classes after they are made
(``ActionExecution.task_execution_id = sa.Column(...)`` at module level). The rest of mistral
is stubs."""

from recipe import Recipe

RECIPE = Recipe(
    name="mistral",
    repo="openstack/mistral",
    style="classic declarative, columns assigned after the class, helper through a module alias",
    files=("mistral/db/v2/sqlalchemy/models.py", "mistral/db/sqlalchemy/model_base.py",
           "mistral/db/sqlalchemy/types.py"),
    stubs={"mistral/__init__.py": "", "mistral/db/__init__.py": "", "mistral/db/sqlalchemy/__init__.py": "",
           "mistral/db/v2/__init__.py": "", "mistral/db/v2/sqlalchemy/__init__.py": ""},
    stub_roots=("*",),
    metadata="mistral.db.sqlalchemy.model_base:MistralSecureModelBase.metadata",
    imports=("mistral.db.v2.sqlalchemy.models",),
    models="mistral/db",
    line_length=79,
    # the models iterate mistral_lib's iter_subclasses() at import time: the real package, not a stub
    probe_packages=("sqlalchemy>=2", "psycopg2-binary", "alembic", "oslo.db", "mistral-lib"),
    drift=(
        "ALTER TABLE workbooks_v2 RENAME COLUMN definition TO source",
        "ALTER TABLE mistral_metrics ALTER COLUMN name TYPE varchar(512)",
        "ALTER TABLE code_sources ALTER COLUMN content SET NOT NULL",
        "ALTER TABLE environments_v2 ADD COLUMN region varchar(64)",
        "CREATE INDEX code_sources_name ON code_sources (name)",
        "COMMENT ON COLUMN cron_triggers_v2.pattern IS 'cron expression'",
        "ALTER TABLE event_triggers_v2 DROP COLUMN exchange",
        "ALTER TABLE code_sources ALTER COLUMN version SET DEFAULT 1",
        "CREATE TABLE execution_notes (id varchar(36) PRIMARY KEY, execution_id varchar(36) NOT NULL"
        " REFERENCES workflow_executions_v2 (id) ON DELETE CASCADE, body text NOT NULL)",
        "ALTER TABLE action_executions_v2 ALTER COLUMN task_execution_id SET NOT NULL",
        "ALTER TABLE workflow_executions_v2 RENAME TO workflow_executions_v2_v2",
    ),
    dropped=("event_triggers_v2.exchange",),
)
