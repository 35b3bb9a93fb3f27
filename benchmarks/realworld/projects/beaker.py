"""beaker-project/beaker (Red Hat's lab inventory and test scheduler, on TurboGears 1 and MySQL): classic
declarative on ``declarative_base(cls=MappedObject, metadata=turbogears.database.metadata,
constructor=None)``, ``{'mysql_engine': 'InnoDB'}`` table args, association ``Table``s on
``DeclarativeMappedObject.metadata``, joined-table inheritance of activities (``polymorphic_on`` a
``type`` column, a subclass per audited table) and of recipes and recipe resources, relationships with
``primaryjoin`` expressions and properties added after import (``class_mapper(System).add_properties``),
a ``select([...])`` as a Python-side default, attribute events, a backport of the hybrid extension, and
declarative enums (a class whose ``symbols`` list gives each label, a column typed ``SystemStatus.db_type()``:
a ``SchemaType`` ``TypeDecorator`` over a named ``Enum``) beside netaddr ``TypeDecorator``s over
``BigInteger``. The ``TurboGears`` modules and the enums' module are stubs of ours; the application's
other modules are permissive stubs. The reader leaves the declarative enums' types unresolved (listed
as such), so the drift's ``ADD VALUE`` is not seen."""

from recipe import Recipe

# TurboGears 1's database module and configuration as the models use them (ours)
_TURBOGEARS = {
    "turbogears/__init__.py": ("from turbogears import config  # noqa: F401\n\n\n"
                               "def url(path, *args, **kwargs):\n    return path\n\n\n"
                               "class validators:\n    Email = dict\n"),
    "turbogears/config.py": "def get(key, default=None):\n    return default\n",
    "turbogears/database.py": ("from sqlalchemy import MetaData\n"
                               "from sqlalchemy.orm import scoped_session, sessionmaker\n\n"
                               "metadata = MetaData()\nsession = scoped_session(sessionmaker())\n\n\n"
                               "def get_engine():\n    raise NotImplementedError\n"),
}

# Beaker's declarative enums (a class per enum, its ``symbols`` a list of (name, value, attributes)), of
# our own: the project's module names its metaclass in Python 2's ``__metaclass__``, which Python 3
# ignores (no symbol, no value: the models cannot be imported there)
_ENUM = '''import re

from sqlalchemy.types import Enum, SchemaType, TypeDecorator


class EnumSymbol:
    def __init__(self, owner, name, value, **attributes):
        self.cls_, self.name, self.value = owner, name, value
        vars(self).update(attributes)

    def __repr__(self):
        return f"{self.cls_.__name__}.{self.name}"


class EnumMeta(type):
    def __init__(cls, name, bases, namespace):
        super().__init__(name, bases, namespace)
        cls._symbols = [EnumSymbol(cls, *entry[:2], **entry[2]) for entry in namespace.get("symbols", ())]
        for symbol in cls._symbols:
            setattr(cls, symbol.name, symbol)

    def __iter__(cls):
        return iter(cls._symbols)


class DeclEnum(metaclass=EnumMeta):
    @classmethod
    def values(cls):
        return [symbol.value for symbol in cls._symbols]

    @classmethod
    def from_string(cls, value):
        return next(symbol for symbol in cls._symbols if symbol.value == value)

    @classmethod
    def db_type(cls):
        return DeclEnumType(cls)


class DeclEnumType(SchemaType, TypeDecorator):
    def __init__(self, enum):
        self.enum = enum
        self.impl = Enum(*enum.values(), name=re.sub(".([A-Z])", lambda m: "_" + m.group(1).lower(),
                                                     enum.__name__).lower())

    def _set_table(self, table, column):
        self.impl._set_table(table, column)

    def copy(self):
        return DeclEnumType(self.enum)

    def process_bind_param(self, value, dialect):
        return value if value is None or isinstance(value, str) else value.value

    def process_result_value(self, value, dialect):
        return None if value is None else self.enum.from_string(value)
'''

RECIPE = Recipe(
    name="beaker",
    repo="beaker-project/beaker",
    style="classic declarative on TurboGears 1's metadata, declarative enums, MySQL",
    files=("Server/bkr/server/model/*.py", "Server/bkr/server/hybrid.py"),
    strip="Server/",
    stubs={**_TURBOGEARS, "bkr/server/enum.py": _ENUM},
    # beaker runs on MySQL: a text column given a length (so that MySQL makes it MEDIUMTEXT), which
    # PostgreSQL's text does not take, and a UUID TypeDecorator over BINARY(16), a type PostgreSQL does not
    # have, stop create_all there; the laid-out copy writes the text without a length and imports
    # LargeBinary (bytea) as BINARY
    fixes={"bkr/server/model/installation.py": ("UnicodeText(length=2**18-1)", "UnicodeText()"),
           "bkr/server/model/types.py": ("import TypeDecorator, BINARY, BigInteger",
                                         "import TypeDecorator, LargeBinary as BINARY, BigInteger")},
    stub_roots=("*",),
    metadata="bkr.server.model.base:DeclarativeMappedObject.metadata",
    imports=("bkr.server.model",),
    models="bkr/server/model",
    probe_packages=("sqlalchemy==1.4.54", "alembic==1.13.3", "psycopg2-binary", "netaddr", "six"),
    drift=(
        "ALTER TABLE system RENAME COLUMN serial TO serial_number",
        "ALTER TABLE job ALTER COLUMN whiteboard TYPE text",
        "ALTER TABLE system ALTER COLUMN vendor SET NOT NULL",
        "ALTER TABLE lab_controller ADD COLUMN description varchar(255)",
        "CREATE INDEX ix_system_model ON system (model)",
        "COMMENT ON COLUMN system.fqdn IS 'the fully qualified domain name'",
        "ALTER TABLE job ALTER COLUMN ttasks SET DEFAULT 0",
        "ALTER TABLE labinfo DROP COLUMN cooling",
        "CREATE TABLE system_tags (id serial PRIMARY KEY, system_id integer NOT NULL REFERENCES system (id),"
        " tag varchar(64) NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE labinfo RENAME TO lab_info",
        # the enum's name as Beaker's DeclEnumType makes it ("SystemStatus": its regular expression eats
        # the letter before each capital)
        "ALTER TYPE syste_status ADD VALUE 'Retired'",
    ),
    dropped=("labinfo.cooling",),
    note="the enum ADD VALUE is not seen: the reader leaves `SystemStatus.db_type()` unresolved",
)
