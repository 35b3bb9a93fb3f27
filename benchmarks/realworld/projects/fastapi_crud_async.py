"""testdrivenio/fastapi-crud-async (the TestDriven.io course's FastAPI + Postgres notes API, queried
through ``databases``): SQLAlchemy Core only, one ``Table`` on a module's ``MetaData()`` in
``app/db.py`` with ``Column("created_date", DateTime, default=func.now(), nullable=False)`` (a SQL
expression as the Python-side default) beside the ``create_engine`` and ``Database`` the module makes
at import from the environment's ``DATABASE_URL``. ``databases`` is a permissive stub; the package's
``__init__.py`` (empty in the project) is ours and names a PostgreSQL URL when the environment has none,
so that ``create_engine`` can build the engine it never connects with."""

from recipe import Recipe

RECIPE = Recipe(
    name="fastapi_crud_async",
    repo="testdrivenio/fastapi-crud-async",
    style="Core Table on a module MetaData, engine made at import from the environment",
    files=("src/app/db.py",),
    strip="src/",
    stubs={"app/__init__.py": ("import os\n\n"
                               "os.environ.setdefault(\"DATABASE_URL\", \"postgresql+psycopg2://localhost/notes\")\n")},
    stub_roots=("*",),
    metadata="app.db:metadata",
    imports=("app.db",),
    models="app",
    drift=(
        "ALTER TABLE notes RENAME COLUMN created_date TO created_at",
        "ALTER TABLE notes ALTER COLUMN title TYPE varchar(255)",
        "ALTER TABLE notes ALTER COLUMN title SET NOT NULL",
        "ALTER TABLE notes ADD COLUMN author varchar(64)",
        "CREATE INDEX ix_notes_title ON notes (title)",
        "COMMENT ON COLUMN notes.title IS 'the headline of the note'",
        "ALTER TABLE notes ALTER COLUMN created_at SET DEFAULT now()",
        "ALTER TABLE notes DROP COLUMN description",
        "CREATE TABLE note_tags (id serial PRIMARY KEY, note_id integer NOT NULL REFERENCES notes (id),"
        " tag varchar(32) NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE notes RENAME TO user_notes",
    ),
    dropped=("notes.description",),
    note="no enum in the drift: the model has none (one table, so the drift is on it and a new one)",
)
