"""lsst-sqre/times-square (the Rubin Science Platform's service of parameterized notebooks as web
pages): SQLAlchemy 2.0 ``Mapped`` classes on an empty ``DeclarativeBase``, under ``from __future__
import annotations``, every column a ``mapped_column`` with its type (``Unicode(32)``,
``UnicodeText``, ``JSON`` of ``Mapped[dict[str, Any]]`` and ``Mapped[list[str]]``, ``DateTime(timezone=
True)``), a string primary key with a Python-side ``default=lambda: uuid.uuid4().hex``, a named
unique constraint, a ``relationship("SqlPage")`` with no backref; attribute docstrings after every
column. ``line_length`` stands in for the project's ``[tool.ruff] extend = "ruff-shared.toml"``, whose
``line-length = 79`` the tool did not follow (it wrapped at 88); it does now."""

from recipe import Recipe

RECIPE = Recipe(
    name="times_square",
    repo="lsst-sqre/times-square",
    style="2.0 Mapped with mapped_column types, attribute docstrings",
    files=("src/timessquare/dbschema/*.py",),
    strip="src/",
    stubs={"timessquare/__init__.py": ""},
    metadata="timessquare.dbschema:Base.metadata",
    imports=("timessquare.dbschema",),
    models="timessquare/dbschema",
    line_length=79,
    drift=(
        "ALTER TABLE pages RENAME COLUMN uploader_username TO uploader",
        "ALTER TABLE pages ALTER COLUMN github_commit TYPE varchar(64)",
        "ALTER TABLE pages ALTER COLUMN tags TYPE jsonb",
        "ALTER TABLE pages ALTER COLUMN description SET NOT NULL",
        "ALTER TABLE scheduled_run ADD COLUMN finished_at timestamp with time zone",
        "CREATE INDEX ix_pages_github_owner_repo ON pages (github_owner, github_repo)",
        "COMMENT ON COLUMN pages.cache_ttl IS 'seconds an HTML render is kept'",
        "ALTER TABLE pages ALTER COLUMN execution_timeout SET DEFAULT 60",
        "ALTER TABLE pages DROP COLUMN repository_display_path_prefix",
        "CREATE TABLE page_views (id serial PRIMARY KEY, page_name varchar(32) NOT NULL REFERENCES pages (name),"
        " created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE scheduled_run RENAME TO scheduled_runs",
    ),
    dropped=("pages.repository_display_path_prefix",),
    note="no named enum in the models: no ALTER TYPE in the drift",
)
