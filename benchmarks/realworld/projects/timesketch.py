"""google/timesketch: classic declarative on an ``@as_declarative()`` ``BaseModel`` whose
``declared_attr`` names every table from its class (``cls.__name__.lower()``) and gives it ``id``,
``created_at`` / ``updated_at``; mixins whose ``declared_attr`` makes a class per model at run time
with ``type(...)`` (``sketch_label``, ``event_comment``...: tables no class of the files names);
association tables; Flask-SQLAlchemy's ``Query`` as the session's query class. flask-login and the
rest of timesketch are stubs; its definitions module is laid out."""

from recipe import Recipe

RECIPE = Recipe(
    name="timesketch",
    repo="google/timesketch",
    style="classic declarative, @as_declarative class-name tables, tables made by type() in mixins",
    files=("timesketch/models/*.py", "timesketch/lib/definitions.py"),
    stubs={"timesketch/__init__.py": "", "timesketch/lib/__init__.py": ""},
    stub_roots=("*",),
    metadata="timesketch.models:BaseModel.metadata",
    imports=("timesketch.models.sketch", "timesketch.models.user", "timesketch.models.sigma",
             "timesketch.models.annotations", "timesketch.models.acl"),
    models="timesketch/models",
    probe_packages=("sqlalchemy>=2", "flask-sqlalchemy>=3.1", "flask", "psycopg2-binary", "alembic"),
    drift=(
        "ALTER TABLE searchindex RENAME COLUMN index_name TO es_index",
        "ALTER TABLE story ALTER COLUMN title TYPE varchar(512)",
        "ALTER TABLE sketch ALTER COLUMN description SET NOT NULL",
        "ALTER TABLE timeline ADD COLUMN archived_at timestamp",
        "CREATE INDEX ix_view_name ON view (name)",
        "COMMENT ON COLUMN sigmarule.rule_yaml IS 'the rule as YAML'",
        "ALTER TABLE graph DROP COLUMN graph_thumbnail",
        "ALTER TABLE timeline ALTER COLUMN color SET DEFAULT 'ff0000'",
        "CREATE TABLE sketch_bookmark (id serial PRIMARY KEY, sketch_id integer NOT NULL REFERENCES sketch (id),"
        " event_id integer REFERENCES event (id), created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE sketch RENAME TO sketch_v2",
        # the tables its mixins make per class are named after the class's table: renamed with it
        *(f"ALTER TABLE sketch_{kind} RENAME TO sketch_v2_{kind}" for kind in ("accesscontrolentry", "comment",
                                                                              "label", "status")),
    ),
    dropped=("graph.graph_thumbnail",),
    made_at_import=("timesketch.models.sketch.SearchTemplate.template_uuid",),
)
