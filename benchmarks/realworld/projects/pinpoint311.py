"""WestWindsorForward/Pinpoint-311 (a township's 311 service-request portal, a FastAPI back end on
asyncpg): classic declarative ``Column`` attributes in one module on a ``declarative_base()`` made
beside the async and sync engines; reporter PII stored in columns whose attributes are named apart
from them (``_first_name_encrypted = Column("first_name", ...)``) behind ``hybrid_property`` getters
and setters of the column's own name (``first_name``), so the public attribute and the column share a
name the mapper does not map; mutable Python-side defaults (``default={...}``, ``default=[]``) on
``JSON`` columns, a GeoAlchemy2 ``Geometry("POINT", srid=4326)`` column, two association ``Table``
objects for many-to-many relationships, ``index=True`` on primary keys. The database session module
is a stub of ours (the project's builds engines from the settings at import); geoalchemy2 is ours
too (no PostGIS in the embedded server)."""

from recipe import GEOALCHEMY2_STUBS, Recipe

# app.db.session as the models use it (ours): the declarative base only
_SESSION = "from sqlalchemy.orm import declarative_base\n\nBase = declarative_base()\n"

RECIPE = Recipe(
    name="pinpoint311",
    repo="WestWindsorForward/Pinpoint-311",
    style="classic declarative, hybrid properties over columns named apart, association tables",
    files=("backend/app/models.py",),
    strip="backend/",
    stubs={"app/__init__.py": "", "app/db/__init__.py": "", "app/db/session.py": _SESSION, **GEOALCHEMY2_STUBS},
    stub_roots=("app",),
    metadata="app.db.session:Base.metadata",
    imports=("app.models",),
    models="app",
    drift=(
        "ALTER TABLE service_requests RENAME COLUMN first_name TO given_name",
        "ALTER TABLE departments RENAME COLUMN routing_email TO contact_email",
        "ALTER TABLE users ALTER COLUMN full_name SET NOT NULL",
        "ALTER TABLE request_audit_logs ALTER COLUMN actor_name TYPE varchar(200)",
        "ALTER TABLE request_comments ADD COLUMN edited_by integer REFERENCES users (id)",
        "CREATE INDEX ix_request_comments_created_at ON request_comments (created_at)",
        "COMMENT ON COLUMN service_requests.priority IS '1 (lowest) to 10'",
        "ALTER TABLE service_definitions ALTER COLUMN display_order SET DEFAULT 100",
        "ALTER TABLE system_settings DROP COLUMN favicon_url",
        "CREATE TABLE request_photos (id serial PRIMARY KEY, service_request_id integer NOT NULL"
        " REFERENCES service_requests (id) ON DELETE CASCADE, url varchar(500) NOT NULL,"
        " uploaded_at timestamptz NOT NULL DEFAULT now())",
        "COMMENT ON TABLE map_layers IS 'GeoJSON overlays shown on the public map'",
        "ALTER TABLE uptime_records RENAME TO uptime_checks",
    ),
    dropped=("system_settings.favicon_url",),
)
