"""stitionai/devika (an AI software engineer agent): SQLModel ``table=True`` classes in three modules
beside the managers that use them (``SQLModel.metadata.create_all`` on SQLite in their
``__init__``), ``Optional[int] = Field(default=None, primary_key=True)`` keys, bare ``str`` fields
(``VARCHAR NOT NULL``), a table named after its class (``Projects`` -> ``projects``) and one named
by ``__tablename__``. The application's configuration and socket module are permissive stubs."""

from recipe import Recipe

RECIPE = Recipe(
    name="devika",
    repo="stitionai/devika",
    style="SQLModel, tables beside their managers",
    files=("src/project.py", "src/state.py", "src/memory/knowledge_base.py"),
    stub_roots=("*",),
    metadata="src.project:SQLModel.metadata",
    imports=("src.project", "src.state", "src.memory.knowledge_base"),
    models="src",
    drift=(
        "ALTER TABLE knowledge RENAME COLUMN contents TO body",
        "ALTER TABLE projects ALTER COLUMN project TYPE varchar(255)",
        # every field is NOT NULL
        "ALTER TABLE agent_state ALTER COLUMN project DROP NOT NULL",
        "ALTER TABLE projects ADD COLUMN description text",
        "CREATE INDEX ix_agent_state_project ON agent_state (project)",
        "COMMENT ON COLUMN projects.message_stack_json IS 'the chat, as JSON'",
        "ALTER TABLE projects ALTER COLUMN message_stack_json SET DEFAULT '[]'",
        "ALTER TABLE knowledge DROP COLUMN tag",
        "CREATE TABLE project_files (id serial PRIMARY KEY, project_id integer NOT NULL REFERENCES projects (id),"
        " path text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE agent_state RENAME TO agent_states",
    ),
    dropped=("knowledge.tag",),
)
