"""camptocamp/c2cgeoportal (a GIS web portal on Pyramid): 2.0 ``Mapped`` classes on ``declarative_base()``
in two schemas named by module constants (``_schema = config["schema"] or "main"``, ``"static"``, from the
c2c.template configuration) that every ``__table_args__`` and ``ForeignKey(_schema + ".role.id")`` string
uses, joined-table inheritance of the layer tree (``treeitem`` -> ``treegroup`` -> ``layergroup`` /
``theme``, ``layer`` -> ``layer_wms`` ...), an ``AbstractConcreteBase`` log made concrete in each schema,
``Enum(*get_args(Literal[...]), native_enum=False)``, ``MutableDict.as_mutable(HSTORE)`` and ``JSONB``,
a project ``TypeDecorator`` and ``UserDefinedType`` (``TsVector``), PostGIS ``Geometry`` columns (a stub of
our own whose type is ``polygon``: the embedded server has no PostGIS). The configuration is a stand-in
of ours that leaves the schemas and SRID to the models' fallbacks; colander and c2cgeoform (the admin
interface's) are absent, so the models' own fallbacks hold; Pyramid and the rest are permissive stubs. It showed
a misreading, mended since: the schema constant of a configuration value with a literal fallback (``_schema: str =
config["schema_static"] or "static"``) is not read, and the tables were taken for the default schema's (the first
``--schema``, main): the seven of ``static`` seemed to have no class, and the classes added for them clashed with
the project's at import; such a table is now the database's table of its name in the schemas read. Of the two
classes named ``Log`` (the concrete log of each schema) only the first is read."""

from recipe import GEOALCHEMY2_STUBS, Recipe

# c2c.template's configuration as the models read it, of our own: no value set, so the models'
# fallbacks (``or "main"``, ``or "static"``, ``or 3857``) hold
CONFIG = '''class _Config(dict):
    def __getitem__(self, key):
        return self.get(key)

    def get_config(self):
        return {}

    def init(self, path):
        pass


config = _Config()
'''

ABSENT = "raise ModuleNotFoundError('not installed (the admin interface)')\n"

RECIPE = Recipe(
    name="c2cgeoportal",
    repo="camptocamp/c2cgeoportal",
    style="2.0 Mapped in two schemas from constants, joined-table tree, concrete logs, PostGIS columns",
    files=("commons/c2cgeoportal_commons/__init__.py", "commons/c2cgeoportal_commons/lib/*.py",
           "commons/c2cgeoportal_commons/models/*.py"),
    strip="commons/",
    stubs={"c2c/__init__.py": "", "c2c/template/__init__.py": "", "c2c/template/config.py": CONFIG,
           # the admin interface's libraries are absent, as the models allow (their fallbacks then hold)
           "colander/__init__.py": ABSENT, "c2cgeoform/__init__.py": ABSENT,
           **GEOALCHEMY2_STUBS,
           "geoalchemy2/shape.py": "def to_shape(element):\n    raise NotImplementedError\n"},
    stub_roots=("*",),
    metadata="c2cgeoportal_commons.models:Base.metadata",
    imports=("c2cgeoportal_commons.models.main", "c2cgeoportal_commons.models.static"),
    models="c2cgeoportal_commons/models",
    line_length=110,
    schemas=("main", "static"),
    prelude=("CREATE SCHEMA main", "CREATE SCHEMA static", "CREATE EXTENSION IF NOT EXISTS hstore"),
    drift=(
        "ALTER TABLE main.ogc_server RENAME COLUMN url_wfs TO wfs_url",
        "ALTER TABLE static.shorturl ALTER COLUMN creator_email TYPE varchar(320)",
        "ALTER TABLE main.dimension ALTER COLUMN value SET NOT NULL",
        "ALTER TABLE main.interface ADD COLUMN locale varchar(16)",
        "CREATE INDEX ix_feedback_email ON static.feedback (email)",
        "COMMENT ON COLUMN main.role.description IS 'shown in the admin interface'",
        "ALTER TABLE static.shorturl ALTER COLUMN nb_hits SET DEFAULT 0",
        "ALTER TABLE static.feedback DROP COLUMN permalink",
        "CREATE TABLE main.theme_notes (id serial PRIMARY KEY, theme_id integer NOT NULL REFERENCES main.theme (id),"
        " body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE static.oauth2_authorizationcode RENAME TO oauth2_authorization_code",
    ),
    dropped=("feedback.permalink",),
    note="no enum drift: every enum of the models is `native_enum=False` (a VARCHAR)",
)
