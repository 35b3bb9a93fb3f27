"""Index key elements with their sort order: ``users_id``, ``created_at DESC``,
``lower(email) NULLS FIRST``.

``Index.elements`` (see ``introspect.schema``) spells each key element as SQL: the column
as an identifier (double-quoted where it is not a plain lower-case name) or the
expression as PostgreSQL prints it, followed by the sort options that differ from the
default (ASC, with NULLS LAST for ASC and NULLS FIRST for DESC, as PostgreSQL orders):

- ``DESC`` (descending, nulls first: DESC's default);
- ``DESC NULLS LAST``;
- ``NULLS FIRST`` (ascending, nulls first).

The identifier quoting here does not know PostgreSQL's keywords (``"user"``): the database
reader keeps PostgreSQL's own spelling, and comparisons drop quotes as Alembic does.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

_PLAIN_IDENTIFIER = re.compile(r"[a-z_][a-z0-9_$]*")
# trailing sort options: [ASC | DESC] [NULLS FIRST | NULLS LAST], at least one of them
_SORT = re.compile(r"\s+(?:(ASC|DESC)(?:\s+NULLS\s+(FIRST|LAST))?|NULLS\s+(FIRST|LAST))\s*$", re.IGNORECASE)
_QUOTED_IDENTIFIER = re.compile(r'"((?:[^"]|"")+)"')


@dataclass(frozen=True)
class KeyPart:
    """One key element: ``column`` (its name) for a plain column, else ``sql`` (the
    expression); ``sql`` is the column's identifier for a column."""

    sql: str
    column: str | None = None
    descending: bool = False
    nulls_first: bool = False

    @property
    def default_order(self) -> bool:
        return not self.descending and not self.nulls_first

    def ordered(self, descending: bool | None, nulls_first: bool | None) -> KeyPart:
        """This element with the order a wrapper (``.desc()``, ``.nulls_last()``) sets:
        None leaves that part as it is; DESC / ASC alone bring their NULLS default."""
        new_descending = self.descending if descending is None else descending
        if nulls_first is None:
            nulls_first = self.nulls_first if descending is None else new_descending
        return replace(self, descending=new_descending, nulls_first=nulls_first)

    @property
    def text(self) -> str:
        """The element as ``Index.elements`` spells it."""
        return self.sql + sort_suffix(self.descending, self.nulls_first)


def quote_identifier(name: str) -> str:
    """``name`` bare when it is a plain lower-case identifier, else in double quotes."""
    if _PLAIN_IDENTIFIER.fullmatch(name):
        return name
    return '"' + name.replace('"', '""') + '"'


def unquote_identifier(text: str) -> str | None:
    """The name an identifier spells (``"My Col"`` -> ``My Col``, ``email`` -> ``email``);
    None when ``text`` is not one identifier."""
    text = text.strip()
    quoted = _QUOTED_IDENTIFIER.fullmatch(text)
    if quoted:
        return quoted.group(1).replace('""', '"')
    if re.fullmatch(r"[A-Za-z_][A-Za-z0-9_$]*", text):
        return text.lower()  # PostgreSQL folds an unquoted name to lower case
    return None


def sort_suffix(descending: bool, nulls_first: bool) -> str:
    """`` DESC``, `` DESC NULLS LAST``, `` NULLS FIRST`` or ``""`` (the default order)."""
    if descending:
        return " DESC" if nulls_first else " DESC NULLS LAST"
    return " NULLS FIRST" if nulls_first else ""


def split_sort(element: str) -> tuple[str, bool, bool]:
    """``(sql, descending, nulls_first)`` of an element written with or without sort
    options (``b DESC``, ``b ASC NULLS LAST``...); NULLS defaults as PostgreSQL's do."""
    match = _SORT.search(element)
    if match is None or not element[: match.start()].strip():
        return element.strip(), False, False
    direction, nulls_after, nulls_alone = match.groups()
    descending = (direction or "").upper() == "DESC"
    nulls = nulls_after or nulls_alone
    nulls_first = descending if nulls is None else nulls.upper() == "FIRST"
    return element[: match.start()].strip(), descending, nulls_first


def parse_part(element: str, columns: Iterable[str]) -> KeyPart:
    """An element as written (SQL with optional sort options), a column when its SQL is
    one identifier naming one of ``columns``."""
    sql, descending, nulls_first = split_sort(element)
    name = unquote_identifier(sql)
    known = set(columns)
    if name is None or name not in known:
        # "Email" unquoted folds to email; a model may still name the column Email
        raw = sql.strip()
        name = raw if raw in known else None
    if name is not None:
        return KeyPart(quote_identifier(name), name, descending, nulls_first)
    return KeyPart(sql, None, descending, nulls_first)


def key_parts(columns: Sequence[str], expressions: Sequence[str], elements: Sequence[str]) -> list[KeyPart]:
    """The key elements of an index in order (see ``Index.elements``)."""
    if not elements:
        return [KeyPart(quote_identifier(c), c) for c in columns] + [KeyPart(e) for e in expressions]
    return [parse_part(element, columns) for element in elements]


def index_fields(parts: Sequence[KeyPart]) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """``(columns, expressions, elements)`` of an ``Index`` with key elements ``parts``:
    ``elements`` is empty exactly when the columns come first and nothing has a sort
    option, so that the same index always has the same fields."""
    columns = tuple(p.column for p in parts if p.column is not None)
    expressions = tuple(p.sql for p in parts if p.column is None)
    ordered = [p.column is not None for p in parts] == sorted((p.column is not None for p in parts), reverse=True)
    if ordered and all(p.default_order for p in parts):
        return columns, expressions, ()
    return columns, expressions, tuple(p.text for p in parts)
