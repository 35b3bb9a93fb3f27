"""mozilla/ichnaea (Mozilla Location Service): classic declarative on ``declarative_base(cls=BaseModel)``
whose base gives a ``declared_attr __table_args__`` of ``cls._indices + (cls._settings,)`` (a class
attribute tuple of constraints and MySQL's options dict), mixins stacked three deep (``StationMixin``
of ``BboxMixin``, ``PositionMixin``, ``TimeTrackingMixin``) whose own ``declared_attr __table_args__``
name indexes and unique constraints from ``cls.__tablename__``, sharded tables (sixteen WiFi and
sixteen Bluetooth shards, three cell shards, four datamap shards) that are empty subclasses of one
mixin, MySQL dialect types imported under generic names (``INTEGER as Integer``, ``unsigned=True``),
``TypeDecorator``s over ``BINARY`` and an ``IntEnum`` stored as a tiny integer, colander schemata
beside the models. The application's other modules (geocoder, queue, util) and the vendored
``mobile_codes`` are permissive stubs; colander is installed in the probe's own virtualenv. The reader
does not follow the base's ``cls._indices`` to the class's own ``_indices = (PrimaryKeyConstraint("region"),)``
(``RegionStat``, ``Stat``): it takes their keys' columns for nullable columns outside the primary key
(six actions where nothing drifted), where the mixins' computed ``__table_args__`` give notes only."""

from recipe import Recipe

RECIPE = Recipe(
    name="ichnaea",
    repo="mozilla/ichnaea",
    style="classic declarative, declared_attr table args from _indices, sharded mixin tables, MySQL types",
    files=("ichnaea/constants.py", "ichnaea/models/__init__.py", "ichnaea/models/api.py",
           "ichnaea/models/base.py", "ichnaea/models/blue.py", "ichnaea/models/cell.py",
           "ichnaea/models/config.py", "ichnaea/models/constants.py", "ichnaea/models/content.py",
           "ichnaea/models/mac.py", "ichnaea/models/observation.py", "ichnaea/models/sa_types.py",
           "ichnaea/models/schema.py", "ichnaea/models/station.py", "ichnaea/models/wifi.py"),
    stubs={"ichnaea/__init__.py": ""},
    # ichnaea runs on MySQL: four of MySQL's types have no PostgreSQL type of that name (TINYINT does
    # not compile there; DATETIME, DOUBLE and BINARY(n) compile to names PostgreSQL does not know),
    # so create_all fails; the laid-out copy imports the nearest generic types under the same names
    fixes={
        "ichnaea/models/api.py": ("TINYINT as TinyInteger", "SMALLINT as TinyInteger"),
        "ichnaea/models/sa_types.py": (
            "from sqlalchemy.dialects.mysql import DATETIME as DateTime, TINYINT as TinyInteger",
            "from sqlalchemy import DateTime\nfrom sqlalchemy.dialects.mysql import SMALLINT as TinyInteger"),
        "ichnaea/models/station.py": (
            "from sqlalchemy.dialects.mysql import (\n    DOUBLE as Double,\n    INTEGER as Integer,\n"
            "    TINYINT as TinyInteger,\n)",
            "from sqlalchemy import Float as Double\n"
            "from sqlalchemy.dialects.mysql import INTEGER as Integer, SMALLINT as TinyInteger"),
        "ichnaea/models/content.py": ("from sqlalchemy import BINARY, Column",
                                      "from sqlalchemy import LargeBinary as BINARY, Column"),
        "ichnaea/models/mac.py": ("from sqlalchemy import BINARY, Column",
                                  "from sqlalchemy import LargeBinary as BINARY, Column"),
        "ichnaea/models/cell.py": ("    BINARY,\n    Column,\n", "    LargeBinary as BINARY,\n    Column,\n"),
    },
    stub_roots=("*",),
    metadata="ichnaea.models.base:_Model.metadata",
    imports=("ichnaea.models",),
    models="ichnaea/models",
    probe_packages=("sqlalchemy==1.4.54", "alembic==1.13.3", "psycopg2-binary", "colander==1.8.3"),
    drift=(
        "ALTER TABLE api_key RENAME COLUMN fallback_url TO fallback_endpoint",
        "ALTER TABLE export_config ALTER COLUMN url TYPE varchar(1024)",
        "ALTER TABLE api_key ALTER COLUMN maxreq SET NOT NULL",
        "ALTER TABLE export_config ADD COLUMN description varchar(255)",
        "CREATE INDEX ix_api_key_fallback_name ON api_key (fallback_name)",
        "COMMENT ON COLUMN region_stat.region IS 'ISO 3166 alpha-2 code'",
        "ALTER TABLE api_key ALTER COLUMN allow_locate SET DEFAULT true",
        "ALTER TABLE api_key DROP COLUMN fallback_cache_expire",
        "ALTER TABLE cell_area ALTER COLUMN num_cells SET NOT NULL",
        "CREATE TABLE api_key_notes (id serial PRIMARY KEY, valid_key varchar(40) NOT NULL REFERENCES api_key"
        " (valid_key), body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE region_stat RENAME TO region_stats",
    ),
    dropped=("api_key.fallback_cache_expire",),
)
