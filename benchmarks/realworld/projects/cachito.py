"""containerbuildsystem/cachito: Flask-SQLAlchemy models with ``# type: ignore[name-defined]`` on
every ``class X(db.Model)`` line, a Python-side SQL default of its own
(``default=utcnow()``, a ``FunctionElement`` that ``@compiles`` writes per dialect), unsized
``db.String`` columns, a foreign key ``index=True, unique=True``, ``db.Enum`` of a Python enum of
another module, association ``db.Table`` objects, table names Flask-SQLAlchemy derives. The
app's other modules are stubs."""

from recipe import Recipe

RECIPE = Recipe(
    name="cachito",
    repo="containerbuildsystem/cachito",
    style="Flask-SQLAlchemy, a compiled SQL function as Python-side default",
    files=("cachito/web/__init__.py", "cachito/web/models.py", "cachito/errors.py"),
    stubs={"cachito/__init__.py": ""},
    stub_roots=("cachito", "*"),
    metadata="cachito.web:db.metadata",
    imports=("cachito.web.models",),
    models="cachito/web",
    line_length=100,
    drift=(
        "ALTER TABLE request RENAME COLUMN packages_count TO package_count",
        "ALTER TABLE request_state ALTER COLUMN state_reason TYPE varchar(500)",
        "ALTER TABLE request ALTER COLUMN ref SET NOT NULL",
        "ALTER TABLE package_manager ADD COLUMN description text",
        "CREATE INDEX ix_request_user_id ON request (user_id)",
        "COMMENT ON COLUMN request.repo IS 'the repository URL'",
        "ALTER TABLE request DROP COLUMN dependencies_count",
        "ALTER TABLE request_state ALTER COLUMN state SET DEFAULT 1",
        "CREATE TABLE request_note (id serial PRIMARY KEY, request_id integer NOT NULL REFERENCES request (id),"
        " body text NOT NULL, created timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE request RENAME TO request_v2",
    ),
    dropped=("request.dependencies_count",),
)
