"""ThePalaceProject/circulation (the Palace Project's library e-book circulation manager): classic
declarative on ``declarative_base()`` written for SQLAlchemy 1.4's mypy plugin (``id: Mapped[int] =
Column(...)`` beside unannotated ``Column`` attributes), 57 tables over 27 modules that import
each other under ``TYPE_CHECKING`` and name their relationships by string, association ``Table``s at
module level, module-level ``Index`` objects on class columns (``Index(..., Patron.library_id, ...)``),
``__table_args__`` indexes on expressions (``start.desc().nullslast()``, ``postgresql_where=(library_id ==
None)``, GIN), a ``Computed`` column, ``INT4RANGE`` columns, enums three ways (string members, an
``Enum`` class of another package, a ``StrEnum`` with ``values_callable`` and a ``server_default``
member), ``MutableDict.as_mutable(JSON)``, constants mixed into model classes (``Edition(Base,
EditionConstants)``, ``Enum(*EditionConstants.KNOWN_MEDIA, name="medium")``). The models, the
package's helpers (constants, util, hybrid, hassessioncache), the integration goals, palace-util, the
ODL status enum's module of palace-opds and the pyproject.toml (SQLAlchemy 1.4) are laid out; the rest of
the application imports as permissive stubs. It showed one miswriting (mended): the ``Mapped[...]``
annotations of a file's relationships counted as votes for the 2.0 style, so the class generated in
library.py (whose columns are all ``Column(...)``) was written with ``mapped_column``, which SQLAlchemy 1.4
does not have, and the models no longer imported after ``apply``. Its files need Python 3.12."""

from recipe import Recipe

RECIPE = Recipe(
    name="circulation",
    repo="ThePalaceProject/circulation",
    style="1.4 Column with Mapped annotations (mypy plugin), many modules, module-level indexes",
    files=("src/palace/manager/sqlalchemy/model/*.py", "src/palace/manager/sqlalchemy/constants.py",
           "src/palace/manager/sqlalchemy/util.py", "src/palace/manager/sqlalchemy/hybrid.py",
           "src/palace/manager/sqlalchemy/hassessioncache.py", "src/palace/manager/integration/goals.py",
           "packages/palace-util/src/palace/util/*.py", "packages/palace-opds/src/palace/opds/odl/info.py",
           # its dependencies (SQLAlchemy 1.4) and configuration, as the tool reads them
           "pyproject.toml"),
    strip=("src/", "packages/palace-util/src/", "packages/palace-opds/src/"),
    stubs={"palace/manager/__init__.py": ""},
    stub_roots=("*",),
    metadata="palace.manager.sqlalchemy.model.base:Base.metadata",
    imports=("palace.manager.sqlalchemy.model",),
    models="palace/manager/sqlalchemy/model",
    python=(3, 12),
    probe_packages=("sqlalchemy==1.4.54", "alembic==1.13.3", "psycopg2-binary", "bidict", "frozendict",
                    "python-dateutil"),
    drift=(
        "ALTER TABLE samlfederatedidps RENAME COLUMN display_name TO label",
        "ALTER TABLE samlfederations ALTER COLUMN type TYPE varchar(512)",
        "ALTER TABLE libraries ALTER COLUMN uuid SET NOT NULL",
        "ALTER TABLE announcements ADD COLUMN title varchar(255)",
        "CREATE INDEX ix_samlfederatedidps_entity_id ON samlfederatedidps (entity_id)",
        "COMMENT ON COLUMN startup_tasks.recorded_at IS 'when the task was first recorded'",
        "ALTER TABLE libraries ALTER COLUMN is_default SET DEFAULT false",
        "ALTER TABLE datasources ALTER COLUMN primary_identifier_type SET DEFAULT 'ISBN'",
        "ALTER TABLE samlfederations DROP COLUMN certificate",
        "CREATE TABLE library_notes (id serial PRIMARY KEY, library_id integer NOT NULL REFERENCES libraries (id),"
        " body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE marcfiles RENAME TO marc_files",
        "ALTER TYPE keytype ADD VALUE 'SESSION_SIGNING'",
    ),
    dropped=("samlfederations.certificate",),
)
