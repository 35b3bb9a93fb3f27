"""Pylons/pyramid_blogr (the Pyramid tutorial's blog): classic declarative on
``declarative_base(metadata=metadata)`` from ``sqlalchemy.ext.declarative``, a ``MetaData`` with
Alembic's recommended naming convention (``pk_%(table_name)s``, ``uq_%(table_name)s_%(column_0_name)s``),
``Unicode`` / ``UnicodeText`` columns, ``unique=True`` columns, Python-side defaults of
``datetime.datetime.utcnow``; models in a package whose ``__init__`` imports them and calls
``configure_mappers()``. zope.sqlalchemy, webhelpers2 and passlib are stubs."""

from recipe import Recipe

RECIPE = Recipe(
    name="pyramid_blogr",
    repo="Pylons/pyramid_blogr",
    style="classic declarative, naming convention, Pyramid tutorial",
    files=("pyramid_blogr/models/*.py",),
    stubs={"pyramid_blogr/__init__.py": ""},
    stub_roots=("*",),
    metadata="pyramid_blogr.models.meta:Base.metadata",
    imports=("pyramid_blogr.models",),
    models="pyramid_blogr/models",
    drift=(
        "ALTER TABLE users RENAME COLUMN last_logged TO last_login",
        "ALTER TABLE entries ALTER COLUMN title TYPE varchar(512)",
        "ALTER TABLE entries ALTER COLUMN created SET NOT NULL",
        "ALTER TABLE users ADD COLUMN email varchar(255)",
        "CREATE INDEX ix_entries_created ON entries (created)",
        "COMMENT ON COLUMN entries.body IS 'the post, in HTML'",
        "ALTER TABLE entries ALTER COLUMN body SET DEFAULT ''",
        "ALTER TABLE entries DROP COLUMN edited",
        "CREATE TABLE comments (id serial PRIMARY KEY, entry_id integer NOT NULL REFERENCES entries (id),"
        " author varchar(255) NOT NULL, body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE users RENAME TO blog_users",
    ),
    dropped=("entries.edited",),
    note="no enum to drift: the models have none",
)
