"""Hand-written blocks between the keep markers, carried over byte for byte."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..errors import InputError

KEEP_OPEN = "<!-- schema-inspector:keep -->"
KEEP_CLOSE = "<!-- /schema-inspector:keep -->"
KEPT_NOTES_HEADING = "## Kept notes"



@dataclass(frozen=True)
class KeepBlock:
    """A hand-written block (marker lines included) and the heading line it followed."""

    anchor: str | None
    lines: tuple[str, ...]


def _is_heading(line: str) -> bool:
    return re.match(r"#{1,6} ", line) is not None


def keep_blocks(text: str) -> list[KeepBlock]:
    blocks: list[KeepBlock] = []
    anchor: str | None = None
    current: list[str] | None = None
    opened_at = 0
    for number, line in enumerate(text.splitlines(), start=1):
        marker = line.strip()
        if current is not None:
            current.append(line)
            if marker == KEEP_OPEN:
                raise InputError(f"line {number}: keep-section opened inside the one opened on line {opened_at}")
            if marker == KEEP_CLOSE:
                blocks.append(KeepBlock(anchor, tuple(current)))
                current = None
        elif marker == KEEP_OPEN:
            current, opened_at = [line], number
        elif marker == KEEP_CLOSE:
            raise InputError(f"line {number}: {KEEP_CLOSE} without an opening {KEEP_OPEN}")
        elif _is_heading(line):
            anchor = line
    if current is not None:
        raise InputError(f"line {opened_at}: keep-section is never closed with {KEEP_CLOSE}")
    return blocks


def restore_keep_blocks(lines: list[str], blocks: list[KeepBlock]) -> list[str]:
    """Put each block back at the end of its heading's own text (before the next heading);
    blocks whose heading is gone go to a "Kept notes" section at the end."""
    headings = [i for i, line in enumerate(lines) if _is_heading(line)]
    before: dict[int, list[KeepBlock]] = {}  # line index -> blocks to insert before it
    orphans: list[KeepBlock] = []
    for block in blocks:
        if block.anchor is None:
            before.setdefault(0, []).append(block)
            continue
        at = next((i for i in headings if lines[i] == block.anchor), None)
        if at is None or block.anchor == KEPT_NOTES_HEADING:
            orphans.append(block)
            continue
        end = next((i for i in headings if i > at), len(lines))
        before.setdefault(end, []).append(block)
    out: list[str] = []
    for i in range(len(lines) + 1):
        for block in before.get(i, []):
            if out and out[-1] != "":
                out.append("")
            out += [*block.lines, ""]
        if i < len(lines):
            out.append(lines[i])
    if orphans:
        while out and out[-1] == "":
            out.pop()
        out += ["", KEPT_NOTES_HEADING, ""]
        for block in orphans:
            out += [*block.lines, ""]
    return out
