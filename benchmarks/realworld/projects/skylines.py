"""skylines-project/skylines (the live-tracking and flight-log site for glider pilots): Flask-SQLAlchemy
classic declarative on ``db.Model`` (whose ``query`` the project replaces with classmethods of its
own), 20 modules of models importing one another, PostGIS columns of GeoAlchemy2 (``Geometry("POINT",
srid=4326)``, ``Geography`` and a ``Raster``), columns mapped under another attribute name
(``_password = db.Column("password", ...)``, ``id = db.Column("gid", ...)``), ``deferred(db.Column(...),
group="path")`` and ``db.column_property(db.Column(...), comparator_factory=...)`` columns, indexes
declared after the class (``db.Index(..., db.func.lower(User.email_address), unique=True)`` on a
column property), ``postgresql.ARRAY(DateTime)``, ``INET``, ``JSONB``, a foreign key named
``"users.id"`` with ``use_alter=True``. ``geoalchemy2`` is a stub of our own whose types are
``polygon`` (``bytea`` for the raster): the embedded server has no PostGIS; the app's other
dependencies (shapely, xcsoar...) are permissive stubs."""

from recipe import GEOALCHEMY2_STUBS, Recipe

# the rest of ``geoalchemy2`` the models import, of our own (PostGIS's types are ``polygon`` / ``bytea``)
_GEOALCHEMY2_TYPES = """from sqlalchemy.types import UserDefinedType

from geoalchemy2 import Geometry


class Geography(Geometry):
    cache_ok = True


class Raster(UserDefinedType):
    cache_ok = True

    def get_col_spec(self, **kwargs):
        return 'bytea'
"""

RECIPE = Recipe(
    name="skylines",
    repo="skylines-project/skylines",
    style="Flask-SQLAlchemy classic declarative, PostGIS columns, deferred and column_property columns",
    files=("skylines/model/*.py", "skylines/database.py", "skylines/lib/__init__.py", "skylines/lib/sql.py",
           "skylines/lib/string.py", "skylines/lib/types.py", "skylines/lib/files.py", "skylines/lib/datetime.py",
           "skylines/lib/geo.py", "skylines/lib/igc.py", "skylines/lib/base36.py"),
    stubs={"skylines/__init__.py": "", **GEOALCHEMY2_STUBS, "geoalchemy2/types.py": _GEOALCHEMY2_TYPES,
           "geoalchemy2/shape.py": "def to_shape(element):\n    return element\n\n\n"
                                   "def from_shape(shape, srid=-1):\n    return shape\n",
           "geoalchemy2/elements.py": "class WKTElement:\n    def __init__(self, data, srid=-1):\n"
                                      "        self.data, self.srid = data, srid\n"},
    stub_roots=("*",),
    metadata="skylines.database:db.metadata",
    imports=("skylines.model",),
    models="skylines/model",
    line_length=88,
    # Flask-SQLAlchemy 2 (the project's 2.4): ``db.Model.flask_query = db.Model.query`` at import reads
    # the query property of the unmapped base, which Flask-SQLAlchemy 3 answers only in an app context
    probe_packages=("sqlalchemy==1.3.24", "flask-sqlalchemy==2.5.1", "flask==2.2.5", "werkzeug==2.2.3",
                    "alembic==1.7.7", "psycopg2-binary"),
    drift=(
        "ALTER TABLE clubs RENAME COLUMN website TO homepage",
        "ALTER TABLE airports ALTER COLUMN short_name TYPE varchar(64)",
        "ALTER TABLE users ALTER COLUMN password TYPE varchar(255)",
        "ALTER TABLE models ALTER COLUMN igc_index SET NOT NULL",
        "ALTER TABLE users ADD COLUMN locale varchar(16)",
        "CREATE INDEX ix_flights_registration ON flights (registration)",
        "COMMENT ON COLUMN flights.qnh IS 'pressure at sea level, in hPa'",
        "ALTER TABLE tracking_sessions ALTER COLUMN finish_status SET DEFAULT 0",
        "ALTER TABLE users ALTER COLUMN email_address TYPE varchar(320)",
        "COMMENT ON COLUMN flights.timestamps IS 'one per fix of the path'",
        "ALTER TABLE mountain_wave_project DROP COLUMN remark2",
        "CREATE TABLE club_notes (id serial PRIMARY KEY, club_id integer NOT NULL REFERENCES clubs (id),"
        " body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE followers RENAME TO user_followers",
    ),
    dropped=("mountain_wave_project.remark2",),
)
