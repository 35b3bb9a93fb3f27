"""hypothesis/lms: SQLAlchemy 2.0 ``Mapped[...] = mapped_column(...)`` on a
``declarative_base(metadata=MetaData(naming_convention=...))``, mixins with ``created`` /
``updated`` server defaults, a column helper (``varchar_enum(Kind)``: a non-native Enum of
the values), JSONB settings with ``'{}'`` defaults, self-referencing and composite keys."""

from recipe import Recipe

RECIPE = Recipe(
    name="lms",
    repo="hypothesis/lms",
    style="2.0 Mapped, naming convention, column helper",
    files=("lms/models/**/*.py", "lms/models/*.py", "lms/db/*.py"),
    stubs={"lms/__init__.py": ""},
    stub_roots=("lms", "zope", "pyramid", "dateutil", "alembic"),
    metadata="lms.db:Base.metadata",
    imports=("lms/models/*.py",),
    models="lms/models",
    line_length=88,  # its pyproject's ruff / black default
    drift=(
        "ALTER TABLE organization RENAME COLUMN name TO display_name",
        "ALTER TABLE \"user\" ALTER COLUMN email SET NOT NULL",
        "CREATE TABLE course_label (id serial PRIMARY KEY,"
        " grouping_id integer NOT NULL REFERENCES grouping (id) ON DELETE CASCADE,"
        " label text NOT NULL CHECK (label <> ''), UNIQUE (grouping_id, label))",
        "ALTER TABLE application_instances ALTER COLUMN name TYPE varchar(512)",
        "ALTER TABLE file DROP COLUMN parent_lms_id",
        "CREATE INDEX ix__file_created ON file (created)",
        "COMMENT ON COLUMN file.lms_id IS 'the id the LMS gives the file'",
        "ALTER TABLE assignment ALTER COLUMN title SET DEFAULT ''",
        "ALTER TABLE organization ADD COLUMN website text",
        "COMMENT ON TABLE organization IS 'customers'",
        "ALTER TABLE event ALTER COLUMN type_id SET NOT NULL",
        "ALTER TABLE grouping RENAME TO grouping_v2",
    ),
    dropped=("file.parent_lms_id",),
)
