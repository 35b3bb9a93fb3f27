"""lsst-sqre/docverse (the Vera C. Rubin Observatory's documentation-hosting platform, successor of LTD Keeper:
organisations, projects, builds uploaded from CI, editions that track git refs, a job queue and a GitHub-synced
dashboard template cache; FastAPI, by Rubin's SQuaRE team) - 16 tables of SQLAlchemy 2.0 ``Mapped[...] =
mapped_column(...)`` classes, one per module under ``src/docverse/dbschema``, on a bare ``DeclarativeBase``
(no naming convention: every constraint and index is named by hand). Most of the schema's rules live in
``__table_args__``: partial unique indexes (``Index(..., unique=True, postgresql_where=text(...))``), a
unique index over an expression (``text("lower(slug)")``) and one over a constant (``text("(true)")``, at most
one live row), expression indexes on ``lower(...)``, GIN trigram indexes (``postgresql_using="gin",
postgresql_ops={"slug": "gin_trgm_ops"}``, pg_trgm in the prelude), CHECKs written as implicitly concatenated
strings, and hand-named ``UniqueConstraint``s. Non-native enums (``Enum(EditionKind, native_enum=False,
length=32)``: a ``varchar(32)`` and no CHECK) over ``StrEnum`` classes of the separately distributed
``docverse-client`` package (its ``models`` modules laid out, its ``__init__`` of HTTP client imports
replaced by ours); an attribute mapped to a column of another name through ``mapped_column(Integer,
name="purgatory_retention_seconds")``; many ``*_id`` integer columns with no foreign key beside real ones
with ``ondelete``, one ``ForeignKey`` with the type left to it; ``default=dict`` JSONB, ``server_default=
func.now()`` with ``onupdate=func.now()``, a column with both ``default`` and ``server_default``. One module
(``git_ref_audit_run``) is left out of the package's ``__init__`` though another table's key names it, so
it is imported on its own. The project targets Python 3.13; the laid-out files parse and import on 3.11."""

from recipe import Recipe

RECIPE = Recipe(
    name="docverse",
    repo="lsst-sqre/docverse",
    style="2.0 Mapped, bare base, partial/expression/trigram indexes, non-native enums",
    files=("src/docverse/dbschema/*.py", "client/src/docverse/client/models/*.py"),
    strip=("client/src/", "src/"),
    stubs={"docverse/__init__.py": "", "docverse/client/__init__.py": ""},
    prelude=("CREATE EXTENSION IF NOT EXISTS pg_trgm",),
    metadata="docverse.dbschema.base:Base.metadata",
    imports=("docverse.dbschema", "docverse.dbschema.git_ref_audit_run"),
    models="docverse/dbschema",
    python=(3, 11),
    line_length=79,  # ruff-shared.toml (Rubin SQuaRE's shared ruff settings)
    drift=(
        "ALTER TABLE builds RENAME COLUMN content_hash TO content_digest",
        "ALTER TABLE projects ALTER COLUMN source_url SET NOT NULL",
        "CREATE TABLE project_tags (id serial PRIMARY KEY,"
        " project_id integer NOT NULL REFERENCES projects (id) ON DELETE CASCADE,"
        " tag varchar(64) NOT NULL CHECK (tag = lower(tag)),"
        " date_created timestamptz NOT NULL DEFAULT now(), UNIQUE (project_id, tag))",
        "ALTER TABLE projects ALTER COLUMN github_owner TYPE varchar(64)",
        "ALTER TABLE keeper_sync_state DROP COLUMN last_seen_etag",
        "CREATE INDEX idx_editions_current_build_id ON editions (current_build_id)",
        "COMMENT ON COLUMN organizations.purgatory_retention_seconds IS 'how long deleted builds are kept'",
        "COMMENT ON TABLE edition_build_history IS 'every build an edition has pointed to, newest first'",
        "ALTER TABLE queue_jobs ALTER COLUMN status SET DEFAULT 'queued'",
        "ALTER TABLE editions ALTER COLUMN kind TYPE varchar(64)",
        "ALTER TABLE org_memberships ADD COLUMN date_created timestamptz NOT NULL DEFAULT now()",
        "ALTER TABLE projects RENAME TO doc_projects",
    ),
    dropped=("keeper_sync_state.last_seen_etag",),
)
