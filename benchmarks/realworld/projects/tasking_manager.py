"""hotosm/tasking-manager: classic declarative on ``declarative_base()`` in a FastAPI app that queries
with ``databases`` (raw SQL beside the classes), 25 modules of models importing one another, a
composite primary key (``tasks``: ``id`` and ``project_id``), association ``Table`` objects on
``Base.metadata``, ``ARRAY(Integer)``, ``TSVECTOR``, PostGIS ``Geometry`` columns (a stub of our own
whose type is ``polygon``: the embedded server has no PostGIS), Python-side defaults from a project
function (``default=timestamp``). The app's settings, DTOs and other modules are permissive stubs."""

from recipe import GEOALCHEMY2_STUBS, Recipe

RECIPE = Recipe(
    name="tasking-manager",
    repo="hotosm/tasking-manager",
    style="classic declarative, FastAPI + databases, PostGIS columns",
    files=("backend/db.py", "backend/models/__init__.py", "backend/models/postgis/*.py"),
    stubs={"backend/__init__.py": "", **GEOALCHEMY2_STUBS},
    stub_roots=("*",),
    metadata="backend.db:Base.metadata",
    imports=("backend/models/postgis/*.py",),
    models="backend/models",
    drift=(
        "ALTER TABLE users RENAME COLUMN city TO home_city",
        "ALTER TABLE banner ALTER COLUMN message TYPE text",
        "ALTER TABLE licenses ALTER COLUMN name SET NOT NULL",
        "ALTER TABLE interests ADD COLUMN description text",
        "CREATE INDEX ix_users_name ON users (name)",
        "COMMENT ON COLUMN users.gender IS 'as the user gave it'",
        "ALTER TABLE users DROP COLUMN skype_id",
        "ALTER TABLE users ALTER COLUMN default_editor SET DEFAULT 'ID'",
        "CREATE TABLE project_notes (id serial PRIMARY KEY, project_id bigint NOT NULL REFERENCES projects (id),"
        " body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE licenses RENAME TO project_licenses",
    ),
    dropped=("users.skype_id",),
)
