"""bcgov/met-public (British Columbia's Modern Engagement Tools), its analytics API: Flask-SQLAlchemy
models on an abstract ``BaseModel(db.Model)`` that gives every table columns of its own (``created_date``
with ``default=datetime.utcnow``, ``updated_date`` with ``onupdate``, ``is_active``, ``runcycle_id``), plain
mixins after it (``RequestMixin``, ``ResponseMixin``: an ``id``, an ``@declared_attr`` foreign key
``survey_id`` with ``ondelete='CASCADE'``, a second primary key column ``request_key``) of which one is
shared by two tables (``response_type_option``, ``available_response_option``), composite primary keys,
column ``comment=``s, a module imported by its absolute name beside relative imports.
flask-marshmallow and flask-migrate are permissive stubs."""

from recipe import Recipe

RECIPE = Recipe(
    name="met_analytics",
    repo="bcgov/met-public",
    style="Flask-SQLAlchemy, abstract base with columns, declared_attr mixins shared by two tables",
    files=("analytics-api/src/analytics_api/models/*.py",),
    strip="analytics-api/src/",
    stubs={"analytics_api/__init__.py": ""},
    stub_roots=("*",),
    metadata="analytics_api.models.db:db.metadata",
    imports=("analytics_api.models", "analytics_api.models.available_response_option"),
    models="analytics_api/models",
    line_length=120,
    drift=(
        "ALTER TABLE engagement RENAME COLUMN marker_label TO map_marker_label",
        "ALTER TABLE survey ALTER COLUMN name TYPE varchar(255)",
        "ALTER TABLE survey ALTER COLUMN name SET NOT NULL",
        "ALTER TABLE request_type_option ALTER COLUMN type SET NOT NULL",
        "ALTER TABLE response_type_option ALTER COLUMN value SET NOT NULL",
        "ALTER TABLE user_feedback ADD COLUMN language varchar(10)",
        "CREATE INDEX ix_user_response_detail_engagement_id ON user_response_detail (engagement_id)",
        "COMMENT ON COLUMN etl_runcycle.packagename IS 'the ETL package that ran'",
        "ALTER TABLE engagement ALTER COLUMN is_active SET DEFAULT true",
        "ALTER TABLE user_details DROP COLUMN name",
        "CREATE TABLE survey_tag (id serial PRIMARY KEY, survey_id integer NOT NULL REFERENCES survey (id),"
        " tag varchar(64) NOT NULL, created_date timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE user_details RENAME TO analytics_user_details",
        "ALTER TABLE available_response_option RENAME COLUMN value TO option_value",
    ),
    dropped=("user_details.name",),
)
