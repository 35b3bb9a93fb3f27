"""Small, pure helpers over ``ast`` expressions for the static model reader.

Nothing here imports or evaluates user code: a value is either a literal read from the
tree or an ``Opaque`` stand-in that remembers the source text it came from.
"""

from __future__ import annotations

import ast
import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import overload

from ..schema import ColumnType
from ..sqltypes import column_type_from_sqlalchemy, family


@dataclass(frozen=True)
class Opaque:
    """A value that is not a literal (a variable, a call): never guessed."""

    text: str


class SqlText(str):
    """SQL a name stands for (a module constant of ``text(...)`` or ``and_(...)``), never a literal."""

    __slots__ = ()


class SourceText:
    """A decoded source file with fast ``ast`` node -> text and offset -> line lookups.

    ``ast.get_source_segment`` splits the whole file on every call, which is quadratic
    over a 28k-line file; this keeps the UTF-8 bytes and line starts once (``ast``
    column offsets are UTF-8 byte offsets).
    """

    def __init__(self, text: str) -> None:
        # The tokenizer reads \r\n and \r as \n; normalise so line numbers agree.
        self.text = text.replace("\r\n", "\n").replace("\r", "\n")
        self.utf8 = self.text.encode("utf-8")
        self._starts = [0] + [match.end() for match in re.finditer(b"\n", self.utf8)]
        # SQLAlchemy's names the file imports under others (``true as sql_true``): local -> SQLAlchemy's
        self.renamed: dict[str, str] = {}
        # the file's functions that call one of SQLAlchemy's with keywords of their own (weasyl's
        # ``def ForeignKey(*args, **kwargs): return _ForeignKey(*args, **kwargs, deferrable=True)``):
        # local -> (SQLAlchemy's name, those keywords)
        self.presets: dict[str, tuple[str, tuple[ast.keyword, ...]]] = {}

    def sqlalchemy_name(self, node: ast.expr) -> str | None:
        """The last name of ``node`` as SQLAlchemy spells it (``sql_true`` -> ``true``; a function
        of the file that presets keywords of ``ForeignKey`` -> ``ForeignKey``)."""
        name = last_name(node)
        if not isinstance(node, ast.Name) or name is None:
            return name
        return self.presets[name][0] if name in self.presets else self.renamed.get(name, name)

    def with_presets(self, call: ast.Call) -> ast.Call:
        """``call``, or, when it calls a function of the file that presets keywords, the call of
        SQLAlchemy's it makes: a new node with those keywords after its own (the tree is shared)."""
        preset = self.presets.get(call.func.id) if isinstance(call.func, ast.Name) else None
        if preset is None:
            return call
        return ast.copy_location(ast.Call(func=call.func, args=call.args, keywords=[*call.keywords, *preset[1]]), call)

    def segment(self, node: ast.expr | ast.stmt) -> str:
        start = self._starts[node.lineno - 1] + node.col_offset
        # a parsed node has its end (the attributes are Optional for nodes built by hand)
        end_line, end_offset = node.end_lineno or node.lineno, node.end_col_offset or node.col_offset
        end = self._starts[end_line - 1] + end_offset
        return self.utf8[start:end].decode("utf-8")

    def line_of(self, byte_offset: int) -> int:
        return bisect.bisect_right(self._starts, byte_offset)

    def lines(self, first: int, last: int) -> str:
        """Lines ``first`` to ``last`` (1-based, inclusive), with their line ends."""
        end = self._starts[last] if last < len(self._starts) else len(self.utf8)
        return self.utf8[self._starts[first - 1]:end].decode("utf-8")


def joined_text(node: ast.JoinedStr, text_of: Callable[[ast.expr], str | None]) -> str | None:
    """The text of an f-string whose every field is plain (``{x}``: no conversion, no format
    spec) and has a text ``text_of`` gives; None otherwise."""
    parts = []
    for value in node.values:
        if isinstance(value, ast.Constant):
            parts.append(str(value.value))
        elif (isinstance(value, ast.FormattedValue) and value.conversion == -1 and value.format_spec is None
              and (text := text_of(value.value)) is not None):
            parts.append(text)
        else:
            return None
    return "".join(parts)


def class_setting(node: ast.ClassDef, name: str) -> ast.expr | None:
    """The value the class body assigns to ``name`` (``__tablename__ = ...``), if it does."""
    for statement in node.body:
        if isinstance(statement, ast.Assign):
            targets, value = statement.targets, statement.value
        elif isinstance(statement, ast.AnnAssign) and statement.value is not None:
            targets, value = [statement.target], statement.value
        else:
            continue
        if any(isinstance(t, ast.Name) and t.id == name for t in targets):
            return value
    return None


def module_assignments(tree: ast.Module) -> dict[str, ast.expr]:
    """The values bound to names at module level, by assignment (``NAMING = {...}``, or annotated:
    shvatka's ``convention: Mapping[str, str] = {...}``), the last binding of each."""
    found: dict[str, ast.expr] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            found[node.targets[0].id] = node.value
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            found[node.target.id] = node.value
    return found


def written_string(node: ast.expr, tree: Callable[[], ast.Module]) -> str | None:
    """A string literal, or a name ``tree()`` binds to one at module level (``Index(OWNER_IX, ...)``
    beside ``OWNER_IX = "widget_owner"``): a string the file itself writes."""
    if isinstance(node, ast.Name):
        node = module_assignments(tree()).get(node.id, node)
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def dotted(node: ast.expr) -> str | None:
    """``db.Column`` for an attribute chain of names, ``Column`` for a name, else None."""
    parts = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if isinstance(node, ast.Name):
        parts.append(node.id)
        return ".".join(reversed(parts))
    return None


@overload
def last_name(node: ast.Name | ast.Attribute) -> str: ...
@overload
def last_name(node: ast.expr | None) -> str | None: ...
def last_name(node: ast.expr | None) -> str | None:
    """The final name of a name, attribute, call or subscript: ``db.String(5)`` -> ``String``."""
    while isinstance(node, (ast.Call, ast.Subscript)):
        node = node.func if isinstance(node, ast.Call) else node.value
    if isinstance(node, ast.Attribute):
        return node.attr
    if isinstance(node, ast.Name):
        return node.id
    return None


def literal(node: ast.expr, source: SourceText):
    """The Python value of a literal expression, or ``Opaque(source text)``."""
    if isinstance(node, ast.Constant):
        return node.value
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        inner = literal(node.operand, source)
        if isinstance(inner, (int, float)) and not isinstance(inner, bool):
            return -inner
    if isinstance(node, (ast.Tuple, ast.List)):
        return tuple(literal(item, source) for item in node.elts)
    return Opaque(source.segment(node))


def is_literal(value) -> bool:
    if isinstance(value, tuple):
        return all(is_literal(item) for item in value)
    return not isinstance(value, Opaque)


def keyword_map(call: ast.Call) -> dict[str, ast.expr]:
    """Keyword arguments by name (``**kw`` is left out; see ``has_star_args``)."""
    return {kw.arg: kw.value for kw in call.keywords if kw.arg is not None}


def has_star_args(call: ast.Call) -> bool:
    return any(isinstance(arg, ast.Starred) for arg in call.args) or any(
        kw.arg is None for kw in call.keywords
    )


# -- server defaults ---------------------------------------------------------------------

# SQLAlchemy renders these ``func.x()`` calls as bare ANSI keywords, as PostgreSQL prints them.
_ANSI_FUNCTIONS = {
    "current_date", "current_time", "current_timestamp", "current_user",
    "localtime", "localtimestamp", "session_user", "user",
}


# SQLAlchemy's generic function classes (``sqlalchemy.sql.functions``), callable by name
_GENERIC_FUNCTIONS = {"coalesce", "concat", "char_length", "now", "random", "max", "min", "sum", "count"}
_COMPARISONS = {ast.Eq: "=", ast.NotEq: "<>", ast.Lt: "<", ast.LtE: "<=", ast.Gt: ">", ast.GtE: ">="}


def sql_literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


_BOOLEAN_WORDS = {
    "t": "true", "true": "true", "y": "true", "yes": "true", "on": "true", "1": "true",
    "f": "false", "false": "false", "n": "false", "no": "false", "off": "false", "0": "false",
}


def literal_default(value: str, column_type: ColumnType | None) -> str:
    """``server_default="x"`` as PostgreSQL prints the stored default (``pg_get_expr``).

    SQLAlchemy emits ``DEFAULT 'x'``; PostgreSQL coerces the literal to the column type
    and prints it back as ``'x'::text``, ``'x'::character varying``, ``'x'::bpchar``,
    a bare ``5`` for integer, ``1.50`` for numeric, ``true`` / ``false`` for boolean.
    Values PostgreSQL reformats on input (dates, timestamps, json) keep the text as
    written: the string ``"now()"`` stays the literal ``'now()'::timestamp ...``, which
    is exactly the difference from the function ``now()`` the comparer must see.
    """
    if column_type is None:
        return sql_literal(value)
    name, kind = column_type.name, family(column_type)
    if not column_type.dimensions:
        if name == "integer" and re.fullmatch(r"\s*\d+\s*", value):
            return str(int(value))
        if name == "numeric" and re.fullmatch(r"\d+\.\d*|\.\d+", value.strip()):
            return value.strip()
        if name in ("double precision", "real") and (number := _float_text(value)) is not None:
            return f"'{number}'::{name}"  # kitchenowl's server_default="0.0": '0'::double precision
        if kind == "boolean" and value.strip().lower() in _BOOLEAN_WORDS:
            return _BOOLEAN_WORDS[value.strip().lower()]
        if name == "interval":
            value = _interval_text(value) or value
    type_name = "bpchar" if name == "character" else name
    if column_type.kind != "base" and column_type.type_schema not in (None, "public"):
        type_name = f"{column_type.type_schema}.{type_name}"
    return f"{sql_literal(value)}::{type_name}" + "[]" * bool(column_type.dimensions)


def _float_text(value: str) -> str | None:
    """A decimal written as text as PostgreSQL prints a float back (``0.0`` -> ``0``, ``2.50`` ->
    ``2.5``); None for any other spelling (an exponent, ``NaN``: kept as written)."""
    text = value.strip()
    if not re.fullmatch(r"-?(?:\d+\.?\d*|\.\d+)", text) or len(text) > 15:
        return None
    number = float(text)
    if number.is_integer():
        return ("-" if text.startswith("-") and number == 0 else "") + str(int(number))
    return repr(number)


_INTERVAL_UNITS = {"second": 1, "minute": 60, "hour": 3600, "day": 86400, "week": 7 * 86400}
_INTERVAL_PART = re.compile(r"(\d+)\s*(second|minute|hour|day|week)s?", re.IGNORECASE)


def _interval_text(value: str) -> str | None:
    """An interval literal as PostgreSQL prints it back (``'0'`` -> ``00:00:00``, ``'2 hours'``
    -> ``02:00:00``, ``'1 day 90 seconds'`` -> ``1 day 00:01:30``), for whole seconds,
    minutes, hours, days and weeks written as a number of seconds, ``HH:MM[:SS]`` or
    ``N unit`` parts; None for any other spelling (kept as written)."""
    text = value.strip()
    if re.fullmatch(r"\d+", text):
        seconds, days = int(text), 0
    elif re.fullmatch(r"\d+:\d{2}(?::\d{2})?", text):
        parts = [int(p) for p in text.split(":")] + [0]
        seconds, days = parts[0] * 3600 + parts[1] * 60 + parts[2], 0
    elif _INTERVAL_PART.sub("", text).strip() == "" and text:
        days = seconds = 0
        for amount, unit in _INTERVAL_PART.findall(text):
            unit = unit.lower()
            if unit in ("day", "week"):
                days += int(amount) * _INTERVAL_UNITS[unit] // 86400
            else:
                seconds += int(amount) * _INTERVAL_UNITS[unit]
    else:
        return None
    clock = f"{seconds // 3600:02d}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}"
    if not days:
        return clock
    return f"{days} day{'s' if days != 1 else ''}" + (f" {clock}" if seconds else "")


def render_sql_function(call: ast.Call, source: SourceText, columns: bool = False) -> str | None:
    """``func.now()`` -> ``now()``, ``func.current_timestamp()`` -> ``CURRENT_TIMESTAMP``,
    ``func.coalesce("a", 1)`` -> ``coalesce('a', 1)``, ``func.lower(text("name"))`` ->
    ``lower(name)``; with ``columns`` (an index expression) a column reference (``name``,
    ``Model.name``, ``table.c.name``) is its name. None when an argument is none of these."""
    name = dotted(call.func)
    parts = name.split(".") if name else []
    if len(parts) == 1 and parts[0] in _GENERIC_FUNCTIONS:  # from sqlalchemy.sql.functions import coalesce
        parts = ["func", parts[0]]
    if len(parts) == 2:  # from sqlalchemy.sql import func as sql_func (OpenOversight): sql_func.now()
        parts[0] = source.renamed.get(parts[0], parts[0])
    if len(parts) < 2 or parts[-2] not in ("func", "functions"):
        return None
    function = parts[-1]
    if not call.args and not call.keywords and function.lower() in _ANSI_FUNCTIONS:
        return function.upper()
    parts = []
    for arg in call.args:
        if (columns and isinstance(arg, ast.Call) and last_name(arg.func) == "Column" and arg.args
                and isinstance(arg.args[0], ast.Constant) and isinstance(arg.args[0].value, str)):
            parts.append(arg.args[0].value)  # func.lower(Column("email")): the column of that name
            continue
        if isinstance(arg, ast.Call):
            rendered = _sql_clause(arg) or render_sql_function(arg, source, columns)
            if rendered is None:
                return None
            parts.append(rendered)
            continue
        reference = dotted(arg) if columns else None
        if reference is not None:
            parts.append(reference.rsplit(".", 1)[-1])
            continue
        value = literal(arg, source)
        if isinstance(value, bool) or value is None:
            parts.append({True: "true", False: "false", None: "NULL"}[value])
        elif isinstance(value, (int, float)):
            parts.append(repr(value))
        elif isinstance(value, str):
            parts.append(sql_literal(value))
        else:
            return None
    if call.keywords:
        return None
    return f"{function}({', '.join(parts)})"


def server_default_text(node: ast.expr, source: SourceText, column_type: ColumnType | None) -> str | None:
    """The server default in PostgreSQL's printed form, or None if it is not static.

    - ``text("now()")`` -> ``now()`` (the SQL as written, stripped);
    - ``func.now()`` -> ``now()``; ``sa.true()`` -> ``true``; ``sa.literal(False)`` -> ``false``;
    - a plain string -> a typed literal, see ``literal_default``.
    """
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return literal_default(node.value, column_type)
    if not isinstance(node, ast.Call):
        return None
    callee = source.sqlalchemy_name(node.func)
    if callee == "text" and len(node.args) == 1 and isinstance(node.args[0], ast.Constant):
        value = node.args[0].value
        return value.strip() if isinstance(value, str) else None
    if callee in ("true", "false", "null") and not node.args and not node.keywords:
        return {"true": "true", "false": "false", "null": "NULL"}[callee]
    if callee == "literal" and len(node.args) == 1 and isinstance(node.args[0], ast.Constant):
        # sqlalchemy.literal(False) / literal(5) / literal("x"): the bound value, rendered
        value = node.args[0].value
        if isinstance(value, bool):
            return "true" if value else "false"
        if isinstance(value, (int, float)):
            return str(value)
        return literal_default(value, column_type) if isinstance(value, str) else None
    if callee == "DefaultClause" and len(node.args) == 1:
        return server_default_text(node.args[0], source, column_type)
    return render_sql_function(node, source)


def _sql_clause(node: ast.Call, source: SourceText | None = None, value=None) -> str | None:
    """The SQL of ``text("...")`` / ``literal_column("...")``, else None; with ``value``, of an
    f-string whose fields it reads too (``text(f"status = '{JobStatus.SUBMITTED}'")`` of a
    ``StrEnum``)."""
    if last_name(node.func) in ("text", "literal_column") and len(node.args) == 1:
        argument = node.args[0]
        if isinstance(argument, ast.Constant) and isinstance(argument.value, str):
            return argument.value
        if isinstance(argument, ast.JoinedStr) and value is not None and isinstance(
                text := value(argument, source), str):
            return text
    return None


def sql_expression_text(node: ast.expr, source: SourceText, value=None) -> str:
    """``sql_expression``, or else the element's Python source (the comparer shows it as
    written)."""
    sql = sql_expression(node, source, value)
    return sql if sql is not None else source.segment(node)


def sql_expression(node: ast.expr, source: SourceText, value=None) -> str | None:
    """An index element or check written as ``text("...")`` / ``literal_column("...")`` /
    ``func.lower(...)`` / a string, as SQL text; a predicate written with Python operators
    (``Model.state == "open"``, ``and_(...)``, ``Model.deleted_at.is_(None)``) as its SQL;
    None for anything else. ``value(node, source)`` gives what a name stands for (a
    constant, an enum member's label), if known."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.Call):
        clause = _sql_clause(node, source, value)
        if clause is not None:
            return clause
        rendered = render_sql_function(node, source, columns=True) or _cast(node, source, value)
        if rendered is not None:
            return rendered
    if isinstance(node, ast.Name) and value is not None and isinstance(named := value(node, source), SqlText):
        return str(named)  # postgresql_where=UNIQUE_WHERE, a module constant of text(...)
    return _json_element(node) or _predicate(node, source, value)


def _json_element(node: ast.expr) -> str | None:
    """``Model.blob["key"]`` -> ``blob['key']`` (SQLAlchemy's ``blob -> 'key'`` before PostgreSQL 14;
    the comparer takes them for one), ``Model.blob["key"].astext`` -> ``blob ->> 'key'``: a JSON
    column's element (or an array's), as an index's expression; None for anything else."""
    astext = False
    if isinstance(node, ast.Attribute) and node.attr == "astext":
        node, astext = node.value, True
    if not (isinstance(node, ast.Subscript) and isinstance(node.slice, ast.Constant)):
        return None
    column = dotted(node.value) or ""
    key = node.slice.value
    if len(column.split(".")) != 2 or isinstance(key, bool) or not isinstance(key, (str, int)):
        return None
    element = str(key) if isinstance(key, int) else "'" + key.replace("'", "''") + "'"
    name = column.split(".")[1]
    return f"{name} ->> {element}" if astext else f"{name}[{element}]"


def _cast(node: ast.Call, source: SourceText, value) -> str | None:
    """``cast(Model.col, Date)`` -> ``CAST(col AS date)``; None for anything else."""
    if last_name(node.func) != "cast" or len(node.args) != 2 or node.keywords:
        return None
    inner = node.args[0]
    operand = (sql_expression_text(inner, source, value) if isinstance(inner, ast.Call)
               else _operand(inner, source, value))
    kind = node.args[1]
    kind_name = last_name(kind.func if isinstance(kind, ast.Call) else kind) or ""
    column_type = column_type_from_sqlalchemy(kind_name) if not (isinstance(kind, ast.Call) and kind.args) else None
    if operand is None or operand == source.segment(inner) and isinstance(inner, ast.Call) or column_type is None:
        return None
    return f"CAST({operand} AS {column_type.name})"


def _predicate(node: ast.expr, source: SourceText, value) -> str | None:
    """``Model.col == "x"`` -> ``col = 'x'``; ``and_(a, b)`` / ``a & b`` -> ``(a) AND (b)``;
    ``col.is_(None)`` -> ``col IS NULL``, ``col.isnot(True)`` -> ``col IS NOT TRUE``,
    ``col.in_(["a", "b"])`` -> ``col IN ('a', 'b')``; None for anything else."""
    if isinstance(node, ast.Compare) and len(node.ops) == 1 and type(node.ops[0]) in _COMPARISONS:
        left, right = _operand(node.left, source, value), _operand(node.comparators[0], source, value)
        if left is None or right is None:
            return None
        if right == "NULL" and type(node.ops[0]) in (ast.Eq, ast.NotEq):
            return f"{left} IS {'NOT ' if isinstance(node.ops[0], ast.NotEq) else ''}NULL"
        return f"{left} {_COMPARISONS[type(node.ops[0])]} {right}"
    pieces, joiner = None, None
    if isinstance(node, ast.Call) and source.sqlalchemy_name(node.func) in ("and_", "or_") and not node.keywords:
        pieces, joiner = node.args, " AND " if source.sqlalchemy_name(node.func) == "and_" else " OR "
    elif isinstance(node, ast.BinOp) and isinstance(node.op, (ast.BitAnd, ast.BitOr)):
        pieces, joiner = [node.left, node.right], " AND " if isinstance(node.op, ast.BitAnd) else " OR "
    if pieces and joiner:
        parts = [_predicate(piece, source, value) for piece in pieces]
        return None if None in parts else joiner.join(f"({part})" for part in parts if part is not None)
    if isinstance(node, ast.Attribute) and len((dotted(node) or "").split(".")) == 2:
        return node.attr  # Build.last_complete: a boolean column, as a predicate
    if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and len(node.args) == 1
            and node.func.attr in ("is_", "isnot", "is_not")
            and (tested := _operand(node.args[0], source, value)) in ("NULL", "true", "false")):
        # col.is_(None) / col.isnot(True): IS [NOT] NULL / TRUE / FALSE
        column = _operand(node.func.value, source, value)
        negation = "" if node.func.attr == "is_" else "NOT "
        return None if column is None else f"{column} IS {negation}{tested.upper()}"
    if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and len(node.args) == 1
            and node.func.attr in ("in_", "not_in", "notin_")):
        # col.in_(["a", "b"]) / col.in_(STATUSES), a constant of strings: col IN ('a', 'b')
        column = _operand(node.func.value, source, value)
        members = _members(node.args[0], source, value)
        if column is None or not members:
            return None
        return f"{column} {'IN' if node.func.attr == 'in_' else 'NOT IN'} ({', '.join(members)})"
    if isinstance(node, ast.Call) and last_name(node.func) in ("column", "Column", "literal_column") \
            and len(node.args) == 1 and not node.keywords and isinstance(node.args[0], ast.Constant) \
            and isinstance(node.args[0].value, str):  # a boolean column alone: Column("verified")
        return node.args[0].value
    negated = node.operand if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Invert) else (
        node.args[0] if isinstance(node, ast.Call) and source.sqlalchemy_name(node.func) == "not_"
        and len(node.args) == 1 else None)
    if negated is not None:  # ~col.in_(...): col NOT IN (...), as SQLAlchemy writes it; ~a / not_(a): NOT (a)
        if isinstance(negated, ast.Call) and isinstance(negated.func, ast.Attribute) \
                and negated.func.attr in ("in_", "not_in", "notin_"):
            flipped = "not_in" if negated.func.attr == "in_" else "in_"
            negated = ast.Call(ast.Attribute(negated.func.value, flipped, ast.Load()), negated.args, negated.keywords)
            return _predicate(negated, source, value)
        inner = _predicate(negated, source, value)
        return None if inner is None else f"NOT ({inner})"
    return None


def _members(node: ast.expr, source: SourceText, value) -> list[str] | None:
    """The SQL literals of an ``in_(...)`` list: written out, or a constant ``value`` knows."""
    if isinstance(node, (ast.List, ast.Tuple)):
        members = [_operand(member, source, value) for member in node.elts]
        return None if None in members else [m for m in members if m]
    named = value(node, source) if value is not None and isinstance(node, (ast.Name, ast.Attribute)) else None
    if isinstance(named, tuple) and named and all(isinstance(m, str) for m in named):
        return [sql_literal(m) for m in named]
    return None


_SQL_CONSTANTS = {"true": "true", "false": "false", "null": "NULL"}


def _operand(node: ast.expr, source: SourceText, value) -> str | None:
    """A column reference (``Model.col``, ``cls.col``, ``col``: its name), a literal, or what
    ``value`` says a name stands for."""
    found = literal(node, source)
    if isinstance(node, (ast.Name, ast.Attribute)) and isinstance(found, Opaque) and value is not None:
        named = value(node, source)
        if not isinstance(named, Opaque) and named is not None:
            found = named
    if isinstance(found, SqlText):
        return None  # SQL inside a comparison: not read
    if isinstance(found, bool) or found is None:
        return {True: "true", False: "false", None: "NULL"}[found]
    if isinstance(found, (int, float)):
        return repr(found)
    if isinstance(found, str):
        return sql_literal(found)
    if isinstance(node, ast.Call) and not node.args and not node.keywords \
            and (constant := source.sqlalchemy_name(node.func)) in _SQL_CONSTANTS:
        return _SQL_CONSTANTS[constant or ""]  # sqlalchemy.false(): the SQL constant
    if isinstance(node, ast.Call) and last_name(node.func) in ("column", "literal_column", "Column") \
            and len(node.args) == 1 and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str):
        return node.args[0].value  # sqlalchemy.column("status"), duffy's Column("state") != "failed"
    parts = (dotted(node) or "").split(".")
    if len(parts) == 2 or (len(parts) == 3 and parts[1] == "c"):  # Model.col, cls.col, table.c.col
        return parts[-1]
    if isinstance(node, ast.Name):
        return node.id
    return None
