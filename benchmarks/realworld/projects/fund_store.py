"""communitiesuk/funding-service-design-fund-store (the fund and round configuration store of the UK
government's funding service, Flask): Flask-SQLAlchemy on ``SQLAlchemy(metadata=MetaData(
naming_convention=...))``, classic ``Column("name", ...)`` declarations on ``db.Model`` aliased in every
module (``BaseModel: DefaultMeta = db.Model``), classes without ``__tablename__`` (Flask-SQLAlchemy's
snake-cased names, ``form_name``, ``assessment_field``), a column whose name ends in a space
(``Column("eoi_decision_schema ", JSON(none_as_null=True))``), named ``Enum(PythonEnum, name=...)``
columns, sqlalchemy-utils' ``LtreeType`` with a GiST index in ``__table_args__`` referring to the
column object, a self-referencing ``relationship`` on ``remote(path) == foreign(func.subpath(path, 0,
-1))``, an unnamed composite ``UniqueConstraint`` named by the convention, a key column with no type
(``Column(ForeignKey("section.id"), primary_key=True)``). ``translations.py`` (imported nowhere, its
table never migrated) is not laid out; flask_migrate is a permissive stub."""

from recipe import Recipe

RECIPE = Recipe(
    name="fund_store",
    repo="communitiesuk/funding-service-design-fund-store",
    style="Flask-SQLAlchemy, classic Column(name, ...), named enums, an ltree column with a GiST index",
    files=("db/__init__.py", "db/models/__init__.py", "db/models/event.py", "db/models/form_name.py",
           "db/models/fund.py", "db/models/round.py", "db/models/section.py"),
    stub_roots=("*",),
    prelude=("CREATE EXTENSION IF NOT EXISTS ltree",),
    metadata="db:db.metadata",
    imports=("db.models",),
    models="db/models",
    line_length=120,
    probe_packages=("sqlalchemy==2.0.31", "flask-sqlalchemy==3.1.1", "flask==3.0.3", "sqlalchemy-utils==0.41.2",
                    "psycopg2-binary", "alembic"),
    drift=(
        "ALTER TABLE fund RENAME COLUMN owner_organisation_logo_uri TO owner_logo_uri",
        "ALTER TABLE round ALTER COLUMN contact_email TYPE varchar(320)",
        "ALTER TABLE round ALTER COLUMN feedback_link SET NOT NULL",
        "ALTER TABLE assessment_field ADD COLUMN hint text",
        "CREATE INDEX ix_event_round_id ON event (round_id)",
        "COMMENT ON COLUMN fund.short_name IS 'the fund''s code in the application URLs'",
        "ALTER TABLE section ALTER COLUMN weighting SET DEFAULT 0",
        "ALTER TABLE round DROP COLUMN contact_textphone",
        "CREATE TABLE round_note (id uuid PRIMARY KEY, round_id uuid NOT NULL REFERENCES round (id),"
        " body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE form_name RENAME TO form_names",
        "ALTER TYPE fundingtype ADD VALUE 'DIRECT_AWARD'",
        "ALTER TYPE event_type ADD VALUE 'ROUND_CLOSED'",
    ),
    dropped=("round.contact_textphone",),
)
