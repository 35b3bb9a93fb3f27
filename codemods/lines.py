"""Lines as Python counts them, and splicing rewritten text back at ``ast`` positions.

``ast`` numbers lines by ``\\n``, ``\\r\\n`` and ``\\r`` only (``str.splitlines`` would also
split at form feeds and other separators), so this module splits the same way and keeps
every line's own ending: lines nobody edits come back byte-identical.
"""

from __future__ import annotations

import io
from collections.abc import Sequence


def split_lines(text: str) -> list[str]:
    """The lines of ``text``, each with its own line ending."""
    return io.StringIO(text, newline="").readlines()


def splice(lines: Sequence[str], replacements: Sequence[tuple[int, int, str]]) -> str:
    """Join ``lines`` with each ``(first, last, text)`` replacing lines first..last (1-based,
    inclusive). ``last == first - 1`` inserts ``text`` before line ``first``. Ranges must
    not overlap."""
    ordered = sorted(replacements, key=lambda r: (r[0], r[1]))
    for (_, last, _), (first, _, _) in zip(ordered, ordered[1:], strict=False):
        if first <= last:
            raise ValueError("overlapping edits")
    out: list[str] = []
    position = 1  # next original line to copy
    for first, last, text in ordered:
        out.extend(lines[position - 1 : first - 1])
        out.append(text)
        position = last + 1
    out.extend(lines[position - 1 :])
    return "".join(out)
