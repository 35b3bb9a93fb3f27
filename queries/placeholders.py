"""Bind placeholders as PostgreSQL's parser accepts them.

pglast (PostgreSQL's own parser) raises at ``:name`` and ``%s``; PostgreSQL spells a
parameter ``$n``. Each placeholder of the execution path is replaced by ``$n`` padded with
spaces to the placeholder's length, so every offset in the masked text is the offset in the
original (positions and fixes stay true):

- ``named``: SQLAlchemy ``text()``: ``:name``, not ``::type``, not inside quotes or comments,
  ``\\:`` an escaped colon;
- ``driver``: the DB-API driver's ``%s`` / ``%(name)s`` and ``%%``, only when parameters are
  passed (without them the driver sends the text as it is);
- ``none``: only ``$n`` (already PostgreSQL's).

``numbered`` (for ``PREPARE``) gives each placeholder its own number without padding.
"""

from __future__ import annotations

import re

NAMED, DRIVER, NONE = "named", "driver", "none"

_NAME = re.compile(r"[A-Za-z_]\w*")
_DRIVER_NAMED = re.compile(r"%\((\w+)\)s")
_DOLLAR_TAG = re.compile(r"\$(?:[A-Za-z_]\w*)?\$")


def _skip_quoted(text: str, k: int) -> int:
    """If a quoted string, quoted identifier, dollar-quoted string or comment starts at
    ``k``, the index after it; else ``k``."""
    c = text[k]
    if c == "'":
        escapes = k > 0 and text[k - 1] in "eE" and (k < 2 or not (text[k - 2].isalnum() or text[k - 2] == "_"))
        j = k + 1
        while j < len(text):
            if escapes and text[j] == "\\":
                j += 2
                continue
            if text[j] == "'":
                if text[j + 1:j + 2] == "'":
                    j += 2
                    continue
                return j + 1
            j += 1
        return len(text)
    if c == '"':
        j = text.find('"', k + 1)
        while j >= 0 and text[j + 1:j + 2] == '"':
            j = text.find('"', j + 2)
        return len(text) if j < 0 else j + 1
    if c == "-" and text[k + 1:k + 2] == "-":
        j = text.find("\n", k)
        return len(text) if j < 0 else j
    if c == "/" and text[k + 1:k + 2] == "*":
        j = text.find("*/", k + 2)
        return len(text) if j < 0 else j + 2
    if c == "$" and (k == 0 or not (text[k - 1].isalnum() or text[k - 1] == "_")):
        match = _DOLLAR_TAG.match(text, k)
        if match:
            j = text.find(match.group(), match.end())
            return len(text) if j < 0 else j + len(match.group())
    return k


def mask(text: str, style: str, numbered: bool = False) -> tuple[str, int]:
    """``text`` with its placeholders as ``$n``; and how many there were."""
    if style == NONE:
        return text, 0
    out: list[str] = []
    count = 0
    names: dict[str, int] = {}
    k, n = 0, len(text)

    def parameter(name: str | None, width: int) -> str:
        nonlocal count
        if name is not None and name in names:
            number = names[name]
        else:
            count += 1
            number = count
            if name is not None:
                names[name] = number
        token = f"${number}"
        if numbered:
            return token
        if len(token) > width:
            token = "$1"
        return token + " " * (width - len(token))

    while k < n:
        c = text[k]
        if style == DRIVER and c == "%":
            if text[k + 1:k + 2] == "%":
                out.append("%" if numbered else "% ")
                k += 2
                continue
            if text[k + 1:k + 2] == "s":
                out.append(parameter(None, 2))
                k += 2
                continue
            match = _DRIVER_NAMED.match(text, k)
            if match:
                out.append(parameter(match.group(1), match.end() - k))
                k = match.end()
                continue
        if style == NAMED:
            after = _skip_quoted(text, k)
            if after != k:
                out.append(text[k:after])
                k = after
                continue
            if c == "\\" and text[k + 1:k + 2] == ":":
                out.append(":" if numbered else " ")
                k += 1 if not numbered else 2
                continue
            if c == ":":
                if text[k + 1:k + 2] == ":":
                    out.append("::")
                    k += 2
                    continue
                previous = text[k - 1] if k else ""
                match = _NAME.match(text, k + 1)
                if match and not (previous.isalnum() or previous == "_") and text[match.end():match.end() + 1] != ":":
                    out.append(parameter(match.group(), match.end() - k))
                    k = match.end()
                    continue
        out.append(c)
        k += 1
    return "".join(out), count
