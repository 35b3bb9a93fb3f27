"""Avaiga/taipy (a Python framework for data and AI applications: its orchestrator keeps scenarios,
cycles, tasks, data nodes, jobs, submissions and versions in a repository, which could be SQL) - 7
tables, each a plain ``Table(...)`` assigned to ``__table__`` in the body of a ``@dataclass``
decorated by ``@registry.mapped`` (so the class's annotations are the dataclass's fields, not
columns, and every column is reached by its name in the ``Table``), on a ``registry()`` of a module
of its own. No foreign keys, ``String`` keys with no length, ``JSON`` columns, unnamed ``Enum`` of
enum classes (named by the class), and on ``data_node`` a ``__table_args__`` with a named
``UniqueConstraint`` beside the ``__table__``, which SQLAlchemy ignores (the database has no such
constraint). The SQL repository was removed later: the commit before its removal is laid out; the
package ``__init__`` modules (which import the whole framework) are empty stubs of ours. It showed
the columns of a ``Table(...)`` written in the class body read but edited as the class's own
attributes: a new column put beside ``__table__`` (which SQLAlchemy refuses), the dataclass's
annotations changed as SQLModel ``Field(...)`` calls, ``__tablename__`` added
for a rename, and the dropped column's annotation removed while its ``Column`` stays; the edits are
now the ``Table(...)`` call's (8/8)."""

from recipe import Recipe

_CORE = "taipy/core/"

RECIPE = Recipe(
    name="taipy",
    repo="Avaiga/taipy",
    style="__table__ = Table(...) on @registry.mapped dataclasses",
    ref="c7b6e66bdcd4eba42a34be41ba8e80f40d10af24",  # the parent of "feat: remove SQL repository"
    files=tuple(_CORE + p for p in (
        "_repository/_base_taipy_model.py", "_repository/_decoder.py", "_repository/_encoder.py",
        "_repository/db/_sql_base_model.py", "common/_repr_enum.py",
        "_version/_version_model.py", "cycle/_cycle_model.py", "cycle/cycle_id.py", "data/_data_model.py",
        "data/data_node_id.py", "job/_job_model.py", "job/job_id.py", "job/status.py",
        "scenario/_scenario_model.py", "scenario/scenario_id.py", "submission/_submission_model.py",
        "submission/submission_status.py", "task/_task_model.py", "task/task_id.py",
    )) + ("taipy/config/common/_repr_enum.py", "taipy/config/common/frequency.py", "taipy/config/common/scope.py"),
    stubs={f"taipy/{p}__init__.py": "" for p in (
        "", "config/", "config/common/", "core/", "core/_repository/", "core/_repository/db/", "core/common/",
        "core/_version/", "core/cycle/", "core/data/", "core/job/", "core/scenario/", "core/submission/",
        "core/task/")},
    metadata="taipy.core._repository.db._sql_base_model:mapper_registry.metadata",
    imports=tuple(f"taipy.core.{m}" for m in (
        "_version._version_model", "cycle._cycle_model", "data._data_model", "job._job_model",
        "scenario._scenario_model", "submission._submission_model", "task._task_model")),
    models="taipy/core",
    line_length=120,  # pyproject.toml's [tool.ruff]
    drift=(
        "ALTER TABLE job RENAME COLUMN stacktrace TO stack_trace",
        "ALTER TABLE scenario ALTER COLUMN config_id SET NOT NULL",
        "ALTER TABLE task ALTER COLUMN function_name TYPE varchar(255)",
        "ALTER TABLE cycle ADD COLUMN description text",
        "CREATE INDEX ix_job_submit_id ON job (submit_id)",
        "COMMENT ON COLUMN data_node.edits IS 'JSON list of the edits of the data'",
        "ALTER TABLE version ALTER COLUMN is_production SET DEFAULT false",
        "ALTER TABLE submission DROP COLUMN is_abandoned",
        "CREATE TABLE scenario_tag (id serial PRIMARY KEY, scenario_id varchar NOT NULL REFERENCES scenario (id)"
        " ON DELETE CASCADE, tag varchar(64) NOT NULL, UNIQUE (scenario_id, tag))",
        "ALTER TABLE data_node ADD CONSTRAINT uq_data_node_config_owner UNIQUE (config_id, owner_id)",
        "ALTER TABLE job ALTER COLUMN creation_date TYPE timestamp USING creation_date::timestamp",
        "ALTER TABLE submission RENAME TO submissions",
    ),
    dropped=("submission.is_abandoned",),
)
