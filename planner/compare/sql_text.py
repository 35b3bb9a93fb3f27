"""SQL expressions compared by meaning: both sides through one parser and one deparser.

An index expression or predicate reaches the comparer twice: as PostgreSQL prints it back
(``pg_get_indexdef``: ``lower((name)::text)``, ``status::text = ANY (ARRAY['open'::character
varying, ...]::text[])``, ``'2020-01-01 00:00:00'::timestamp without time zone``) and as the
model writes it (``lower(name)``, ``status IN ('open', 'held')``, ``'2020-01-01'``). Both
are parsed by PostgreSQL's own parser (pglast, libpg_query), reduced the way PostgreSQL's
analysis rewrites what the user wrote, and printed again by pglast's deparser:

- casts are dropped, and column names compare without case or quotes (as Alembic compares
  expressions: the database adds the casts its analysis inferred, the model rarely writes
  them, and a model's reference to ``"Email"`` is often written ``Email``);
- ``x IN (a, b)`` becomes ``x = ANY (ARRAY[a, b])`` and ``x NOT IN (...)`` ``x <> ALL (...)``,
  which is how PostgreSQL stores them;
- ``blob -> 'key'`` becomes the subscript ``blob['key']``: SQLAlchemy writes a JSONB element
  either way (the operator before PostgreSQL 14), and a JSON column's element is the same;
- a string that spells an ISO date or timestamp is written as one timestamp
  (``'2020-01-01'`` and ``'2020-01-01 00:00:00'``), since the database prints the value it
  converted the literal to.

Parentheses, spacing and keyword case vanish in the parse. Text the parser rejects
(Python source a model reader could not render) falls back to a textual reduction.
Nothing is ever evaluated.
"""

from __future__ import annotations

import datetime
import functools
import re
from typing import Any

# ``::type`` casts as PostgreSQL prints them, for the textual fallback.
_CAST = re.compile(
    r"""::\s*(?:"[^"]+"|\w+)(?:\.(?:"[^"]+"|\w+))?(?:\s+(?:varying|precision))?"""
    r"""(?:\s*\(\s*\d+(?:\s*,\s*\d+)?\s*\))?(?:\s+with(?:out)?\s+time\s+zone)?(?:\s*\[\s*\d*\s*\])*""",
    re.IGNORECASE,
)
_MAX_PASSES = 20
_ISO_TEMPORAL = re.compile(r"\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?")


def canonical_expression(text: str | None) -> str | None:
    """An index key expression in canonical form (None stays None)."""
    return None if text is None else _canonical(text, "SELECT ")


def canonical_predicate(text: str | None) -> str | None:
    """A ``WHERE`` predicate (a partial index's) in canonical form (None stays None)."""
    return None if text is None else _canonical(text, "SELECT WHERE ")


@functools.lru_cache(maxsize=4096)
def _canonical(text: str, prefix: str) -> str:
    # pglast is imported on the first expression that needs it: most plans have none, and
    # it costs a quarter of the planner's import time
    from pglast import parse_sql
    from pglast.parser import ParseError

    try:
        statements = parse_sql(prefix + text)
    except ParseError:
        return _textual(text)
    if len(statements) != 1:
        return _textual(text)
    statement: Any = statements[0].stmt
    target: Any = statement.whereClause if prefix.endswith("WHERE ") else _single_target(statement)
    if target is None:
        return _textual(text)
    return _reduced(target, _reducer())


def _reduced(target: Any, reducer) -> str:
    """``target`` (a parse tree) printed once ``reducer`` (a pglast ``Visitor`` class) has rewritten
    it: a node put in place of another is not visited again, so it reduces until nothing changes."""
    from pglast.stream import RawStream

    printed = RawStream()(target)
    for _ in range(_MAX_PASSES):
        target = reducer()(target)
        again = RawStream()(target)
        if again == printed:
            break
        printed = again
    return printed


@functools.lru_cache(maxsize=4096)
def canonical_default(text: str) -> str | None:
    """A default expression in a form both sides share, casts kept but those PostgreSQL adds to a
    string passed to a function or operator (``'UTC'::text``), and type names without their
    ``pg_catalog.`` (``timestamp with time zone`` is ``timestamptz``): goat's
    ``to_char(CURRENT_TIMESTAMP AT TIME ZONE 'UTC', ...)::timestamptz`` as stored. None when the
    parser rejects it."""
    from pglast import parse_sql
    from pglast.parser import ParseError

    try:
        statements = parse_sql("SELECT " + text)
    except ParseError:
        return None
    target = _single_target(statements[0].stmt) if len(statements) == 1 else None
    return None if target is None else _reduced(target, _default_reducer())


@functools.lru_cache(maxsize=1)
def _default_reducer():
    from pglast import ast
    from pglast.visitors import Visitor

    text_types = {("text",), ("varchar",), ("pg_catalog", "text"), ("pg_catalog", "varchar")}

    class DefaultReducer(Visitor):
        def visit_TypeCast(self, ancestors, node):
            names = tuple(n.sval for n in node.typeName.names)
            if ancestors.parent is not None and isinstance(node.arg, ast.A_Const) \
                    and isinstance(node.arg.val, ast.String) and names in text_types and not node.typeName.arrayBounds \
                    and not node.typeName.typmods:  # (``'abcdef'::varchar(3)`` cuts the string)
                return node.arg  # PostgreSQL's ::text on a literal inside the expression
            if len(names) == 2 and names[0] == "pg_catalog":
                type_name = ast.TypeName(names=(ast.String(sval=names[1]),), typmods=node.typeName.typmods,
                                         arrayBounds=node.typeName.arrayBounds)
                return ast.TypeCast(arg=node.arg, typeName=type_name)
            return None

    return DefaultReducer


def _single_target(statement: Any) -> Any:
    targets = getattr(statement, "targetList", None)
    if not targets or len(targets) != 1 or statement.fromClause or statement.whereClause:
        return None
    return targets[0].val


@functools.lru_cache(maxsize=1)
def _reducer():
    """The visitor that rewrites a parse tree into the form both sides share (see the
    module doc), made once pglast is imported."""
    from pglast import ast
    from pglast.enums import A_Expr_Kind
    from pglast.visitors import Visitor

    class Reducer(Visitor):
        """Rewrites a parse tree in place into the form both sides share (see module doc)."""

        def visit_TypeCast(self, ancestors, node):
            return node.arg

        def visit_ColumnRef(self, ancestors, node):
            fields = tuple(
                ast.String(sval=f.sval.lower()) if isinstance(f, ast.String) and f.sval != f.sval.lower() else f
                for f in node.fields
            )
            if len(fields) > 1 and all(isinstance(f, ast.String) for f in fields):
                # ``components.state``: an index's expression or predicate reads its own table's columns
                # only (a composite's field is ``(a).b``), and PostgreSQL stores them unqualified (dci)
                fields = fields[-1:]
            if fields == tuple(node.fields):
                return None
            return ast.ColumnRef(fields=fields)

        def visit_A_Expr(self, ancestors, node):
            if node.kind == A_Expr_Kind.AEXPR_OP and len(node.name) == 1 and node.name[0].sval == "->" \
                    and node.lexpr is not None:
                # blob -> 'key': a jsonb subscript, blob['key'], as SQLAlchemy writes it since PostgreSQL 14
                return ast.A_Indirection(arg=node.lexpr, indirection=(ast.A_Indices(is_slice=False, uidx=node.rexpr),))
            if node.kind != A_Expr_Kind.AEXPR_IN or not isinstance(node.rexpr, tuple):
                return None
            operator = node.name[0].sval
            kind = A_Expr_Kind.AEXPR_OP_ANY if operator == "=" else A_Expr_Kind.AEXPR_OP_ALL
            return ast.A_Expr(kind=kind, name=node.name, lexpr=node.lexpr,
                              rexpr=ast.A_ArrayExpr(elements=node.rexpr))

        def visit_A_Indirection(self, ancestors, node):
            if not isinstance(node.arg, ast.A_Indirection):
                return None
            # (a -> 'x') -> 'y' reduced: a['x']['y']
            return ast.A_Indirection(arg=node.arg.arg, indirection=(*node.arg.indirection, *node.indirection))

        def visit_A_Const(self, ancestors, node):
            value = node.val
            if not isinstance(value, ast.String) or not _ISO_TEMPORAL.fullmatch(value.sval):
                return None
            try:
                moment = datetime.datetime.fromisoformat(value.sval)
            except ValueError:
                return None
            if moment.isoformat() == value.sval:
                return None
            return ast.A_Const(val=ast.String(sval=moment.isoformat()))

    return Reducer

def _textual(text: str) -> str:
    """The reduction Alembic applies to expression text: no case, quotes, casts, spaces or
    outer parentheses."""
    text = _CAST.sub("", text.lower().replace('"', "").replace("'", ""))
    text = re.sub(r"\s+", "", text)
    while text.startswith("(") and text.endswith(")") and _balanced(text[1:-1]):
        text = text[1:-1]
    return text


def _balanced(text: str) -> bool:
    depth = 0
    for char in text:
        depth += {"(": 1, ")": -1}.get(char, 0)
        if depth < 0:
            return False
    return depth == 0


_PREDICATE_PREFIX = "SELECT 1 WHERE "
# a name and the dot after it (``runs.``, ``"Runs" .``)
_QUALIFIER = re.compile(r'(?:"(?:[^"]|"")*"|[^\W\d][\w$]*)\s*\.\s*')


def renamed_at(sql: str, spans: list[tuple[int, int]], quoted_new: str) -> str:
    """``sql`` with ``quoted_new`` (a new column name as an identifier) at each of ``spans``
    (``column_references``)."""
    for start, end in reversed(spans):  # from the end: the offsets before stay right
        sql = sql[:start] + quoted_new + sql[end:]
    return sql


def column_references(sql: str, old: str) -> list[tuple[int, int]] | None:
    """The (start, end) offsets in ``sql`` (a boolean expression: a CHECK constraint's) of each reference
    to the column ``old``, in order, found by PostgreSQL's parser: a bare name in any case or a quoted
    one; not a keyword, a type, a function or a literal of that spelling (``extract(year FROM ...)``,
    ``date '2000-01-01'``, ``length(code)``). None when the parser rejects the text or folds a spelling
    otherwise. Nothing is evaluated."""
    from pglast import parse_sql
    from pglast.parser import ParseError
    from pglast.visitors import Visitor

    found: list[tuple[int, int]] = []  # (where the reference starts, how many names qualify the column)

    class References(Visitor):
        def visit_ColumnRef(self, ancestors, node) -> None:
            fields = list(node.fields or ())
            # ``runs.intid``: a check or a generated column reads its own table's columns only
            if fields and getattr(fields[-1], "sval", None) == old and node.location is not None \
                    and all(isinstance(getattr(field, "sval", None), str) for field in fields):
                found.append((node.location - len(_PREDICATE_PREFIX), len(fields) - 1))

    try:
        References()(parse_sql(_PREDICATE_PREFIX + sql))
    except (ParseError, ValueError, TypeError, RecursionError):
        return None
    quoted = '"' + old.replace('"', '""') + '"'
    spans = []
    for start, qualifiers in sorted(found):
        for _ in range(qualifiers):  # past ``schema.`` and ``table.``
            match = _QUALIFIER.match(sql, start)
            if match is None:
                return None
            start = match.end()
        if sql.startswith(quoted, start):
            spans.append((start, start + len(quoted)))
        elif sql[start:start + len(old)].lower() == old.lower():
            spans.append((start, start + len(old)))
        else:
            return None  # a spelling the parser folded otherwise: left as it is
    return spans
