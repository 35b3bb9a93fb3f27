"""ubigu/ilmakalu-v2 (a Finnish municipal climate-emissions calculator, FastAPI over PostGIS):
SQLModel ``table=True`` classes named in lower case after their tables (``class grid(SQLModel,
table=True)``), one module per PostgreSQL schema (``built``, ``delineations``, ``energy``,
``grid_globals``, ``traffic``, ``user_output``), each class with ``__table_args__ = {"schema":
schema}`` of a module-level ``schema`` name; composite primary keys of up to four ``Field(primary_key=
True)``, columns whose database names are digits (``c_2050: float = Field(sa_column_kwargs={"name":
"2050"})``), ``sa_column=Column(VARCHAR(13), primary_key=True)``, ``REAL`` / ``SMALLINT`` / ``BIGINT``
sa_columns, camelCase column names (``startTime``), ``ARRAY(Integer)`` and GeoAlchemy ``Geometry``
columns; ``user_input`` holds only non-table bases (``sa_type=Type[Geometry(...)]``). SQLModel
0.0.22 and pydantic 2, as its requirements.txt pins; ``geoalchemy2`` is our stub (no PostGIS)."""

from recipe import GEOALCHEMY2_STUBS, Recipe

_SCHEMAS = ("built", "delineations", "energy", "grid_globals", "traffic", "user_output")

RECIPE = Recipe(
    name="ilmakalu",
    repo="ubigu/ilmakalu-v2",
    style="SQLModel table=True, one module per PostgreSQL schema, composite keys, digit column names",
    files=("backend/src/models/*.py", "backend/pyproject.toml", "backend/requirements.txt"),
    strip="backend/",
    stubs={**GEOALCHEMY2_STUBS, "src/__init__.py": ""},
    metadata="sqlmodel:SQLModel.metadata",
    # the modules its alembic env.py imports (user_input has no table class)
    imports=tuple(f"src.models.{name}" for name in _SCHEMAS),
    models="src/models",
    schemas=_SCHEMAS,
    prelude=tuple(f"CREATE SCHEMA {name}" for name in _SCHEMAS),
    probe_packages=("sqlmodel==0.0.22", "pydantic==2.10.3", "sqlalchemy==2.0.36", "alembic==1.14.0",
                    "psycopg2-binary"),
    drift=(
        "ALTER TABLE traffic.hlt_lookup RENAME COLUMN hlt_table TO hlt_table_name",
        'ALTER TABLE user_output.sessions ALTER COLUMN "user" SET NOT NULL',
        'ALTER TABLE user_output.sessions RENAME COLUMN "baseYear" TO base_year',
        'ALTER TABLE built.electricity_property_change RENAME COLUMN "2050" TO y2050',
        "ALTER TABLE energy.electricity ADD COLUMN source varchar(100)",
        "CREATE TABLE energy.electricity_sources (id serial PRIMARY KEY, scenario varchar NOT NULL,"
        " name varchar(100) NOT NULL UNIQUE, share real)",
        "ALTER TABLE delineations.centroids ALTER COLUMN keskusnimi TYPE varchar(100)",
        "ALTER TABLE grid_globals.employ ALTER COLUMN tp_yht SET DEFAULT 0",
        "COMMENT ON TABLE traffic.power_kwhkm IS 'energy use per kilometre by vehicle power source'",
        "CREATE INDEX ix_grid_mun ON delineations.grid (mun)",
        "ALTER TABLE traffic.hlt_2015_tre DROP COLUMN muu",
        "ALTER TABLE energy.district_heating ALTER COLUMN gco2kwh DROP NOT NULL",
        "ALTER TABLE built.iwhs_sizes RENAME TO iwhs_size_classes",
    ),
    dropped=("hlt_2015_tre.muu",),
)
