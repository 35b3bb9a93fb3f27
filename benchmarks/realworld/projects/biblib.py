"""adsabs/biblib-service (the NASA Astrophysics Data System's libraries of papers, on Flask): classic
declarative on ``declarative_base()`` in one module, SQLAlchemy-Continuum versioning
(``make_versioned(user_cls=None)`` at import and ``__versioned__ = {}`` on two classes: a
``*_version`` table for each and a ``transaction`` table made at run time), a ``GUID``
TypeDecorator over ``CHAR`` whose ``load_dialect_impl`` gives PostgreSQL's ``UUID`` (written as
``@staticmethod``s), a ``MutableDict.as_mutable(JSON)`` column with a dict default, a table named
``user``, ``configure_mappers()`` at the end of the module. The package's ``__init__`` (the Flask
application) is empty here; SQLAlchemy 1.3, as the project pins."""

from recipe import Recipe

RECIPE = Recipe(
    name="biblib",
    repo="adsabs/biblib-service",
    style="classic declarative, Continuum versioning, GUID TypeDecorator",
    files=("biblib/models.py", "biblib/biblib_exceptions.py"),
    stubs={"biblib/__init__.py": ""},
    stub_roots=("*",),
    metadata="biblib.models:Base.metadata",
    imports=("biblib.models",),
    models="biblib",
    line_length=88,
    probe_packages=("sqlalchemy==1.3.24", "sqlalchemy-continuum==1.3.6", "sqlalchemy-utils==0.41.2",
                    "six", "psycopg2-binary", "alembic==1.7.7"),
    # as a team's migration does, each change of a versioned table is made on its version table too
    drift=(
        "ALTER TABLE library RENAME COLUMN description TO summary",
        "ALTER TABLE library_version RENAME COLUMN description TO summary",
        "ALTER TABLE notes ALTER COLUMN bibcode TYPE varchar(32)",
        "ALTER TABLE notes_version ALTER COLUMN bibcode TYPE varchar(32)",
        "ALTER TABLE library ALTER COLUMN name SET NOT NULL",
        'ALTER TABLE "user" ADD COLUMN email varchar(255)',
        "CREATE INDEX ix_notes_bibcode ON notes (bibcode)",
        "CREATE INDEX ix_notes_version_bibcode ON notes_version (bibcode)",
        "COMMENT ON COLUMN permissions.permissions IS 'read, write, admin and owner flags'",
        "ALTER TABLE library ALTER COLUMN public SET DEFAULT false",
        "ALTER TABLE library_version ALTER COLUMN public SET DEFAULT false",
        "ALTER TABLE notes DROP COLUMN date_last_modified",
        "ALTER TABLE notes_version DROP COLUMN date_last_modified",
        "CREATE TABLE library_tags (id serial PRIMARY KEY, library_id uuid NOT NULL REFERENCES library (id),"
        " tag varchar(64) NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE permissions RENAME TO library_permissions",
    ),
    dropped=("notes.date_last_modified", "notes_version.date_last_modified"),
)
