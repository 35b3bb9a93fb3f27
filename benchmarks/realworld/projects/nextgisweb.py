"""nextgis/nextgisweb (a Web GIS on Pyramid): 2.0 ``Mapped`` classes in 30 component packages, on a base
declared ``class Base(metaclass=DeclarativeMeta)`` (``__abstract__ = True``) of which ``from nextgisweb.env import
Base`` gives each component a subclass of its own (a module-level ``__getattr__``: one ``MetaData`` per component,
found from the importing module); the application's metadata is every component's tables copied into one
(``Table.to_metadata``, as ``Env.metadata()`` does). Joined-table inheritance of resources whose ``__tablename__``
and polymorphic identity a metaclass sets from the class's ``identity`` (``ResourceMeta``), ``ForeignKey(User.id)``
of a subclass whose key column is ``principal_id``, a ``Sequence`` shared by two tables' keys, ``saext.Enum`` (a
``sa.Enum`` subclass fixed to ``native_enum=False``), a ``Msgspec`` TypeDecorator on JSONB, ``func.lower()``
expression indexes, ``after_create`` DDL (triggers, a sequence, a schema), and the feature versioning extension's
``*_et`` / ``*_ht`` tables, made when the mappers are configured, with an ``EXCLUDE`` constraint of
``int4range(...)`` expressions. Stand-ins of ours: the project's PostGIS type ``saext.Geometry`` (``polygon``: the
embedded server has no PostGIS), ``nextgisweb.env``'s component registry (its ``__init__`` and model are laid
out), the component packages' ``__init__``, the serializers' attribute classes; everything else is a permissive
stub. It showed two misreadings: the database reader fails (``KeyError``) on an exclusion constraint whose elements
are expressions (``conkey`` 0), so no plan is made; and a base declared ``metaclass=DeclarativeMeta`` is not taken
for a declarative base, so no class of the project is read (every table is "without a class")."""

from recipe import Recipe

# nextgisweb.env's component registry as the models use it: a memo per component (Base, COMP_ID, the
# translation functions), the component being the calling module's package (the project finds it from
# the stack too)
COMPONENT = '''"""Stand-in (ours): a memo per component, the component being the calling module's package."""

import sys


def component_of(module):
    parts = module.split(".")
    return parts[1] if len(parts) > 1 and parts[0] == "nextgisweb" else None


def _calling_component():
    frame = sys._getframe(1)
    while frame is not None:
        module = frame.f_globals.get("__name__", "")
        if module.startswith("nextgisweb.") and not module.startswith("nextgisweb.env"):
            return component_of(module)
        frame = frame.f_back
    raise LookupError("no module of a component calls")


def component_utility(factory):
    memo = {}

    def get(depth=1, *, cident=None):
        cident = cident or _calling_component()
        if cident not in memo:
            memo[cident] = factory(cident)
        return memo[cident]

    get.memo = memo
    return get


class Component:
    pass


def load_all(*args, **kwargs):
    pass


def require(*args, **kwargs):
    return lambda function: function


class _Translations:
    def gettext(self, message):
        return message

    def pgettext(self, context, message):
        return message

    def ngettext(self, singular, plural, number):
        return singular if number == 1 else plural

    def npgettext(self, context, singular, plural, number):
        return singular if number == 1 else plural

    gettextf, pgettextf, ngettextf, npgettextf = gettext, pgettext, ngettext, npgettext


_COMP_ID = component_utility(lambda component_id: component_id)
_tr_str_factory = component_utility(lambda component_id: _Translations())
'''

PACKAGE_INFO = '''"""Stand-in (ours): every nextgisweb.<name> package is a component."""

from .component import component_of


class _Every:
    def __contains__(self, item):
        return True


class _PkgInfo:
    components = _Every()

    def component_by_module(self, module):
        return component_of(module)


pkginfo = _PkgInfo()
'''


def package(*modules: str) -> str:
    """A component package's ``__init__`` (ours): a name of its laid-out modules, else a stub."""
    return ('"""Stand-in (ours): a name of the package\'s laid-out modules, any other a permissive stub."""\n\n'
            "import importlib\n\n\n"
            "def __getattr__(name):\n"
            f"    if name.startswith(\"__\") or name in {(*modules, '_absent')!r}:\n"
            "        raise AttributeError(name)\n"
            f"    for module in {modules!r}:\n"
            "        found = vars(importlib.import_module(f\"{__name__}.{module}\"))\n"
            "        if name in found:\n            return found[name]\n"
            "    from . import _absent  # not laid out: a permissive stub\n\n"
            "    return getattr(_absent, name)\n")


COMPONENTS = ("audit", "auth", "basemap", "core", "feature_attachment", "feature_description", "feature_layer",
              "feature_layer/transaction", "file_storage", "file_upload", "layer", "lookup_table", "ogcfserver",
              "postgis", "pyramid", "raster_layer", "raster_mosaic", "raster_style", "render", "resmeta", "resource",
              "resource/favorite", "sld", "social", "spatial_ref_sys", "svg_marker_library", "tileset", "tmsclient",
              "vector_layer", "webmap", "wfsclient", "wfsserver", "wmsclient", "wmsserver")

# the serializers' attribute classes, which the models subclass and call with arguments, and their
# ``Serializer`` (``class ResourceSerializer(Serializer[Resource], resource=Resource)``)
SERIALIZE = '''"""Stand-in (ours): classes that take any arguments, as subclasses and generics too."""


class _Any:
    def __init__(self, *args, **kwargs):
        pass

    def __init_subclass__(cls, **kwargs):
        pass

    def __class_getitem__(cls, item):
        return cls


def __getattr__(name):
    if name.startswith("__"):
        raise AttributeError(name)
    globals()[name] = found = type(name, (_Any,), {})
    return found
'''

# the project's own PostGIS type, of ours: the embedded server has no PostGIS
GEOMETRY = '''from sqlalchemy.types import UserDefinedType


class Geometry(UserDefinedType):
    cache_ok = True

    def __init__(self, geometry_type, srid):
        self.geometry_type, self.srid = geometry_type, srid

    def get_col_spec(self, **kwargs):
        return "polygon"
'''

# one MetaData of every component's tables, as Env.metadata() copies them (after the mappers are
# configured: the versioning extension makes its tables then)
METADATA = '''"""Stand-in (ours): the application's MetaData, as Env.metadata() makes it."""

import sqlalchemy as sa
from sqlalchemy.orm import configure_mappers

metadata = sa.MetaData()


def combine():
    from nextgisweb.env.model import Base

    configure_mappers()
    for component in sorted(Base.component_metadata):
        for table in Base.component_metadata[component].tables.values():
            table.to_metadata(metadata)
'''

RECIPE = Recipe(
    name="nextgisweb",
    repo="nextgis/nextgisweb",
    style="2.0 Mapped, a declarative base per component, resources named by a metaclass, Pyramid",
    files=("nextgisweb/*/model.py", "nextgisweb/env/__init__.py", "nextgisweb/feature_layer/versioning/extension.py",
           "nextgisweb/vector_layer/util.py", "nextgisweb/lib/saext/__init__.py", "nextgisweb/lib/saext/enum.py",
           "nextgisweb/lib/saext/msgspec.py", "nextgisweb/lib/saext/uuid.py"),
    stubs={
        "nextgisweb/__init__.py": "",
        "nextgisweb/env/component.py": COMPONENT,
        "nextgisweb/env/package.py": PACKAGE_INFO,
        "nextgisweb/lib/saext/geometry.py": GEOMETRY,
        "nextgisweb/lib/datetime/__init__.py": ("from datetime import datetime\n\n\n"
                                                "def utcnow_naive():\n    return datetime.utcnow()\n"),
        **{f"nextgisweb/{c}/__init__.py": package("model") for c in COMPONENTS},
        "nextgisweb/feature_layer/versioning/__init__.py": package("model", "extension"),
        "nextgisweb/resource/serialize.py": SERIALIZE,
        "nextgisweb/resource/sattribute.py": SERIALIZE,
        "corpus_metadata.py": METADATA,
    },
    stub_roots=("*",),
    # the srs table's after_create DDL empties and fills PostGIS's spatial_ref_sys: a table of ours alike,
    # made an extension's member as PostGIS's is (so that, as on a PostGIS database, it is not the
    # application's)
    prelude=("CREATE TABLE spatial_ref_sys (srid integer PRIMARY KEY, auth_name varchar(256), auth_srid integer,"
             " srtext varchar(2048), proj4text varchar(2048))",
             "CREATE EXTENSION IF NOT EXISTS pg_trgm",
             "ALTER EXTENSION pg_trgm ADD TABLE spatial_ref_sys"),
    metadata="corpus_metadata:metadata",
    imports=("nextgisweb/**/model.py", "nextgisweb.feature_layer.versioning.extension"),
    setup=("corpus_metadata:combine",),
    models="nextgisweb",
    line_length=99,
    python=(3, 12),
    probe_packages=("sqlalchemy==2.0.49", "alembic", "psycopg2-binary", "msgspec==0.21.1"),
    drift=(
        "ALTER TABLE auth_user RENAME COLUMN language TO locale",
        "ALTER TABLE resource ALTER COLUMN keyname TYPE varchar(255)",
        "ALTER TABLE webmap ALTER COLUMN title SET NOT NULL",
        "ALTER TABLE svg_marker ADD COLUMN title varchar(200)",
        "CREATE INDEX ix_resource_display_name ON resource (display_name)",
        "COMMENT ON COLUMN auth_principal.display_name IS 'as shown to the users'",
        "ALTER TABLE webmap ALTER COLUMN editable SET DEFAULT false",
        "ALTER TABLE auth_user DROP COLUMN alink_token",
        "CREATE TABLE resource_notes (id serial PRIMARY KEY, resource_id integer NOT NULL REFERENCES resource (id),"
        " body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE resmeta_item RENAME TO resource_metadata_item",
    ),
    dropped=("auth_user.alink_token",),
    note="no enum drift: every enum of the models is `saext.Enum`, `native_enum=False` (a VARCHAR)",
)
