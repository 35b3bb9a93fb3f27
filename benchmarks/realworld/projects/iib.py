"""release-engineering/iib: Flask-SQLAlchemy 3 with SQLAlchemy 2.0 annotations through the
extension (``Mapped[Optional[int]] = db.mapped_column(db.ForeignKey('request.id'))``,
annotation-only columns, ``db.mapped_column(primary_key=True)`` typed by its annotation),
joined-table inheritance over a polymorphic ``request`` table (``RequestAdd(Request,
RequestIndexImageMixin)``), a mixin of ``@declared_attr`` columns and relationships returning
``Mapped[...]``, association models with composite primary keys and named unique constraints,
table names Flask-SQLAlchemy derives. The app's other modules are stubs."""

from recipe import Recipe

RECIPE = Recipe(
    name="iib",
    repo="release-engineering/iib",
    style="Flask-SQLAlchemy 3, db.mapped_column, joined-table inheritance",
    files=("iib/web/__init__.py", "iib/web/models.py", "iib/web/iib_static_types.py", "iib/exceptions.py"),
    stubs={"iib/__init__.py": ""},
    stub_roots=("*",),
    metadata="iib.web:db.metadata",
    imports=("iib.web.models",),
    models="iib/web",
    line_length=100,
    drift=(
        "ALTER TABLE image RENAME COLUMN pull_specification TO pull_spec",
        "ALTER TABLE request_add ALTER COLUMN organization TYPE varchar(120)",
        "ALTER TABLE request_add ALTER COLUMN graph_update_mode SET NOT NULL",
        "ALTER TABLE operator ADD COLUMN description text",
        "CREATE INDEX ix_request_user_id ON request (user_id)",
        "COMMENT ON COLUMN architecture.name IS 'as the registry names it'",
        "ALTER TABLE request_add DROP COLUMN omps_operator_version",
        "ALTER TABLE request_add ALTER COLUMN check_related_images SET DEFAULT false",
        "CREATE TABLE request_note (id serial PRIMARY KEY, request_id integer NOT NULL REFERENCES request (id),"
        " body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE request RENAME TO request_v2",
    ),
    dropped=("request_add.omps_operator_version",),
)
