"""The one way a codemod gets a name imported.

Transformers never edit imports: they ask :class:`ImportRequests` for a name, which
schedules it with LibCST's ``AddImportsVisitor.add_needed_import``. At the end,
:func:`add_imports` hands LibCST only the file's leading import block (not the whole
file), so the cost does not grow with the file. ``libcst.codemod`` is imported only when
a file needs an import: it pulls in ``libcst.matchers``, a quarter of a second to import.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

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
    rewritten = block.visit(AddImportsVisitor(requests.context())).code
    if not block_text:
        # A file without imports: the new block is set apart by a blank line from the
        # docstring before it, or from the code after it at the top of the file.
        rewritten = rewritten.rstrip("\r\n") + style.newline
        if style.docstring_end_line:
            rewritten = style.newline + rewritten
        else:
            rewritten += style.newline
    return splice(lines, [(start, end, rewritten)])
