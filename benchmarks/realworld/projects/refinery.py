"""code-kern-ai/refinery-submodule-model (the shared database model of Kern AI's refinery and
cognition services, a git submodule each service mounts as ``submodules/model``): classic
declarative on ``declarative_base()``, 62 classes in one module, every ``__tablename__`` an enum
member's value (``Tablenames.PROJECT.value``) and every foreign key an f-string of one
(``ForeignKey(f"cognition.{Tablenames.PROJECT.value}.id", ondelete="CASCADE")``), tables of one
name in several schemas (``project`` in ``public`` and ``cognition``; ``global``), ``__table_args__``
both a dict and a tuple ending in one, relationships made by a module function
(``parent_to_child_relationship(Tablenames.USER, Tablenames.PROJECT, order_by=...)`` building the
class name from the enum), Python-side defaults of enum values and of ``sql.func.now()``, a table
named ``user``. The repository's root is the package, laid out under ``submodules/model``. It showed
two misreadings, mended: a ``__tablename__`` (and a ``ForeignKey`` f-string) made of an enum member's
``.value`` was not read, so no class had a known table and nothing drifted was edited; and a change to
``cognition.project`` was put on the class of ``public.project``."""

from recipe import Recipe

RECIPE = Recipe(
    name="refinery",
    repo="code-kern-ai/refinery-submodule-model",
    style="classic declarative, enum-valued table names and f-string foreign keys, three schemas",
    files=("__init__.py", "models.py", "enums.py"),
    place="submodules/model",
    stubs={"submodules/__init__.py": ""},
    metadata="submodules.model.models:Base.metadata",
    imports=("submodules.model.models",),
    models="submodules/model",
    schemas=("public", "cognition", "global"),
    prelude=("CREATE SCHEMA cognition", 'CREATE SCHEMA "global"'),
    drift=(
        "ALTER TABLE project RENAME COLUMN tokenizer_blank TO tokenizer_model",
        "ALTER TABLE organization ALTER COLUMN name TYPE varchar(255)",
        "ALTER TABLE cognition.project ALTER COLUMN name SET NOT NULL",
        'ALTER TABLE "user" ADD COLUMN locale varchar(16)',
        "CREATE INDEX ix_environment_variable_name ON cognition.environment_variable (name)",
        "COMMENT ON COLUMN \"global\".task_queue.task_type IS 'a TaskType'",
        "ALTER TABLE attribute ALTER COLUMN progress SET DEFAULT 0",
        "ALTER TABLE upload_task DROP COLUMN mappings",
        "CREATE TABLE project_notes (id uuid PRIMARY KEY, project_id uuid NOT NULL REFERENCES project (id),"
        " body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        # no table renamed: every table's name is an enum member's value, whose rename is by hand (the
        # member may name other things)
    ),
    dropped=("upload_task.mappings",),
)
