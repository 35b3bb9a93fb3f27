"""OCHA-DAP/hapi-sqlalchemy-schema (the schema of HDX HAPI, the UN OCHA Centre for Humanitarian Data's
API of humanitarian indicators - population, food prices, funding, conflict events, refugees - by
country and admin area; the package the FastAPI service and the ingestion pipelines share) - about 50
tables of SQLAlchemy 2.0 ``Mapped[...] = mapped_column(...)`` classes, one normalised table per module
(``db_<name>.py``) beside a module-level ``ViewParams`` of a denormalising ``select`` over the joined
classes' columns, and one generated module of 25 flat "views as tables" (``*_vat``, no keys but ``id``
or a composite one). The base comes from a ``try: from hdx.database.no_timezone import Base`` whose
``except ImportError`` declares a bare ``DeclarativeBase`` (hdx-python-database is not installed here,
so the fallback applies). Constraints come from helper functions called in ``__table_args__``
(``reference_period_constraint()``, ``non_negative_constraint(var_name="price")``,
``code_and_reference_period_unique_constraint(admin_level="admin1")``: named CHECKs and UNIQUEs whose
text and name are built by f-strings); native PostgreSQL enums from ``str`` enums through a helper
``build_enum_using_values(Gender)`` (``values_callable``: labels are the values, e.g. ``"Farm Gate"``)
and one plain ``Enum(StateEnum)`` of member names; wide composite primary keys (six or seven columns,
an enum among them); columns with no annotation at all (``title = mapped_column(String(1024), ...)``,
a ``ForeignKey`` one whose type comes from the key); ``nullable=True`` on non-Optional annotations;
``server_default=text("NULL")``; ``ForeignKey(..., onupdate="CASCADE", ondelete="CASCADE")``;
relationships by class and by name. The package's ``__init__`` (it imports a hatch-vcs
``_version`` module) is ours, empty; the code generators in ``utils`` are not laid out."""

from recipe import Recipe

RECIPE = Recipe(
    name="hapi_schema",
    repo="OCHA-DAP/hapi-sqlalchemy-schema",
    style="2.0 Mapped, constraints from helper functions, value-label PG enums, try/except base",
    files=("src/hapi_schema/db_*.py", "src/hapi_schema/views.py", "src/hapi_schema/utils/__init__.py",
           "src/hapi_schema/utils/base.py", "src/hapi_schema/utils/constraints.py",
           "src/hapi_schema/utils/endpoint_constants.py", "src/hapi_schema/utils/enums.py",
           "src/hapi_schema/utils/view_params.py"),
    strip="src/",
    stubs={"hapi_schema/__init__.py": ""},
    metadata="hapi_schema.utils.base:Base.metadata",
    imports=("hapi_schema/db_*.py",),
    models="hapi_schema",
    drift=(
        "ALTER TABLE resource RENAME COLUMN format TO file_format",
        "ALTER TABLE funding ALTER COLUMN appeal_type SET NOT NULL",
        "CREATE TABLE dataset_tag (id serial PRIMARY KEY,"
        " dataset_hdx_id varchar(36) NOT NULL REFERENCES dataset (hdx_id) ON UPDATE CASCADE ON DELETE CASCADE,"
        " tag varchar(128) NOT NULL, weight integer NOT NULL DEFAULT 1 CHECK (weight >= 0),"
        " UNIQUE (dataset_hdx_id, tag))",
        "ALTER TABLE org ALTER COLUMN acronym TYPE varchar(64)",
        "ALTER TABLE patch DROP COLUMN patch_hash",
        "CREATE INDEX ix_resource_update_date ON resource (update_date)",
        "COMMENT ON COLUMN location.has_hrp IS 'the country has a Humanitarian Response Plan'",
        "ALTER TABLE resource ALTER COLUMN is_hxl SET DEFAULT false",
        "ALTER TABLE sector ADD COLUMN description varchar(1024)",
        "COMMENT ON TABLE wfp_market IS 'the markets WFP monitors food prices in'",
        "ALTER TYPE pricetype ADD VALUE 'Export'",
        "ALTER TABLE dataset RENAME TO hdx_dataset",
    ),
    dropped=("patch.patch_hash",),
)
