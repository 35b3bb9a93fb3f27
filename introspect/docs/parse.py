"""``parse_markdown`` / ``load_markdown``: the document read back into its exact Schema."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..schema import (
    ColumnType,
    Domain,
    Schema,
    Table,
)
from .cells import (
    DEFAULT_SCHEMA,
    CellReader,
    apply_overrides,
    split_row,
    take_annotation,
)
from .escape import unescape
from .keep import KEEP_CLOSE, KEEP_OPEN, KEPT_NOTES_HEADING, keep_blocks
from .rows import (
    CHECK_HEADER,
    COLUMN_HEADER,
    DEFINITION_INDENT,
    DOMAIN_HEADER,
    ENUM_HEADER,
    EXCLUDE_HEADER,
    FK_HEADER,
    FK_IN_HEADER,
    INDEX_HEADER,
    OVERVIEW_HEADER,
    PARTITION_HEADER,
    PK_HEADER,
    UNIQUE_HEADER,
    parse_check,
    parse_column,
    parse_definition,
    parse_domain,
    parse_enum,
    parse_exclude,
    parse_fk,
    parse_index,
    parse_partition,
    parse_pk,
    parse_unique,
)
from .types import TypeNames


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
    reader = CellReader(0)
    enums = tuple(
        apply_overrides(parse_enum(cells, r), notes, r)
        for cells, notes, r in _rows(sections.get("Enums", []), ENUM_HEADER)
    )
    domain_rows = list(_rows(sections.get("Domains", []), DOMAIN_HEADER))
    # A domain over another domain needs to know the domain names before any type is read.
    named = []
    for cells, notes, r in domain_rows:
        schema, name = r.qualified(cells[0], "domain name")
        stub = Domain(name=name, type=ColumnType(""), schema=schema)
        named.append(apply_overrides(stub, {k: v for k, v in notes.items() if k in ("schema", "name")}, r))
    names = TypeNames.of(enums, named)
    domains = tuple(
        apply_overrides(parse_domain(cells, names, r), notes, r) for cells, notes, r in domain_rows
    )
    names = TypeNames.of(enums, domains)
    overview = {
        unescape(cells[0]): (cells[1], r) for cells, _, r in _rows(sections.get("Overview", []), OVERVIEW_HEADER)
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
    keep_blocks("\n".join(lines))  # raises for unbalanced markers
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
        reader = CellReader(number)
        cells = split_row(line) or []
        if len(cells) != len(header):
            raise reader.fail(f"table row has {len(cells)} cells, expected {len(header)} (an unescaped '|'?)")
        first, notes = take_annotation(cells[0], reader)
        yield [first, *cells[1:]], notes, reader


def parse_heading(raw: str, reader: CellReader) -> Table:
    schema, name = reader.qualified(raw, "table name")
    return Table(name=name, schema=schema)


def _parse_tables(lines: list[Line], names: TypeNames, default_kind: str) -> tuple[Table, ...]:
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
        reader = CellReader(number)
        heading, notes = take_annotation(heading_line[4:], reader)
        table = apply_overrides(replace(parse_heading(heading, reader), kind=default_kind), notes, reader)
        tables.append(_parse_table_body(table, body, names))
    return tuple(tables)


_SUBSECTIONS = {
    "Columns": COLUMN_HEADER,
    "Primary key": PK_HEADER,
    "Foreign keys": FK_HEADER,
    "Referenced by": FK_IN_HEADER,
    "Unique constraints": UNIQUE_HEADER,
    "Indexes": INDEX_HEADER,
    "Check constraints": CHECK_HEADER,
    "Exclusion constraints": EXCLUDE_HEADER,
    "Partitions": PARTITION_HEADER,
    "Definition": (),  # an indented code block, not a table
}


def _parse_table_body(table: Table, body: list[Line], names: TypeNames) -> Table:
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
            code = current is subsections.get("Definition")
            if code and line.startswith(DEFINITION_INDENT):
                current.append((number, line))
            elif line.strip() and (code or not line.strip().startswith("|")):
                raise InputError(f"line {number}: unexpected text {line.strip()[:40]!r} in a table section")
            elif not code:
                current.append((number, line))
        elif line.startswith("Kind: "):
            kind = unescape(line[6:])
        elif line.startswith("> "):
            comment = unescape(line[2:])
        elif line.strip():
            raise InputError(f"line {number}: unexpected text {line.strip()[:40]!r} (keep-sections hold notes)")

    def rows(name: str, parse: Callable[..., Any]) -> tuple:
        return tuple(
            apply_overrides(parse(cells, r), notes, r)
            for cells, notes, r in _table_rows(_only_rows(subsections.get(name, [])), _SUBSECTIONS[name])
        )

    # "Referenced by" is derived from the other tables' foreign keys: checked, not read.
    list(_table_rows(_only_rows(subsections.get("Referenced by", [])), FK_IN_HEADER))
    primary = rows("Primary key", parse_pk)
    if len(primary) > 1:
        raise InputError(f"{table.name}: a table has one primary key, the docs list {len(primary)}")
    return replace(
        table,
        kind=kind,
        comment=comment,
        columns=rows("Columns", lambda cells, r: parse_column(cells, names, r)),
        primary_key=primary[0] if primary else None,
        foreign_keys=rows("Foreign keys", parse_fk),
        unique_constraints=rows("Unique constraints", parse_unique),
        indexes=rows("Indexes", parse_index),
        check_constraints=rows("Check constraints", parse_check),
        exclude_constraints=rows("Exclusion constraints", parse_exclude),
        partitions=rows("Partitions", parse_partition),
        definition=parse_definition([line for _, line in subsections["Definition"]])
        if "Definition" in subsections else None,
    )


def _only_rows(lines: list[Line]) -> list[Line]:
    return [(n, line) for n, line in lines if line.strip()]

