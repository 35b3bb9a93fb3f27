"""fecgov/openFEC: Flask-SQLAlchemy models of the API's materialized views (90 tables, 2,420 columns)
over 18 modules that ``import *`` one another through the package's ``__init__.py``, an abstract
``BaseModel`` giving ``idx`` as the key, ``__table_args__ = {'schema': ...}`` in seven schemas besides
``public`` (``disclosure``, ``real_efile``, ``auditsearch``...), mixins of ``declared_attr`` columns,
``doc=`` strings from a module of constants on nearly every column, ``TSVECTOR`` and ``ARRAY`` columns,
``index=True`` on most filterable columns, relationships from helper functions. The app's utilities
are permissive stubs."""

from recipe import Recipe

_SCHEMAS = ("disclosure", "real_efile", "test_efile", "auditsearch", "fecapp", "staging")

RECIPE = Recipe(
    name="openfec",
    repo="fecgov/openFEC",
    style="Flask-SQLAlchemy, views as models, seven schemas, import * package",
    files=("webservices/common/models/*.py", "webservices/docs.py"),
    stubs={"webservices/__init__.py": "", "webservices/common/__init__.py": ""},
    stub_roots=("*",),
    prelude=tuple(f"CREATE SCHEMA {schema}" for schema in _SCHEMAS),
    schemas=("public", *_SCHEMAS),
    metadata="webservices.common.models:db.metadata",
    imports=("webservices.common.models",),
    models="webservices/common/models",
    line_length=120,
    drift=(
        "ALTER TABLE ofec_candidate_fulltext_mv RENAME COLUMN office_sought TO office",
        "ALTER TABLE ofec_candidate_fulltext_mv ALTER COLUMN name TYPE varchar(200)",
        "ALTER TABLE ofec_candidate_fulltext_mv ALTER COLUMN receipts SET NOT NULL",
        "ALTER TABLE ofec_candidate_fulltext_mv ADD COLUMN state varchar(2)",
        "CREATE INDEX ix_ofec_candidate_fulltext_mv_receipts ON ofec_candidate_fulltext_mv (receipts)",
        "COMMENT ON COLUMN ofec_candidate_fulltext_mv.disbursements IS 'in dollars'",
        "ALTER TABLE ofec_candidate_fulltext_mv DROP COLUMN total_activity",
        "ALTER TABLE ofec_candidate_fulltext_mv ALTER COLUMN receipts SET DEFAULT 0",
        "CREATE TABLE candidate_notes (id serial PRIMARY KEY, candidate_id varchar NOT NULL,"
        " body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE ofec_candidate_flag_mv RENAME TO ofec_candidate_flags_mv",
    ),
    dropped=("ofec_candidate_fulltext_mv.total_activity",),
)
