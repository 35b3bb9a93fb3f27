"""The one way a codemod gets a name imported.

Transformers never edit imports: they ask :class:`ImportRequests` for a name, which
schedules it with LibCST's ``AddImportsVisitor.add_needed_import``. At the end,
:func:`add_imports` hands LibCST only the file's leading import block (not the whole
file), so the cost does not grow with the file. ``libcst.codemod`` is imported only when
a file needs an import: it pulls in ``libcst.matchers``, a quarter of a second to import.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Sequence

import libcst as cst

from .lines import splice, split_lines
from .style import FileStyle

if TYPE_CHECKING:
    from libcst.codemod import CodemodContext


class ImportRequests:
    """Names the edits of one file need imported, scheduled on a LibCST context.

    Requests can be taken back (:meth:`mark` / :meth:`rollback`): an edit that turns
    out to change nothing must not leave an unused import behind.
    """

    def __init__(self) -> None:
        self._pending: list[tuple[str, str]] = []

    def need(self, module: str, name: str) -> None:
        self._pending.append((module, name))

    def mark(self) -> int:
        return len(self._pending)

    def rollback(self, mark: int) -> None:
        del self._pending[mark:]

    def context(self) -> "CodemodContext":
        """A LibCST context with every request scheduled through ``add_needed_import``."""
        from libcst.codemod import CodemodContext
        from libcst.codemod.visitors import AddImportsVisitor

        context = CodemodContext()
        for module, name in dict.fromkeys(self._pending):
            AddImportsVisitor.add_needed_import(context, module, name)
        return context

    def __bool__(self) -> bool:
        return bool(self._pending)


def add_imports(text: str, style: FileStyle, requests: ImportRequests) -> str:
    """``text`` with the requested imports added to its leading import block.

    Only the lines of that block are parsed and rewritten; a new statement goes after
    the block's last import (after the module docstring when the file has no import).
    """
    if not requests:
        return text
    from libcst.codemod.visitors import AddImportsVisitor

    lines = split_lines(text)
    if style.import_first_line:
        start, end = style.import_first_line, style.import_after_line
    else:
        start = end = style.docstring_end_line + 1
        end -= 1  # an empty block just after the docstring
    block_text = "".join(lines[start - 1 : end])
    block = cst.parse_module(block_text)
    if not block_text:
        block = block.with_changes(default_newline=style.newline, default_indent=style.indent)
    rewritten = _keep_name_order(block, block.visit(AddImportsVisitor(requests.context()))).code
    if not block_text:
        # A file without imports: the new block is set apart by a blank line from the
        # docstring before it, or from the code after it at the top of the file.
        rewritten = rewritten.rstrip("\r\n") + style.newline
        if style.docstring_end_line:
            rewritten = style.newline + rewritten
        else:
            rewritten += style.newline
    return splice(lines, [(start, end, rewritten)])


def _keep_name_order(before: cst.Module, after: cst.Module) -> cst.Module:
    """``after`` with each ``from x import ...`` that gained names laid out like the
    original: LibCST puts new names first, on the first line; here they go where isort
    (and ruff, black's profile) would put them when the original names were in that
    order, else after the original ones, and every separator copies the original's
    (one name per line stays one name per line)."""
    keys = Counter(_from_key(s) for s in _import_froms(before))
    originals = {_from_key(s): s for s in _import_froms(before) if keys[_from_key(s)] == 1}
    replacements = {}
    for statement in _import_froms(after):
        original = originals.get(_from_key(statement))
        if original is None or isinstance(original.names, cst.ImportStar) or isinstance(statement.names, cst.ImportStar):
            continue
        old_names = [alias.evaluated_name for alias in original.names]
        new_aliases = [alias for alias in statement.names if alias.evaluated_name not in old_names]
        if not new_aliases or len(old_names) + len(new_aliases) != len(statement.names):
            continue
        aliases = [*original.names, *sorted(new_aliases, key=_isort_key)]
        if old_names == sorted(old_names, key=lambda name: _isort_key(name)):
            aliases.sort(key=_isort_key)
        replacements[statement] = statement.with_changes(names=_relaid(aliases, original.names))
    if not replacements:
        return after
    return after.with_changes(body=[_replace_import_from(s, replacements) for s in after.body])


def _import_froms(module: cst.Module) -> list[cst.ImportFrom]:
    return [small for statement in module.body if isinstance(statement, cst.SimpleStatementLine)
            for small in statement.body if isinstance(small, cst.ImportFrom)]


def _from_key(statement: cst.ImportFrom) -> tuple[int, str]:
    module = cst.Module([]).code_for_node(statement.module) if statement.module is not None else ""
    return len(statement.relative), module


def _isort_key(alias) -> tuple[int, str]:
    """isort's default order within one import: CONSTANTS, then Classes, then functions."""
    name = alias if isinstance(alias, str) else alias.evaluated_name
    kind = 0 if name.isupper() and len(name) > 1 else 1 if name[:1].isupper() else 2
    return kind, name.lower()


def _relaid(aliases: list[cst.ImportAlias], original: Sequence[cst.ImportAlias]) -> list[cst.ImportAlias]:
    """``aliases`` with the original's separators between them and its last comma (a
    trailing one, or none) on the last."""
    separator = original[0].comma if len(original) > 1 else cst.Comma(whitespace_after=cst.SimpleWhitespace(" "))
    last = original[-1].comma
    return [alias.with_changes(comma=separator if i < len(aliases) - 1 else last) for i, alias in enumerate(aliases)]


def _replace_import_from(statement: cst.BaseStatement, replacements: dict) -> cst.BaseStatement:
    if not isinstance(statement, cst.SimpleStatementLine):
        return statement
    return statement.with_changes(body=[replacements.get(small, small) for small in statement.body])
