"""Unified diffs of an edit, like LibCST's ``diff_code``: empty when nothing changed."""

from __future__ import annotations

import difflib

from .lines import split_lines

_NO_NEWLINE = "\\ No newline at end of file\n"


def unified_diff(path: str, before: str, after: str, context: int = 3) -> str:
    """``diff -u`` style text for ``path`` (``a/`` and ``b/`` prefixes), "" if unchanged."""
    if before == after:
        return ""
    out = []
    for line in difflib.unified_diff(
        split_lines(before), split_lines(after), f"a/{path}", f"b/{path}", n=context
    ):
        if line.endswith(("\n", "\r")):
            out.append(line)
        else:
            # a last line without a line break, marked the way diff and patch expect
            out.append(line + "\n" + _NO_NEWLINE)
    return "".join(out)
