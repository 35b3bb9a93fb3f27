"""Skyvern-AI/skyvern: 55 tables in one module on ``class Base(AsyncAttrs, DeclarativeBase)``
with classic ``Column(...)`` attributes (no ``Mapped``), string ids made by Python-side generator
functions of another module (``default=generate_task_id``), a soft-delete mixin of another module
before the base (``class WorkflowModel(SoftDeleteMixin, Base)``), partial indexes with
``postgresql_where=text(...)`` and one built from SQL expressions over a constant
(``~sqlalchemy.column("status").in_(TERMINAL_STATUSES)``), a trigram GIN index
(``postgresql_ops={"searchable_text": "gin_trgm_ops"}``: the database gets ``pg_trgm``), ``StrEnum``
defaults. The schemas modules it imports a constant and an enum from are stand-ins of ours."""

from recipe import Recipe

THOUGHT_TYPE = ("from enum import StrEnum\n\n\nclass ThoughtType(StrEnum):\n"
                "    plan = 'plan'\n    metadata = 'metadata'\n")

RECIPE = Recipe(
    name="skyvern",
    repo="Skyvern-AI/skyvern",
    style="DeclarativeBase with Column attributes, partial and trigram indexes",
    files=("skyvern/forge/sdk/db/models.py", "skyvern/forge/sdk/db/_soft_delete.py",
           "skyvern/forge/sdk/db/enums.py", "skyvern/forge/sdk/db/id.py"),
    stubs={"skyvern/__init__.py": "", "skyvern/forge/__init__.py": "", "skyvern/forge/sdk/__init__.py": "",
           "skyvern/forge/sdk/db/__init__.py": "", "skyvern/forge/sdk/schemas/__init__.py": "",
           "skyvern/forge/sdk/schemas/runs.py":
               "TERMINAL_STATUSES = ('completed', 'failed', 'terminated', 'canceled', 'timed_out')\n",
           "skyvern/forge/sdk/schemas/task_v2.py": THOUGHT_TYPE},
    stub_roots=("*",),
    prelude=("CREATE EXTENSION IF NOT EXISTS pg_trgm",),
    metadata="skyvern.forge.sdk.db.models:Base.metadata",
    imports=("skyvern.forge.sdk.db.models",),
    models="skyvern/forge/sdk/db",
    line_length=120,
    drift=(
        "ALTER TABLE credential_folders RENAME COLUMN title TO name",
        "ALTER TABLE aws_secret_parameters ALTER COLUMN description TYPE varchar(1024)",
        "ALTER TABLE browser_profiles ALTER COLUMN description SET NOT NULL",
        "ALTER TABLE ai_suggestions ADD COLUMN accepted_at timestamp",
        "CREATE INDEX ix_block_runs_block_label ON block_runs (block_label)",
        "COMMENT ON COLUMN artifacts.uri IS 'where the artifact is stored'",
        "ALTER TABLE browser_profiles DROP COLUMN proxy_session_id",
        "ALTER TABLE credential_folders ALTER COLUMN description SET DEFAULT ''",
        "CREATE TABLE folder_notes (id serial PRIMARY KEY, folder_id varchar NOT NULL"
        " REFERENCES credential_folders (folder_id), body text NOT NULL)",
        "ALTER TABLE credential_folders RENAME TO credential_folders_v2",
    ),
    dropped=("browser_profiles.proxy_session_id",),
)
