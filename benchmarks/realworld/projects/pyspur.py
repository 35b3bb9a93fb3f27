"""PySpur-Dev/pyspur (a visual builder and runner of AI agent workflows, FastAPI; the ``backend/``
package) - 14 tables of SQLAlchemy 2.0 ``Mapped[...] = mapped_column(...)`` classes on a
``declarative_base()``, one or three per module, in a models directory without an ``__init__``. The
pattern of its own: every main table's integer key is a private attribute ``_intid`` (``autoincrement=
"auto"``), and the ``id`` everybody uses is a *generated* column, ``mapped_column(String,
Computed("'R' || _intid"), unique=True)`` (a prefix per table: workflows ``S``, runs ``R``, tasks ``T``,
...), which every foreign key of the schema references (``ForeignKey("workflows.id")`` on a ``String``
column or on none, two self-references with ``remote_side=[id]``). Annotations that disagree with the
column (``Mapped[int] = mapped_column(String, ForeignKey(...))``, ``Mapped[str] = mapped_column(String,
nullable=True)``), a ``Literal[...]`` alias over a ``String`` column, native PostgreSQL enums from
``Enum(RunStatus)`` with the Python enum in the same module, ``JSON`` with ``default=dict``, column
comments made of implicitly concatenated strings; timestamps whose ``default=`` and ``onupdate=`` are
``datetime.now(timezone.utc)`` *called* at import (one value per process: the check compares the
kind of the defaults); one class (slack_agents) written wholly in classic ``Column`` style with a
``backref``. Nothing of the application is imported: the models are laid out unchanged. Beside the usual
drift, a generated column's expression is changed (PostgreSQL 17's ``SET EXPRESSION``) and the column
another generated one is computed from is renamed. The probe runs on the project's pins (SQLAlchemy 2.0.36)."""

from recipe import Recipe

_MODELS = "pyspur.models."

# the timestamps whose Python-side default is a datetime taken when the module is imported
_MADE_AT_IMPORT = {
    "dataset_model.DatasetModel": ("uploaded_at",),
    "dc_and_vi_model.DocumentCollectionModel": ("created_at", "updated_at"),
    "dc_and_vi_model.VectorIndexModel": ("created_at", "updated_at"),
    "dc_and_vi_model.DocumentProcessingProgressModel": ("created_at", "updated_at"),
    "eval_run_model.EvalRunModel": ("start_time",),
    "output_file_model.OutputFileModel": ("created_at", "updated_at"),
    "run_model.RunModel": ("start_time",),
    "task_model.TaskModel": ("start_time",),
    "user_session_model.UserModel": ("created_at", "updated_at"),
    "user_session_model.SessionModel": ("created_at", "updated_at"),
    "user_session_model.MessageModel": ("created_at", "updated_at"),
    "workflow_model.WorkflowModel": ("created_at", "updated_at"),
    "workflow_version_model.WorkflowVersionModel": ("created_at", "updated_at"),
}

RECIPE = Recipe(
    name="pyspur",
    repo="PySpur-Dev/pyspur",
    style="2.0 Mapped, Computed string ids as FK targets, _intid keys, import-time datetime defaults",
    files=("backend/pyspur/__init__.py", "backend/pyspur/models/*.py"),
    strip="backend/",
    metadata="pyspur.models.base_model:BaseModel.metadata",
    # the modules Alembic's env.py imports
    imports=tuple(_MODELS + m for m in (
        "dataset_model", "dc_and_vi_model", "eval_run_model", "output_file_model", "run_model",
        "slack_agent_model", "task_model", "user_session_model", "workflow_model", "workflow_version_model")),
    models="pyspur/models",
    line_length=100,  # backend/pyproject.toml [tool.ruff]
    # the project's pins: SQLAlchemy 2.1 leaves out STORED where Computed() does not say persisted=True (a
    # VIRTUAL column on PostgreSQL 18, which refuses the UNIQUE every ``id`` has)
    probe_packages=("sqlalchemy==2.0.36", "alembic==1.14.0", "psycopg2-binary"),
    made_at_import=tuple(f"{_MODELS}{cls}.{attr}" for cls, attrs in _MADE_AT_IMPORT.items() for attr in attrs),
    drift=(
        "ALTER TABLE eval_runs RENAME COLUMN output_variable TO output_key",
        "ALTER TABLE runs ALTER COLUMN start_time SET NOT NULL",
        "CREATE TABLE workflow_tags (id serial PRIMARY KEY,"
        " workflow_id varchar NOT NULL REFERENCES workflows (id) ON DELETE CASCADE,"
        " tag varchar(64) NOT NULL, created_at timestamp NOT NULL DEFAULT now(), UNIQUE (workflow_id, tag))",
        "ALTER TABLE output_files ALTER COLUMN file_name TYPE varchar(255)",
        "ALTER TABLE vector_indices DROP COLUMN error_message",
        "CREATE INDEX ix_tasks_run_id ON tasks (run_id)",
        "COMMENT ON COLUMN workflows.definition IS 'the nodes and links of the current version'",
        "COMMENT ON TABLE slack_agents IS 'Slack bots that trigger a workflow'",
        "ALTER TABLE eval_runs ALTER COLUMN num_samples SET DEFAULT 10",
        "ALTER TABLE users ADD COLUMN email varchar(320)",
        "ALTER TYPE runstatus ADD VALUE 'TIMED_OUT'",
        "ALTER TABLE eval_runs ALTER COLUMN id SET EXPRESSION AS ('EV' || _intid)",
        "ALTER TABLE datasets RENAME COLUMN _intid TO seq",
        "ALTER TABLE workflows RENAME TO spurs",
    ),
    dropped=("vector_indices.error_message",),
    note=("a generated column's expression is not compared: eval_runs.id's new expression ('EV' || _intid) is "
          "neither written to its Computed(...) nor reported (the checks cannot see it)"),
)
