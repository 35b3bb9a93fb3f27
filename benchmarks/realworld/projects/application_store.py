"""communitiesuk/funding-service-design-application-store (the application store of the UK government's
funding service, Flask): Flask-SQLAlchemy on ``SQLAlchemy(metadata=MetaData(naming_convention=...))``,
classic ``Column("name", ...)`` declarations on ``db.Model`` aliased in every module (``BaseModel:
DefaultMeta = db.Model``), classes without ``__tablename__`` (Flask-SQLAlchemy's snake-cased names,
``end_of_application_survey_feedback``), unnamed ``postgresql.ENUM(PythonEnum)`` and ``db.Enum(PythonEnum)``
columns sharing one type (``status``) from two Python enums of the same name in two modules, key columns
with no type (``db.Column("application_id", db.ForeignKey(Applications.id))``), sqlalchemy-json's
``NestedMutableJson``, sqlalchemy-utils' ``UUIDType(binary=False)``, unnamed ``UniqueConstraint`` in
``__table_args__`` named by the convention, a module (``eligibility_trail.py``) no package ``__init__``
imports. flask_migrate is a permissive stub. It showed one misreading the checks do not catch (mended):
the reader keyed the files' enum classes by their bare name, so ``Language`` and ``Status``, defined alike in
``application/enums.py`` (the one the models import) and in ``feedback/enums.py`` / ``forms/enums.py``, resolved
to the last module read: ``ADD VALUE 'gd'`` added the member to the unused ``feedback/enums.py``. Each file's
name is now the class it defines or imports; ``status``'s new label goes to ``application/enums.py``'s
``Status``, which two of its three columns use (the third column's ``forms/enums.py`` ``Status`` is left
as it is: a type has one class to edit)."""

from recipe import Recipe

RECIPE = Recipe(
    name="application_store",
    repo="communitiesuk/funding-service-design-application-store",
    style="Flask-SQLAlchemy, classic Column(name, ...), unnamed PostgreSQL ENUMs shared by two tables",
    files=("db/__init__.py", "db/models/*.py", "db/models/*/*.py"),
    stub_roots=("*",),
    metadata="db:db.metadata",
    imports=("db.models", "db.models.eligibility.eligibility_trail"),
    models="db/models",
    line_length=120,
    probe_packages=("sqlalchemy==2.0.31", "flask-sqlalchemy==3.1.1", "flask==3.0.3", "sqlalchemy-utils==0.41.2",
                    "sqlalchemy-json==0.7.0", "psycopg2-binary", "alembic"),
    drift=(
        "ALTER TABLE applications RENAME COLUMN project_name TO title",
        "ALTER TABLE feedback ALTER COLUMN section_id TYPE varchar(255)",
        "ALTER TABLE eligibility ALTER COLUMN eligible SET NOT NULL",
        "ALTER TABLE research_survey ADD COLUMN contact_email varchar(320)",
        "CREATE INDEX ix_applications_account_id ON applications (account_id)",
        "COMMENT ON COLUMN applications.reference IS 'the reference shown to applicants'",
        "ALTER TABLE forms ALTER COLUMN has_completed SET DEFAULT false",
        "ALTER TABLE feedback DROP COLUMN round_id",
        "CREATE TABLE application_notes (id uuid PRIMARY KEY, application_id uuid NOT NULL"
        " REFERENCES applications (id), body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE eligibility_update RENAME TO eligibility_updates",
        "ALTER TYPE status ADD VALUE 'WITHDRAWN'",
        "ALTER TYPE language ADD VALUE 'gd'",
    ),
    dropped=("feedback.round_id",),
)
