"""NYPL-Simplified/server_core (the ``core`` package of NYPL's Library Simplified circulation manager,
the ancestor of the Palace Project's circulation): classic declarative on SQLAlchemy 1.3, the
``declarative_base()`` and the helpers in ``model/__init__.py``, which imports its 20-odd modules at its
end (each of them takes ``Base`` back with ``from . import Base``); the repository is the package itself,
so it is laid out under ``core/`` for its ``from ..util...`` imports; the ``lanes`` table is defined
outside ``model/``, in ``core/lane.py``, its class mixing the application's work-list classes into the
base (``Lane(Base, DatabaseBackedWorkList, HierarchyWorkList)``), and the models' directory is the
package; columns named by keyword (``_audiences = Column(ARRAY(Unicode), name='audiences')``),
string-member enums kept as class attributes (``MEDIUM_ENUM = Enum(*EditionConstants.KNOWN_MEDIA,
name="medium")``), ``INT4RANGE``, module-level ``Index`` objects on class attributes, association
``Table``s, backrefs and association proxies. The rest of the application imports as permissive
stubs."""

from recipe import Recipe

RECIPE = Recipe(
    name="simplified_core",
    repo="NYPL-Simplified/server_core",
    style="classic declarative, SQLAlchemy 1.3, a package of its own",
    files=("model/*.py", "lane.py", "util/datetime_helpers.py"),
    place="core",
    stub_roots=("*",),
    metadata="core.model:Base.metadata",
    imports=("core.model", "core.lane"),
    models="core",
    probe_packages=("sqlalchemy==1.3.24", "alembic==1.7.7", "psycopg2-binary", "pytz"),
    drift=(
        "ALTER TABLE complaints RENAME COLUMN detail TO details",
        "ALTER TABLE drmdeviceidentifiers ALTER COLUMN device_identifier TYPE varchar(512)",
        "ALTER TABLE integrationclients ALTER COLUMN url SET NOT NULL",
        "ALTER TABLE lanes ALTER COLUMN display_name SET NOT NULL",
        "ALTER TABLE admins ADD COLUMN display_name varchar(255)",
        "CREATE INDEX ix_complaints_resolved ON complaints (resolved)",
        "COMMENT ON COLUMN cachedfeeds.unique_key IS 'the facets and pagination the feed was made for'",
        "COMMENT ON COLUMN lanes.audiences IS 'the audiences the lane shows'",
        "ALTER TABLE integrationclients ALTER COLUMN enabled SET DEFAULT true",
        "ALTER TABLE admins DROP COLUMN credential",
        "CREATE TABLE complaint_notes (id serial PRIMARY KEY, complaint_id integer NOT NULL REFERENCES complaints (id),"
        " body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE cachedmarcfiles RENAME TO cached_marc_files",
        "ALTER TYPE audience ADD VALUE 'Teens'",
    ),
    dropped=("admins.credential",),
)
