"""inveniosoftware/invenio-pages (static pages of an Invenio site): Flask-SQLAlchemy models on
invenio-db's ``db`` with its ``db.Timestamp`` mixin (``created`` / ``updated`` read from the installed
library), ``__versioned__ = {}`` of SQLAlchemy-Continuum (no version tables unless the application
turns versioning on), a named ``db.UniqueConstraint`` in ``__table_args__``, a ``server_default`` beside
Python-side ``default=""`` on ``db.CHAR(2)`` / ``db.Text()``, two foreign keys to the same class written
with it (``db.ForeignKey(PageModel.id)``) told apart by ``foreign_keys=[list_id]`` on relationships with
backrefs, a ``@validates`` method, attribute docstrings. The application's other modules are stubs."""

from recipe import Recipe

RECIPE = Recipe(
    name="invenio_pages",
    repo="inveniosoftware/invenio-pages",
    style="Flask-SQLAlchemy on invenio-db, two foreign keys to one class, __versioned__",
    files=("invenio_pages/records/models.py", "invenio_pages/records/errors.py"),
    # (the package's own __init__.py imports the Flask extension; every directory gets an empty one)
    stub_roots=("*",),
    metadata="invenio_db:db.metadata",
    imports=("invenio_pages.records.models",),
    models="invenio_pages/records",
    line_length=88,
    probe_packages=("invenio-db==2.6.1", "sqlalchemy-utils==0.41.2", "psycopg2-binary", "alembic"),
    drift=(
        "ALTER TABLE pages_page RENAME COLUMN template_name TO template",
        "ALTER TABLE pages_page ALTER COLUMN url TYPE varchar(255)",
        "ALTER TABLE pages_page ALTER COLUMN title DROP NOT NULL",
        "ALTER TABLE pages_page ADD COLUMN published boolean",
        "CREATE INDEX ix_pages_pagelist_list_id_order ON pages_pagelist (list_id, \"order\")",
        "COMMENT ON COLUMN pages_page.lang IS 'ISO 639-1 code'",
        "ALTER TABLE pages_pagelist ALTER COLUMN \"order\" SET DEFAULT 0",
        "ALTER TABLE pages_page DROP COLUMN description",
        "CREATE TABLE pages_revision (id serial PRIMARY KEY, page_id integer NOT NULL REFERENCES pages_page (id),"
        " content text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE pages_pagelist RENAME TO pages_page_list",
    ),
    dropped=("pages_page.description",),
    note=("every column of the models is NOT NULL: the drift drops one instead of setting one; no named enum "
          "in the models: no ADD VALUE"),
)
