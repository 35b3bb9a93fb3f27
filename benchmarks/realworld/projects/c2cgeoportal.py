"""camptocamp/c2cgeoportal (GeoMapFish, the web-GIS portal of Swiss cantons and towns): its admin
database, in two schemas whose names come from the application's configuration at import
(``_schema = config["schema"] or "main"``, ``config["schema_static"] or "static"``) and reach every
``__table_args__`` dict and every ``ForeignKey(_schema + ".role.id")`` by string concatenation.
A layer tree of joined-table inheritance three levels deep (``TreeItem`` -> ``TreeGroup`` ->
``LayerGroup`` / ``Theme``, ``TreeItem`` -> ``Layer`` -> ``DimensionLayer`` (no table of its own) ->
``LayerWMS`` / ``LayerWMTS`` / ``LayerVectorTiles``), ``polymorphic_on`` an ``item_type`` column;
an ``AbstractConcreteBase`` log class made concrete twice, by two classes both named ``Log`` (one per
schema, each table named ``log``); ``Mapped[...] = mapped_column(...)`` with ColanderAlchemy
``info={...}`` dicts on most columns, association ``Table`` objects with ``schema=_schema``, a
``TsVector`` UserDefinedType and a ``JSONEncodedDict`` TypeDecorator of its own, ``HSTORE`` behind
``MutableDict.as_mutable``, geoalchemy2 geometries (a stub of ours: no PostGIS on the embedded server),
a GIN index. The configuration (``c2c.template.config``) is a stub of ours whose values are unset, so
the schemas are the code's own fallbacks; Pyramid, zope and c2cwsgiutils are permissive stubs and the
optional form libraries (colander, deform, c2cgeoform) are absent, as the models allow."""

from recipe import GEOALCHEMY2_STUBS, Recipe

_CONFIG = '''class _Config(dict):
    """The application's configuration, of our own: nothing set (the models' fallbacks apply)."""

    def __getitem__(self, key):
        return self.get(key)

    def get_config(self):
        return {}


config = _Config()
'''

RECIPE = Recipe(
    name="c2cgeoportal",
    repo="camptocamp/c2cgeoportal",
    style="2.0 Mapped, joined inheritance 3 levels, AbstractConcreteBase, schemas from configuration",
    files=("commons/c2cgeoportal_commons/models/*.py", "commons/c2cgeoportal_commons/lib/__init__.py",
           "commons/c2cgeoportal_commons/lib/literal.py", "commons/c2cgeoportal_commons/lib/url.py"),
    strip="commons/",
    stubs={
        **GEOALCHEMY2_STUBS,
        "geoalchemy2/shape.py": "def to_shape(element):\n    raise NotImplementedError\n",
        "c2cgeoportal_commons/__init__.py": "",
        "c2c/__init__.py": "",
        "c2c/template/__init__.py": "",
        "c2c/template/config.py": _CONFIG,
        "papyrus/__init__.py": "",
        "papyrus/geo_interface.py": "class GeoInterface:\n    pass\n",
    },
    stub_roots=("pyramid", "zope", "c2cwsgiutils"),
    prelude=("CREATE SCHEMA main", "CREATE SCHEMA static", "CREATE EXTENSION IF NOT EXISTS hstore"),
    metadata="c2cgeoportal_commons.models:Base.metadata",
    imports=("c2cgeoportal_commons.models.main", "c2cgeoportal_commons.models.static"),
    models="c2cgeoportal_commons/models",
    schemas=("main", "static"),
    line_length=110,  # its pyproject's ruff
    drift=(
        "ALTER TABLE main.ogc_server RENAME COLUMN url_wfs TO wfs_url",
        "ALTER TABLE main.layer_wmts ALTER COLUMN matrix_set TYPE varchar(200)",
        "ALTER TABLE main.metadata ALTER COLUMN value SET NOT NULL",
        "ALTER TABLE main.interface ADD COLUMN ordering integer",
        "CREATE INDEX ix_treeitem_name ON main.treeitem (name)",
        "COMMENT ON COLUMN main.restrictionarea.readwrite IS 'editing allowed in the area'",
        "ALTER TABLE main.layer_wms ALTER COLUMN time_widget SET DEFAULT 'slider'",
        "ALTER TABLE static.shorturl DROP COLUMN nb_hits",
        "CREATE TABLE main.theme_tag (id serial PRIMARY KEY,"
        " theme_id integer NOT NULL REFERENCES main.theme (id) ON DELETE CASCADE,"
        " tag varchar(50) NOT NULL, UNIQUE (theme_id, tag))",
        "COMMENT ON TABLE static.feedback IS 'what users report from the map'",
        "ALTER TABLE static.feedback ALTER COLUMN email TYPE varchar(254)",
        "ALTER TABLE main.dimension RENAME TO layer_dimension",
    ),
    dropped=("shorturl.nb_hits",),
    note=("the class generated for main.theme_tag writes the schema as a literal (``{\"schema\": \"main\"}``, "
          "``ForeignKey(\"main.theme.id\")``) where every other class of the file uses the configured ``_schema``"),
)
