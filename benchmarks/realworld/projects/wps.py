"""bcgov/wps (BC Wildfire Service's Predictive Services, FastAPI backend; the models live in the
``wps-shared`` package of its backend's uv workspace): ~50 tables of classic ``Column(...)``
declarative on a ``declarative_base()`` made in the models package's ``__init__``, which then imports
every model module (the modules import ``Base`` back from it); a project ``TypeDecorator``
(``TZTimeStamp``, ``impl = TIMESTAMP(timezone=True)``) on most timestamps, PostGIS ``Geometry``
columns with an SRID taken from another module and GiST indexes declared at module level after the
classes (``Index("...", Shape.geom, postgresql_using="gist")``), a unique partial index whose
``postgresql_where`` is a bare string, ``ARRAY(Float)`` / ``ARRAY(String)`` columns, ``Enum`` columns
of ``str`` and ``int`` enums (one defined in another package of the project), ``UUID(as_uuid=True)``
keys, ``hybrid_property``, a named CHECK and ``default=`` functions. ``geoalchemy2`` (``bytea``
geometries) and the SRID constant (whose module needs GDAL) are ours; the time helpers and fuel types
are the project's own."""

from recipe import GEOALCHEMY2_STUBS, Recipe

_SHARED = "backend/packages/wps-shared/src/wps_shared/"

RECIPE = Recipe(
    name="wps",
    repo="bcgov/wps",
    style="FastAPI, classic Column, TypeDecorator timestamps, PostGIS with module-level GiST indexes",
    files=(_SHARED + "__init__.py", _SHARED + "db/__init__.py", _SHARED + "utils/__init__.py",
           _SHARED + "utils/time.py", _SHARED + "fuel_types.py",
           *(f"{_SHARED}db/models/{name}.py" for name in (
               "__init__", "api_access_audits", "auto_spatial_advisory", "common", "fcm", "fire_watch",
               "forecasts", "fuel_type_raster", "grass_curing", "hfi_calc", "morecast_v2", "observations",
               "psu", "sfms_run", "snow", "weather_models"))),
    strip="backend/packages/wps-shared/src/",
    stubs={"wps_shared/geospatial/__init__.py": "",
           "wps_shared/geospatial/geospatial.py": "NAD83_BC_ALBERS = 3005\n",
           # ``Geometry`` as ``bytea``, not ``polygon``: one table's UNIQUE takes its geometry (btree), the
           # GiST indexes take them all (btree_gist's operator class of bytea)
           **GEOALCHEMY2_STUBS,
           "geoalchemy2/__init__.py": GEOALCHEMY2_STUBS["geoalchemy2/__init__.py"].replace("'polygon'",
                                                                                     "'bytea'")},
    # the enum type a column declares with ``create_type=False`` and no other column makes (the
    # migrations make it)
    prelude=("CREATE EXTENSION IF NOT EXISTS btree_gist",
             "CREATE TYPE hficlassificationthresholdenum AS ENUM ('advisory', 'warning')"),
    stub_roots=("*",),
    metadata="wps_shared.db.models:Base.metadata",
    imports=("wps_shared.db.models",),
    models="wps_shared/db/models",
    line_length=100,  # its ruff.toml
    drift=(
        "ALTER TABLE fire_watch RENAME COLUMN title TO name",
        "ALTER TABLE device_token ALTER COLUMN user_id SET NOT NULL",
        "ALTER TABLE device_token ALTER COLUMN is_active SET DEFAULT true",
        "ALTER TABLE fire_watch ALTER COLUMN percent_conifer SET NOT NULL",
        "ALTER TABLE fire_watch ADD COLUMN notes text",
        "ALTER TABLE api_access_audits ALTER COLUMN path TYPE varchar(2048)",
        "DROP INDEX unique_non_deleted_station_per_planning_area",
        "CREATE UNIQUE INDEX unique_non_deleted_station_per_planning_area"
        " ON planning_weather_stations (station_code, planning_area_id) WHERE NOT is_deleted",
        "COMMENT ON COLUMN sfms_run.stations IS 'the station codes the run used'",
        "ALTER TABLE sfms_run_log ALTER COLUMN status SET DEFAULT 'running'",
        "ALTER TABLE fire_watch DROP COLUMN temp_preferred",
        "CREATE TABLE fire_watch_note (id serial PRIMARY KEY,"
        " fire_watch_id integer NOT NULL REFERENCES fire_watch (id) ON DELETE CASCADE,"
        " body text NOT NULL, created_at timestamptz NOT NULL DEFAULT now())",
        "ALTER TABLE api_access_audits RENAME TO api_access_audit_log",
    ),
    dropped=("fire_watch.temp_preferred",),
)
