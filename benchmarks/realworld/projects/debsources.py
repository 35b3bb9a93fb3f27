"""Debian/debsources (the browsable and searchable source code of every Debian package): classic
declarative on ``sqlalchemy.ext.declarative.declarative_base()``, ``BIGINT`` keys of PostgreSQL's
dialect, named enums of the constants module's string tuples (``Enum(*VCS_TYPES,
name="vcs_types")``), a project ``TypeDecorator`` over ``LargeBinary`` (``PathType``), a column
whose name is not its attribute's (``value = Column("value_", BIGINT)``), an ``Index(...)`` at module
level on class attributes, composite primary keys in ``__table_args__``, ``relationship(...,
backref="name")``, ``index=True`` on most columns, ``__init__`` methods in every class. The label
the drift adds to ``vcs_types`` is a by-hand item (the labels are ``*VCS_TYPES``, a tuple the tool
does not rewrite)."""

from recipe import Recipe

RECIPE = Recipe(
    name="debsources",
    repo="Debian/debsources",
    style="classic declarative, enums of constant tuples, a module-level Index",
    files=("lib/debsources/models.py", "lib/debsources/consts.py", "lib/debsources/__init__.py"),
    strip="lib/",
    metadata="debsources.models:Base.metadata",
    imports=("debsources.models",),
    models="debsources",
    line_length=88,
    drift=(
        "ALTER TABLE packages RENAME COLUMN vcs_browser TO vcs_web",
        "ALTER TABLE copyright ALTER COLUMN license TYPE varchar(255)",
        "ALTER TABLE packages ALTER COLUMN area SET NOT NULL",
        "ALTER TABLE suites_info ADD COLUMN codename varchar(32)",
        "CREATE INDEX ix_ctags_kind ON ctags (kind)",
        "COMMENT ON COLUMN checksums.sha256 IS 'hex digest of the file'",
        "ALTER TABLE history_size ALTER COLUMN ctags SET DEFAULT 0",
        "ALTER TABLE history_copyright DROP COLUMN files",
        "CREATE TABLE package_notes (id bigserial PRIMARY KEY, package_id bigint NOT NULL REFERENCES packages (id)"
        " ON DELETE CASCADE, body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE suites_aliases RENAME TO suite_aliases",
        "ALTER TYPE vcs_types ADD VALUE 'fossil'",
    ),
    dropped=("history_copyright.files",),
)
