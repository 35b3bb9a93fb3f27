"""Pythagora-io/gpt-pilot (Pythagora's AI developer agent, its ``core/db`` persistence of projects,
branches, the chain of project states and the LLM / command / user-input logs): nine tables of
SQLAlchemy 2.0 ``Mapped[...] = mapped_column(...)`` classes, one per module, on a
``Base(AsyncAttrs, DeclarativeBase)`` with a naming convention (``uq_%(table_name)s_%(column_0_name)s``,
``fk_..._%(referred_table_name)s``, ``pk_%(table_name)s``) and a ``type_annotation_map`` that makes
``list[dict]``, ``list[str]`` and ``dict`` JSON. Nearly no column names a type: ``mapped_column()``
with the type, length (none: plain ``VARCHAR``) and nullability all from the annotation
(``Mapped[Optional[list[str]]]``, ``Mapped[UUID]``, ``Mapped[float]``); string ``server_default``s
(``"{}"``, ``"[]"``, ``"1"``) and one that is a class constant (``server_default=Complexity.HARD``);
Python-side ``default=list`` / ``dict`` / ``uuid4`` and a context-sensitive lambda default; a
self-referencing state chain (``prev_state_id`` with ``remote_side=[id]``) under two unnamed
``UniqueConstraint``s in a ``__table_args__`` that ends in a ``{"sqlite_autoincrement": True}`` dict;
``ForeignKey("table.id", ondelete=...)`` strings. The models import the application's logging, LLM,
process and UI modules for method signatures only: those are permissive stubs."""

from recipe import Recipe

RECIPE = Recipe(
    name="gpt_pilot",
    repo="Pythagora-io/gpt-pilot",
    style="2.0 Mapped, types from annotations + type_annotation_map, naming convention",
    files=("core/db/models/*.py",),
    stubs={"core/__init__.py": "", "core/db/__init__.py": ""},
    stub_roots=("*",),
    metadata="core.db.models:Base.metadata",
    imports=("core.db.models",),
    models="core/db/models",
    line_length=120,  # pyproject.toml [tool.ruff]
    drift=(
        "ALTER TABLE exec_logs RENAME COLUMN cwd TO working_dir",
        "ALTER TABLE llm_requests ALTER COLUMN agent SET NOT NULL",
        "CREATE TABLE branch_tags (id serial PRIMARY KEY,"
        " branch_id uuid NOT NULL REFERENCES branches (id) ON DELETE CASCADE,"
        " tag varchar NOT NULL, created_at timestamp NOT NULL DEFAULT now(), CHECK (tag <> ''))",
        "ALTER TABLE projects ALTER COLUMN name TYPE varchar(255)",
        "ALTER TABLE file_contents ALTER COLUMN content TYPE text",
        "ALTER TABLE llm_requests ALTER COLUMN messages TYPE jsonb USING messages::jsonb",
        "ALTER TABLE specifications DROP COLUMN template_summary",
        "CREATE INDEX ix_llm_requests_started_at ON llm_requests (started_at)",
        "COMMENT ON COLUMN project_states.step_index IS 'position of the state in its branch, from 1'",
        "COMMENT ON TABLE exec_logs IS 'commands the agent ran, with their output'",
        "ALTER TABLE user_inputs ALTER COLUMN cancelled SET DEFAULT false",
        "ALTER TABLE projects ADD COLUMN archived_at timestamp",
        "ALTER TABLE branches RENAME TO project_branches",
    ),
    dropped=("specifications.template_summary",),
    note=("under the naming convention, the edited models name the renamed table's keys pk_project_branches and "
          "fk_<table>_branch_id_project_branches, and the new table's key pk_branch_tags, where the database kept "
          "pk_branches, fk_<table>_branch_id_branches and branch_tags_pkey (checks cannot see constraint names)"),
)
