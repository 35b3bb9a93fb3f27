"""TransformerOptimus/SuperAGI: classic declarative models, one per module (38 tables in 38
files and a package of workflows), on an abstract ``DBBaseModel`` that gives every table
``created_at`` / ``updated_at`` with Python-side defaults; unsized ``String`` columns, no foreign
keys (ids as plain integers), a models package whose ``__init__`` lists its modules by glob
instead of importing them. The application modules they import are permissive stubs."""

from recipe import Recipe

RECIPE = Recipe(
    name="superagi",
    repo="TransformerOptimus/SuperAGI",
    style="classic declarative, one model per module, abstract base",
    files=("superagi/models/*.py", "superagi/models/workflows/*.py"),
    stubs={"superagi/__init__.py": ""},
    stub_roots=("*",),
    metadata="superagi.models.base_model:Base.metadata",
    imports=("superagi/models/*.py", "superagi/models/workflows/*.py"),
    models="superagi/models",
    drift=(
        "ALTER TABLE agents RENAME COLUMN description TO summary",
        "ALTER TABLE toolkits ALTER COLUMN name TYPE varchar(255)",
        "ALTER TABLE configurations ALTER COLUMN key SET NOT NULL",
        "ALTER TABLE tools ADD COLUMN deprecated boolean NOT NULL DEFAULT false",
        "CREATE INDEX ix_agents_project_id ON agents (project_id)",
        "COMMENT ON COLUMN knowledges.description IS 'what the knowledge holds'",
        "ALTER TABLE toolkits DROP COLUMN tool_code_link",
        "ALTER TABLE agents ALTER COLUMN is_deleted SET DEFAULT false",
        "ALTER TABLE agents ALTER COLUMN created_at SET DEFAULT now()",
        "CREATE TABLE agent_notes (id serial PRIMARY KEY, agent_id integer NOT NULL REFERENCES agents (id),"
        " note text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE agents RENAME TO agents_v2",
    ),
    dropped=("toolkits.tool_code_link",),
)
