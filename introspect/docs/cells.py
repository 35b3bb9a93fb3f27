"""Cells: reading a cell back (``Reader``, which names the markdown line in its errors),
writing names and options into cells, the hidden exact-value annotations, table rows."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import fields, replace
from typing import Any

from ..errors import InputError
from ..schema import (
    convert_field,
    to_plain,
)
from .escape import escape, split_tokens, strip_tokens, token_text, tokens, unescape

TITLE = "# Database schema"
DEFAULT_SCHEMA = "public"


ANNOTATION = re.compile(r"\s*<!--si:(.*?)-->\s*")


class CellReader:
    """Cell decoders that name the markdown line in their errors."""

    def __init__(self, line: int) -> None:
        self.line = line

    def fail(self, message: str) -> InputError:
        return InputError(f"line {self.line}: {message}")

    def optional(self, raw: str) -> str | None:
        raw = raw.strip()
        return None if raw == "" else unescape(raw)

    def required(self, raw: str, what: str) -> str:
        value = self.optional(raw)
        if value is None:
            raise self.fail(f"{what} is empty (write \"\" for an empty text)")
        return value

    def names(self, raw: str) -> tuple[str, ...]:
        toks = strip_tokens(tokens(raw.strip()))
        if not toks:
            return ()
        return tuple(token_text(strip_tokens(part)) for part in split_tokens(toks, ","))

    def qualified(self, raw: str, what: str) -> tuple[str, str]:
        toks = strip_tokens(tokens(raw.strip()))
        if not toks:
            raise self.fail(f"{what} is empty")
        parts = split_tokens(toks, ".", limit=1)
        if len(parts) == 1:
            return DEFAULT_SCHEMA, token_text(parts[0])
        return token_text(parts[0]), token_text(parts[1])

    def flag(self, raw: str, what: str) -> bool:
        value = raw.strip()
        if value not in ("yes", "no"):
            raise self.fail(f"{what} must be yes or no, not {value!r}")
        return value == "yes"

    def integer(self, raw: str, what: str) -> int:
        try:
            return int(raw.strip())
        except ValueError:
            raise self.fail(f"{what} must be a number, not {raw.strip()!r}") from None

    def options(self, raw: str, allowed: Iterable[str]) -> set[str]:
        words = {w.strip() for w in raw.split(",") if w.strip()}
        unknown = words - set(allowed)
        if unknown:
            raise self.fail(f"unknown option {sorted(unknown)[0]!r} (known: {', '.join(allowed)})")
        return words


def qualified_name(schema: str | None, name: str | None) -> str:
    """``schema.name`` as a cell (the default schema left out); an empty name (a model
    foreign key whose target is unknown) stays empty."""
    name = name or ""
    if schema is None or schema == DEFAULT_SCHEMA:
        return escape(name, ".")
    return escape(schema, ".") + "." + escape(name, ".")


def name_list(items: Iterable[str]) -> str:
    return ", ".join(escape(item, ",") for item in items)


def optional_cell(value: str | None, extra: str = "") -> str:
    return "" if value is None else escape(value, extra)


def yes_no(value: bool) -> str:
    return "yes" if value else "no"


def annotation_comment(overrides: dict[str, Any]) -> str:
    if not overrides:
        return ""
    text = json.dumps(overrides, ensure_ascii=True, sort_keys=True, separators=(",", ":"))
    # These characters only occur inside JSON strings, where \\u escapes are equivalent;
    # without them the comment cannot end early, break a table row or open HTML.
    for ch in "&<>|":
        text = text.replace(ch, f"\\u{ord(ch):04x}")
    return f" <!--si:{text}-->"


def take_annotation(raw: str, reader: CellReader) -> tuple[str, dict[str, Any]]:
    match = ANNOTATION.search(raw)
    if match is None:
        return raw, {}
    try:
        overrides = json.loads(match.group(1))
    except ValueError:
        raise reader.fail("the hidden <!--si:...--> detail is not valid JSON") from None
    if not isinstance(overrides, dict):
        raise reader.fail("the hidden <!--si:...--> detail must be a JSON object")
    return raw[: match.start()] + " " + raw[match.end():], overrides


def apply_overrides(obj: Any, overrides: dict[str, Any], reader: CellReader) -> Any:
    known = {f.name for f in fields(obj)}
    unknown = set(overrides) - known
    if unknown:
        raise reader.fail(f"unknown field {sorted(unknown)[0]!r} in the hidden detail")
    try:
        values = {k: convert_field(type(obj), k, v) for k, v in overrides.items()}
        return replace(obj, **values)
    except (TypeError, ValueError, KeyError) as error:
        raise reader.fail(f"bad hidden detail: {error}") from None


def exact_overrides(obj: Any, parsed: Any, names: Iterable[str]) -> dict[str, Any]:
    """The fields (among ``names``) where the visible text does not give ``obj`` back."""
    return {
        name: to_plain(getattr(obj, name))
        for name in names
        if getattr(parsed, name) != getattr(obj, name)
    }


def _row(cells: Sequence[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def markdown_table(header: Sequence[str], rows: Iterable[Sequence[str]]) -> list[str]:
    return [_row(header), "|" + "|".join("---" for _ in header) + "|", *(_row(r) for r in rows)]


def split_row(line: str) -> list[str] | None:
    """The raw cells of a markdown table row, or None when ``line`` is not a row."""
    text = line.strip()
    if not text.startswith("|"):
        return None
    cells: list[str]
    if "\\" not in text:
        cells = text[1:].split("|")
        if not cells[-1].strip():
            cells.pop()
        return cells
    cells = []
    current: list[str] = []
    i = 1
    while i < len(text):
        ch = text[i]
        if ch == "\\" and i + 1 < len(text):
            current.append(text[i : i + 2])
            i += 2
            continue
        if ch == "|":
            cells.append("".join(current))
            current = []
        else:
            current.append(ch)
        i += 1
    if "".join(current).strip():
        cells.append("".join(current))  # a row without its closing pipe
    return cells
