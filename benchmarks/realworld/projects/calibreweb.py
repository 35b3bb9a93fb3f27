"""janeczku/calibre-web: classic declarative for calibre's own library database, written for
SQLite: ``Column(String(collation='NOCASE'))`` on most text columns (a collation the prelude
makes in PostgreSQL by that name), association ``Table`` objects on ``Base.metadata`` with
composite primary keys, unsized ``String`` columns, ``TIMESTAMP``, a ``CheckConstraint`` in a
column, one table in the attached database's schema (``{'schema': 'calibre'}``, a schema of its
own here) with a foreign key to a table of the default one, tables made at run time per custom
column (reported, not read). The application's other modules (logger, user database, login)
are stubs."""

from recipe import Recipe

RECIPE = Recipe(
    name="calibreweb",
    repo="janeczku/calibre-web",
    style="classic declarative for SQLite, NOCASE collation, association tables",
    files=("cps/db.py",),
    stubs={"cps/__init__.py": ""},
    stub_roots=("cps", "*"),
    # a collation of that name (the embedded server has no ICU for a case-insensitive one)
    prelude=('CREATE COLLATION "NOCASE" FROM "C"', "CREATE SCHEMA calibre"),
    schemas=("public", "calibre"),
    metadata="cps.db:Base.metadata",
    imports=("cps.db",),
    models="cps",
    drift=(
        "ALTER TABLE books RENAME COLUMN pubdate TO published",
        "ALTER TABLE comments ALTER COLUMN text TYPE text",
        "ALTER TABLE library_id ALTER COLUMN uuid DROP NOT NULL",
        "ALTER TABLE publishers ADD COLUMN website varchar(255)",
        "CREATE INDEX ix_books_title ON books (title)",
        "COMMENT ON COLUMN tags.name IS 'as calibre shows it'",
        "ALTER TABLE calibre.data DROP COLUMN uncompressed_size",
        "ALTER TABLE ratings ALTER COLUMN rating SET DEFAULT 0",
        "CREATE TABLE book_notes (id serial PRIMARY KEY, book integer NOT NULL REFERENCES books (id),"
        " body text NOT NULL, created timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE books RENAME TO books_v2",
    ),
    dropped=("data.uncompressed_size",),
)
