"""dstackai/dstack: 34 tables in one module of SQLAlchemy 2.0 ``Mapped`` models on a
``DeclarativeBase`` whose ``MetaData`` has a naming convention, TypeDecorators of its own
(naive UTC datetimes, encrypted strings, enums stored as strings with a length), sqlalchemy-utils'
``UUIDType`` keys, ``server_default=false()``, partial indexes whose ``postgresql_where`` is a
Python predicate (``deleted == false()``, ``status.not_in(...)``), a mixin of lock columns, and
``Mapped["UserModel"]`` on a foreign-key column. The application modules it imports its enums,
settings and helpers from import as permissive stubs."""

from recipe import Recipe

PACKAGES = ("dstack", "dstack/_internal", "dstack/_internal/server")

RECIPE = Recipe(
    name="dstack",
    repo="dstackai/dstack",
    style="2.0 Mapped, own TypeDecorators, Python predicates in partial indexes",
    files=("src/dstack/_internal/server/models.py",),
    strip="src/",
    stubs={f"{package}/__init__.py": "" for package in PACKAGES},
    stub_roots=("*",),
    metadata="dstack._internal.server.models:BaseModel.metadata",
    imports=("dstack._internal.server.models",),
    models="dstack/_internal/server",
    drift=(
        "ALTER TABLE projects RENAME COLUMN templates_repo TO templates_url",
        "ALTER TABLE users ALTER COLUMN name TYPE varchar(100)",
        "ALTER TABLE repos ALTER COLUMN creds SET NOT NULL",
        "ALTER TABLE backends ADD COLUMN disabled boolean NOT NULL DEFAULT false",
        "CREATE INDEX ix_projects_name ON projects (name)",
        "COMMENT ON COLUMN users.token_hash IS 'sha256 of the token'",
        "ALTER TABLE users DROP COLUMN original_name",
        "ALTER TABLE projects ALTER COLUMN is_public SET DEFAULT false",
        "DROP INDEX ix_fleets_pipeline_fetch_q",
        "CREATE TABLE project_notes (id uuid PRIMARY KEY, project_id uuid NOT NULL REFERENCES projects (id)"
        " ON DELETE CASCADE, note text NOT NULL, created_at timestamp NOT NULL)",
        "ALTER TABLE projects RENAME TO projects_v2",
    ),
    dropped=("users.original_name",),
)
