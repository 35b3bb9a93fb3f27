"""microsoft/autogen (AutoGen Studio's datamodel): SQLModel table classes on an abstract base
``class BaseDBModel(SQLModel, table=False)`` whose fields every table takes (an integer key,
``created_at`` / ``updated_at`` typed ``sa_type=DateTime(timezone=True)`` with their nullability
and server default in ``sa_column_kwargs``), JSON fields written ``sa_column=Column(JSON)`` with
pydantic models or unions as their annotations, keys ``sa_column=Column(Integer, ForeignKey(...))``,
str enums from the module and from a sibling module, plain defaults (``name: str = "Unnamed
Task"``), ``{"sqlite_autoincrement": True}`` as ``__table_args__``. The AutoGen packages the
pydantic schemas import are stubs of our own (pydantic models without fields)."""

from recipe import Recipe

_PYDANTIC_STUB = "from pydantic import BaseModel\n\n\nclass {}(BaseModel):\n    pass\n"

RECIPE = Recipe(
    name="autogenstudio",
    repo="microsoft/autogen",
    style="SQLModel on an abstract base, sa_column JSON fields",
    files=("python/packages/autogen-studio/autogenstudio/datamodel/*.py",),
    strip="python/packages/autogen-studio/",
    stubs={
        "autogenstudio/__init__.py": "",
        "autogen_core/__init__.py": _PYDANTIC_STUB.format("ComponentModel") + "\n\nclass Image(BaseModel):\n    pass\n",
        "autogen_core/models.py": _PYDANTIC_STUB.format("UserMessage"),
        "autogen_agentchat/__init__.py": "",
        "autogen_agentchat/base.py": _PYDANTIC_STUB.format("TaskResult"),
        "autogen_agentchat/messages.py": _PYDANTIC_STUB.format("ChatMessage") + "\n\nclass TextMessage(BaseModel):\n"
                                                                                 "    pass\n",
        "autogen_ext/__init__.py": "",
        "autogen_ext/models/__init__.py": "",
        "autogen_ext/models/openai.py": "class OpenAIChatCompletionClient:\n"
                                        "    def __init__(self, **config):\n        self.config = config\n\n"
                                        "    def dump_component(self):\n        return None\n",
    },
    metadata="autogenstudio.datamodel.db:SQLModel.metadata",
    imports=("autogenstudio.datamodel.db",),
    models="autogenstudio/datamodel",
    line_length=120,
    drift=(
        "ALTER TABLE session RENAME COLUMN name TO title",
        "ALTER TABLE evaltaskdb ALTER COLUMN name TYPE varchar(200)",
        "ALTER TABLE run ALTER COLUMN error_message SET NOT NULL",
        "ALTER TABLE session ADD COLUMN archived boolean NOT NULL DEFAULT false",
        "CREATE INDEX ix_run_status ON run (status)",
        "COMMENT ON COLUMN team.component IS 'the team as a component model'",
        "ALTER TABLE evalrundb DROP COLUMN end_time",
        "ALTER TABLE run ALTER COLUMN session_id DROP NOT NULL",
        "ALTER TABLE evaltaskdb ALTER COLUMN description SET DEFAULT ''",
        "CREATE TABLE session_tag (id serial PRIMARY KEY, session_id integer NOT NULL REFERENCES session (id),"
        " tag varchar(50) NOT NULL, created_at timestamp with time zone NOT NULL DEFAULT now())",
        "ALTER TABLE gallery RENAME TO galleries",
    ),
    dropped=("evalrundb.end_time",),
)
