"""communitiesuk/funding-service (the UK government's grant funding service, Flask): SQLAlchemy 2.0
``Mapped`` classes on a ``DeclarativeBase`` whose abstract base maps ``id`` / ``created_at_utc`` /
``updated_at_utc`` with ``sort_order``, a naming convention, and a ``type_annotation_map`` of a PEP 695
alias (``type CIStr = str`` to ``CITEXT``), of ``dict[str, Any]`` aliases to ``JSONB`` and of pydantic
models and string classes to TypeDecorators of the project (``JSONB`` and ``String`` / ``CITEXT``
impls); annotations that name classes defined further down without ``from __future__ import
annotations`` (Python 3.14's lazy annotations); Python enums as named PostgreSQL enums, some only from
``Mapped[SomeEnum]`` (the name SQLAlchemy makes), one in a ``postgresql.ARRAY``; single-table
inheritance of components (``polymorphic_on`` a named enum), ``column_property`` subqueries, partial
and expression indexes, ``postgresql_nulls_not_distinct``, ``sqlalchemy_json``'s
``mutable_json_type(dbtype=JSONB, nested=True)``. The application's modules the models need are laid
out; the expressions package's ``__init__`` is ours, the rest (forms, filters) permissive stubs. It
showed one misreading, mended: the declarative base is named ``BaseModel`` as pydantic's is (``from
pydantic import BaseModel`` in the same package), and the reader's library mixins went by name, so a new
table's class derived from it as from a mixin, without ``created_at_utc = None`` for the base's columns
the table lacks (Alembic: two columns added; the second plan set them to None)."""

from recipe import Recipe

# the expressions package's __init__ (ours): the models import its base class of expressions, and the
# laid-out references module (the TypeDecorators of the annotation map) lives in the package
_EXPRESSIONS = """class EvaluatableExpression:
    pass
"""

RECIPE = Recipe(
    name="funding_service",
    repo="communitiesuk/funding-service",
    style="2.0 Mapped, type_annotation_map with a PEP 695 alias and TypeDecorators, named enums, STI",
    files=("app/common/data/__init__.py", "app/common/data/base.py", "app/common/data/models.py",
           "app/common/data/models_user.py", "app/common/data/models_audit.py", "app/common/data/types.py",
           "app/common/data/submission_data_manager.py", "app/common/expressions/references.py",
           "app/common/safe_ids.py", "app/common/utils.py", "app/types.py", "app/common/collections/types.py"),
    stubs={"app/__init__.py": "", "app/common/__init__.py": "", "app/common/collections/__init__.py": "",
           "app/common/expressions/__init__.py": _EXPRESSIONS},
    # a CHECK compares the enum column with its value ('retired') where PostgreSQL's enum has the
    # member's name as its label ('RETIRED'): create_all fails (the migrations never made the CHECK)
    fixes={"app/common/data/models.py": ('"status = \'retired\' OR retirement_date IS NULL"',
                                         '"status = \'RETIRED\' OR retirement_date IS NULL"')},
    stub_roots=("*",),
    prelude=("CREATE EXTENSION IF NOT EXISTS citext",),
    metadata="app.common.data.base:BaseModel.metadata",
    imports=("app.common.data.models", "app.common.data.models_user", "app.common.data.models_audit"),
    models="app/common/data",
    line_length=120,
    deferred_annotations=True,
    python=(3, 12),
    probe_packages=("sqlalchemy==2.0.51", "psycopg2-binary", "alembic", "pydantic==2.13.4", "sqlalchemy-json==0.7.0",
                    "flask", "pytz", "email-validator"),
    drift=(
        "ALTER TABLE organisation RENAME COLUMN custom_code TO internal_code",
        "ALTER TABLE form ALTER COLUMN slug TYPE varchar(255)",
        "ALTER TABLE collection ALTER COLUMN prospectus_url SET NOT NULL",
        "ALTER TABLE release_note ADD COLUMN summary text",
        "CREATE INDEX ix_submission_event_related_entity_id ON submission_event (related_entity_id)",
        "COMMENT ON COLUMN \"grant\".ggis_number IS 'the grant''s number in GGIS'",
        "ALTER TABLE collection ALTER COLUMN reminder_email_business_days_before_closing SET DEFAULT 5",
        "ALTER TABLE component DROP COLUMN guidance_heading",
        "CREATE TABLE grant_note (id uuid PRIMARY KEY, grant_id uuid NOT NULL REFERENCES \"grant\" (id),"
        " body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE release_note RENAME TO release_notes",
        "ALTER TYPE expression_type_enum ADD VALUE 'CALCULATION'",
        "ALTER TYPE grantstatusenum ADD VALUE 'CLOSED'",
    ),
    dropped=("component.guidance_heading",),
)
