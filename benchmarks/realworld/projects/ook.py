"""lsst-sqre/ook (Rubin Observatory's documentation librarian, a FastAPI / Safir service; the
``src/ook/dbschema`` package): SQLAlchemy 2.0 ``Mapped`` classes on a bare ``DeclarativeBase``, every
attribute followed by a docstring, ``from __future__ import annotations`` with the related classes
imported only under ``TYPE_CHECKING``, two joined-table inheritance trees (``polymorphic_on`` naming
the discriminator by string; one discriminator an annotation alone, ``resource_class: Mapped[str |
None]``, typed from the annotation), a ``Computed(..., persisted=True)`` generated column, GIN trigram
indexes with ``postgresql_ops`` (the prelude makes pg_trgm), partial indexes on ``text(...)``
predicates, CHECK constraints, ``ARRAY(UnicodeText)`` columns with ``default=[]`` and a ``'{}'`` server
default, a self-referential many-to-many through a ``Table`` with ``primaryjoin`` / ``secondaryjoin``
written as expressions on the class body's own ``id``. No stub is needed: the package imports only
SQLAlchemy. It showed one misplaced edit: the column the drift adds to ``sdm_schema`` is written
after the class's last column and before that column's attribute docstring (the string statement
under ``date_updated``), which then documents the new column; a dropped column's docstring goes
with it."""

from recipe import Recipe

RECIPE = Recipe(
    name="ook",
    repo="lsst-sqre/ook",
    style="2.0 Mapped, joined inheritance, Computed, GIN trigram and partial indexes",
    files=("src/ook/dbschema/*.py",),
    strip="src/",
    stubs={"ook/__init__.py": ""},
    prelude=("CREATE EXTENSION IF NOT EXISTS pg_trgm",),
    metadata="ook.dbschema.base:Base.metadata",
    imports=("ook.dbschema", "ook/dbschema/*.py"),
    models="ook/dbschema",
    line_length=79,  # its ruff-shared.toml
    drift=(
        "ALTER TABLE affiliation RENAME COLUMN email_domain TO mail_domain",
        "ALTER TABLE author ALTER COLUMN email SET NOT NULL",
        "CREATE TABLE author_note (id bigserial PRIMARY KEY,"
        " author_id bigint NOT NULL REFERENCES author (id) ON DELETE CASCADE,"
        " body text NOT NULL, date_created timestamp with time zone NOT NULL DEFAULT now())",
        "ALTER TABLE sdm_column ALTER COLUMN datatype TYPE varchar(64)",
        "ALTER TABLE external_reference DROP COLUMN edition",
        "CREATE INDEX idx_checked_url_status_code ON checked_url (status_code)",
        "COMMENT ON COLUMN term.is_abbr IS 'the term is an abbreviation'",
        "ALTER TABLE checked_url ALTER COLUMN result_source SET DEFAULT 'server'",
        "ALTER TABLE sdm_schema ADD COLUMN homepage_url text",
        "COMMENT ON TABLE term IS 'the Observatory glossary'",
        "ALTER TABLE intersphinx_inventory ALTER COLUMN etag TYPE varchar(255)",
        "ALTER TABLE intersphinx_inventory RENAME TO intersphinx_cache",
    ),
    dropped=("external_reference.edition",),
)
