"""The reversible text encoding of every database text in the docs: ``escape`` /
``unescape`` (see the package docstring) and the token helpers the cell readers use."""

from __future__ import annotations

import re
from collections.abc import Sequence

_ALWAYS = {
    "\\": "\\\\", "`": "\\`", "*": "\\*", "[": "\\[", "]": "\\]", "~": "\\~", "|": "\\|",
    "#": "\\#", "$": "\\$", "&": "&amp;", "<": "&lt;", ">": "&gt;", "\n": "<br>",
}
_ENTITIES = {"amp": "&", "lt": "<", "gt": ">", "quot": '"'}
_TOKEN = re.compile(
    r"\\([!-/:-@\[-`{-~])|&(amp|lt|gt|quot);|&#([0-9]{1,7});|&#[xX]([0-9a-fA-F]{1,6});"
    r"|(<br>)|(.)",
    re.S,
)
_EMPTY = '""'
# Text that needs no escaping anywhere: words joined by single spaces or inner underscores.
_PLAIN = re.compile(r"[A-Za-z0-9]+(?:[_ ][A-Za-z0-9]+)*")
_SPECIAL = re.compile(r"[\\&<]")

Token = tuple[str, bool]  # (character, was written escaped)


def escape(text: str, extra: str = "") -> str:
    """Encode ``text`` for a markdown table cell, heading or paragraph (see module doc).

    ``extra`` names ASCII punctuation that is structure in this place (``,`` in lists,
    ``.`` in qualified names) and is therefore backslash-escaped inside the text.
    """
    if _PLAIN.fullmatch(text):
        return text
    if text == "":
        return _EMPTY
    if text == _EMPTY:
        return "&quot;&quot;"
    lead = len(text) - len(text.lstrip(" "))
    tail = len(text.rstrip(" "))
    last = len(text) - 1
    out: list[str] = []
    for i, ch in enumerate(text):
        if ch == " " and (i < lead or i >= tail):
            out.append("&#32;")
        elif ch in _ALWAYS:
            out.append(_ALWAYS[ch])
        elif ch in extra:
            out.append("\\" + ch)
        elif ch == "_":
            # An underscore inside a word never starts emphasis (GFM), so users_id stays
            # readable; at a word edge it could, so it is escaped there.
            inside = 0 < i < last and text[i - 1].isalnum() and text[i + 1].isalnum()
            out.append("_" if inside else "\\_")
        elif not ch.isprintable():
            out.append(f"&#x{ord(ch):X};")
        else:
            out.append(ch)
    # What would start a list, a heading or a setext underline at the start of a line.
    if text[0] in "-+=":
        out[0] = "\\" + text[0]
    ordered = re.match(r"[0-9]{1,9}[.)](?= |$)", text)
    if ordered:
        out[ordered.end() - 1] = "\\" + text[ordered.end() - 1]
    return "".join(out)


def tokens(raw: str) -> list[Token]:
    """Decode escaped markdown text into characters, remembering which were escaped."""
    if not _SPECIAL.search(raw):
        return [(ch, False) for ch in raw]
    result: list[Token] = []
    for match in _TOKEN.finditer(raw):
        punct, entity, dec, hexa, br, plain = match.groups()
        if punct is not None:
            result.append((punct, True))
        elif entity is not None:
            result.append((_ENTITIES[entity], True))
        elif dec is not None or hexa is not None:
            code = int(dec) if dec is not None else int(hexa, 16)
            if code > 0x10FFFF:
                result.extend((ch, False) for ch in match.group(0))
            else:
                result.append((chr(code), True))
        elif br is not None:
            result.append(("\n", True))
        else:
            result.append((plain, False))
    return result


def token_text(toks: Sequence[Token]) -> str:
    if list(toks) == [('"', False), ('"', False)]:
        return ""
    return "".join(ch for ch, _ in toks)


def unescape(raw: str) -> str:
    """The inverse of ``escape`` (surrounding blanks are layout, not text)."""
    return token_text(tokens(raw.strip()))


def strip_tokens(toks: list[Token]) -> list[Token]:
    start, end = 0, len(toks)
    while start < end and toks[start] == (" ", False):
        start += 1
    while end > start and toks[end - 1] == (" ", False):
        end -= 1
    return toks[start:end]


def split_tokens(toks: list[Token], separator: str, limit: int = -1) -> list[list[Token]]:
    parts: list[list[Token]] = [[]]
    for tok in toks:
        if tok == (separator, False) and limit != 0:
            parts.append([])
            limit -= 1
        else:
            parts[-1].append(tok)
    return parts
