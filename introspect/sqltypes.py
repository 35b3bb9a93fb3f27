"""The one mapping between SQLAlchemy type spellings and PostgreSQL column types.

Three jobs, one table of knowledge:

- ``column_type_from_sqlalchemy(name, args, kwargs)``: a type as a model writes it
  (``String(50)``, ``DateTime(timezone=True)``, ``postgresql.JSONB``) -> the ``ColumnType``
  PostgreSQL stores for it, in ``format_type`` spelling. ``None`` for a name this module
  does not know: the reader reports those as unresolved instead of guessing.
- ``sqlalchemy_spelling(column_type)``: the reverse, for writing code. It picks the
  spelling that SQLAlchemy's PostgreSQL dialect renders back to exactly that type, so
  Alembic's ``compare_type`` agrees with the database after a fix (``Double``, not
  ``Float``, for ``double precision``: ``FLOAT`` and ``DOUBLE PRECISION`` are different
  strings to Alembic).
- ``types_equivalent(a, b)``: how far apart two column types are, as a severity.

Type families (``types_equivalent``): two types of different families are a
``critical`` difference; within one family (or across a *related* pair) a ``warning``.

    integer   smallint, integer, bigint
    decimal   numeric, money
    float     real, double precision
    string    character varying, character, text, citext, name
    datetime  date, timestamp with / without time zone
    time      time with / without time zone
    interval  interval
    boolean   boolean
    binary    bytea
    json      json, jsonb
    uuid      uuid
    network   inet, cidr, macaddr, macaddr8
    bit       bit, bit varying
    fulltext  tsvector, tsquery
    range     int4range, int8range, numrange, daterange, tsrange, tstzrange
    enum      any type of kind ``enum`` (different enum names are a warning)

Related families (a ``warning``, the value survives a cast both ways for the data
people actually store): integer/decimal/float (numbers), string with network, uuid,
enum and json (all are text on the wire). Anything else, and an array against a
non-array, is ``critical``.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any, TypeGuard

from .schema import ColumnType
from .str_enum import StrEnum

PG_DIALECT = "sqlalchemy.dialects.postgresql"
GENERIC = "sqlalchemy"

# PostgreSQL's default precision for timestamp / time / interval: ``timestamp(6)``
# and ``timestamp`` store and behave identically.
DEFAULT_TIME_PRECISION = 6


# -- SQLAlchemy spelling -> ColumnType ---------------------------------------------------

# Each SQLAlchemy type name with its constructor parameters in positional order (so a
# positional literal is bound to the right keyword) and the PostgreSQL type it renders.
# Names that need arguments to decide (DateTime, Float, Enum, ARRAY...) are handled in
# ``_PARAMETRISED`` below.
_PARAMS: dict[str, tuple[str, ...]] = {
    "String": ("length", "collation"),
    "VARCHAR": ("length", "collation"),
    "NVARCHAR": ("length", "collation"),
    "Unicode": ("length", "collation"),
    "CHAR": ("length", "collation"),
    "NCHAR": ("length", "collation"),
    "Numeric": ("precision", "scale", "decimal_return_scale", "asdecimal"),
    "NUMERIC": ("precision", "scale", "decimal_return_scale", "asdecimal"),
    "DECIMAL": ("precision", "scale", "decimal_return_scale", "asdecimal"),
    "Float": ("precision", "asdecimal", "decimal_return_scale"),
    "FLOAT": ("precision", "asdecimal", "decimal_return_scale"),
    "DateTime": ("timezone",),
    "TIMESTAMP": ("timezone", "precision"),
    "Time": ("timezone",),
    "TIME": ("timezone", "precision"),
    "Interval": ("native", "second_precision", "day_precision"),
    "INTERVAL": ("precision", "fields"),
    "BIT": ("length", "varying"),
    "ARRAY": ("item_type", "as_tuple", "dimensions", "zero_indexes"),
}

_SIMPLE: dict[str, str] = {
    # instances of SQLAlchemy's type modules (``impl = STRINGTYPE``): String(), Integer(), Boolean()
    "STRINGTYPE": "character varying",
    "INTEGERTYPE": "integer",
    "BOOLEANTYPE": "boolean",
    "Integer": "integer",
    "INTEGER": "integer",
    "INT": "integer",
    "BigInteger": "bigint",
    "BIGINT": "bigint",
    "SmallInteger": "smallint",
    "SMALLINT": "smallint",
    "Boolean": "boolean",
    "BOOLEAN": "boolean",
    "Text": "text",
    "TEXT": "text",
    "UnicodeText": "text",
    "CITEXT": "citext",
    "Date": "date",
    "DATE": "date",
    "LargeBinary": "bytea",
    "BYTEA": "bytea",
    "JSON": "json",
    "JSONB": "jsonb",
    "UUID": "uuid",
    "Uuid": "uuid",
    "INET": "inet",
    "CIDR": "cidr",
    "MACADDR": "macaddr",
    "MACADDR8": "macaddr8",
    "Double": "double precision",
    "DOUBLE": "double precision",
    "DOUBLE_PRECISION": "double precision",
    "REAL": "real",
    "TSVECTOR": "tsvector",
    "TSQUERY": "tsquery",
    "MONEY": "money",
    "OID": "oid",
    "REGCLASS": "regclass",
    "REGCONFIG": "regconfig",
    "HSTORE": "hstore",
    "INT4RANGE": "int4range",
    "INT8RANGE": "int8range",
    "NUMRANGE": "numrange",
    "DATERANGE": "daterange",
    "TSRANGE": "tsrange",
    "TSTZRANGE": "tstzrange",
    "INT4MULTIRANGE": "int4multirange",
    "INT8MULTIRANGE": "int8multirange",
    "NUMMULTIRANGE": "nummultirange",
    "DATEMULTIRANGE": "datemultirange",
    "TSMULTIRANGE": "tsmultirange",
    "TSTZMULTIRANGE": "tstzmultirange",
    "PickleType": "bytea",
}

# SQLAlchemy's types that are TypeDecorators with Python-side behaviour: read for the column
# they store, never written in place of another type, never replaced by one.
BEHAVIOUR_TYPES = frozenset({"PickleType"})

_STRING_TYPES = {"String", "VARCHAR", "NVARCHAR", "Unicode"}
_CHAR_TYPES = {"CHAR", "NCHAR"}
_NUMERIC_TYPES = {"Numeric", "NUMERIC", "DECIMAL"}
_ENUM_TYPES = {"Enum", "ENUM"}

KNOWN_TYPE_NAMES = frozenset(_SIMPLE) | frozenset(_PARAMS) | frozenset(_ENUM_TYPES)


def is_sqlalchemy_module(module: str) -> bool:
    """Whether ``module`` is SQLAlchemy's own (``sqlalchemy``, ``sqlalchemy.types``), not a
    library named after it (``sqlalchemy_utc``, ``sqlalchemy_utils``, ``sqlalchemy_json``)."""
    return module == "sqlalchemy" or module.startswith("sqlalchemy.")


def is_type_name(name: str | None) -> TypeGuard[str]:
    """True for a SQLAlchemy type class name this module can map."""
    return name in KNOWN_TYPE_NAMES


def bind_arguments(name: str, args: tuple, kwargs: dict) -> dict[str, Any]:
    """The constructor arguments of type ``name`` by parameter name (positional ones bound
    in the constructor's order). Extra positionals are dropped: they do not change the
    PostgreSQL type of any type listed here."""
    bound = dict(zip(_PARAMS.get(name, ()), args, strict=False))
    bound.update(kwargs)
    return bound


def column_type_from_sqlalchemy(name: str, args: tuple = (), kwargs: dict | None = None) -> ColumnType | None:
    """The PostgreSQL type SQLAlchemy creates for the type written ``name(*args, **kwargs)``.

    ``name`` is the bare class name (``String`` for ``db.String``), ``args`` / ``kwargs``
    hold literal argument values. An ``ARRAY``'s ``item_type`` is given as a
    ``ColumnType`` (the caller resolves the inner type first). An ``Enum`` needs its
    PostgreSQL type name in ``name=`` (for ``Enum(PyEnum)`` SQLAlchemy uses the class name
    lower-cased; the caller passes that); labels are its positional strings.
    Returns ``None`` for an unknown name or arguments that are not literal enough to
    decide (a length held in a variable).
    """
    kwargs = kwargs or {}
    if name in _SIMPLE:
        return ColumnType(_SIMPLE[name])
    bound = bind_arguments(name, args, kwargs)
    if not _literal_ints(bound, ("length", "precision", "scale", "dimensions", "second_precision")):
        return None
    if name in _STRING_TYPES:
        # a length of 0 is written as none (VARCHAR): SQLAlchemy tests the length for truth
        return ColumnType("character varying", length=bound.get("length") or None)
    if name in _CHAR_TYPES:
        # CHAR without a length is character(1) in PostgreSQL.
        return ColumnType("character", length=bound.get("length") or 1)
    if name in _NUMERIC_TYPES:
        precision, scale = bound.get("precision"), bound.get("scale")
        if precision is not None and scale is None:
            scale = 0  # numeric(p) is stored as numeric(p,0)
        return ColumnType("numeric", precision=precision, scale=scale if precision is not None else None)
    if name in ("Float", "FLOAT"):
        # FLOAT(p): p <= 24 is real, anything else double precision; SQLAlchemy writes a
        # precision of 0 (nbgrader's Float(0)) as no precision: FLOAT, double precision
        precision = bound.get("precision")
        return ColumnType("real" if precision and precision <= 24 else "double precision")
    if name in ("DateTime", "TIMESTAMP"):
        zone = "with" if bound.get("timezone") else "without"
        return ColumnType(f"timestamp {zone} time zone", precision=bound.get("precision"))
    if name in ("Time", "TIME"):
        zone = "with" if bound.get("timezone") else "without"
        return ColumnType(f"time {zone} time zone", precision=bound.get("precision"))
    if name == "Interval":
        return ColumnType("interval", precision=bound.get("second_precision"))
    if name == "INTERVAL":
        return ColumnType("interval", precision=bound.get("precision"), fields=bound.get("fields"))
    if name == "BIT":
        if bound.get("varying"):
            return ColumnType("bit varying", length=bound.get("length"))
        return ColumnType("bit", length=bound.get("length") or 1)
    if name == "ARRAY":
        return _array_type(bound)
    if name in _ENUM_TYPES:
        return _enum_type(args, kwargs)
    return None


def _literal_ints(bound: dict, keys: tuple[str, ...]) -> bool:
    return all(bound.get(key) is None or type(bound[key]) is int for key in keys)


def _array_type(bound: dict) -> ColumnType | None:
    inner = bound.get("item_type")
    if not isinstance(inner, ColumnType):
        return None
    dimensions = bound.get("dimensions") or 1
    return ColumnType(
        inner.name,
        length=inner.length,
        precision=inner.precision,
        scale=inner.scale,
        dimensions=inner.dimensions + dimensions,
        kind=inner.kind,
        type_schema=inner.type_schema,
    )


def _enum_type(args: tuple, kwargs: dict) -> ColumnType | None:
    labels = [arg for arg in args if isinstance(arg, str)]
    if kwargs.get("native_enum") is False:
        # A non-native Enum is a VARCHAR as long as its longest label.
        length = kwargs.get("length")
        if length is None and labels and len(labels) == len(args):
            length = max(len(label) for label in labels)
        return ColumnType("character varying", length=length) if type(length) is int else None
    type_name = kwargs.get("name")
    if not isinstance(type_name, str):
        return None
    schema = kwargs.get("schema")
    return ColumnType(type_name, kind="enum", type_schema=schema if isinstance(schema, str) else None)


# -- ColumnType -> SQLAlchemy spelling ---------------------------------------------------


@dataclass(frozen=True)
class TypeSpelling:
    """How to write a column type in SQLAlchemy code.

    ``name`` is the class name, ``module`` the module to import it from (``sqlalchemy``
    for generic types, ``sqlalchemy.dialects.postgresql`` for dialect ones), ``args`` /
    ``kwargs`` the literal constructor arguments; ``inner`` is the element type of an
    ``ARRAY`` (rendered as its first argument, before ``args``).
    """

    name: str
    module: str = GENERIC
    args: tuple[Any, ...] = ()
    kwargs: tuple[tuple[str, Any], ...] = ()
    inner: TypeSpelling | None = field(default=None)

    def render(self, qualifier: str = "", inner_qualifier: str | None = None) -> str:
        """Source text, e.g. ``render("db")`` -> ``db.String(50)``. Values go through
        ``repr`` so any label or name is a proper Python literal; a type without
        arguments is written bare (``db.Integer``), as models usually do."""
        prefix = f"{qualifier}." if qualifier else ""
        parts: list[str] = []
        if self.inner is not None:
            nested = inner_qualifier if inner_qualifier is not None else qualifier
            parts.append(self.inner.render(nested))
        parts.extend(repr(arg) for arg in self.args)
        parts.extend(f"{key}={value!r}" for key, value in self.kwargs)
        if not parts:
            return f"{prefix}{self.name}"
        return f"{prefix}{self.name}({', '.join(parts)})"

    @property
    def python_type(self) -> tuple[str, str] | None:
        """(module, name) of the Python type of a ``Mapped[...]`` annotation for this type, as
        the type's ``python_type`` gives it; None where SQLAlchemy has none (``Any``). Read from
        a table rather than from SQLAlchemy, which takes a fifth of a second to import."""
        return _PYTHON_TYPES.get(self.name)

    @property
    def modules(self) -> frozenset[str]:
        """Every module the rendered text needs (the inner type's too)."""
        own = frozenset({self.module})
        return own | self.inner.modules if self.inner is not None else own


_SIMPLE_SPELLING: dict[str, tuple[str, str]] = {
    "integer": ("Integer", GENERIC),
    "bigint": ("BigInteger", GENERIC),
    "smallint": ("SmallInteger", GENERIC),
    "boolean": ("Boolean", GENERIC),
    "text": ("Text", GENERIC),
    "date": ("Date", GENERIC),
    "bytea": ("LargeBinary", GENERIC),
    "json": ("JSON", GENERIC),
    "uuid": ("Uuid", GENERIC),
    "double precision": ("Double", GENERIC),
    "real": ("REAL", GENERIC),
    "jsonb": ("JSONB", PG_DIALECT),
    "citext": ("CITEXT", PG_DIALECT),
    "inet": ("INET", PG_DIALECT),
    "cidr": ("CIDR", PG_DIALECT),
    "macaddr": ("MACADDR", PG_DIALECT),
    "macaddr8": ("MACADDR8", PG_DIALECT),
    "money": ("MONEY", PG_DIALECT),
    "tsvector": ("TSVECTOR", PG_DIALECT),
    "tsquery": ("TSQUERY", PG_DIALECT),
    "oid": ("OID", PG_DIALECT),
    "regclass": ("REGCLASS", PG_DIALECT),
    "regconfig": ("REGCONFIG", PG_DIALECT),
    "hstore": ("HSTORE", PG_DIALECT),
    "int4range": ("INT4RANGE", PG_DIALECT),
    "int8range": ("INT8RANGE", PG_DIALECT),
    "numrange": ("NUMRANGE", PG_DIALECT),
    "daterange": ("DATERANGE", PG_DIALECT),
    "tsrange": ("TSRANGE", PG_DIALECT),
    "tstzrange": ("TSTZRANGE", PG_DIALECT),
    "int4multirange": ("INT4MULTIRANGE", PG_DIALECT),
    "int8multirange": ("INT8MULTIRANGE", PG_DIALECT),
    "nummultirange": ("NUMMULTIRANGE", PG_DIALECT),
    "datemultirange": ("DATEMULTIRANGE", PG_DIALECT),
    "tsmultirange": ("TSMULTIRANGE", PG_DIALECT),
    "tstzmultirange": ("TSTZMULTIRANGE", PG_DIALECT),
}


# A spelling's class -> the Python type its ``python_type`` gives, for the classes
# ``sqlalchemy_spelling`` writes; the rest have none (``Any``). BIT is left out on purpose:
# SQLAlchemy 2.1 gives ``sqlalchemy.dialects.postgresql.bitstring.BitString``, a module 2.0 lacks, so
# an annotation naming it would not import in every project. (tests/test_naming.py checks the
# table against the installed SQLAlchemy.)
_PYTHON_TYPES: dict[str, tuple[str, str]] = {
    **dict.fromkeys(("Integer", "BigInteger", "SmallInteger"), ("builtins", "int")),
    **dict.fromkeys(("String", "Text", "CHAR", "CITEXT", "Enum"), ("builtins", "str")),
    **dict.fromkeys(("Double", "DOUBLE_PRECISION", "REAL"), ("builtins", "float")),
    "Boolean": ("builtins", "bool"),
    "LargeBinary": ("builtins", "bytes"),
    "ARRAY": ("builtins", "list"),
    "Numeric": ("decimal", "Decimal"),
    "Date": ("datetime", "date"),
    **dict.fromkeys(("DateTime", "TIMESTAMP"), ("datetime", "datetime")),
    **dict.fromkeys(("Time", "TIME"), ("datetime", "time")),
    **dict.fromkeys(("Interval", "INTERVAL"), ("datetime", "timedelta")),
    **dict.fromkeys(("Uuid", "UUID"), ("uuid", "UUID")),
}


# SQLAlchemy classes that write one PostgreSQL type and take the same parameters, by the
# spelling class ``sqlalchemy_spelling`` gives: a file that writes ``Unicode`` for varchar
# gets ``Unicode(40)`` where the spelling says ``String(40)``.
SPELLING_FAMILIES: dict[str, frozenset[str]] = {
    "String": frozenset({"String", "Unicode", "VARCHAR", "NVARCHAR"}),
    "Text": frozenset({"Text", "UnicodeText", "TEXT"}),
    "Integer": frozenset({"Integer", "INTEGER", "INT"}),
    "BigInteger": frozenset({"BigInteger", "BIGINT"}),
    "SmallInteger": frozenset({"SmallInteger", "SMALLINT"}),
    "Boolean": frozenset({"Boolean", "BOOLEAN"}),
    "Numeric": frozenset({"Numeric", "NUMERIC", "DECIMAL"}),
    "Date": frozenset({"Date", "DATE"}),
    "CHAR": frozenset({"CHAR", "NCHAR"}),
    "LargeBinary": frozenset({"LargeBinary", "BYTEA"}),
}


def spelling_before_2(spelling: TypeSpelling) -> TypeSpelling:
    """``spelling`` as SQLAlchemy 1.x writes it: its PostgreSQL classes for the generic ``Double`` and
    ``Uuid`` 2.0 added (``DOUBLE_PRECISION``, ``UUID(as_uuid=True)``, which 2.0 has too)."""
    inner = spelling_before_2(spelling.inner) if spelling.inner is not None else None
    if spelling.name == "Double":
        return TypeSpelling("DOUBLE_PRECISION", PG_DIALECT)
    if spelling.name == "Uuid":
        return TypeSpelling("UUID", PG_DIALECT, kwargs=(("as_uuid", True),))
    return replace(spelling, inner=inner) if inner is not spelling.inner else spelling


def sqlalchemy_spelling(t: ColumnType, enum_labels: tuple[str, ...] = ()) -> TypeSpelling | None:
    """The SQLAlchemy spelling that renders back to exactly ``t`` on PostgreSQL.

    ``enum_labels`` are the labels of an enum type (from ``Schema.enums``), written as
    the ``Enum`` arguments. Returns ``None`` when no SQLAlchemy type renders ``t`` (a
    domain, a composite type, ``xml``...): the caller should suggest SQL or leave the
    code alone rather than write a lossy type.
    """
    if t.dimensions:
        element = ColumnType(t.name, t.length, t.precision, t.scale, 0, t.kind, t.type_schema)
        inner = sqlalchemy_spelling(element, enum_labels)
        if inner is None:
            return None
        dimensions: tuple[tuple[str, Any], ...] = (("dimensions", t.dimensions),) if t.dimensions > 1 else ()
        return TypeSpelling("ARRAY", PG_DIALECT, kwargs=dimensions, inner=inner)
    name = _fold_name(t.name) if t.kind == "base" else t.name
    if t.kind == "enum":
        kwargs: tuple[tuple[str, Any], ...] = (("name", t.name),)
        if t.type_schema not in (None, "public"):
            kwargs += (("schema", t.type_schema),)
        return TypeSpelling("Enum", GENERIC, args=tuple(enum_labels), kwargs=kwargs)
    if t.kind != "base":
        return None
    if name in _SIMPLE_SPELLING:
        cls, module = _SIMPLE_SPELLING[name]
        return TypeSpelling(cls, module)
    if name == "character varying":
        return TypeSpelling("String", args=(t.length,) if t.length is not None else ())
    if name == "character":
        return TypeSpelling("CHAR", args=(t.length or 1,))
    if name == "numeric":
        if t.precision is None:
            return TypeSpelling("Numeric")
        return TypeSpelling("Numeric", args=(t.precision, t.scale or 0))
    if name.startswith(("timestamp ", "time ")):
        return _time_spelling(name, t.precision)
    if name == "interval":
        if t.precision is None and t.fields is None:
            return TypeSpelling("Interval")
        return TypeSpelling("INTERVAL", PG_DIALECT, kwargs=tuple(
            (key, value) for key, value in (("fields", t.fields), ("precision", t.precision)) if value is not None))
    if name == "bit":
        return TypeSpelling("BIT", PG_DIALECT, args=(t.length or 1,))
    if name == "bit varying":
        args = (t.length,) if t.length is not None else ()
        return TypeSpelling("BIT", PG_DIALECT, args=args, kwargs=(("varying", True),))
    return None


def _time_spelling(name: str, precision: int | None) -> TypeSpelling:
    with_zone = name.endswith("with time zone")
    if precision is not None:
        # Only the dialect classes carry a precision.
        cls = "TIMESTAMP" if name.startswith("timestamp") else "TIME"
        kwargs: tuple[tuple[str, Any], ...] = (("precision", precision),)
        if with_zone:
            kwargs = (("timezone", True),) + kwargs
        return TypeSpelling(cls, PG_DIALECT, kwargs=kwargs)
    cls = "DateTime" if name.startswith("timestamp") else "Time"
    return TypeSpelling(cls, kwargs=(("timezone", True),) if with_zone else ())


# -- equivalence -------------------------------------------------------------------------

# Spellings PostgreSQL accepts for one stored type; folded before comparing.
_ALIASES: dict[str, str] = {
    "int": "integer",
    "int4": "integer",
    "serial": "integer",
    "serial4": "integer",
    "int2": "smallint",
    "smallserial": "smallint",
    "serial2": "smallint",
    "int8": "bigint",
    "bigserial": "bigint",
    "serial8": "bigint",
    "float": "double precision",
    "float8": "double precision",
    "double": "double precision",
    "float4": "real",
    "bool": "boolean",
    "varchar": "character varying",
    "char": "character",
    "bpchar": "character",
    "decimal": "numeric",
    "timestamp": "timestamp without time zone",
    "timestamptz": "timestamp with time zone",
    "time": "time without time zone",
    "timetz": "time with time zone",
    "varbit": "bit varying",
}

_FAMILIES: dict[str, str] = {
    "smallint": "integer",
    "integer": "integer",
    "bigint": "integer",
    "numeric": "decimal",
    "money": "decimal",
    "real": "float",
    "double precision": "float",
    "character varying": "string",
    "character": "string",
    "text": "string",
    "citext": "string",
    "name": "string",
    "date": "datetime",
    "timestamp without time zone": "datetime",
    "timestamp with time zone": "datetime",
    "time without time zone": "time",
    "time with time zone": "time",
    "interval": "interval",
    "boolean": "boolean",
    "bytea": "binary",
    "json": "json",
    "jsonb": "json",
    "uuid": "uuid",
    "inet": "network",
    "cidr": "network",
    "macaddr": "network",
    "macaddr8": "network",
    "bit": "bit",
    "bit varying": "bit",
    "tsvector": "fulltext",
    "tsquery": "fulltext",
    "int4range": "range",
    "int8range": "range",
    "numrange": "range",
    "daterange": "range",
    "tsrange": "range",
    "tstzrange": "range",
}

_RELATED_FAMILIES: frozenset[frozenset[str]] = frozenset(
    frozenset(pair)
    for pair in (
        ("integer", "decimal"),
        ("integer", "float"),
        ("decimal", "float"),
        ("string", "network"),
        ("string", "uuid"),
        ("string", "enum"),
        ("string", "json"),
    )
)


def _fold_name(name: str) -> str:
    lowered = " ".join(name.lower().split())
    return _ALIASES.get(lowered, lowered)


def canonical(t: ColumnType) -> ColumnType:
    """``t`` with aliases folded and the modifiers PostgreSQL implies made explicit or
    dropped, so that two types PostgreSQL stores identically compare equal."""
    name = _fold_name(t.name) if t.kind == "base" else t.name
    length, precision, scale = t.length, t.precision, t.scale
    if name in ("character", "bit") and length is None:
        length = 1
    if name == "numeric" and precision is not None and scale is None:
        scale = 0
    if name.startswith(("timestamp ", "time ")) or name == "interval":
        if precision == DEFAULT_TIME_PRECISION:
            precision = None
    type_schema = t.type_schema if t.type_schema not in ("public", "pg_catalog") else None
    # PostgreSQL does not enforce array dimensions: integer[][] is stored as integer[].
    dimensions = 1 if t.dimensions else 0
    return ColumnType(name, length, precision, scale, dimensions, t.kind, type_schema)


def family(t: ColumnType) -> str:
    """The family of ``t`` (see the module docstring); an unknown type is its own family."""
    if t.kind == "enum":
        return "enum"
    if t.kind != "base":
        return f"{t.kind}:{t.name}"
    name = _fold_name(t.name)
    return _FAMILIES.get(name, name)


class TypeDistance(StrEnum):
    """How far apart two column types are (``types_equivalent``); each but SAME is also the
    severity a type discrepancy of that distance has. Members are their strings."""

    SAME = "same"
    COSMETIC = "cosmetic"
    WARNING = "warning"
    CRITICAL = "critical"

    @property
    def stored_alike(self) -> bool:
        """PostgreSQL stores both types alike: SAME or COSMETIC."""
        return self in (TypeDistance.SAME, TypeDistance.COSMETIC)


def types_equivalent(a: ColumnType, b: ColumnType) -> TypeDistance:
    """SAME, COSMETIC, WARNING or CRITICAL.

    same: equal as given. cosmetic: equal after folding what PostgreSQL stores
    identically (``float``/``double precision``, ``timestamp(6)``/``timestamp``,
    ``int4``/``integer``, array dimensions). warning: one family with other parameters
    (``varchar(50)``/``varchar(100)``, ``varchar``/``varchar(n)``, numeric precision,
    with/without time zone, ``integer``/``bigint``, ``json``/``jsonb``) or a related pair
    of families (``character varying``/``inet``, ``character varying``/``text``).
    critical: anything else, e.g. ``integer``/``text`` or an array against a scalar.
    """
    if a == b:
        return TypeDistance.SAME
    ca, cb = canonical(a), canonical(b)
    if ca == cb:
        return TypeDistance.COSMETIC
    if bool(ca.dimensions) != bool(cb.dimensions):
        return TypeDistance.CRITICAL
    fa, fb = family(ca), family(cb)
    if fa == fb or frozenset((fa, fb)) in _RELATED_FAMILIES:
        return TypeDistance.WARNING
    return TypeDistance.CRITICAL


__all__ = [
    "KNOWN_TYPE_NAMES",
    "TypeSpelling",
    "bind_arguments",
    "canonical",
    "column_type_from_sqlalchemy",
    "family",
    "is_type_name",
    "sqlalchemy_spelling",
    "TypeDistance",
    "types_equivalent",
]
