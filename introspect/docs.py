"""``database_schema.md`` <-> ``Schema``: readable documentation that is also a source.

``render_markdown`` writes deterministic markdown (same Schema, same bytes);
``parse_markdown`` reads it back into the *same* Schema, so the docs can be validated
against the database and compared with the models.

How the round trip stays exact while the page stays readable:

- Every text that comes from the database (names, comments, defaults, expressions,
  labels) goes through ``escape``: a reversible encoding that is valid markdown and
  HTML. ``|`` becomes ``\\|`` (a table row never breaks), ``<`` ``>`` ``&`` become
  entities (no raw HTML), markdown punctuation gets a backslash, a newline becomes
  ``<br>``, leading/trailing spaces and non-printable characters become numeric
  entities, and the empty string is written ``""``. ``unescape`` inverts it exactly.
- Structure lives in visible markdown tables with fixed headers; list cells join items
  with ``, `` (a comma inside an item is ``\\,``), qualified names join schema and name
  with ``.`` (a dot inside a name is ``\\.``), the ``public`` schema is left out.
- A few values have no visible spelling (``type_schema`` of a base type, a ``None``
  schema, a type name that reads like modifiers...). The renderer parses every row it
  writes back and, only where that does not give the exact value, appends a hidden
  ``<!--si:{json}-->`` comment with the fields that differ. Ordinary databases need none.

Everything between ``<!-- schema-inspector:keep -->`` and ``<!-- /schema-inspector:keep -->``
lines is hand-written: ``render_markdown(schema, previous)`` carries those blocks over
byte for byte, after the same heading they followed in ``previous`` (at the end of the
document, under "Kept notes", when that heading is gone); the parser ignores them.

Diagram rule: a Mermaid ``erDiagram`` with each table's columns (type, name, PK / FK / UK)
and one edge per foreign key. Up to
``DIAGRAM_TABLE_LIMIT`` tables it is one diagram with every table; above that it is one
diagram per connected component of the foreign-key graph (largest first), and tables
without any foreign key in or out are left out of the diagrams (they are in the contents).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any, Callable, Iterable, Sequence

from .errors import InputError
from .schema import (
    CheckConstraint,
    Column,
    ColumnType,
    Domain,
    Enum,
    ForeignKey,
    Index,
    PrimaryKey,
    Schema,
    Table,
    UniqueConstraint,
    _convert,
    _to_plain,
)

TITLE = "# Database schema"
KEEP_OPEN = "<!-- schema-inspector:keep -->"
KEEP_CLOSE = "<!-- /schema-inspector:keep -->"
KEPT_NOTES_HEADING = "## Kept notes"
DIAGRAM_TABLE_LIMIT = 60
DEFAULT_SCHEMA = "public"

# -- reversible text encoding ----------------------------------------------------------

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


def _text(toks: Sequence[Token]) -> str:
    if list(toks) == [('"', False), ('"', False)]:
        return ""
    return "".join(ch for ch, _ in toks)


def unescape(raw: str) -> str:
    """The inverse of ``escape`` (surrounding blanks are layout, not text)."""
    return _text(tokens(raw.strip()))


def _strip(toks: list[Token]) -> list[Token]:
    start, end = 0, len(toks)
    while start < end and toks[start] == (" ", False):
        start += 1
    while end > start and toks[end - 1] == (" ", False):
        end -= 1
    return toks[start:end]


def _split(toks: list[Token], separator: str, limit: int = -1) -> list[list[Token]]:
    parts: list[list[Token]] = [[]]
    for tok in toks:
        if tok == (separator, False) and limit != 0:
            parts.append([])
            limit -= 1
        else:
            parts[-1].append(tok)
    return parts


# -- cells -----------------------------------------------------------------------------

_ANNOTATION = re.compile(r"\s*<!--si:(.*?)-->\s*")


class _Reader:
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
        toks = _strip(tokens(raw.strip()))
        if not toks:
            return ()
        return tuple(_text(_strip(part)) for part in _split(toks, ","))

    def qualified(self, raw: str, what: str) -> tuple[str, str]:
        toks = _strip(tokens(raw.strip()))
        if not toks:
            raise self.fail(f"{what} is empty")
        parts = _split(toks, ".", limit=1)
        if len(parts) == 1:
            return DEFAULT_SCHEMA, _text(parts[0])
        return _text(parts[0]), _text(parts[1])

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


def _qualified(schema: str | None, name: str) -> str:
    if schema in (None, DEFAULT_SCHEMA):
        return escape(name, ".")
    return escape(schema, ".") + "." + escape(name, ".")


def _names(items: Iterable[str]) -> str:
    return ", ".join(escape(item, ",") for item in items)


def _opt(value: str | None, extra: str = "") -> str:
    return "" if value is None else escape(value, extra)


def _yes(value: bool) -> str:
    return "yes" if value else "no"


def _annotation(overrides: dict[str, Any]) -> str:
    if not overrides:
        return ""
    text = json.dumps(overrides, ensure_ascii=True, sort_keys=True, separators=(",", ":"))
    # These characters only occur inside JSON strings, where \\u escapes are equivalent;
    # without them the comment cannot end early, break a table row or open HTML.
    for ch in "&<>|":
        text = text.replace(ch, f"\\u{ord(ch):04x}")
    return f" <!--si:{text}-->"


def _take_annotation(raw: str, reader: _Reader) -> tuple[str, dict[str, Any]]:
    match = _ANNOTATION.search(raw)
    if match is None:
        return raw, {}
    try:
        overrides = json.loads(match.group(1))
    except ValueError:
        raise reader.fail("the hidden <!--si:...--> detail is not valid JSON") from None
    if not isinstance(overrides, dict):
        raise reader.fail("the hidden <!--si:...--> detail must be a JSON object")
    return raw[: match.start()] + " " + raw[match.end():], overrides


def _apply(obj: Any, overrides: dict[str, Any], reader: _Reader) -> Any:
    known = {f.name for f in fields(obj)}
    unknown = set(overrides) - known
    if unknown:
        raise reader.fail(f"unknown field {sorted(unknown)[0]!r} in the hidden detail")
    try:
        values = {k: _convert(type(obj), k, v) for k, v in overrides.items()}
        return replace(obj, **values)
    except (TypeError, ValueError, KeyError) as error:
        raise reader.fail(f"bad hidden detail: {error}") from None


def _exact(obj: Any, parsed: Any, names: Iterable[str]) -> dict[str, Any]:
    """The fields (among ``names``) where the visible text does not give ``obj`` back."""
    return {
        name: _to_plain(getattr(obj, name))
        for name in names
        if getattr(parsed, name) != getattr(obj, name)
    }


def _row(cells: Sequence[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def _table(header: Sequence[str], rows: Iterable[Sequence[str]]) -> list[str]:
    return [_row(header), "|" + "|".join("---" for _ in header) + "|", *(_row(r) for r in rows)]


def split_row(line: str) -> list[str] | None:
    """The raw cells of a markdown table row, or None when ``line`` is not a row."""
    text = line.strip()
    if not text.startswith("|"):
        return None
    if "\\" not in text:
        cells = text[1:].split("|")
        if not cells[-1].strip():
            cells.pop()
        return cells
    cells: list[str] = []
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


# -- types -----------------------------------------------------------------------------

_LENGTH_TYPES_WITH_PRECISION = ("numeric", "decimal")
_PRECISION_FIRST_WORDS = ("time", "timestamp", "interval")
_IDENTITY = {"always": "GENERATED ALWAYS AS IDENTITY", "by default": "GENERATED BY DEFAULT AS IDENTITY"}
_GENERATED_PREFIX = "GENERATED ALWAYS AS ("
_COLLATE = " COLLATE "


@dataclass(frozen=True)
class _TypeNames:
    """User-defined type names known to the document, to tell enum and domain columns apart."""

    enums: frozenset[tuple[str | None, str]]
    domains: frozenset[tuple[str | None, str]]

    @classmethod
    def of(cls, enums: Iterable[Enum], domains: Iterable[Domain]) -> "_TypeNames":
        return cls(frozenset((e.schema, e.name) for e in enums), frozenset((d.schema, d.name) for d in domains))

    def kind(self, schema: str | None, name: str) -> str | None:
        if (schema, name) in self.enums:
            return "enum"
        if (schema, name) in self.domains:
            return "domain"
        return None


def _type_text(t: ColumnType) -> str:
    """``t.render()``, escaped so that ``parse`` can find its structure again."""
    extra = ".()[],"
    prefix = ""
    if t.kind != "base" and t.type_schema not in (None, "public", "pg_catalog"):
        prefix = escape(t.type_schema, extra) + "."
    args = t.modifiers()
    if args and t.name.startswith(("timestamp ", "time ")):
        head, _, tail = t.name.partition(" ")
        body = f"{escape(head, extra)}({args}) {escape(tail, extra)}"
    elif args:
        body = f"{escape(t.name, extra)}({args})"
    else:
        body = escape(t.name, extra)
    return prefix + body + "[]" * t.dimensions


def _parse_type(raw: str, names: _TypeNames, reader: _Reader) -> ColumnType:
    toks = _strip(tokens(raw.strip()))
    dimensions = 0
    while toks[-2:] == [("[", False), ("]", False)]:
        toks = toks[:-2]
        dimensions += 1
    args = ""
    if ("(", False) in toks:
        open_at = toks.index(("(", False))
        if (")", False) not in toks[open_at:]:
            raise reader.fail("type has an unclosed '('")
        close_at = toks.index((")", False), open_at)
        args = "".join(ch for ch, _ in toks[open_at + 1 : close_at])
        rest = toks[close_at + 1 :]
        toks = toks[:open_at] + rest
    parts = _split(toks, ".", limit=1)
    type_schema = _text(parts[0]) if len(parts) == 2 else None
    name = _text(parts[-1])
    length = precision = scale = None
    if args:
        try:
            numbers = [int(part) for part in args.split(",")]
        except ValueError:
            raise reader.fail(f"type modifiers must be numbers, not {args!r}") from None
        if len(numbers) == 2:
            precision, scale = numbers
        elif name in _LENGTH_TYPES_WITH_PRECISION or name.split(" ")[0] in _PRECISION_FIRST_WORDS:
            precision = numbers[0]
        else:
            length = numbers[0]
    if type_schema is not None:
        kind = names.kind(type_schema, name) or "composite"
    else:
        kind = names.kind(DEFAULT_SCHEMA, name) or "base"
        type_schema = DEFAULT_SCHEMA if kind != "base" else None
    return ColumnType(name, length, precision, scale, dimensions, kind, type_schema)


def _split_collation(raw: str) -> tuple[str, str | None]:
    at = raw.rfind(_COLLATE)
    if at < 0:
        return raw, None
    return raw[:at], unescape(raw[at + len(_COLLATE):])


# -- rows: render and parse, one pair per kind of thing ---------------------------------

_COLUMN_HEADER = ("#", "Column", "Type", "Nullable", "Default", "Key", "Comment")
_PK_HEADER = ("Name", "Columns")
_FK_HEADER = ("Name", "Columns", "References", "Target columns", "On delete", "On update", "Options")
_FK_IN_HEADER = ("Table", "Columns", "Constraint", "Target columns")
_UNIQUE_HEADER = ("Name", "Columns", "Options")
# "Key order" is empty unless the key is not simply the columns, then the expressions, in
# ascending order: then it lists every key element in order with its sort (Index.elements).
_INDEX_HEADER = ("Name", "Columns", "Expressions", "Key order", "Unique", "Method", "Where")
_CHECK_HEADER = ("Name", "Expression", "Options")
_ENUM_HEADER = ("Enum", "Labels")
_DOMAIN_HEADER = ("Domain", "Type", "Nullable", "Default", "Checks")
_OVERVIEW_HEADER = ("Property", "Value")

_FK_OPTIONS = ("DEFERRABLE", "INITIALLY DEFERRED", "NOT ENFORCED", "NOT VALID")
_UNIQUE_OPTIONS = ("NULLS NOT DISTINCT", "DEFERRABLE", "INITIALLY DEFERRED")
_CHECK_OPTIONS = ("NOT ENFORCED", "NOT VALID")


def _default_text(column: Column) -> str:
    if column.identity is not None:
        return _IDENTITY.get(column.identity, escape(column.identity))
    if column.generated is not None:
        suffix = f" {column.generated_kind.upper()}" if column.generated_kind else ""
        return f"{_GENERATED_PREFIX}{escape(column.generated)}){suffix}"
    return _opt(column.default)


def _parse_default(raw: str) -> dict[str, Any]:
    raw = raw.strip()
    for identity, text in _IDENTITY.items():
        if raw == text:
            return {"identity": identity}
    if raw.startswith(_GENERATED_PREFIX):
        body, kind = raw[len(_GENERATED_PREFIX):], None
        for word in ("STORED", "VIRTUAL"):
            if body.endswith(f") {word}"):
                body, kind = body[: -len(word) - 1], word.lower()
                break
        if body.endswith(")"):
            return {"generated": unescape(body[:-1]), "generated_kind": kind}
    return {"default": None if raw == "" else unescape(raw)}


def _column_cells(column: Column, key: str, names: _TypeNames) -> list[str]:
    type_text = _type_text(column.type)
    if column.collation is not None:
        type_text += _COLLATE + escape(column.collation)
    cells = [
        str(column.position), escape(column.name), type_text, _yes(column.nullable),
        _default_text(column), key, _opt(column.comment),
    ]
    parsed = _parse_column(cells, names, _Reader(0))
    cells[0] += _annotation(_exact(column, parsed, [f.name for f in fields(Column)]))
    return cells


def _parse_column(cells: list[str], names: _TypeNames, reader: _Reader) -> Column:
    type_raw, collation = _split_collation(cells[2])
    return Column(
        name=reader.required(cells[1], "column name"),
        type=_parse_type(type_raw, names, reader),
        nullable=reader.flag(cells[3], "Nullable"),
        collation=collation,
        comment=reader.optional(cells[6]),
        position=reader.integer(cells[0], "#"),
        **_parse_default(cells[4]),
    )


def _pk_cells(pk: PrimaryKey) -> list[str]:
    return [_opt(pk.name), _names(pk.columns)]


def _parse_pk(cells: list[str], reader: _Reader) -> PrimaryKey:
    return PrimaryKey(columns=reader.names(cells[1]), name=reader.optional(cells[0]))


def _fk_cells(fk: ForeignKey) -> list[str]:
    options = [
        word for word, on in zip(
            _FK_OPTIONS, (fk.deferrable, fk.initially_deferred, not fk.enforced, not fk.valid)
        ) if on
    ]
    cells = [
        _opt(fk.name), _names(fk.columns), _qualified(fk.target_schema, fk.target_table),
        _names(fk.target_columns), _opt(fk.ondelete), _opt(fk.onupdate), ", ".join(options),
    ]
    parsed = _parse_fk(cells, _Reader(0))
    cells[0] += _annotation(_exact(fk, parsed, ["target_schema", "target_table"]))
    return cells


def _parse_fk(cells: list[str], reader: _Reader) -> ForeignKey:
    target_schema, target_table = reader.qualified(cells[2], "References")
    options = reader.options(cells[6], _FK_OPTIONS)
    return ForeignKey(
        columns=reader.names(cells[1]),
        target_table=target_table,
        target_columns=reader.names(cells[3]),
        target_schema=target_schema,
        name=reader.optional(cells[0]),
        ondelete=reader.optional(cells[4]),
        onupdate=reader.optional(cells[5]),
        deferrable="DEFERRABLE" in options,
        initially_deferred="INITIALLY DEFERRED" in options,
        enforced="NOT ENFORCED" not in options,
        valid="NOT VALID" not in options,
    )


def _unique_cells(unique: UniqueConstraint) -> list[str]:
    options = [word for word, on in zip(
        _UNIQUE_OPTIONS, (unique.nulls_not_distinct, unique.deferrable, unique.initially_deferred)) if on]
    return [_opt(unique.name), _names(unique.columns), ", ".join(options)]


def _parse_unique(cells: list[str], reader: _Reader) -> UniqueConstraint:
    options = reader.options(cells[2], _UNIQUE_OPTIONS)
    return UniqueConstraint(reader.names(cells[1]), reader.optional(cells[0]), "NULLS NOT DISTINCT" in options,
                            "DEFERRABLE" in options, "INITIALLY DEFERRED" in options)


def _index_cells(index: Index) -> list[str]:
    return [
        _opt(index.name), _names(index.columns), _names(index.expressions), _names(index.elements),
        _yes(index.unique), escape(index.method), _opt(index.where),
    ]


def _parse_index(cells: list[str], reader: _Reader) -> Index:
    return Index(
        name=reader.optional(cells[0]),
        columns=reader.names(cells[1]),
        unique=reader.flag(cells[4], "Unique"),
        method=reader.required(cells[5], "index method"),
        where=reader.optional(cells[6]),
        expressions=reader.names(cells[2]),
        elements=reader.names(cells[3]),
    )


def _check_cells(check: CheckConstraint) -> list[str]:
    options = [w for w, on in zip(_CHECK_OPTIONS, (not check.enforced, not check.valid)) if on]
    return [_opt(check.name), escape(check.expression), ", ".join(options)]


def _parse_check(cells: list[str], reader: _Reader) -> CheckConstraint:
    options = reader.options(cells[2], _CHECK_OPTIONS)
    return CheckConstraint(
        expression=reader.required(cells[1], "check expression"),
        name=reader.optional(cells[0]),
        enforced="NOT ENFORCED" not in options,
        valid="NOT VALID" not in options,
    )


def _enum_cells(enum: Enum) -> list[str]:
    cells = [_qualified(enum.schema, enum.name), _names(enum.labels)]
    parsed = _parse_enum(cells, _Reader(0))
    cells[0] += _annotation(_exact(enum, parsed, ["schema", "name"]))
    return cells


def _parse_enum(cells: list[str], reader: _Reader) -> Enum:
    schema, name = reader.qualified(cells[0], "enum name")
    return Enum(name=name, labels=reader.names(cells[1]), schema=schema)


def _domain_cells(domain: Domain, names: _TypeNames) -> list[str]:
    cells = [
        _qualified(domain.schema, domain.name), _type_text(domain.type), _yes(domain.nullable),
        _opt(domain.default), _names(domain.checks),
    ]
    parsed = _parse_domain(cells, names, _Reader(0))
    cells[0] += _annotation(_exact(domain, parsed, ["schema", "name", "type"]))
    return cells


def _parse_domain(cells: list[str], names: _TypeNames, reader: _Reader) -> Domain:
    schema, name = reader.qualified(cells[0], "domain name")
    return Domain(
        name=name,
        type=_parse_type(cells[1], names, reader),
        nullable=reader.flag(cells[2], "Nullable"),
        default=reader.optional(cells[3]),
        checks=reader.names(cells[4]),
        schema=schema,
    )


# -- rendering ---------------------------------------------------------------------------

def render_markdown(schema: Schema, previous: str | None = None) -> str:
    """The documentation of ``schema``; keep-sections of ``previous`` are carried over."""
    names = _TypeNames.of(schema.enums, schema.domains)
    incoming = _incoming(schema)
    body: list[str] = []
    body += ["## Tables", ""]
    if not schema.tables:
        body += ["No tables.", ""]
    for table in schema.tables:
        body += _table_section(table, incoming, names, "table")
    body += ["## Views", ""]
    if not schema.views:
        body += ["No views.", ""]
    for view in schema.views:
        body += _table_section(view, incoming, names, "view")
    body += ["## Enums", ""]
    body += (_table(_ENUM_HEADER, (_enum_cells(e) for e in schema.enums)) if schema.enums else ["No enums."])
    body += ["", "## Domains", ""]
    body += (
        _table(_DOMAIN_HEADER, (_domain_cells(d, names) for d in schema.domains))
        if schema.domains else ["No domains."]
    )
    body += ["", "## Diagram", ""] + _diagram(schema.tables)

    head = [
        TITLE,
        "",
        "Generated by `schema-inspector generate-docs` from the database; regenerate it rather "
        "than editing it. Hand-written notes survive regeneration between "
        f"`{KEEP_OPEN}` and `{KEEP_CLOSE}` lines.",
        "",
        "## Overview",
        "",
        *_table(_OVERVIEW_HEADER, [
            ("PostgreSQL", _opt(schema.server_version)),
            ("Schemas", _names(schema.schemas)),
            ("Tables", str(len(schema.tables))),
            ("Views", str(len(schema.views))),
            ("Enums", str(len(schema.enums))),
            ("Domains", str(len(schema.domains))),
        ]),
        "",
        "## Contents",
        "",
    ]
    lines = head + _contents(head + body) + [""] + body
    if previous is not None:
        lines = _restore_keep_blocks(lines, _keep_blocks(previous))
    while lines and lines[-1] == "":
        lines.pop()
    return "\n".join(lines) + "\n"


def _table_section(
    table: Table, incoming: dict[tuple[str, str], list[list[str]]], names: _TypeNames, default_kind: str
) -> list[str]:
    heading = _qualified(table.schema, table.name)
    parsed = _parse_heading(heading, _Reader(0))
    heading += _annotation(_exact(table, parsed, ["schema", "name"]))
    lines = [f"### {heading}", ""]
    if table.kind != default_kind:
        lines += [f"Kind: {escape(table.kind)}", ""]
    if table.comment is not None:
        lines += [f"> {escape(table.comment)}", ""]
    keys = _column_keys(table)
    lines += ["#### Columns", ""]
    lines += _table(_COLUMN_HEADER, (_column_cells(c, keys.get(c.name, ""), names) for c in table.columns))
    lines.append("")
    if table.primary_key is not None:
        lines += ["#### Primary key", "", *_table(_PK_HEADER, [_pk_cells(table.primary_key)]), ""]
    if table.foreign_keys:
        lines += ["#### Foreign keys", "", *_table(_FK_HEADER, map(_fk_cells, table.foreign_keys)), ""]
    referenced_by = incoming.get((table.schema or DEFAULT_SCHEMA, table.name))
    if referenced_by:
        lines += ["#### Referenced by", "", *_table(_FK_IN_HEADER, referenced_by), ""]
    if table.unique_constraints:
        lines += [
            "#### Unique constraints", "", *_table(_UNIQUE_HEADER, map(_unique_cells, table.unique_constraints)), ""
        ]
    if table.indexes:
        lines += ["#### Indexes", "", *_table(_INDEX_HEADER, map(_index_cells, table.indexes)), ""]
    if table.check_constraints:
        lines += [
            "#### Check constraints", "", *_table(_CHECK_HEADER, map(_check_cells, table.check_constraints)), ""
        ]
    return lines


def _column_keys(table: Table) -> dict[str, str]:
    """The Key cell (derived from the constraints, not read back): PK, FK -> target, UNIQUE."""
    keys: dict[str, list[str]] = {}
    if table.primary_key is not None:
        for name in table.primary_key.columns:
            keys.setdefault(name, []).append("PK")
    for fk in table.foreign_keys:
        target = _qualified(fk.target_schema, fk.target_table)
        for column, target_column in zip(fk.columns, fk.target_columns):
            keys.setdefault(column, []).append(f"FK → {target}.{escape(target_column, '.')}")
    for unique in table.unique_constraints:
        if len(unique.columns) == 1:
            keys.setdefault(unique.columns[0], []).append("UNIQUE")
    return {name: ", ".join(labels) for name, labels in keys.items()}


def _incoming(schema: Schema) -> dict[tuple[str, str], list[list[str]]]:
    """The "Referenced by" rows of every table, keyed by (schema, name) of the target."""
    rows: dict[tuple[str, str], list[list[str]]] = {}
    for source in schema.tables:
        for fk in source.foreign_keys:
            rows.setdefault((fk.target_schema or DEFAULT_SCHEMA, fk.target_table), []).append([
                _qualified(source.schema, source.name), _names(fk.columns), _opt(fk.name),
                _names(fk.target_columns),
            ])
    return rows


def _plain_heading(line: str) -> tuple[int, str]:
    level = len(line) - len(line.lstrip("#"))
    return level, unescape(_ANNOTATION.sub(" ", line[level:]))


def _slugs(lines: Iterable[str]) -> list[tuple[int, str, str]]:
    """(level, text, anchor) of every heading, anchors as GitHub computes them."""
    seen: dict[str, int] = {}
    result = []
    in_fence = False
    for line in lines:
        if line.startswith("```"):
            in_fence = not in_fence
        if in_fence or not re.match(r"#{1,6} ", line):
            continue
        level, text = _plain_heading(line)
        slug = re.sub(r"[^\w\- ]", "", text.lower()).replace(" ", "-")
        count = seen.get(slug, 0)
        seen[slug] = count + 1
        result.append((level, text, slug if count == 0 else f"{slug}-{count}"))
    return result


def _contents(lines: list[str]) -> list[str]:
    out = []
    for level, text, anchor in _slugs(lines):
        if level == 2 and text not in ("Overview", "Contents"):
            out.append(f"- [{escape(text)}](#{anchor})")
        elif level == 3:
            out.append(f"  - [{escape(text)}](#{anchor})")
    return out


def _diagram(tables: Sequence[Table]) -> list[str]:
    if not tables:
        return ["No tables to draw."]
    entity = _entity_names(tables)
    index = {((t.schema or DEFAULT_SCHEMA), t.name): i for i, t in enumerate(tables)}
    edges: list[tuple[int, int, str, str]] = []  # (target, source, shape, label)
    for i, table in enumerate(tables):
        for fk in table.foreign_keys:
            target = index.get((fk.target_schema or DEFAULT_SCHEMA, fk.target_table))
            if target is not None:
                # A nullable FK column means the row may have no parent: zero-or-one.
                nullable = any((c := table.column(n)) is None or c.nullable for n in fk.columns)
                label = re.sub(r"[^A-Za-z0-9_ ]", "_", ", ".join(fk.columns))[:60] or "fk"
                edges.append((target, i, "|o--o{" if nullable else "||--o{", label))

    def mermaid(members: Sequence[int]) -> list[str]:
        wanted = set(members)
        out = ["```mermaid", "erDiagram"]
        for i in members:
            out += _entity_block(tables[i], entity[i])
        for target, source, shape, label in edges:
            if target in wanted:
                out.append(f'    {entity[target]} {shape} {entity[source]} : "{label}"')
        return out + ["```"]

    if len(tables) <= DIAGRAM_TABLE_LIMIT:
        return mermaid(range(len(tables)))
    components = _components(len(tables), [(t, s) for t, s, _, _ in edges])
    linked = {t for t, _, _, _ in edges} | {s for _, s, _, _ in edges}
    connected = [c for c in components if c[0] in linked]
    alone = len(tables) - sum(len(c) for c in connected)
    lines = [
        f"{len(tables)} tables: one diagram per group of tables linked by foreign keys; "
        f"{alone} tables without foreign keys are listed in the contents only.",
        "",
    ]
    for component in connected:
        lines += mermaid(component) + [""]
    return lines[:-1]


def _entity_block(table: Table, entity: str) -> list[str]:
    """The table's columns in Mermaid's attribute syntax, as tbls draws them: type, name and
    the PK / FK / UK markers. Mermaid reads a type or a name as one word of letters, digits,
    ``_-()[]``; any other character becomes ``_`` (the tables below the diagram are exact)."""
    if not table.columns:
        return [f"    {entity}"]
    keys: dict[str, list[str]] = {}
    if table.primary_key is not None:
        for name in table.primary_key.columns:
            keys.setdefault(name, []).append("PK")
    for fk in table.foreign_keys:
        for name in fk.columns:
            keys.setdefault(name, []).append("FK")
    for unique in table.unique_constraints:
        if len(unique.columns) == 1:
            keys.setdefault(unique.columns[0], []).append("UK")
    lines = [f"    {entity} {{"]
    for column in table.columns:
        line = f"        {_mermaid_word(_short_type(column.type.render()))} {_mermaid_word(column.name)}"
        if column.name in keys:
            line += " " + ",".join(dict.fromkeys(keys[column.name]))
        lines.append(line)
    return lines + ["    }"]


# PostgreSQL's own short names, as tbls and psql's \\d+ print them
_SHORT_TYPES = (("character varying", "varchar"), ("timestamp with time zone", "timestamptz"),
                ("timestamp without time zone", "timestamp"), ("time with time zone", "timetz"),
                ("time without time zone", "time"), ("character", "char"), ("double precision", "float8"),
                ("bit varying", "varbit"))


def _short_type(text: str) -> str:
    for long, short in _SHORT_TYPES:
        if text.startswith(long):
            return short + text[len(long):]
    return text


def _mermaid_word(text: str) -> str:
    word = re.sub(r"[^A-Za-z0-9_()\[\]-]", "_", text)
    return word if re.match(r"[A-Za-z_]", word) else f"_{word}"


def _entity_names(tables: Sequence[Table]) -> list[str]:
    """Mermaid entity names: plain identifiers (any other character becomes ``_``), unique."""
    used: set[str] = set()
    names = []
    for table in tables:
        qualified = table.name if table.schema in (None, DEFAULT_SCHEMA) else f"{table.schema}.{table.name}"
        base = re.sub(r"[^A-Za-z0-9_]", "_", qualified) or "table"
        name, n = base, 1
        while name in used:
            n += 1
            name = f"{base}_{n}"
        used.add(name)
        names.append(name)
    return names


def _components(count: int, edges: list[tuple[int, int]]) -> list[list[int]]:
    parent = list(range(count))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for a, b in edges:
        parent[find(a)] = find(b)
    groups: dict[int, list[int]] = {}
    for i in range(count):
        groups.setdefault(find(i), []).append(i)
    return sorted(groups.values(), key=lambda members: (-len(members), members[0]))


# -- keep sections -----------------------------------------------------------------------

@dataclass(frozen=True)
class KeepBlock:
    """A hand-written block (marker lines included) and the heading line it followed."""

    anchor: str | None
    lines: tuple[str, ...]


def _is_heading(line: str) -> bool:
    return re.match(r"#{1,6} ", line) is not None


def _keep_blocks(text: str) -> list[KeepBlock]:
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


def _restore_keep_blocks(lines: list[str], blocks: list[KeepBlock]) -> list[str]:
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


# -- parsing -----------------------------------------------------------------------------

def parse_markdown(text: str) -> Schema:
    """Read documentation written by ``render_markdown`` back into its Schema.

    Raises ``InputError`` naming the line for anything it cannot read: hand-written text
    outside keep-sections, a table row with the wrong number of cells, an unknown option.
    """
    lines = _blank_keep_blocks(text.splitlines())
    sections = _sections(lines)
    if "Overview" not in sections:
        # Any other markdown (a README passed by mistake) would read as an empty schema and
        # report every table as drift: refuse it instead.
        raise InputError("not a schema document written by `schema-inspector generate-docs` "
                         "(it has no '## Overview' section)")
    reader = _Reader(0)
    enums = tuple(
        _apply(_parse_enum(cells, r), notes, r)
        for cells, notes, r in _rows(sections.get("Enums", []), _ENUM_HEADER)
    )
    domain_rows = list(_rows(sections.get("Domains", []), _DOMAIN_HEADER))
    # A domain over another domain needs to know the domain names before any type is read.
    named = []
    for cells, notes, r in domain_rows:
        schema, name = r.qualified(cells[0], "domain name")
        stub = Domain(name=name, type=ColumnType(""), schema=schema)
        named.append(_apply(stub, {k: v for k, v in notes.items() if k in ("schema", "name")}, r))
    names = _TypeNames.of(enums, named)
    domains = tuple(
        _apply(_parse_domain(cells, names, r), notes, r) for cells, notes, r in domain_rows
    )
    names = _TypeNames.of(enums, domains)
    overview = {
        unescape(cells[0]): (cells[1], r) for cells, _, r in _rows(sections.get("Overview", []), _OVERVIEW_HEADER)
    }
    version_cell, version_reader = overview.get("PostgreSQL", ("", reader))
    schemas_cell, schemas_reader = overview.get("Schemas", (DEFAULT_SCHEMA, reader))
    return Schema(
        tables=_parse_tables(sections.get("Tables", []), names, "table"),
        views=_parse_tables(sections.get("Views", []), names, "view"),
        enums=enums,
        domains=domains,
        schemas=schemas_reader.names(schemas_cell),
        server_version=version_reader.optional(version_cell),
    )


def load_markdown(path: str | Path) -> Schema:
    """Read a documentation file; errors name the file and the line."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise InputError(f"{path}: cannot read the docs ({error.strerror})") from None
    try:
        return parse_markdown(text)
    except InputError as error:
        raise InputError(f"{path}: {error}", error.details) from None


_SECTIONS = ("Overview", "Contents", "Tables", "Views", "Enums", "Domains", "Diagram")
_FREE_SECTIONS = ("Contents", "Diagram", KEPT_NOTES_HEADING[3:])

Line = tuple[int, str]  # (1-based number, text)


def _blank_keep_blocks(lines: list[str]) -> list[Line]:
    _keep_blocks("\n".join(lines))  # raises for unbalanced markers
    out: list[Line] = []
    inside = False
    for number, line in enumerate(lines, start=1):
        marker = line.strip()
        if marker == KEEP_OPEN:
            inside = True
        if not inside:
            out.append((number, line))
        if marker == KEEP_CLOSE:
            inside = False
    return out


def _sections(lines: list[Line]) -> dict[str, list[Line]]:
    """Split at ``## `` headings; text before the first is the title and preamble."""
    sections: dict[str, list[Line]] = {}
    current: list[Line] | None = None
    in_fence = False
    for number, line in lines:
        if line.startswith("```"):
            in_fence = not in_fence
        if not in_fence and line.startswith("## "):
            name = line[3:].strip()
            if name not in _SECTIONS and name not in _FREE_SECTIONS:
                raise InputError(
                    f"line {number}: unknown section {name!r} (hand-written text belongs between "
                    f"{KEEP_OPEN} and {KEEP_CLOSE} lines)"
                )
            if name in sections:
                raise InputError(f"line {number}: section {name!r} appears twice")
            current = sections[name] = []
        elif current is not None:
            current.append((number, line))
    return sections


def _rows(lines: list[Line], header: Sequence[str]):
    """(cells, hidden detail, reader) of the one table in ``lines`` with ``header``.

    A section without a table must hold only blank lines or a "No ..." sentence.
    """
    table = [(n, line) for n, line in lines if line.strip().startswith("|")]
    for n, line in lines:
        if line.strip() and not line.strip().startswith("|") and not line.startswith("No "):
            raise InputError(f"line {n}: unexpected text {line.strip()[:40]!r} in a table section")
    yield from _table_rows(table, header)


def _table_rows(table: list[Line], header: Sequence[str]):
    if not table:
        return
    number, first = table[0]
    cells = split_row(first) or []
    if tuple(c.strip() for c in cells) != tuple(header):
        raise InputError(f"line {number}: expected a table with columns {' | '.join(header)}")
    if len(table) < 2 or not re.fullmatch(r"\|(\s*:?-+:?\s*\|)+", table[1][1].strip()):
        raise InputError(f"line {number + 1}: expected the table's --- delimiter row")
    for number, line in table[2:]:
        reader = _Reader(number)
        cells = split_row(line) or []
        if len(cells) != len(header):
            raise reader.fail(f"table row has {len(cells)} cells, expected {len(header)} (an unescaped '|'?)")
        first, notes = _take_annotation(cells[0], reader)
        yield [first, *cells[1:]], notes, reader


def _parse_heading(raw: str, reader: _Reader) -> Table:
    schema, name = reader.qualified(raw, "table name")
    return Table(name=name, schema=schema)


def _parse_tables(lines: list[Line], names: _TypeNames, default_kind: str) -> tuple[Table, ...]:
    """Each ``### name`` starts a table; its ``####`` subsections hold one markdown table each."""
    tables: list[Table] = []
    chunks: list[tuple[Line, list[Line]]] = []
    for number, line in lines:
        if line.startswith("### "):
            chunks.append(((number, line), []))
        elif chunks:
            chunks[-1][1].append((number, line))
        elif line.strip() and not line.startswith("No "):
            raise InputError(f"line {number}: unexpected text before the first table heading")
    for (number, heading_line), body in chunks:
        reader = _Reader(number)
        heading, notes = _take_annotation(heading_line[4:], reader)
        table = _apply(replace(_parse_heading(heading, reader), kind=default_kind), notes, reader)
        tables.append(_parse_table_body(table, body, names))
    return tuple(tables)


_SUBSECTIONS = {
    "Columns": _COLUMN_HEADER,
    "Primary key": _PK_HEADER,
    "Foreign keys": _FK_HEADER,
    "Referenced by": _FK_IN_HEADER,
    "Unique constraints": _UNIQUE_HEADER,
    "Indexes": _INDEX_HEADER,
    "Check constraints": _CHECK_HEADER,
}


def _parse_table_body(table: Table, body: list[Line], names: _TypeNames) -> Table:
    subsections: dict[str, list[Line]] = {}
    current: list[Line] | None = None
    kind, comment = table.kind, table.comment
    for number, line in body:
        if line.startswith("#### "):
            name = line[5:].strip()
            if name not in _SUBSECTIONS:
                raise InputError(f"line {number}: unknown subsection {name!r}")
            if name in subsections:
                raise InputError(f"line {number}: subsection {name!r} appears twice")
            current = subsections[name] = []
        elif current is not None:
            if line.strip() and not line.strip().startswith("|"):
                raise InputError(f"line {number}: unexpected text {line.strip()[:40]!r} in a table section")
            current.append((number, line))
        elif line.startswith("Kind: "):
            kind = unescape(line[6:])
        elif line.startswith("> "):
            comment = unescape(line[2:])
        elif line.strip():
            raise InputError(f"line {number}: unexpected text {line.strip()[:40]!r} (keep-sections hold notes)")

    def rows(name: str, parse: Callable[..., Any]) -> tuple:
        return tuple(
            _apply(parse(cells, r), notes, r)
            for cells, notes, r in _table_rows(_only_rows(subsections.get(name, [])), _SUBSECTIONS[name])
        )

    # "Referenced by" is derived from the other tables' foreign keys: checked, not read.
    list(_table_rows(_only_rows(subsections.get("Referenced by", [])), _FK_IN_HEADER))
    primary = rows("Primary key", _parse_pk)
    if len(primary) > 1:
        raise InputError(f"{table.name}: a table has one primary key, the docs list {len(primary)}")
    return replace(
        table,
        kind=kind,
        comment=comment,
        columns=rows("Columns", lambda cells, r: _parse_column(cells, names, r)),
        primary_key=primary[0] if primary else None,
        foreign_keys=rows("Foreign keys", _parse_fk),
        unique_constraints=rows("Unique constraints", _parse_unique),
        indexes=rows("Indexes", _parse_index),
        check_constraints=rows("Check constraints", _parse_check),
    )


def _only_rows(lines: list[Line]) -> list[Line]:
    return [(n, line) for n, line in lines if line.strip()]


__all__ = [
    "DIAGRAM_TABLE_LIMIT",
    "KEEP_CLOSE",
    "KEEP_OPEN",
    "KeepBlock",
    "escape",
    "load_markdown",
    "parse_markdown",
    "render_markdown",
    "split_row",
    "tokens",
    "unescape",
]
