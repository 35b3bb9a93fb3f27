"""Strings as the file writes them: the value of a Python string expression with, for every
character, where it comes from in the source (so that a SQL offset becomes a line and column,
and a fix can be spliced into the original literal).

A literal is decoded piece by piece (implicit concatenation, prefixes, escapes, triple
quotes, ``{{``); an f-string's replacement fields and the non-literal operands of ``+`` are
*holes*: the SQL checker puts a stand-in there, and nothing from a hole is ever fixed.
"""

from __future__ import annotations

import ast
import bisect
from dataclasses import dataclass
from typing import TypeGuard

_SIMPLE_ESCAPES = {"\\": "\\", "'": "'", '"': '"', "a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r",
                   "t": "\t", "v": "\v"}


class SourceText:
    """A file's text with conversions between ``ast`` positions and character indexes."""

    def __init__(self, text: str) -> None:
        self.text = text
        starts = [0]
        find = text.find
        index = find("\n")
        while index >= 0:
            starts.append(index + 1)
            index = find("\n", index + 1)
        self.line_starts = starts

    def index(self, lineno: int, col_offset: int) -> int:
        """``ast``'s (line, UTF-8 byte column) as a character index into the text."""
        start = self.line_starts[lineno - 1]
        end = self.line_starts[lineno] if lineno < len(self.line_starts) else len(self.text)
        line = self.text[start:end]
        if line.isascii():
            return start + col_offset
        return start + len(line.encode("utf-8")[:col_offset].decode("utf-8", errors="ignore"))

    def position(self, index: int) -> tuple[int, int]:
        """(1-based line, 0-based character column) of a character index."""
        line = bisect.bisect_right(self.line_starts, index)
        return line, index - self.line_starts[line - 1]

    def line_text(self, lineno: int) -> str:
        start = self.line_starts[lineno - 1]
        end = self.line_starts[lineno] if lineno < len(self.line_starts) else len(self.text)
        return self.text[start:end].rstrip("\r\n")


@dataclass(frozen=True)
class Hole:
    """A part of the string only known at run time: an f-string field or a ``+`` operand."""

    source: str  # the expression as written
    index: int  # character index of the expression in the file


@dataclass
class Pieces:
    """A string expression as literal characters (each with its source index and width:
    1 for a plain character, more for an escape, 0 when unknown) and holes."""

    parts: list  # str characters and Hole objects, in order
    origins: list  # per part: (source index, width) for characters, None for holes
    exact: bool = True  # every character's origin is known

    @property
    def holes(self) -> list[Hole]:
        return [p for p in self.parts if isinstance(p, Hole)]


def _matching_brace(text: str, start: int) -> int:
    """Index of the ``}`` closing the replacement field whose ``{`` is at ``start``."""
    depth, k, n = 0, start + 1, len(text)
    while k < n:
        c = text[k]
        if c in "'\"":
            quote = text[k:k + 3] if text[k:k + 3] in ('"""', "'''") else c
            k += len(quote)
            while k < n and not text.startswith(quote, k):
                k += 2 if text[k] == "\\" else 1
            k += len(quote)
            continue
        if c in "{[(":
            depth += 1
        elif c in ")]":
            depth -= 1
        elif c == "}":
            if depth == 0:
                return k
            depth -= 1
        k += 1
    return -1


def _decode_escape(text: str, k: int) -> tuple[str, int]:
    """The character(s) an escape at ``k`` (a backslash) stands for, and its width."""
    nxt = text[k + 1] if k + 1 < len(text) else ""
    if nxt == "\n":
        return "", 2
    if nxt == "\r":
        return "", 3 if text[k + 2:k + 3] == "\n" else 2
    if nxt in _SIMPLE_ESCAPES:
        return _SIMPLE_ESCAPES[nxt], 2
    if nxt in "01234567":
        digits = nxt
        for c in text[k + 2:k + 4]:
            if c not in "01234567":
                break
            digits += c
        return chr(int(digits, 8)), 1 + len(digits)
    for letter, size in (("x", 2), ("u", 4), ("U", 8)):
        if nxt == letter:
            return chr(int(text[k + 2:k + 2 + size], 16)), 2 + size
    if nxt == "N" and text[k + 2:k + 3] == "{":
        end = text.index("}", k + 3)
        import unicodedata

        return unicodedata.lookup(text[k + 3:end]), end - k + 1
    return "\\" + nxt, -2  # kept as written: two characters of width 1


def _decode_literals(source: SourceText, start: int, end: int, pieces: Pieces) -> None:
    """Every string literal between ``start`` and ``end`` (implicit concatenation)."""
    text = source.text
    k = start
    while k < end:
        c = text[k]
        if c.isspace() or c in "()":
            k += 1
            continue
        if c == "\\":  # line continuation between pieces
            k += 1
            continue
        if c == "#":
            k = text.find("\n", k)
            k = end if k < 0 else k
            continue
        j = k
        while j < end and text[j].isalpha():
            j += 1
        prefix = text[k:j].lower()
        quote = text[j:j + 3] if text[j:j + 3] in ('"""', "'''") else text[j:j + 1]
        if quote not in ('"', "'", '"""', "'''") or "b" in prefix:
            raise ValueError("not a string literal")
        raw, fmt = "r" in prefix, "f" in prefix
        k = j + len(quote)
        while not text.startswith(quote, k):
            c = text[k]
            if c == "\\":
                if raw:
                    pieces.parts.extend(("\\", text[k + 1]))
                    pieces.origins.extend(((k, 1), (k + 1, 1)))
                    k += 2
                    continue
                value, width = _decode_escape(text, k)
                if width == -2:
                    pieces.parts.extend(value)
                    pieces.origins.extend(((k, 1), (k + 1, 1)))
                    k += 2
                    continue
                for ch in value:
                    pieces.parts.append(ch)
                    pieces.origins.append((k, width))
                k += width
                continue
            if fmt and c in "{}":
                if text[k + 1:k + 2] == c:
                    pieces.parts.append(c)
                    pieces.origins.append((k, 2))
                    k += 2
                    continue
                close = _matching_brace(text, k)
                if close < 0:
                    raise ValueError("unbalanced f-string")
                pieces.parts.append(Hole(text[k + 1:close].strip(), k + 1))
                pieces.origins.append(None)
                k = close + 1
                continue
            pieces.parts.append(c)
            pieces.origins.append((k, 1))
            k += 1
        k += len(quote)


def is_string_node(node: ast.expr) -> TypeGuard[ast.Constant | ast.JoinedStr]:
    return (isinstance(node, ast.Constant) and isinstance(node.value, str)) or isinstance(node, ast.JoinedStr)


def string_pieces(source: SourceText, node: ast.expr) -> Pieces | None:
    """The pieces of a string expression: literals, f-strings, and ``+`` of them with other
    expressions (holes). None when the expression holds no literal text at all."""
    pieces = Pieces([], [])
    if not _collect(source, node, pieces):
        return None
    if not any(isinstance(p, str) for p in pieces.parts):
        return None
    return pieces


def _collect(source: SourceText, node: ast.expr, pieces: Pieces) -> bool:
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return _collect(source, node.left, pieces) and _collect(source, node.right, pieces)
    if is_string_node(node):
        start = source.index(node.lineno, node.col_offset)
        end = source.index(node.end_lineno or node.lineno, node.end_col_offset or 0)
        mark = len(pieces.parts)
        try:
            _decode_literals(source, start, end, pieces)
            ok = _agrees(node, pieces.parts[mark:])
        except (ValueError, IndexError, KeyError):
            ok = False
        if not ok:  # the value is right; where each character comes from is not known
            del pieces.parts[mark:], pieces.origins[mark:]
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                pieces.parts.extend(node.value)
                pieces.origins.extend([(start, 0)] * len(node.value))
                pieces.exact = False
            else:
                return False
        return True
    pieces.parts.append(Hole(ast.unparse(node), source.index(node.lineno, node.col_offset)))
    pieces.origins.append(None)
    return True


def _agrees(node: ast.expr, parts: list) -> bool:
    """The decoded characters are the literal's value (a check on the decoder)."""
    if isinstance(node, ast.Constant):
        return "".join(p for p in parts if isinstance(p, str)) == node.value and not any(
            isinstance(p, Hole) for p in parts)
    if not isinstance(node, ast.JoinedStr):
        return False
    expected: list[str | None] = []
    for value in node.values:
        if isinstance(value, ast.Constant):
            expected.append(str(value.value))
        else:
            expected.append(None)
    got: list[str | None] = []
    for p in parts:
        if isinstance(p, Hole):
            got.append(None)
        elif got and isinstance(got[-1], str):
            got[-1] += p
        else:
            got.append(p)
    return got == expected
