"""Unified diffs of an edit, like LibCST's ``diff_code``: empty when nothing changed.

An edit changes a few places of a file that may be tens of thousands of lines long, and
``difflib`` alone takes time that grows with the file's length times the number of
places (each longest-match search walks the whole remaining range). So the two texts
are first lined up on their anchors, as ``git diff --patience`` does: the lines that
occur exactly once in each, kept in the order both files have them. Between two anchors
the texts are either the same, or ``difflib`` compares just that stretch. The output is
the usual ``diff -u`` text (``patch`` applies it), with ``difflib``'s hunks and context.
"""

from __future__ import annotations

import difflib
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterator, Sequence
from typing import Literal

from .lines import split_lines

_NO_NEWLINE = "\\ No newline at end of file\n"

Tag = Literal["replace", "delete", "insert", "equal"]
Opcode = tuple[Tag, int, int, int, int]  # as difflib's: tag, a[i1:i2], b[j1:j2]


def unified_diff(path: str, before: str, after: str, context: int = 3) -> str:
    """``diff -u`` style text for ``path`` (``a/`` and ``b/`` prefixes), "" if unchanged."""
    if before == after:
        return ""
    a, b = split_lines(before), split_lines(after)
    out = [f"--- a/{path}\n", f"+++ b/{path}\n"]
    for group in _Grouper(opcodes(a, b)).get_grouped_opcodes(context):
        first, last = group[0], group[-1]
        out.append(f"@@ -{_range(first[1], last[2])} +{_range(first[3], last[4])} @@\n")
        for tag, i1, i2, j1, j2 in group:
            if tag == "equal":
                out.extend(_marked(" ", a[i1:i2]))
                continue
            out.extend(_marked("-", a[i1:i2]))
            out.extend(_marked("+", b[j1:j2]))
    return "".join(out)


def opcodes(a: Sequence[str], b: Sequence[str]) -> list[Opcode]:
    """Opcodes (as ``SequenceMatcher.get_opcodes``) turning ``a`` into ``b``: the stretches
    between anchors compared by ``difflib``, consecutive equal runs merged."""
    codes: list[Opcode] = []

    def add(tag: Tag, i1: int, i2: int, j1: int, j2: int) -> None:
        if i1 == i2 and j1 == j2:
            return
        if tag == "equal" and codes and codes[-1][0] == "equal":
            codes[-1] = ("equal", codes[-1][1], i2, codes[-1][3], j2)
        else:
            codes.append((tag, i1, i2, j1, j2))

    i = j = 0
    for anchor_i, anchor_j in [*_anchors(a, b), (len(a), len(b))]:
        if a[i:anchor_i] == b[j:anchor_j]:
            add("equal", i, anchor_i, j, anchor_j)
        else:
            for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a[i:anchor_i], b[j:anchor_j]).get_opcodes():
                add(tag, i + i1, i + i2, j + j1, j + j2)
        add("equal", anchor_i, min(anchor_i + 1, len(a)), anchor_j, min(anchor_j + 1, len(b)))
        i, j = anchor_i + 1, anchor_j + 1
    return codes


def _anchors(a: Sequence[str], b: Sequence[str]) -> list[tuple[int, int]]:
    """(i, j) with ``a[i] == b[j]`` a line that occurs once in ``a`` and once in ``b``: the
    longest chain of them increasing in both (patience sorting)."""
    in_a, in_b = Counter(a), Counter(b)
    where_in_b = {line: j for j, line in enumerate(b) if in_b[line] == 1}
    pairs = [(i, where_in_b[line]) for i, line in enumerate(a) if in_a[line] == 1 and line in where_in_b]
    # the longest increasing run of j: pile tops, and each pair's predecessor
    tops: list[int] = []  # j of the last pair on each pile
    top_pair: list[int] = []  # index into pairs of that pair
    previous: list[int] = []
    for index, (_, j) in enumerate(pairs):
        pile = bisect_left(tops, j)
        previous.append(top_pair[pile - 1] if pile else -1)
        if pile == len(tops):
            tops.append(j)
            top_pair.append(index)
        else:
            tops[pile] = j
            top_pair[pile] = index
    chain: list[tuple[int, int]] = []
    index = top_pair[-1] if top_pair else -1
    while index >= 0:
        chain.append(pairs[index])
        index = previous[index]
    return chain[::-1]


class _Grouper(difflib.SequenceMatcher):
    """``difflib``'s grouping into hunks with context, over opcodes computed elsewhere."""

    def __init__(self, codes: list[Opcode]) -> None:  # no matching: the opcodes are given
        self._codes = codes

    def get_opcodes(self) -> list[Opcode]:
        return list(self._codes)


def _range(start: int, stop: int) -> str:
    """A hunk's line range as ``diff -u`` writes it (difflib's ``_format_range_unified``)."""
    beginning, length = start + 1, stop - start
    if length == 1:
        return str(beginning)
    if not length:
        beginning -= 1
    return f"{beginning},{length}"


def _marked(mark: str, lines: Sequence[str]) -> Iterator[str]:
    for line in lines:
        if line.endswith(("\n", "\r")):
            yield mark + line
        else:
            # a last line without a line break, marked the way diff and patch expect
            yield mark + line + "\n" + _NO_NEWLINE
