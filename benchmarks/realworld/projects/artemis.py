"""CERT-Polska/Artemis: classic declarative in one module beside the application's database
layer, ``tsvector`` columns ``Computed(...)`` (``persisted=True``) over ``COALESCE`` of other
columns with GIN indexes on them (``Index("analysis_fulltext", fulltext,
postgresql_using="gin")``, the class-body column itself), a ``TypeDecorator`` on PostgreSQL's
``TSVECTOR``, enums of a Python ``Enum`` stored by value (``values_callable=lambda obj: [e.value
for e in obj]``), ``server_default=text("NOW()")`` in capitals, composite primary keys of text.
The application's other modules are stubs."""

from recipe import Recipe

RECIPE = Recipe(
    name="artemis",
    repo="CERT-Polska/Artemis",
    style="classic declarative, computed tsvector columns with GIN indexes, enums by value",
    files=("artemis/db.py",),
    stubs={"artemis/__init__.py": ""},
    stub_roots=("*",),
    metadata="artemis.db:Base.metadata",
    imports=("artemis.db",),
    models="artemis",
    line_length=120,
    drift=(
        "ALTER TABLE report_generation_task RENAME COLUMN output_location TO output_path",
        "ALTER TABLE report_generation_task ALTER COLUMN language TYPE varchar(16)",
        "ALTER TABLE task_result ALTER COLUMN receiver SET NOT NULL",
        "ALTER TABLE tag ADD COLUMN description text",
        "CREATE INDEX ix_task_result_created_at ON task_result (created_at)",
        "COMMENT ON COLUMN analysis.target IS 'what was scanned'",
        "ALTER TABLE report_generation_task DROP COLUMN skip_hooks",
        "ALTER TABLE analysis ALTER COLUMN stopped SET DEFAULT false",
        "CREATE TABLE analysis_note (id serial PRIMARY KEY, analysis_id varchar NOT NULL REFERENCES analysis (id),"
        " body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE analysis RENAME TO analysis_v2",
    ),
    dropped=("report_generation_task.skip_hooks",),
)
