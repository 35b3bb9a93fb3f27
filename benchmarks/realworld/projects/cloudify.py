"""cloudify-cosmo/cloudify-manager (an orchestration manager for TOSCA blueprints: its REST service's
storage): Flask-SQLAlchemy 2.5 on SQLAlchemy 1.4, ``db = SQLAlchemy(query_class=..., metadata=
MetaData(naming_convention=...))`` with ``Model`` / ``Column`` / ``TypeDecorator`` bound to module
names, an ``__abstract__`` ``SQLModelBase`` and ``SQLResourceBase`` (``_storage_id`` keys, ``declared_attr``
tenant and creator keys and relationships), ``CreatedAtMixin``, columns made by the project's helper
``foreign_key(Tenant.id, nullable=True, ondelete=...)`` (a function returning ``db.Column(db.ForeignKey(
...))``), a ``CIColumn`` subclass of ``Column``, ``db.Enum(*SnapshotState.STATES, name=...)`` of lists
of the cloudify-common library's (a stub of ours here) and of the project's constants, PickleType
columns, ``UTCDateTime`` / ``JSONString`` TypeDecorators, ``use_alter`` deferrable foreign keys, CHECK
constraints, a class with no ``__tablename__`` (Flask-SQLAlchemy names it), and many-to-many tables
made at run time by ``many_to_many_relationship(cls, Role)`` in ``declared_attr`` relationships. The
storage modules and the constants are laid out; the rest of the application is permissive stubs. It
showed three misreadings: the helper's parameter was taken for the foreign key's target
(``foreign_key(Deployment._storage_id)`` read as ``<own table>.foreign_key_column``: 36 by-hand items
where nothing drifted; a string argument is read right); the five association tables
``many_to_many_relationship`` makes at run time (``db.Table`` of a computed name in a helper function)
were not seen as such and got generated classes, which redefine them (the models no longer import);
and a label added to ``audit_operation`` was planned on ``AUDIT_OPERATIONS = [AUDIT_OPERATION_CREATE,
...]`` (a list of names) that ``apply`` then skips, so the plan asks again."""

from recipe import Recipe

# the states of cloudify-common's cloudify.models_states the models' enums list (ours)
MODELS_STATES = '''\
"""Stand-in (ours) for cloudify-common's cloudify.models_states: the states the models list."""


class DeploymentModificationState:
    STARTED, FINISHED, ROLLEDBACK = "started", "finished", "rolledback"
    STATES = [STARTED, FINISHED, ROLLEDBACK]


class SnapshotState:
    STATES = ["created", "failed", "creating", "uploaded"]


class LogBundleState:
    STATES = ["created", "failed", "creating", "uploaded"]


class ExecutionState:
    TERMINATED, FAILED, CANCELLED, PENDING, STARTED = "terminated", "failed", "cancelled", "pending", "started"
    STATES = [TERMINATED, FAILED, CANCELLED, PENDING, STARTED, "cancelling", "force_cancelling",
              "kill_cancelling", "queued", "scheduled"]
    END_STATES = [TERMINATED, FAILED, CANCELLED]


class DeploymentState:
    ACTIVE, INACTIVE = "active", "inactive"
    IN_PROGRESS, GOOD, REQUIRE_ATTENTION = "in_progress", "good", "requires_attention"


class VisibilityState:
    PRIVATE, TENANT, GLOBAL = "private", "tenant", "global"
    STATES = [PRIVATE, TENANT, GLOBAL]


class AgentState:
    CREATING = "creating"
    STATES = [CREATING, "created", "configuring", "configured", "starting", "started", "stopping", "stopped",
              "deleting", "deleted", "restarting", "restarted", "upgrading", "upgraded", "failed",
              "nonresponsive", "restored"]
'''

RECIPE = Recipe(
    name="cloudify",
    repo="cloudify-cosmo/cloudify-manager",
    style="Flask-SQLAlchemy 2.5, abstract bases with declared_attr keys, a foreign_key() column helper",
    files=("rest-service/manager_rest/storage/models.py", "rest-service/manager_rest/storage/models_base.py",
           "rest-service/manager_rest/storage/management_models.py",
           "rest-service/manager_rest/storage/resource_models.py",
           "rest-service/manager_rest/storage/resource_models_base.py",
           "rest-service/manager_rest/storage/relationships.py", "rest-service/manager_rest/constants.py"),
    strip="rest-service/",
    stubs={"manager_rest/__init__.py": "", "manager_rest/storage/__init__.py": "", "cloudify/__init__.py": "",
           "cloudify/models_states.py": MODELS_STATES},
    stub_roots=("*",),
    metadata="manager_rest.storage.models_base:db.metadata",
    imports=("manager_rest.storage.models",),
    models="manager_rest",
    line_length=79,
    probe_packages=("sqlalchemy==1.4.54", "flask-sqlalchemy==2.5.1", "flask==2.2.5", "werkzeug==2.2.3",
                    "alembic==1.13.3", "psycopg2-binary"),
    drift=(
        "ALTER TABLE blueprints RENAME COLUMN main_file_name TO main_file",
        "ALTER TABLE tokens ALTER COLUMN description TYPE varchar(512)",
        "ALTER TABLE users ALTER COLUMN email SET NOT NULL",
        "ALTER TABLE sites ADD COLUMN region text",
        "CREATE INDEX agents_ip_idx ON agents (ip)",
        "COMMENT ON COLUMN executions.workflow_id IS 'the workflow the execution runs'",
        "ALTER TABLE usage_collector ALTER COLUMN hours_interval SET DEFAULT 4",
        "ALTER TABLE rabbitmq_brokers DROP COLUMN management_host",
        "CREATE TABLE deployment_notes (id serial PRIMARY KEY, _deployment_fk integer NOT NULL"
        " REFERENCES deployments (_storage_id), body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE db_nodes RENAME TO database_nodes",
        "ALTER TYPE audit_operation ADD VALUE 'restore'",
    ),
    dropped=("rabbitmq_brokers.management_host",),
)
