"""pypi/warehouse (PyPI): SQLAlchemy 2.0 ``Mapped[...]`` models across the whole application (77
tables in ~40 modules): annotation-only columns typed through the declarative base's
``type_annotation_map`` and ``Annotated`` aliases (``Mapped[bool_false]``, ``datetime_now``), mixins
with ``@declared_attr`` columns and relationships (``HasEvents``, ``HasObservations``, events
tables made per class), ``CITEXT``, indexes on SQL functions of the project's migrations,
``FetchedValue()`` server defaults, generic functions (PEP 695). Taken at the last commit on
Python 3.13 (``ref``; the project has since moved to 3.14's syntax): the corpus runs it, tool
included, on a Python 3.12+ (``python``); the application's services are stubs."""

from recipe import Recipe

RECIPE = Recipe(
    name="warehouse",
    repo="pypi/warehouse",
    style="2.0 Mapped, application-wide",
    files=("warehouse/**.py", "pyproject.toml"),
    stub_roots=("*",),
    # the extensions and SQL functions the project's migrations make, which its indexes name (ours:
    # any immutable function of that signature serves create_all)
    prelude=("CREATE EXTENSION IF NOT EXISTS citext",
             "CREATE FUNCTION normalize_pep426_name(text) RETURNS text LANGUAGE sql IMMUTABLE"
             " AS $$ SELECT lower($1) $$",
             "CREATE FUNCTION ultranormalize_name(text) RETURNS text LANGUAGE sql IMMUTABLE"
             " AS $$ SELECT lower($1) $$"),
    metadata="warehouse.db:ModelBase.metadata",
    imports=("warehouse/**/models.py", "warehouse/**/models/*.py", "warehouse.admin.flags",
             "warehouse.utils.row_counter", "warehouse.events.tags", "warehouse.tasks"),
    models="warehouse",
    ref="f5cd84fe68a46770e15ed5097f1a4e47c8fcf8e4",
    python=(3, 12),
    probe_packages=("sqlalchemy>=2,<2.2", "alembic", "psycopg2-binary", "psycopg[binary]", "pyramid", "pyramid_retry",
                    "pyramid_services", "zope.interface", "zope.sqlalchemy", "transaction", "structlog", "venusian",
                    "packaging", "trove-classifiers", "pymacaroons", "passlib", "Automat", "celery", "redis",
                    "humanize", "itsdangerous", "WTForms", "email-validator", "rfc3986", "paginate", "stripe",
                    "webauthn", "pypi-attestations"),
    drift=(
        "ALTER TABLE sponsors RENAME COLUMN activity_markdown TO activity",
        "ALTER TABLE banners ALTER COLUMN link_label TYPE varchar(60)",
        "ALTER TABLE sponsors ALTER COLUMN slug SET NOT NULL",
        "ALTER TABLE banners ADD COLUMN audience varchar(40)",
        "CREATE INDEX ix_sponsors_level_order ON sponsors (level_order)",
        "COMMENT ON COLUMN banners.fa_icon IS 'a Font Awesome icon class'",
        "ALTER TABLE sponsors DROP COLUMN one_time",
        "ALTER TABLE sponsors ALTER COLUMN origin SET DEFAULT 'manual'",
        "CREATE TABLE sponsor_notes (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), sponsor_id uuid NOT NULL"
        " REFERENCES sponsors (id), body text NOT NULL, created timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE sponsors RENAME TO sponsors_v2",
    ),
    dropped=("sponsors.one_time",),
)
