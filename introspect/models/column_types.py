"""Column types as model source writes them -> ``ColumnType``, statically.

Handles SQLAlchemy type expressions (``db.String(50)``, ``postgresql.ARRAY(Integer)``,
``Enum(Status, name="status")``), ``TypeDecorator`` subclasses defined in the scanned
files (through their literal ``impl``), and ``Mapped[...]`` annotations (Python types
through SQLAlchemy's default type map, or the ``type_annotation_map`` of a declarative
base found in the files). Anything else is a *problem* message, never a guess.
"""

from __future__ import annotations

import ast
import re
import string
from dataclasses import dataclass, field
from typing import Any

from ..schema import ColumnType, Enum
from ..sqltypes import column_type_from_sqlalchemy, is_type_name
from .exprs import (
    Opaque,
    SourceText,
    SqlText,
    dotted,
    has_star_args,
    joined_text,
    keyword_map,
    last_name,
    literal,
)

# SQLAlchemy's default map from Python annotation types to column types
# (``sqlalchemy.sql.sqltypes._type_map``); ``dict`` / ``list`` are not in it.
PYTHON_TYPES: dict[str, str] = {
    "int": "Integer",
    "float": "Double",
    "bool": "Boolean",
    "Decimal": "Numeric",
    "date": "Date",
    "datetime": "DateTime",
    "time": "Time",
    "timedelta": "Interval",
    "str": "String",
    "bytes": "LargeBinary",
    "UUID": "Uuid",
}

_OPTIONAL_WRAPPERS = {"Optional"}
_UNION = {"Union"}
_SCHEMA_ITEMS = {"ForeignKey", "Sequence", "Identity", "Computed", "CheckConstraint", "FetchedValue"}
_COLLECTIONS = {"List", "list", "Set", "set", "Dict", "dict", "WriteOnlyMapped", "DynamicMapped"}


@dataclass(frozen=True)
class PyEnum:
    """A Python ``enum.Enum`` class found in the scanned files."""

    name: str
    members: tuple[str, ...]
    values: tuple[object, ...] | None  # None when a value is not a literal
    # ``class X(str, Enum)`` / ``StrEnum``: a member is a str (its value), usable as a
    # ``server_default`` that SQLAlchemy writes as a literal
    str_valued: bool = False
    file: str = ""
    line: int = 0
    end_line: int = 0
    value_sources: tuple[str, ...] = ()  # each member's value as written
    # what ``auto()`` gives a member: "name" (a ``_generate_next_value_`` returning the
    # name, here or in a base enum), "lower" (``StrEnum``); None when unknown
    auto: str | None = None
    # its class methods that return the members' values (``return [m.value for m in cls]``)
    value_lists: tuple[str, ...] = ()
    # ``str(member)`` is its value (``StrEnum``, or ``def __str__(self): return self.value``), as
    # SQLAlchemy writes a member that names a column; a ``(str, Enum)`` member writes ``Cls.NAME``
    str_is_value: bool = False

    def value_of(self, member: str) -> object | None:
        """The member's value when it is a literal or an ``auto()`` this class defines."""
        index = self.members.index(member)
        if self.values is not None:
            return self.values[index]
        written = self.value_sources[index] if index < len(self.value_sources) else ""
        if self.auto is not None and re.fullmatch(r"(\w+\.)*auto\(\)", written):
            return member if self.auto == "name" else member.lower()
        return None


@dataclass(frozen=True)
class InitArguments:
    """What a TypeDecorator's ``__init__`` gives its impl class, read where it is literal: the
    keywords it sets (``kwargs.setdefault("length", 100)``, ``super().__init__(timezone=True)``),
    and of the caller's arguments, those it keeps for itself (its own leading positional
    parameters, its named ones) and whether it passes the rest on (``*args`` / ``**kwargs``)."""

    keywords: tuple[tuple[str, Any], ...] = ()
    own_positional: int = 0
    own_keywords: frozenset[str] = frozenset()
    passes_args: bool = False
    passes_kwargs: bool = False
    # its own leading parameters it passes on as the impl's leading positional arguments, with their
    # literal defaults (PasarGuard's ``def __init__(self, length=None): super().__init__(length)``)
    forwarded: tuple[tuple[str, Any], ...] = ()

    def impl_call(self, impl: ast.expr, call: ast.Call | None) -> ast.Call:
        """``impl(...)`` as the decorator made with ``call``'s arguments makes it."""
        args = list(call.args[self.own_positional:]) if call is not None and self.passes_args else []
        by_name = {kw.arg: kw.value for kw in call.keywords} if call is not None else {}
        forwarded = [call.args[index] if call is not None and index < len(call.args) else by_name.get(name)
                     or ast.Constant(default) for index, (name, default) in enumerate(self.forwarded)]
        args = [*forwarded, *args]
        keywords = [kw for kw in call.keywords if kw.arg not in self.own_keywords] \
            if call is not None and self.passes_kwargs else []
        given = {kw.arg for kw in keywords}
        keywords += [ast.keyword(arg=k, value=ast.Constant(v)) for k, v in self.keywords if k not in given]
        return ast.copy_location(ast.Call(func=impl, args=args, keywords=keywords), impl)


@dataclass(frozen=True)
class TypeDecoratorInfo:
    """A ``TypeDecorator`` subclass in the scanned files (or a subclass of one, or a name
    bound to one); ``impl`` is None when it cannot be read statically (no literal ``impl``
    or a ``load_dialect_impl`` override)."""

    name: str
    impl: ast.expr | None
    source: SourceText
    dialect_impl: bool = False  # load_dialect_impl decides the type at run time
    # the class defines ``__init__``: its arguments are its own, not the impl's
    own_init: bool = False
    # it (or a TypeDecorator it subclasses) turns values on their way in or out
    # (``process_bind_param``, ``process_result_value``...)
    converts: bool = False
    # what that ``__init__`` gives the impl class (None when it cannot be read)
    init: InitArguments | None = None

    @property
    def serializes(self) -> bool:
        """It turns values into text or bytes and back (JSON in a text column): what a column of
        it holds is its own, not a way to write the type."""
        impl = self.impl
        return self.converts and impl is not None and \
            last_name(impl.func if isinstance(impl, ast.Call) else impl) in _TEXT_TYPES


# impl classes whose arguments decide the column's type (a length, a time zone, a precision): a
# TypeDecorator's ``__init__`` may give them
_PARAMETERISED = frozenset({"String", "Unicode", "VARCHAR", "NVARCHAR", "CHAR", "NCHAR", "Numeric", "NUMERIC",
                            "DECIMAL", "Float", "DateTime", "TIMESTAMP", "Time", "TIME", "Enum", "ARRAY"})

# impl types that hold text or bytes: what a converting TypeDecorator over them stores is serialized
_TEXT_TYPES = frozenset({"Text", "String", "Unicode", "UnicodeText", "TEXT", "VARCHAR", "NVARCHAR", "CHAR",
                         "NCHAR", "LargeBinary", "BYTEA", "BLOB", "Binary"})


def _labels_unstored(keywords: dict) -> bool:
    """An ``Enum`` whose labels do not reach the database: not native, with its own length
    and no CHECK constraint (``create_constraint`` is off by default since SQLAlchemy 1.4)."""
    return (keywords.get("native_enum") is False and type(keywords.get("length")) is int
            and keywords.get("create_constraint") is not True)


def _constant_key(node: ast.expr) -> tuple[ast.expr, ast.expr] | None:
    """(mapping, key) of ``mapping[key]`` and ``mapping.get(key)``, else None."""
    if isinstance(node, ast.Subscript) and isinstance(node.value, (ast.Name, ast.Attribute)):
        return node.value, node.slice
    if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "get"
            and len(node.args) == 1 and not node.keywords and isinstance(node.func.value, (ast.Name, ast.Attribute))):
        return node.func.value, node.args[0]
    return None


def postgresql_variant(node: ast.expr) -> ast.expr:
    """The type ``A.with_variant(B, "postgresql")`` (chains too) is on PostgreSQL: ``B``
    when a variant names postgresql, else ``A``."""
    while (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "with_variant"
           and node.args):
        dialects = node.args[1:] or [kw.value for kw in node.keywords if kw.arg == "dialect_name"]
        names = [e.value for d in dialects for e in (d.elts if isinstance(d, (ast.Tuple, ast.List)) else [d])
                 if isinstance(e, ast.Constant)]
        if "postgresql" in names:
            return node.args[0]
        node = node.func.value
    return node


def is_library_type_name(name: str | None) -> bool:
    """A type of sqlalchemy-utils (or sqlalchemy-citext) the reader knows (``JSONType``)."""
    return name in _SQLALCHEMY_UTILS


def is_type_expression(node: ast.expr) -> bool:
    """``Numeric(12, 2)``, ``postgresql.JSON()``, ``JSON().with_variant(JSONB(), "postgresql")``:
    a SQLAlchemy type instance written at module level (``Money = Numeric(12, 2)``)."""
    node = postgresql_variant(node)
    return isinstance(node, ast.Call) and is_type_name(last_name(node.func) or "")


# types of libraries other than SQLAlchemy (sqlalchemy-utils; sqlalchemy-citext's ``CIText``)
# -> what they create on PostgreSQL: (type name, its arguments, the keyword of the type that
# sets the first argument, if any)
_SQLALCHEMY_UTILS: dict[str, tuple[str, tuple, str | None]] = {
    "CIText": ("CITEXT", (), None),
    "TSVectorType": ("TSVECTOR", (), None),
    "ChoiceType": ("Unicode", (255,), None),  # or its impl= (ChoiceType(Level, impl=Integer()))
    "StringEncryptedType": ("String", (), "length"),
    "EncryptedType": ("LargeBinary", (), None),
    "UUIDType": ("UUID", (), None),  # native uuid on PostgreSQL
    "JSONType": ("JSON", (), None),
    "EmailType": ("Unicode", (255,), "length"),
    "URLType": ("UnicodeText", (), None),
    "IPAddressType": ("Unicode", (50,), "max_length"),
    "PhoneNumberType": ("Unicode", (20,), "max_length"),
    "ColorType": ("Unicode", (20,), "max_length"),
    "CurrencyType": ("String", (3,), None),
    "CountryType": ("String", (2,), None),
    "LocaleType": ("Unicode", (10,), None),
    "TimezoneType": ("Unicode", (50,), None),
    "ScalarListType": ("UnicodeText", (), None),
    "ArrowType": ("DateTime", (), None),
    "PasswordType": ("LargeBinary", (), None),
    "DateRangeType": ("DATERANGE", (), None),
    "IntRangeType": ("INT4RANGE", (), None),
    "NumericRangeType": ("NUMRANGE", (), None),
    "DateTimeRangeType": ("TSRANGE", (), None),
}


@dataclass(frozen=True)
class AnnotationType:
    """What a ``Mapped[...]`` annotation says about a column."""

    column_type: ColumnType | None
    optional: bool
    problem: str | None = None
    relationship: bool = False  # Mapped["Child"] / Mapped[list[Child]]: not a column
    annotated_call: ast.Call | None = None  # Annotated[int, mapped_column(...)]
    annotated_source: SourceText | None = None
    enum: Enum | None = None  # Mapped[PyEnum]: the enum type, registered only if used
    # the column itself cannot be read (``problem`` says why): the attribute is not read as one
    unreadable: bool = False


# SQLAlchemy's upper-case types (written as named) that PostgreSQL does not have -> what to write
_NO_POSTGRESQL_TYPE = {
    "BLOB": "LargeBinary (bytea)", "CLOB": "Text", "BINARY": "LargeBinary (bytea)",
    "VARBINARY": "LargeBinary (bytea)", "DATETIME": "DateTime (timestamp)", "NVARCHAR": "String (varchar)",
}


@dataclass
class TypeResolver:
    """Resolves type expressions; collects the enum types it meets in ``enums``."""

    py_enums: dict[str, PyEnum]
    decorators: dict[str, TypeDecoratorInfo]
    mapped_classes: set[str]
    annotation_map: dict[str, tuple[ast.expr, SourceText]] = field(default_factory=dict)
    # an enum class name several classes define (one of them in a class's body) -> where
    ambiguous_enums: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # a declarative base's registry made at run time (``registry = orm_registry``): SQLAlchemy's
    # default type map may not be the one that types ``Mapped[datetime]``; where it is set
    unread_annotation_map: str | None = None
    enums: dict[tuple[str | None, str], Enum] = field(default_factory=dict)
    # (schema, enum type name) -> (the Python enum class it is made from, "names" | "values":
    # which of its members' parts are the labels)
    enum_classes: dict[tuple[str | None, str], tuple[PyEnum, str]] = field(default_factory=dict)
    # those of them a ``Mapped[Kind]`` annotation gave (its members' names), which a column's own
    # ``Enum(Kind, values_callable=...)`` replaces: the annotation is read before the column's type
    annotation_enum_classes: set[tuple[str | None, str]] = field(default_factory=set)
    # (schema, enum type name) -> how its labels are written where they are all literal strings:
    # ("call", the ``Enum("a", "b", name=...)`` node) or ("list", NAME) of ``Enum(*NAME, name=...)``
    enum_spellings: dict[tuple[str | None, str], list[tuple[str, object]]] = field(default_factory=dict)
    _cache: dict[object, tuple[ColumnType | None, str | None]] = field(default_factory=dict)
    # id(SourceText) -> the module-level constants its file can name: ``MAX_TAG_LENGTH``
    # (its own or imported) and ``limits.NAME_MAX`` (a scanned module it imports)
    constants: dict[int, dict[str, object]] = field(default_factory=dict)
    # ``Class.NAME`` constants of a class body (``DefaultTableMixin.default_table_args``) that one
    # module alone defines: read where a file reaches the class in a way its scope does not follow
    # (compair's ``from . import *`` of a package that imports it)
    class_members: dict[str, object] = field(default_factory=dict)
    # id(SourceText) -> the names its file imports from SQLAlchemy (``sa``, ``postgresql``,
    # ``JSON`` of ``from sqlalchemy import JSON``): a type written through one is
    # SQLAlchemy's own, never a TypeDecorator of the files that happens to share its name
    sqlalchemy_names: dict[int, frozenset[str]] = field(default_factory=dict)
    # id(SourceText) of the files that import from SQLAlchemy a name a TypeDecorator of the files
    # has too: their types read otherwise than the same text in a file of the decorator
    # (``MutableDict.as_mutable(JSON)`` with PostgreSQL's ``JSON`` beside a project's ``JSON``)
    shadowing: frozenset[int] = frozenset()
    # id(SourceText) -> SQLAlchemy names its file imports under another name: ``SQLEnum`` ->
    # ``Enum`` for ``from sqlalchemy import Enum as SQLEnum``
    # a type class of the files -> the PostgreSQL type a ``@compiles`` function of theirs makes
    # of it (``class PGNAME(sqltypes.Text)`` compiled to ``"NAME"``: name)
    compiled_types: dict[str, ColumnType] = field(default_factory=dict)
    # id(SourceText) -> the functions its file can call for a type (or give an enum as its
    # values_callable): name -> (what the function returns, the text of the file that defines it)
    type_helpers: dict[int, dict[str, tuple[ast.expr, SourceText]]] = field(default_factory=dict)
    # id(SourceText) -> the enum classes its file imports under another name: ``StatusCode`` ->
    # ``OTelStatusCode`` for ``from .dtos import OTelStatusCode as StatusCode`` (SQLAlchemy names the
    # type after the class, and another class may be named ``StatusCode``: agenta)
    enum_aliases: dict[int, dict[str, str]] = field(default_factory=dict)
    # id(SourceText) -> the Literal aliases of strings its file can name: ``AccountType =
    # Literal["ASSET", ...]`` (its own or imported) -> the strings, for ``Enum(*AccountType.__args__)``
    literal_aliases: dict[int, dict[str, tuple[str, ...]]] = field(default_factory=dict)
    # id(SourceText) -> the types names bound at module level stand for in that file, where
    # several modules bind one name to different types (``ModelBuilder._file_types``)
    file_types: dict[int, dict[str, TypeDecoratorInfo]] = field(default_factory=dict)
    # id(SourceText) -> the enum classes names stand for in that file, where several modules define
    # an enum class of one name (``ModelBuilder._file_enums``)
    file_enums: dict[int, dict[str, PyEnum]] = field(default_factory=dict)
    # id(SourceText) -> the module constants of SQL its file defines (``columns.ModuleInfo.sql_constants``)
    sql_constants: dict[int, dict[str, str]] = field(default_factory=dict)
    # a scanned class's name -> the table its body names: ``User.__tablename__`` in
    # ``ForeignKey(f"{User.__tablename__}.id")``
    tablenames: dict[str, str] = field(default_factory=dict)
    # the table of the class whose own statements are being read: ``__tablename__`` in
    # ``Index("%s_project_id" % __tablename__, ...)`` there
    class_tablename: str | None = None
    # the types the body of the class whose columns are being read binds names to (``ClassInfo.type_values``)
    class_types: dict[str, ast.expr] = field(default_factory=dict)
    # id(SourceText) -> the names its file imports from a module that cannot be read -> (that
    # module's file, why): a type or a base class named so is not seen, and the note says why
    unreadable_imports: dict[int, dict[str, tuple[str, str]]] = field(default_factory=dict)

    def _sqlalchemy_own(self, node: ast.expr, source: SourceText) -> bool:
        names = self.sqlalchemy_names.get(id(source))
        if not names:
            return False
        root = node.func if isinstance(node, ast.Call) else node
        while isinstance(root, ast.Attribute):
            root = root.value
        return isinstance(root, ast.Name) and root.id in names

    def _enum_class(self, name: str | None, source: SourceText | None) -> PyEnum | None:
        """The Python enum class of the files a name of ``source``'s file stands for (any file's
        when ``source`` is None)."""
        if source is None:
            return self.py_enums.get(name or "")
        own = self.file_enums.get(id(source))
        if own is not None and name in own:
            return own[name]
        return self.py_enums.get(self.enum_aliases.get(id(source), {}).get(name or "", name or ""))

    def label(self, node: ast.expr, source: SourceText):
        """``value``, and for a member of a Python enum of the files (``Status.OPEN``) the
        label SQLAlchemy's ``Enum`` writes for it: its name."""
        if isinstance(node, ast.Attribute):
            py_enum = self._enum_class(last_name(node.value), source)
            if py_enum is not None and node.attr in py_enum.members:
                return node.attr
        if isinstance(node, ast.Name) and (sql := self.sql_constants.get(id(source), {}).get(node.id)) is not None:
            return SqlText(sql)
        return self.value(node, source)

    def enum_member_value(self, node: ast.expr, source: SourceText | None = None) -> object | None:
        """What ``Status.active.value`` / ``.name`` (or ``Status.active`` of a ``str`` enum) is,
        as its class writes it, for an enum of the files; None for anything else."""
        part = None
        if isinstance(node, ast.Attribute) and node.attr in ("value", "name") and isinstance(node.value, ast.Attribute):
            part, node = node.attr, node.value
        if not (isinstance(node, ast.Attribute) and isinstance(node.value, (ast.Name, ast.Attribute))):
            return None
        py_enum = self._enum_class(last_name(node.value), source)
        if py_enum is None or node.attr not in py_enum.members or (part is None and not py_enum.str_valued):
            return None
        return node.attr if part == "name" else py_enum.value_of(node.attr)

    def text(self, node: ast.expr, source: SourceText) -> str | None:
        """The text a name stands for as ``str()`` gives it: a string constant's
        (``EventFieldType.UID``), or a member's of a ``StrEnum`` of the files
        (``WriterEvent.ENDPOINT_ID``)."""
        found = self.value(node, source)
        return found if isinstance(found, str) else self._member_text(node, source)

    def _member_text(self, node: ast.expr, source: SourceText) -> str | None:
        """What ``str()`` gives of an enum member of the files: ``.value`` and ``.name`` are strs of
        any; a bare member is a str whose ``str()`` is its value only in a ``StrEnum`` (or a class whose
        ``__str__`` returns it)."""
        if not isinstance(node, ast.Attribute):
            return None
        py_enum = self._enum_class(last_name(node.value), source)
        if node.attr not in ("value", "name") and not (py_enum is not None and py_enum.str_is_value):
            return None
        found = self.enum_member_value(node, source)
        return found if isinstance(found, str) else None

    def value(self, node: ast.expr, source: SourceText):
        """``literal(node)``, with a module-level constant the file names read as its value."""
        found = literal(node, source)
        if not isinstance(found, Opaque):
            return found
        if isinstance(node, ast.Attribute) and node.attr == "__tablename__" and isinstance(node.value, ast.Name) \
                and node.value.id in self.tablenames:
            return self.tablenames[node.value.id]
        if isinstance(node, ast.Name) and node.id == "__tablename__" and self.class_tablename is not None:
            return self.class_tablename
        if isinstance(node, ast.Attribute) and node.attr == "__name__" and isinstance(node.value, ast.Name) \
                and node.value.id in self.py_enums:  # Enum(TokenOperation, name=TokenOperation.__name__)
            return node.value.id
        if isinstance(node, ast.BinOp):  # "%s_project_id" % __tablename__, PREFIX + "users", MAX_LEN + 1
            def evaluate(operand: ast.expr) -> object:
                return self.value(operand, source)

            computed: str | int | None = string_operation(node, evaluate)
            if computed is None:
                computed = integer_operation(node, evaluate)
            return computed if computed is not None else found
        if isinstance(node, (ast.Name, ast.Attribute)):
            scope = self.constants.get(id(source))
            name = dotted(node)
            if scope and name in scope:
                return scope[name]
            if isinstance(node, ast.Attribute) and name in self.class_members:
                return self.class_members[name]
        elif isinstance(node, ast.JoinedStr):  # f"{User.__tablename__}.id", f"{PREFIX}users.id"
            text = joined_text(node, lambda field: self._text(field, source))
            if text is not None:
                return text
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format":
            # "{0}.{1}".format(tablename, pk_name) (cookiecutter-flask's reference_col)
            formatted = string_format(node, lambda operand: self.value(operand, source))
            if formatted is not None:
                return formatted
        elif (key := _constant_key(node)) is not None:  # LENGTHS["action"] / LENGTHS.get("action")
            mapping, key_node = key
            table = self.value(mapping, source)
            if isinstance(table, dict) and isinstance(key_node, ast.Constant) and key_node.value in table:
                return table[key_node.value]
        return found

    def _text(self, node: ast.expr, source: SourceText) -> str | None:
        """An f-string field's value as text, when it is a string or a number (or an enum member's
        value: refinery's ``f"{Tablenames.PROJECT.value}.id"``, a ``StrEnum`` member's own)."""
        found = self.value(node, source)
        if isinstance(found, Opaque):
            found = self._member_text(node, source)
        return None if isinstance(found, bool) or not isinstance(found, (str, int)) else str(found)

    # -- SQLAlchemy type expressions -----------------------------------------------------

    def resolve(self, node: ast.expr, source: SourceText, depth: int = 0) -> tuple[ColumnType | None, str | None]:
        """``(type, None)`` or ``(None, problem)`` for a type expression."""
        if isinstance(node, ast.Name) and node.id in self.class_types:
            return self.resolve(self.class_types[node.id], source, depth + 1)
        text = source.segment(node)
        # The same spelling means the same type in every file (names are read by their
        # last part, enums and decorators are global): model files repeat a few dozen
        # spellings thousands of times.
        plain = last_name(node.func if isinstance(node, ast.Call) else node) in self.decorators and \
            self._sqlalchemy_own(node, source)
        # constants, and names shared by a TypeDecorator and SQLAlchemy, differ by file
        per_file = (id(source) in self.constants or bool(source.renamed) or id(source) in self.file_types
                    or id(source) in self.shadowing or id(source) in self.file_enums)
        key: object = (id(source), text) if per_file or plain else text
        if getattr(node, "bound", False):  # a helper's expression with the call's values: not its text's
            key = (key, ast.dump(node))
        known = self._cache.get(key)
        if known is None:
            known = self._cache[key] = self._resolve(node, source, depth, text, plain)
        return known

    def _resolve(self, node: ast.expr, source: SourceText, depth: int, text: str, plain: bool = False):
        """``plain``: SQLAlchemy's type of that name, never a TypeDecorator of the files
        (a decorator named ``UUID`` whose impl is ``postgresql.UUID()``)."""
        if depth > 5:
            return None, f"type `{text}` nests too deeply to resolve"
        if not isinstance(node, (ast.Name, ast.Attribute, ast.Call)):
            return None, f"type `{text}` is not a SQLAlchemy type expression"
        call = node if isinstance(node, ast.Call) else None
        if call is not None and not isinstance(call.func, (ast.Name, ast.Attribute)):
            return None, f"type `{text}` is not a SQLAlchemy type expression"
        name = source.sqlalchemy_name(call.func if call is not None else node)  # Enum as SQLEnum
        if call is not None and has_star_args(call):
            call = self._keywords_spread(call, source) or call  # String(KEY_LEN, **COLLATION_ARGS)
        if call is not None and has_star_args(call) and not (name in ("Enum", "ENUM") and self._spread(call, source)):
            return None, f"type `{text}` takes *args/**kwargs; cannot resolve statically"
        if call is not None and name == "as_mutable" and call.args:  # MutableDict.as_mutable(JSONB)
            return self.resolve(call.args[0], source, depth + 1)
        if call is not None and name == "mutable_json_type" and (call.args or "dbtype" in keyword_map(call)):
            # sqlalchemy-json's mutable_json_type(dbtype=JSONB, nested=True): the type it makes mutable
            return self.resolve(call.args[0] if call.args else keyword_map(call)["dbtype"], source, depth + 1)
        if call is not None and name == "with_variant":  # JSON().with_variant(JSONB(), "postgresql")
            return self.resolve(postgresql_variant(call), source, depth + 1)
        if name in self.compiled_types and not plain:  # class PgName(String) that @compiles writes as NAME
            return self.compiled_types[name], None
        if name == "ChoiceType" and call is not None and ("impl" in keyword_map(call) or len(call.args) > 1):
            # ChoiceType(Level, impl=Integer()), read from sqlalchemy-utils' own module too (whose
            # class says impl = Unicode(255)): its impl= (invenio-communities' String(1)), or its second
            # argument (codo-cmdb's ``ChoiceType(STATUS, String(32))``)
            return self.resolve(call.args[1] if len(call.args) > 1 else keyword_map(call)["impl"], source, depth + 1)
        own = self.file_types.get(id(source), {}).get(name or "")
        if own is not None and not plain:
            return self._decorated(own, call, source, depth)
        if name in self.decorators and not plain:
            return self._decorated(self.decorators[name], call, source, depth)
        if name in _SQLALCHEMY_UTILS and not is_type_name(name):
            return self._utils_type(name, call, source, text)
        if name in ("Enum", "ENUM"):
            return self._enum(call, source, text)
        if name == "DOMAIN" and call is not None:
            return self._domain(call, source, text)
        helper = self.type_helpers.get(id(source), {}).get(name or "") if call is not None else None
        if helper is not None and call is not None and not is_type_name(name):  # the type the function returns
            bound = _bound_call(helper[0], call)  # SQLARRAY(String(32)) of def SQLARRAY(t): return ARRAY(t)
            return self.resolve(bound, source, depth + 1) if bound is not None else self.resolve(*helper, depth + 1)
        if name in _NO_POSTGRESQL_TYPE and name not in self.decorators:
            return None, (f"type `{text}` is SQLAlchemy's, but PostgreSQL has no type {name} (SQLAlchemy writes it "
                          f"as it is, and CREATE TABLE fails): write {_NO_POSTGRESQL_TYPE[name]} instead")
        if not is_type_name(name):
            written = dotted(call.func if call is not None else node) or ""
            unreadable = self.unreadable_imports.get(id(source), {}).get(written.split(".")[0])
            if unreadable is not None:
                return None, f"type `{text}` is imported from {unreadable[0]}, which cannot be read ({unreadable[1]})"
            return None, f"type `{text}` is not a known SQLAlchemy type (a variable or custom type?)"
        args = tuple(call.args) if call else ()
        keywords = keyword_map(call) if call else {}
        values: list[object] = []
        if name == "ARRAY":
            item = args[0] if args else keywords.pop("item_type", None)
            if item is None:
                return None, f"type `{text}` has no item type"
            inner, problem = self.resolve(item, source, depth + 1)
            if inner is None:
                return None, problem
            values.append(inner)
            args = args[1:]
        values.extend(self.value(arg, source) for arg in args)
        kwargs = {key: self.value(value, source) for key, value in keywords.items()}
        column_type = column_type_from_sqlalchemy(name, tuple(values), kwargs)
        if column_type is None:
            return None, f"type `{text}` has arguments that are not literals"
        return column_type, None

    def _keywords_spread(self, call: ast.Call, source: SourceText) -> ast.Call | None:
        """``call`` with each ``**NAME`` of a constant dict (``{"collation": "C"}``, here or in a module
        it imports) written out as its keywords; None when one is anything else."""
        keywords = []
        for keyword in call.keywords:
            if keyword.arg is not None:
                keywords.append(keyword)
                continue
            spread = self.value(keyword.value, source)
            if not isinstance(spread, dict) or not all(isinstance(k, str) for k in spread):
                return None
            keywords += [ast.copy_location(ast.keyword(arg=k, value=ast.Constant(v)), keyword)
                         for k, v in spread.items()]
        return ast.copy_location(ast.Call(func=call.func, args=call.args, keywords=keywords), call)

    def _utils_type(self, name: str, call, source, text: str):
        """A sqlalchemy-utils type as the type it creates on PostgreSQL."""
        type_name, args, length_keyword = _SQLALCHEMY_UTILS[name]
        keywords = keyword_map(call) if call is not None else {}
        if length_keyword is not None and length_keyword in keywords:
            length = self.value(keywords[length_keyword], source)
            if not isinstance(length, int):
                return None, f"type `{text}` has a length that is not a literal"
            args = (length,)
        column_type = column_type_from_sqlalchemy(type_name, args, {})
        if column_type is None:
            return None, f"type `{text}` is not known"
        return column_type, None

    def _decorated(self, info: TypeDecoratorInfo, call, source, depth):
        if info.impl is None and info.dialect_impl:
            return None, (f"type decorator {info.name} chooses its type in load_dialect_impl; "
                          "cannot resolve statically")
        if info.impl is None:
            return None, f"type decorator {info.name} has no literal impl; cannot resolve statically"
        impl = info.impl
        if info.own_init and not isinstance(impl, ast.Call) and last_name(impl) in _PARAMETERISED:
            # the impl class gets what __init__ gives it: its literal keywords and, passed on, the caller's
            if info.init is None:
                return None, (f"type decorator {info.name} gives its impl {info.source.segment(impl)} its arguments "
                              "in __init__, which cannot be read statically")
            return self._resolve_mixed(info.init.impl_call(impl, call), info.source, source, depth)
        if (call is not None and (call.args or call.keywords) and not isinstance(impl, ast.Call)
                and not info.own_init and last_name(impl) not in self.decorators):
            # TypeDecorator(*args) passes its arguments on to the impl class.
            impl = ast.Call(func=impl, args=call.args, keywords=call.keywords)
            ast.copy_location(impl, call)
            return self._resolve_mixed(impl, info.source, source, depth)
        if last_name(impl) == info.name:  # class UUID(TypeDecorator): impl = postgresql.UUID
            return self._resolve(impl, info.source, depth + 1, info.source.segment(impl), plain=True)
        return self.resolve(impl, info.source, depth + 1)

    def _resolve_mixed(self, impl: ast.Call, impl_source, call_source, depth):
        # The impl name lives in the decorator's file, the arguments in the caller's.
        name = last_name(impl.func)
        if not is_type_name(name):
            return None, f"type decorator impl `{impl_source.segment(impl.func)}` is not a known type"
        args = tuple(self.value(arg, call_source) for arg in impl.args)
        kwargs = {kw.arg: self.value(kw.value, call_source) for kw in impl.keywords}
        column_type = column_type_from_sqlalchemy(name, args, kwargs)
        if column_type is None:
            return None, f"type decorator over `{name}` has arguments that are not literals"
        return column_type, None

    def _enum(self, call: ast.Call | None, source: SourceText, text: str):
        if call is None:
            return None, f"type `{text}` has no labels or enum class"
        keywords = {key: self.value(value, source) for key, value in keyword_map(call).items()}
        labels: list[str] = []
        py_enum = None
        for arg in call.args:
            if isinstance(arg, ast.Starred):
                labels.extend(self._spread(call, source).get(id(arg), ()))
                continue
            value = self.value(arg, source)  # a literal, or a constant (AssignmentType.USER_PROJECT)
            if not isinstance(value, str) and isinstance(arg, ast.Attribute) and arg.attr in ("value", "name"):
                value = self.enum_member_value(arg, source)  # a member's (EnvironmentType.RUNTIME.value)
            if isinstance(value, str):
                labels.append(value)
            elif isinstance(arg, (ast.Name, ast.Attribute)) and self._enum_class(last_name(arg), source) is not None:
                py_enum = self._enum_class(last_name(arg), source)
            elif isinstance(arg, (ast.Name, ast.Attribute)) and last_name(arg) in self.ambiguous_enums:
                name = last_name(arg)
                return None, (f"enum `{text}`: {name} is defined in more than one class "
                              f"({', '.join(self.ambiguous_enums[name])}); which one the column means is not read "
                              "(give the enum classes names of their own)")
            elif _labels_unstored(keywords):
                # sa.Enum(enum, native_enum=False, length=64): a VARCHAR(64), whatever its labels
                return column_type_from_sqlalchemy("Enum", (), keywords), None
            else:
                return None, f"enum `{text}` has labels that are not literals"
        problem = None
        if py_enum is not None:
            labels, problem = self._enum_labels(py_enum, call, source)
            keywords.setdefault("name", py_enum.name.lower())
        column_type = column_type_from_sqlalchemy("Enum", tuple(labels), keywords)
        if column_type is None:
            return None, f"enum `{text}` has no literal name= (PostgreSQL needs one)"
        key = (column_type.type_schema, column_type.name)
        known = self.enums.get(key)
        if column_type.kind == "enum" and problem is None and labels and known is not None \
                and known.labels and known.labels != tuple(labels):
            # okpy's two ``status`` enums: PostgreSQL has one type of a name, its labels the first made
            problem = (f"enum {column_type.name} is defined here with the labels {', '.join(labels)} and elsewhere "
                       f"with {', '.join(known.labels)}: PostgreSQL has one type of that name, made with one set "
                       "(the labels of this column are not compared); give each its own name=")
        if column_type.kind == "enum" and problem is None:
            self.enums.setdefault(key, Enum(column_type.name, tuple(labels), column_type.type_schema))
            if py_enum is not None:
                labelled_by = "values" if "values_callable" in keyword_map(call) else "names"
                if key in self.annotation_enum_classes:
                    self.annotation_enum_classes.discard(key)
                    self.enum_classes.pop(key, None)
                self.enum_classes.setdefault(key, (py_enum, labelled_by))
            elif len(call.args) == 1 and isinstance(call.args[0], ast.Starred) \
                    and (spread := self._values_of(call.args[0].value, source)) is not None:
                self.enum_classes.setdefault(key, (spread, "values"))  # a label added is a member added
            elif (spelling := _labels_spelled(call)) is not None:
                self.enum_spellings.setdefault(key, []).append(spelling)
        return column_type, problem

    def _domain(self, call: ast.Call, source: SourceText, text: str):
        """``postgresql.DOMAIN("positive_amount", Numeric(12, 2), ...)``, as sqlacodegen writes a
        column of a domain type: the domain, by its name and schema; its base type, checks and
        default are the database's."""
        keywords = keyword_map(call)
        name = self.value(call.args[0] if call.args else keywords.get("name", ast.Constant(None)), source)
        schema = self.value(keywords.get("schema", ast.Constant(None)), source)
        if not isinstance(name, str) or not (schema is None or isinstance(schema, str)):
            return None, f"domain `{text}` has a name or schema that is not a literal"
        return ColumnType(name, kind="domain", type_schema=schema), None

    def _spread(self, call: ast.Call, source: SourceText) -> dict[int, tuple[str, ...]]:
        """The labels of each ``*NAME`` of an ``Enum(*NAME, ...)`` call, when every one names a
        list or tuple of strings (``TYPES = ["user", "group"]``, the module's, imported, or the class
        body's) or a dict by string keys (its keys); {} when one does not, or a ``**kwargs`` is passed."""
        if any(keyword.arg is None for keyword in call.keywords):
            return {}
        found: dict[int, tuple[str, ...]] = {}
        for arg in call.args:
            if isinstance(arg, ast.Starred):
                labels = self._literal_arguments(arg.value, source) or self.value(arg.value, source)
                if isinstance(labels, dict):  # *STATES of a dict: its keys, in order
                    labels = tuple(labels)
                if not isinstance(labels, tuple):
                    labels = self._member_values(arg.value, source)
                if not (isinstance(labels, tuple) and all(isinstance(label, str) for label in labels)):
                    return {}
                found[id(arg)] = tuple(labels)  # a dict's keys (DictKeys) as plain labels
        return found

    def _literal_arguments(self, node: ast.expr, source: SourceText) -> tuple[str, ...] | None:
        """The strings of a Literal alias that ``AccountType.__args__`` / ``get_args(AccountType)``
        gives (pycroft's ``Enum(*AccountType.__args__, name="account_type")``); None otherwise."""
        if isinstance(node, ast.Attribute) and node.attr == "__args__":
            alias = node.value
        elif isinstance(node, ast.Call) and last_name(node.func) == "get_args" and len(node.args) == 1:
            alias = node.args[0]
        else:
            return None
        return self.literal_aliases.get(id(source), {}).get(alias.id) if isinstance(alias, ast.Name) else None

    def _member_values(self, node: ast.expr, source: SourceText) -> tuple | None:
        """The values of a Python enum's members that ``node`` lists (``_values_of``)."""
        py_enum = self._values_of(node, source)
        return py_enum.values if py_enum is not None else None

    def _values_of(self, node: ast.expr, source: SourceText) -> PyEnum | None:
        """The Python enum whose members' values ``node`` lists: ``Status.values()`` of a class
        method returning them, ``[m.value for m in Status.__members__.values()]``, ``(t.value for t
        in list(Status))``; None for anything else."""
        if isinstance(node, ast.Call) and not node.args and not node.keywords \
                and isinstance(node.func, ast.Attribute):
            py_enum = self._enum_class(last_name(node.func.value), source)
            return py_enum if py_enum is not None and node.func.attr in py_enum.value_lists else None
        return self._enum_class(members_listed(node, "value"), source)

    def _enum_labels(self, py_enum: PyEnum, call: ast.Call, source: SourceText):
        """SQLAlchemy stores member *names* unless ``values_callable`` says otherwise; only
        the common ``lambda x: [e.value for e in x]`` is understood statically, and a function of
        the files that returns that list (``def _enum_values(enum_cls): return [i.value for i in
        enum_cls]``)."""
        callable_node = keyword_map(call).get("values_callable")
        if callable_node is None:
            return list(py_enum.members), None
        if isinstance(callable_node, ast.Lambda):
            returned: ast.expr | None = callable_node.body
        else:
            returned = self.type_helpers.get(id(source), {}).get(dotted(callable_node) or "", (None,))[0]
        if _is_values_list(returned) and py_enum.values is not None:
            if all(isinstance(value, str) for value in py_enum.values):
                return [str(value) for value in py_enum.values], None
        return [], f"enum labels of {py_enum.name} come from values_callable; cannot resolve statically"

    # -- Mapped[...] annotations ---------------------------------------------------------

    def annotation(self, node: ast.expr, source: SourceText, annotated_aliases: dict) -> AnnotationType:
        """The inner part of ``Mapped[...]``: its type and whether it is Optional."""
        node, source = unquote(node, source)
        optional = False
        inner = strip_optional(node)
        if inner is not node:
            optional, node = True, inner
        named = node.id if isinstance(node, ast.Name) else dotted(node) if isinstance(node, ast.Attribute) else None
        if named is not None and named in annotated_aliases and named not in self.annotation_map:
            node, source = annotated_aliases[named]
            inner = strip_optional(node)
            if inner is not node:
                optional, node = True, inner
        if isinstance(node, ast.Subscript) and last_name(node.value) == "Annotated":
            return self._annotated(node, source, optional)
        return self._python_type(node, source, optional)

    def _annotated(self, node: ast.Subscript, source: SourceText, optional: bool) -> AnnotationType:
        elements = node.slice.elts if isinstance(node.slice, ast.Tuple) else [node.slice]
        base = self._python_type(elements[0], source, optional)
        for extra in elements[1:]:
            if isinstance(extra, ast.Call) and source.sqlalchemy_name(extra.func) == "mapped_column":
                # A mapped_column() in the alias makes a column whatever the Python type
                # (``Annotated[dict[str, Any], mapped_column(JSONB)]``); a type it names
                # wins over the annotation's, whose problem then does not apply.
                typed = bool(extra.args) and not (isinstance(extra.args[0], ast.Call)
                                                  and last_name(extra.args[0].func) in _SCHEMA_ITEMS)
                typed = typed or any(kw.arg == "type_" for kw in extra.keywords)
                problem = None if typed else base.problem
                return AnnotationType(base.column_type, base.optional, problem, False, extra, source, base.enum)
            if isinstance(extra, ast.IfExp) and _chooses_mapped_column(extra):
                # ``mapped_column(...) if settings.X else mapped_column(...)``: which column
                # (primary key, type, default) depends on the run; read as the bare type it
                # would be wrong, so the column is not read at all
                return AnnotationType(None, optional, f"`{source.segment(extra)}` in `Annotated[...]` chooses its "
                                      "mapped_column() at run time; cannot resolve statically", unreadable=True)
        return base

    def _mapped_generic(self, node: ast.Subscript) -> tuple[ast.expr, SourceText] | None:
        """The ``type_annotation_map`` entry of a generic type, as SQLAlchemy looks it up: the
        type itself (``{dict[str, Any]: JsonDict}``), else its origin (``{dict: JSON}``) unless
        it holds a mapped class (``dict[str, "Child"]``, a relationship's collection)."""
        key = annotation_key(node)
        if key is None:
            return None
        if key in self.annotation_map:
            return self.annotation_map[key]
        origin = last_name(node.value)
        if origin in self.annotation_map and not _names_in(node.slice) & self.mapped_classes:
            return self.annotation_map[origin]
        return None

    def _python_type(self, node: ast.expr, source: SourceText, optional: bool) -> AnnotationType:
        node, source = unquote(node, source)
        text = source.segment(node)
        mapped = self._mapped_generic(node) if isinstance(node, ast.Subscript) else None
        if mapped is not None:
            column_type, problem = self.resolve(*mapped)
            return AnnotationType(column_type, optional, problem)
        if isinstance(node, ast.Subscript) and last_name(node.value) in _COLLECTIONS:
            return AnnotationType(None, optional, relationship=True)
        labels = literal_strings(node) if "Literal" not in self.annotation_map else None
        if labels is not None:
            # SQLAlchemy's type map: Enum(*labels, native_enum=False), a VARCHAR of the longest
            return AnnotationType(column_type_from_sqlalchemy("Enum", labels, {"native_enum": False}), optional)
        name = last_name(node) if isinstance(node, (ast.Name, ast.Attribute)) else None
        if name is None:
            return AnnotationType(None, optional, f"annotation `{text}` cannot be mapped statically")
        py_enum = self._enum_class(name, source)
        name = self.enum_aliases.get(id(source), {}).get(name, name)  # Mapped[StatusCode] of an enum imported "as"
        if name in self.mapped_classes:
            return AnnotationType(None, optional, relationship=True)
        if name in self.annotation_map:
            mapped_node, mapped_source = self.annotation_map[name]
            column_type, problem = self.resolve(mapped_node, mapped_source)
            return AnnotationType(column_type, optional, problem)
        if self.unread_annotation_map is not None and (py_enum is not None or name in PYTHON_TYPES):
            return AnnotationType(None, optional, (
                f"annotation type `{text}`: its column type comes from the type_annotation_map of a registry "
                f"made at run time ({self.unread_annotation_map}), which is not read; give the column a type, "
                "or it is not compared"))
        generic = self.annotation_map.get("Enum")  # {enum.Enum: Enum(enum.Enum, values_callable=...)}
        if py_enum is not None and generic is not None and isinstance(generic[0], ast.Call) \
                and last_name(generic[0].func) == "Enum":
            # SQLAlchemy looks an enum class up by its bases: the map's Enum, made for this class
            named = ast.copy_location(ast.Name(id=name), generic[0])
            made = ast.Call(func=generic[0].func, args=[named], keywords=generic[0].keywords)
            column_type, problem = self._enum(ast.copy_location(made, generic[0]), generic[1], text)
            return AnnotationType(column_type, optional, problem)
        if py_enum is not None:
            column_type = ColumnType(py_enum.name.lower(), kind="enum")
            if (None, column_type.name) not in self.enum_classes:
                self.enum_classes[(None, column_type.name)] = (py_enum, "names")
                self.annotation_enum_classes.add((None, column_type.name))
            return AnnotationType(column_type, optional, enum=Enum(column_type.name, py_enum.members, None))
        if name in PYTHON_TYPES:
            return AnnotationType(column_type_from_sqlalchemy(PYTHON_TYPES[name]), optional)
        return AnnotationType(
            None, optional, f"annotation type `{text}` is not in SQLAlchemy's type map; give the column a type"
        )


def literal_strings(node: ast.expr) -> tuple[str, ...] | None:
    """The strings of ``Literal["a", "b"]`` (all of its arguments strings); None otherwise."""
    if not (isinstance(node, ast.Subscript) and last_name(node.value) == "Literal"):
        return None
    elements = node.slice.elts if isinstance(node.slice, ast.Tuple) else [node.slice]
    labels = tuple(e.value for e in elements if isinstance(e, ast.Constant) and isinstance(e.value, str))
    return labels if labels and len(labels) == len(elements) else None


def _chooses_mapped_column(node: ast.IfExp) -> bool:
    """One branch of the conditional (or of one nested in it) is a ``mapped_column(...)``."""
    return any(isinstance(branch, ast.Call) and last_name(branch.func) == "mapped_column"
               or isinstance(branch, ast.IfExp) and _chooses_mapped_column(branch)
               for branch in (node.body, node.orelse))


def _names_in(node: ast.expr) -> set[str]:
    """The names a type expression uses, quoted ones too (``dict[str, "Child"]``: str, Child)."""
    return {n.id if isinstance(n, ast.Name) else n.attr if isinstance(n, ast.Attribute) else str(n.value)
            for n in ast.walk(node) if isinstance(n, (ast.Name, ast.Attribute))
            or (isinstance(n, ast.Constant) and isinstance(n.value, str))}


def annotation_key(node: ast.expr) -> str | None:
    """How a ``type_annotation_map`` key and a ``Mapped[...]`` type are matched: the type's
    name (``str``, ``sa.Text`` -> ``Text``), a generic type with its arguments
    (``dict[str, Any]``, ``typing.List[int]`` -> ``List[int]``); None for anything else."""
    if isinstance(node, (ast.Name, ast.Attribute)):
        return last_name(node)
    if isinstance(node, ast.Subscript):
        elements = node.slice.elts if isinstance(node.slice, ast.Tuple) else [node.slice]
        origin, arguments = annotation_key(node.value), [annotation_key(e) for e in elements]
        if origin is None or any(a is None for a in arguments):
            return None
        return f"{origin}[{', '.join(a for a in arguments if a is not None)}]"
    if isinstance(node, ast.Constant) and (node.value is None or node.value is Ellipsis):
        return repr(node.value)
    return None


def unquote(node: ast.expr, source: SourceText) -> tuple[ast.expr, SourceText]:
    """A string annotation (``Mapped["Optional[int]"]``) parsed into its own expression."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        try:
            expression = ast.parse(node.value.strip(), mode="eval").body
        except SyntaxError:
            return node, source
        return expression, SourceText(node.value.strip())
    return node, source


def _is_none(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and node.value is None


def strip_optional(node: ast.expr) -> ast.expr:
    """``Optional[X]`` / ``X | None`` / ``Union[X, None]`` -> ``X``; otherwise ``node`` itself."""
    if isinstance(node, ast.Subscript) and last_name(node.value) in _OPTIONAL_WRAPPERS:
        return node.slice
    if isinstance(node, ast.Subscript) and last_name(node.value) in _UNION and isinstance(node.slice, ast.Tuple):
        rest = [element for element in node.slice.elts if not _is_none(element)]
        if len(rest) == 1 and len(node.slice.elts) == 2:
            return rest[0]
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
        if _is_none(node.right):
            return node.left
        if _is_none(node.left):
            return node.right
    return node


def members_listed(node: ast.expr, attribute: str) -> str | None:
    """``X`` of ``[m.<attribute> for m in X]`` or ``(m.<attribute> for m in X)`` (or
    ``X.__members__.values()``, or ``list(X)``): the name whose members a comprehension or a
    generator lists; None for anything else."""
    if not (isinstance(node, (ast.ListComp, ast.GeneratorExp)) and len(node.generators) == 1
            and not node.generators[0].ifs):
        return None
    generator, element = node.generators[0], node.elt
    if not (isinstance(element, ast.Attribute) and element.attr == attribute and isinstance(element.value, ast.Name)
            and isinstance(generator.target, ast.Name) and element.value.id == generator.target.id):
        return None
    source = generator.iter
    if isinstance(source, ast.Call) and not source.args and isinstance(source.func, ast.Attribute) \
            and source.func.attr == "values" and isinstance(source.func.value, ast.Attribute) \
            and source.func.value.attr == "__members__":
        source = source.func.value.value  # X.__members__.values()
    elif isinstance(source, ast.Call) and last_name(source.func) == "list" and len(source.args) == 1:
        source = source.args[0]  # list(X)
    return dotted(source)


def _labels_spelled(call: ast.Call) -> tuple[str, object] | None:
    """How an enum call writes its labels, when they are literal strings in one place: the call's
    own positional arguments (``("call", call)``) or one module constant spread into it
    (``("list", "PFS_VALUES")`` of ``Enum(*PFS_VALUES, name=...)``); None otherwise."""
    if call.args and all(isinstance(arg, ast.Constant) and isinstance(arg.value, str) for arg in call.args):
        return "call", call
    if len(call.args) == 1 and isinstance(call.args[0], ast.Starred) and isinstance(call.args[0].value, ast.Name):
        return "list", call.args[0].value.id
    return None


def _bound_call(returned: ast.expr, call: ast.Call) -> ast.Call | None:
    """What a type helper returns (a call of a type whose arguments are the function's parameters
    and literals) with ``call``'s arguments for the parameters, written where ``call`` is (its type
    by its last name: the caller's file may not import it as the helper's does); None for a call
    without arguments, or an argument that is anything else (a constant of the helper's module)."""
    parameters = getattr(returned, "helper_parameters", ())
    if not parameters or not isinstance(returned, ast.Call) or not (call.args or call.keywords):
        return None
    given: dict[str, ast.expr] = dict(zip(parameters, call.args, strict=False))
    given.update({keyword.arg: keyword.value for keyword in call.keywords if keyword.arg is not None})

    def bind(node: ast.expr) -> ast.expr | None:
        if isinstance(node, ast.Name):
            return given.get(node.id)
        # ``values_callable=lambda e: [m.value for m in e]`` (hapi-schema's ``build_enum_using_values``):
        # what it reads is its own argument
        if isinstance(node, ast.Lambda) and _is_values_list(node.body):
            return node
        return node if isinstance(node, ast.Constant) else None

    args = [bound_arg for arg in returned.args if (bound_arg := bind(arg)) is not None]
    keywords = [ast.keyword(arg=keyword.arg, value=value) for keyword in returned.keywords
                if keyword.arg is not None and (value := bind(keyword.value)) is not None]
    callee = last_name(returned.func)
    if callee is None or len(args) < len(returned.args) or len(keywords) < len(returned.keywords):
        return None
    bound = ast.Call(func=ast.copy_location(ast.Name(callee, ast.Load()), call), args=args, keywords=keywords)
    ast.copy_location(bound, call)
    bound.bound = True  # type: ignore[attr-defined]  # its text is the call's, its meaning the helper's
    return bound


def _is_values_list(node: ast.expr | None) -> bool:
    """``[e.value for e in x]``: what ``lambda x: ...`` or a function of the files returns."""
    return isinstance(node, ast.ListComp) and isinstance(node.elt, ast.Attribute) and node.elt.attr == "value"


_INTEGER_OPERATIONS = {ast.Add: lambda a, b: a + b, ast.Sub: lambda a, b: a - b, ast.Mult: lambda a, b: a * b,
                       ast.Pow: lambda a, b: a ** b, ast.LShift: lambda a, b: a << b}
# ``2**16``, ``1 << 16``: a length or a bound, never a number of more than 64 bits
_SMALL_EXPONENT = range(65)


def integer_operation(node: ast.BinOp, evaluate) -> int | None:
    """``MAX_SUBJECT_LEN + 1`` (``-``, ``*``, ``2**16``, ``1 << 16``) on integers as Python
    computes it, ``evaluate`` giving each operand's value; None when an operand is not an
    integer, or a power or shift would make a number past 64 bits."""
    operation = _INTEGER_OPERATIONS.get(type(node.op))
    if operation is None:
        return None
    left, right = evaluate(node.left), evaluate(node.right)
    if not all(isinstance(v, int) and not isinstance(v, bool) for v in (left, right)):
        return None
    if isinstance(node.op, (ast.Pow, ast.LShift)) and (right not in _SMALL_EXPONENT or abs(left) > 2**32):
        return None
    found = operation(left, right)
    return found if abs(found) < 2**64 else None


def string_operation(node: ast.BinOp, evaluate) -> str | None:
    """``"%s_x" % name`` / ``"%s_%s" % (a, b)`` / ``a + "_x"`` on strings as Python computes it,
    ``evaluate`` giving each operand's value; None when an operand is not a string (or a
    number, for ``%``) or the format does not fit."""
    left = evaluate(node.left)
    if not isinstance(left, str):
        return None
    if isinstance(node.op, ast.Add):
        right = evaluate(node.right)
        return left + right if isinstance(right, str) else None
    if not isinstance(node.op, ast.Mod):
        return None
    operands = node.right.elts if isinstance(node.right, ast.Tuple) else [node.right]
    values = tuple(evaluate(operand) for operand in operands)
    if not all(isinstance(v, (str, int)) and not isinstance(v, bool) for v in values):
        return None
    try:
        return left % values
    except (TypeError, ValueError):
        return None


def string_format(node: ast.Call, evaluate) -> str | None:
    """``"{0}.{1}".format(table, "id")`` / ``"{}_{kind}".format(a, kind=b)`` on strings and numbers
    as Python computes it, ``evaluate`` giving the template's and each argument's value; None
    when one is not a string or a number, or a field asks for more than a plain value (a
    conversion, a format spec, an attribute or an index)."""
    template = evaluate(node.func.value) if isinstance(node.func, ast.Attribute) else None
    if not isinstance(template, str) or any(isinstance(a, ast.Starred) for a in node.args) \
            or any(k.arg is None for k in node.keywords):
        return None
    args = [evaluate(argument) for argument in node.args]
    keywords = {keyword.arg: evaluate(keyword.value) for keyword in node.keywords}
    if not all(isinstance(v, (str, int)) and not isinstance(v, bool) for v in [*args, *keywords.values()]):
        return None
    parts, following = [], 0
    try:
        for text, field, spec, conversion in string.Formatter().parse(template):
            parts.append(text)
            if field is None:
                continue
            if spec or conversion:
                return None
            if field == "":
                value, following = args[following], following + 1
            elif field.isdigit():
                value = args[int(field)]
            elif field.isidentifier():
                value = keywords[field]
            else:
                return None
            parts.append(str(value))
    except (ValueError, IndexError, KeyError):
        return None
    return "".join(parts)


__all__ = ["AnnotationType", "PYTHON_TYPES", "PyEnum", "TypeDecoratorInfo", "TypeResolver"]
