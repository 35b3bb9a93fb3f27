"""release-engineering/resultsdb: Flask-SQLAlchemy 3 models with table names from the class names
(``class ResultData`` -> ``result_data``), ``db.Index`` items with ``postgresql_ops`` text
pattern operator classes (one keyed by a name that is not the index's column), foreign keys to
unique text columns, and a plain serializer mixin of another package of the application."""

from recipe import Recipe

RECIPE = Recipe(
    name="resultsdb",
    repo="release-engineering/resultsdb",
    style="Flask-SQLAlchemy 3, class-name tables, text_pattern_ops indexes",
    files=("resultsdb/models/*.py", "resultsdb/serializers/__init__.py"),
    stubs={"resultsdb/__init__.py": ""},
    stub_roots=("*",),
    metadata="resultsdb.models:db.metadata",
    imports=("resultsdb.models.results",),
    models="resultsdb/models",
    drift=(
        "ALTER TABLE result RENAME COLUMN note TO remark",
        "ALTER TABLE result ALTER COLUMN outcome TYPE varchar(64)",
        "ALTER TABLE testcase ALTER COLUMN ref_url SET NOT NULL",
        "ALTER TABLE \"group\" ADD COLUMN created timestamp",
        "CREATE INDEX result_outcome ON result (outcome)",
        "COMMENT ON COLUMN result_data.key IS 'the extra data key'",
        "ALTER TABLE \"group\" DROP COLUMN ref_url",
        "ALTER TABLE result ALTER COLUMN submit_time SET DEFAULT now()",
        "CREATE TABLE result_tag (id serial PRIMARY KEY, result_id integer NOT NULL REFERENCES result (id),"
        " tag text NOT NULL)",
        "ALTER TABLE result RENAME TO result_v2",
    ),
    dropped=("group.ref_url",),
)
