"""Overriding an inherited column: the inherited statement, copied whole (``OverrideColumn``).

A class that must differ from a mixin's (or a base's) column gets the mixin's own statement
- its type (a ``TypeDecorator`` included), ``default=``, ``onupdate=``, ``index=``, its
comment - and then only the changes the database asks for. Writing the column afresh from
the database would drop everything the database does not know: Python-side defaults,
``onupdate``, custom types.

The statement is read from the mixin's file (:class:`InheritedSource`, which the runner
gives the codemods: a file's edits may need another file's text). The names it uses must
resolve in the class's file too: a name imported there from a package is imported the same
way; a name the mixin's module defines (or imports relatively) is imported from the module
the class's file already imports the mixin from.
"""

from __future__ import annotations

import ast
import builtins
import textwrap
from dataclasses import dataclass, field
from typing import Callable

import libcst as cst

from schema_inspector.introspect.source import parse_python
from schema_inspector.planner.actions import OverrideColumn

from .errors import CodemodError
from .style import Binding, bindings_of, defined_names

_BUILTINS = frozenset(dir(builtins))


@dataclass
class InheritedSource:
    """The text of the files other files' edits copy from, read once each by ``read``."""

    read: Callable[[str], str]
    _texts: dict[str, str] = field(default_factory=dict)

    def text(self, file: str) -> str:
        if file not in self._texts:
            self._texts[file] = self.read(file)
        return self._texts[file]

    def knowing(self, file: str, text: str) -> "InheritedSource":
        """This source, with ``file``'s text as given (the file being edited)."""
        self._texts.setdefault(file, text)
        return self


def _unreadable(file: str) -> str:
    raise OSError(f"{file} is not given")


@dataclass(frozen=True)
class _Copied:
    statement: cst.BaseSmallStatement | cst.SimpleStatementLine
    bindings: dict[str, Binding]  # the imports of the mixin's module
    defined: frozenset[str]  # the names the mixin's module defines


def copy_statement(action: OverrideColumn, source: InheritedSource) -> _Copied:
    """The statement that defines ``action.attribute`` in ``action.source_class``, as a
    class-body statement of its own (``@declared_attr`` methods that return the column
    become ``attribute = <what they return>``)."""
    where = f"{action.source_file}: {action.source_class}.{action.attribute}"
    try:
        text = source.text(action.source_file)
        tree = parse_python(text.removeprefix("\ufeff"))
    except (OSError, SyntaxError, UnicodeDecodeError) as error:
        raise CodemodError("", 0, f"cannot read the inherited column {where}: {error}") from None
    cls = next((n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == action.source_class), None)
    if cls is None:
        raise CodemodError("", 0, f"cannot copy the inherited column {where}: no such class at the top level")
    lines = text.removeprefix("\ufeff").splitlines(keepends=True)
    for node in cls.body:
        if _assigns(node, action.attribute):
            snippet = textwrap.dedent("".join(lines[node.lineno - 1 : node.end_lineno]))
            statement = cst.parse_statement(snippet)
            break
        if isinstance(node, ast.FunctionDef) and node.name == action.attribute:
            statement = _from_declared_attr(node, text.removeprefix("\ufeff"), action, where)
            break
    else:
        raise CodemodError("", 0, f"cannot copy the inherited column {where}: no statement assigns it")
    return _Copied(statement, bindings_of(tree), defined_names(tree))


def _assigns(node: ast.stmt, name: str) -> bool:
    if isinstance(node, ast.Assign):
        return len(node.targets) == 1 and isinstance(node.targets[0], ast.Name) and node.targets[0].id == name
    return isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.target.id == name


def _from_declared_attr(node: ast.FunctionDef, text: str, action: OverrideColumn, where: str) -> cst.SimpleStatementLine:
    """``@declared_attr def note(cls) -> Mapped[str]: return mapped_column(...)`` as
    ``note: Mapped[str] = mapped_column(...)``, the expressions as written."""
    body = [s for s in node.body if not (isinstance(s, ast.Expr) and isinstance(s.value, ast.Constant))]
    if len(body) != 1 or not isinstance(body[0], ast.Return) or body[0].value is None:
        raise CodemodError("", 0, f"cannot copy the inherited column {where}: a method that does more than "
                                  "return the column; override it by hand")
    value = body[0].value
    arguments = {a.arg for a in node.args.args}
    if any(isinstance(n, ast.Name) and n.id in arguments for n in ast.walk(value)):
        raise CodemodError("", 0, f"cannot copy the inherited column {where}: it depends on the class "
                                  "(cls); override it by hand")
    returns = node.returns
    mapped = isinstance(returns, ast.Subscript) and getattr(returns.value, "id", getattr(returns.value, "attr", None)) == "Mapped"
    annotation = f": {ast.get_source_segment(text, returns)}" if mapped else ""
    # continuation lines move left as the statement does: from the method body to the top
    first, *rest = ast.get_source_segment(text, value).split("\n")
    shift = body[0].col_offset
    rest = [line[min(shift, len(line) - len(line.lstrip(" \t"))):] for line in rest]
    expression = "\n".join([first, *rest])
    return cst.parse_statement(f"{action.attribute}{annotation} = {expression}\n")


def used_names(node: cst.CSTNode) -> list[str]:
    """The names ``node`` reads (the first name of every dotted path), in order, once."""
    collector = _NameCollector()
    node.visit(collector)
    return list(dict.fromkeys(collector.names))


class _NameCollector(cst.CSTVisitor):
    def __init__(self) -> None:
        self.names: list[str] = []

    def visit_Attribute(self, node: cst.Attribute) -> bool:
        node.value.visit(self)  # ``func.now``: func is read, ``now`` is not a name
        return False

    def visit_Arg(self, node: cst.Arg) -> bool:
        node.value.visit(self)  # ``default=...``: the keyword is not a name
        return False

    def visit_AssignTarget(self, node: cst.AssignTarget) -> bool:
        return False

    def visit_AnnAssign(self, node: cst.AnnAssign) -> bool:
        node.annotation.visit(self)
        if node.value is not None:
            node.value.visit(self)
        return False

    def visit_Name(self, node: cst.Name) -> bool:
        self.names.append(node.value)
        return False


def import_names(names: list[str], copied: _Copied, target_bindings: dict[str, Binding], target_defined: frozenset[str],
                 action: OverrideColumn, need: Callable[[str, str | None, str | None], None]) -> None:
    """Ask for an import of each of ``names`` the class's file lacks, the way the mixin's
    module reaches it (see the module doc)."""
    same_file = action.source_file == action.file
    for name in names:
        if name in target_bindings or name in target_defined or name in _BUILTINS or same_file:
            continue
        binding = copied.bindings.get(name)
        if binding is not None and not binding.module.startswith("."):
            if binding.name is None:
                need(binding.module, None, name if name != binding.module else None)
            else:
                need(binding.module, binding.name, name if name != binding.name else None)
            continue
        if binding is None and name not in copied.defined:
            raise CodemodError("", 0, f"cannot copy {action.source_class}.{action.attribute} from "
                                      f"{action.source_file}: where {name!r} comes from is not known there")
        via = target_bindings.get(action.source_class)
        if via is None or via.name is None:
            raise CodemodError("", 0, f"cannot import {name!r} for the copy of {action.source_class}."
                                      f"{action.attribute}: the file does not import {action.source_class} by name")
        need(via.module, name, None)


__all__ = ["InheritedSource", "_unreadable", "copy_statement", "import_names", "used_names"]
