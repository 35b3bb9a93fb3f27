"""openoereb/pyramid_oereb (the server of the Swiss cadastre of public-law restrictions on landownership,
the ÖREB-Kataster, run by cantons on Pyramid): its "standard" data source's main schema, whose name comes
from the application's configuration at import (``app_schema_name = Config.get('app_schema').get('name')``,
reaching every ``__table_args__ = {'schema': app_schema_name}``), 17 tables. Two of them are made by
*class factories*: the models package's ``__init__`` defines ``get_office(base, schema_name, pk_type)``,
``get_document(base, schema_name, pk_type, Office)``..., functions whose bodies define a class closing
over their arguments (the schema, the key's type, the other generated classes their
``ForeignKey(Office.id)`` names), and ``main.py`` calls two at module level (``Office = get_office(Base,
app_schema_name, String)``). The same factories make the tables of each theme (land-use plans, noise
zones...) in a schema of its own, through ``theme.model_factory(schema_name, pk_type, geometry_type, srid,
db_connection)``, which a deployment's YAML configuration names: ``theme.py`` is laid out, but no theme
schema is made (nothing in the files says which exist). Classic ``Column`` declarative on SQLAlchemy 2.0:
geoalchemy2 geometries with a configured SRID, sqlalchemy-utils' ``JSONType`` multilingual columns,
``ForeignKey`` columns without a type, composite keys in ``__table_args__`` (``PrimaryKeyConstraint(...)``
then the schema dict), a bare ``UniqueConstraint(code, sub_code)`` statement in a class body,
``server_default=text('FALSE')``. Stubbed, of our own: the configuration (``pyramid_oereb.core.config``,
with the project's dev configuration's values: schema ``pyramid_oereb_main``, SRID 2056), geoalchemy2 (no
PostGIS on the embedded server) and the packages' ``__init__`` modules (Pyramid helpers)."""

from recipe import GEOALCHEMY2_STUBS, Recipe

_CONFIG = '''class Config:
    """The application's configuration, of our own: the dev configuration's values."""

    _values = {"app_schema": {"name": "pyramid_oereb_main"}, "srid": 2056}

    @classmethod
    def get(cls, key, default=None):
        return cls._values.get(key, default)
'''

_MODELS = "pyramid_oereb/contrib/data_sources/standard/models"

RECIPE = Recipe(
    name="pyramid_oereb",
    repo="openoereb/pyramid_oereb",
    style="module-level calls of class factories, schema from configuration, GeoAlchemy2, composite keys",
    files=(f"{_MODELS}/*.py",),
    stubs={
        **GEOALCHEMY2_STUBS,
        "geoalchemy2/types.py": "from geoalchemy2 import Geometry  # noqa: F401\n",
        "pyramid_oereb/__init__.py": "",
        "pyramid_oereb/contrib/__init__.py": "",
        "pyramid_oereb/contrib/data_sources/__init__.py": "",
        "pyramid_oereb/contrib/data_sources/standard/__init__.py": "",
        "pyramid_oereb/core/__init__.py": "",
        "pyramid_oereb/core/config.py": _CONFIG,
    },
    prelude=("CREATE SCHEMA pyramid_oereb_main",),
    metadata="pyramid_oereb.contrib.data_sources.standard.models.main:Base.metadata",
    imports=("pyramid_oereb.contrib.data_sources.standard.models.main",),
    models=_MODELS,
    schemas=("pyramid_oereb_main",),
    line_length=110,  # its pyproject's [tool.flake8] max-line-length
    probe_packages=("sqlalchemy==2.0.49", "sqlalchemy-utils==0.41.2", "alembic", "psycopg2-binary"),
    drift=(
        "ALTER TABLE pyramid_oereb_main.real_estate RENAME COLUMN subunit_of_land_register TO land_register_subunit",
        "ALTER TABLE pyramid_oereb_main.real_estate ALTER COLUMN egrid SET NOT NULL",
        "CREATE TABLE pyramid_oereb_main.municipality_contact (id serial PRIMARY KEY,"
        " fosnr integer NOT NULL REFERENCES pyramid_oereb_main.municipality (fosnr) ON DELETE CASCADE,"
        " email varchar(254) NOT NULL, role varchar(50), UNIQUE (fosnr, email))",
        "ALTER TABLE pyramid_oereb_main.theme ALTER COLUMN sub_code TYPE varchar(100)",
        "ALTER TABLE pyramid_oereb_main.real_estate DROP COLUMN metadata_of_geographical_base_data",
        "CREATE INDEX ix_availability_theme_code ON pyramid_oereb_main.availability (theme_code)",
        "COMMENT ON COLUMN pyramid_oereb_main.theme_document.article_numbers IS 'articles of the document"
        " that apply to the theme'",
        "ALTER TABLE pyramid_oereb_main.availability ALTER COLUMN available SET DEFAULT false",
        "ALTER TABLE pyramid_oereb_main.address ADD COLUMN municipality_fosnr integer",
        "ALTER TABLE pyramid_oereb_main.address ALTER COLUMN geom SET NOT NULL",
        "COMMENT ON TABLE pyramid_oereb_main.glossary IS 'reading help printed at the end of an extract'",
        "ALTER TABLE pyramid_oereb_main.map_layering ALTER COLUMN layer_opacity SET DEFAULT 1.0",
        "ALTER TABLE pyramid_oereb_main.municipality RENAME TO municipality_register",
    ),
    dropped=("real_estate.metadata_of_geographical_base_data",),
    note=("the classes main.py gets from the class factories (``Office = get_office(Base, app_schema_name, "
          "String)``, ``Document = get_document(...)``) are read as classes made at run time: their tables are "
          "not compared, nor the keys to them (``ForeignKey(Document.id)``), and no class is generated for them"),
)
