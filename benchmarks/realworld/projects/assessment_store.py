"""communitiesuk/funding-service-design-assessment-store (the assessment store of the UK government's
funding service, Flask): Flask-SQLAlchemy on ``SQLAlchemy(metadata=MetaData(naming_convention=...))``,
classic ``Column("name", ...)`` declarations on ``db.Model`` aliased in most modules (``BaseModel:
DefaultMeta = db.Model``), a class without ``__tablename__`` (Flask-SQLAlchemy's snake-cased name),
attributes named apart from their columns (``id = db.Column("comment_id", ...)``), unnamed
``postgresql.ENUM(PythonEnum)`` columns (the enum's own name in lower case), a ``Computed(func.md5(
cast(jsonb_blob, TEXT)), persisted=True)`` column, ``column_property`` JSON path queries (one attribute
defined twice), module-level ``Index(...)`` objects with ``postgresql_using="gin"`` / ``"hash"`` and
operator classes, an expression index (``text("lower(value)")``), a composite key in
``__table_args__``, the package's ``__init__`` modules re-exporting the classes. alembic_utils'
``PGFunction`` / ``PGTrigger`` (not made by ``create_all``) and flask_migrate are permissive stubs. It
showed one misreading, mended: an index on a JSONB subscript (``Index("ix_jsonb_blob_nURkuc",
AssessmentRecord.jsonb_blob["nURkuc"], postgresql_using="gin")``) was kept as its Python source, not read
as ``(jsonb_blob -> 'nURkuc'::text)``, so the undrifted database's index differed (one by-hand item)."""

from recipe import Recipe

RECIPE = Recipe(
    name="assessment_store",
    repo="communitiesuk/funding-service-design-assessment-store",
    style="Flask-SQLAlchemy, classic Column(name, ...), unnamed PostgreSQL ENUMs, module-level GIN indexes",
    files=("db/__init__.py", "db/models/*.py"),
    stub_roots=("*",),
    prelude=("CREATE EXTENSION IF NOT EXISTS pg_trgm",),
    metadata="db:db.metadata",
    imports=("db.models",),
    models="db/models",
    line_length=120,
    probe_packages=("sqlalchemy==2.0.31", "flask-sqlalchemy==3.1.1", "flask==3.0.3", "psycopg2-binary", "alembic"),
    drift=(
        "ALTER TABLE flag_update RENAME COLUMN justification TO reason",
        "ALTER TABLE tag_association ALTER COLUMN user_id TYPE varchar(512)",
        "ALTER TABLE comments ALTER COLUMN theme_id SET NOT NULL",
        "ALTER TABLE tag_types ADD COLUMN colour varchar(32)",
        "CREATE INDEX ix_scores_sub_criteria_id ON scores (sub_criteria_id)",
        "COMMENT ON COLUMN assessment_records.short_id IS 'the reference shown to assessors'",
        "ALTER TABLE tags ALTER COLUMN active SET DEFAULT true",
        "ALTER TABLE flag_update DROP COLUMN allocation",
        "CREATE TABLE assessment_notes (id uuid PRIMARY KEY, application_id uuid NOT NULL"
        " REFERENCES assessment_records (application_id), body text NOT NULL,"
        " created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE qa_complete RENAME TO qa_completions",
        "ALTER TYPE flagstatus ADD VALUE 'ESCALATED'",
    ),
    dropped=("flag_update.allocation",),
)
