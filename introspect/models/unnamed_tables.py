"""``Table(...)`` calls whose name is made at run time, such as jupyterhub's association tables::

    for entity in ("user", "group", "service"):
        table = Table(f"{entity}_role_map", Base.metadata, ...)

The reader cannot read those tables. It lists each call in ``unresolved``, and records a pattern
for the names it can make (``*_role_map``): the database's tables that match it are not reported
as tables without a class, and no class is generated for them. A generated class would map the
table a second time ("Table ... is already defined").

Inside a function, only a name with a fixed part is recorded (``f"{prefix}_audit"``). A bare
parameter there (``Table(name, metadata)``) is a helper the reader cannot follow, and a pattern
that matched every table would hide every missing class.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Callable, Iterator

from .columns import ModuleInfo, Problems
from .exprs import SourceText, last_name

# one table name a pattern may match: (regex, file, line)
UnnamedTable = tuple[str, str, int]
# ``Table(`` and then no quote: a name that may not be a literal (``u"x"`` too, which costs a look)
_NOT_A_LITERAL_NAME = re.compile(rb"Table\(\s*[^\s\"')]")


def unnamed_tables(modules: list[ModuleInfo], wanted: set[str], problems: Problems,
                   value: Callable[[ast.expr, SourceText], object]) -> tuple[UnnamedTable, ...]:
    """The unnamed tables of the ``wanted`` files; each one is also a line in ``problems``.
    ``value`` reads a name the reader can resolve (a literal, or a constant of the files):
    the tables with such names are read as tables, so they are not unnamed."""
    found = []
    for module in modules:
        if module.path not in wanted or not _NOT_A_LITERAL_NAME.search(module.source.utf8):
            continue  # the common case: every Table( is followed by a quote (no tree parsed again)
        body = module.syntax_tree().body
        assigned = {id(statement.value) for statement in body if isinstance(statement, (ast.Assign, ast.AnnAssign))}
        for call, in_function in _table_calls(body, False):
            name = call.args[0]
            if isinstance(value(name, module.source), str):
                continue
            pattern = _pattern(name)
            if pattern is None or (in_function and not _has_fixed_part(pattern)):
                continue
            found.append((pattern, module.path, call.lineno))
            if id(call) in assigned:
                continue  # ``x = Table(...)`` at the top: the scan has said its name is not read
            problems.add(module.path, call.lineno,
                         f"Table({module.source.segment(name)}, ...): a table whose name is made at run time; the "
                         f"database's tables named {_shown(pattern)} that no class maps are taken to be the ones it "
                         "makes (not compared, no class generated for them)")
    return tuple(found)


def _table_calls(body: list[ast.stmt], in_function: bool) -> Iterator[tuple[ast.Call, bool]]:
    """The ``Table(...)`` calls with a first argument in ``body``, outside class bodies (a class's
    ``__table__`` is the class's own business), with whether they are inside a function."""
    for statement in body:
        if isinstance(statement, ast.ClassDef):
            continue
        if isinstance(statement, (ast.FunctionDef, ast.AsyncFunctionDef)):
            yield from _table_calls(statement.body, True)
            continue
        for node in ast.walk(statement):
            if isinstance(node, ast.Call) and last_name(node.func) == "Table" and node.args \
                    and not isinstance(node.args[0], ast.Starred):
                yield node, in_function


def _pattern(name: ast.expr) -> str | None:
    """A regular expression for the names ``name`` can make: its fixed parts as they are, each
    part computed at run time ``.+``. None for an expression that cannot be a string."""
    if isinstance(name, ast.Constant):
        return re.escape(name.value) if isinstance(name.value, str) else None
    if isinstance(name, ast.JoinedStr):
        return "".join(_pattern(part) or ".+" if isinstance(part, ast.Constant) else ".+" for part in name.values)
    if isinstance(name, ast.IfExp):  # f"{a}_map" if x else b + "_roles"
        body, orelse = _pattern(name.body), _pattern(name.orelse)
        return None if body is None or orelse is None else f"(?:{body}|{orelse})"
    if isinstance(name, ast.BinOp) and isinstance(name.op, ast.Add):
        left, right = _pattern(name.left), _pattern(name.right)
        return None if left is None or right is None else left + right
    if isinstance(name, (ast.Name, ast.Attribute, ast.Call, ast.Subscript)):
        return ".+"
    return None


def _shown(pattern: str) -> str:
    """``*_role_map`` for ``.+_role_map``; ``a or b`` for ``(?:a|b)``."""
    text = pattern.replace(".+", "*").replace("\\", "")
    return text[3:-1].replace("|", " or ") if text.startswith("(?:") and text.endswith(")") else text


def _has_fixed_part(pattern: str) -> bool:
    return bool(pattern.replace(".+", ""))
