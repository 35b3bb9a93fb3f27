"""Rows: render and parse, one pair per kind of thing (columns, keys, indexes, checks,
enums, domains), with the fixed headers of each table."""

from __future__ import annotations

from dataclasses import fields
from typing import Any

from ..schema import (
    CheckConstraint,
    Column,
    Domain,
    Enum,
    ExcludeConstraint,
    ForeignKey,
    Index,
    Partition,
    PrimaryKey,
    UniqueConstraint,
)
from .cells import (
    CellReader,
    annotation_comment,
    exact_overrides,
    name_list,
    optional_cell,
    qualified_name,
    yes_no,
)
from .escape import escape, unescape
from .types import (
    COLLATE_WORD,
    GENERATED_PREFIX,
    IDENTITY_TEXT,
    TypeNames,
    parse_type,
    render_type,
    split_collation,
)

COLUMN_HEADER = ("#", "Column", "Type", "Nullable", "Default", "Key", "Comment")
PK_HEADER = ("Name", "Columns")
FK_HEADER = ("Name", "Columns", "References", "Target columns", "On delete", "On update", "Options")
FK_IN_HEADER = ("Table", "Columns", "Constraint", "Target columns")
UNIQUE_HEADER = ("Name", "Columns", "Options")
# "Key order" is empty unless the key is not simply the columns, then the expressions, in
# ascending order: then it lists every key element in order with its sort (Index.elements).
INDEX_HEADER = ("Name", "Columns", "Expressions", "Key order", "Unique", "Method", "Where")
CHECK_HEADER = ("Name", "Expression", "Options")
EXCLUDE_HEADER = ("Name", "Elements", "Method", "Where", "Options")
ENUM_HEADER = ("Enum", "Labels")
DOMAIN_HEADER = ("Domain", "Type", "Nullable", "Default", "Checks")
OVERVIEW_HEADER = ("Property", "Value")
PARTITION_HEADER = ("Partition", "Bound")
# A view's definition is an indented code block: every line, blank ones too, four spaces in
# (no fence a definition's own text could close, no line a heading could be read from).
DEFINITION_INDENT = "    "

_FK_OPTIONS = ("DEFERRABLE", "INITIALLY DEFERRED", "NOT ENFORCED", "NOT VALID")
_UNIQUE_OPTIONS = ("NULLS NOT DISTINCT", "DEFERRABLE", "INITIALLY DEFERRED")
_CHECK_OPTIONS = ("NOT ENFORCED", "NOT VALID", "NO INHERIT")
_EXCLUDE_OPTIONS = ("DEFERRABLE", "INITIALLY DEFERRED")
_WITH = " WITH "


def _default_text(column: Column) -> str:
    if column.identity is not None:
        text = IDENTITY_TEXT.get(column.identity, escape(column.identity))
        return text if column.identity_options is None else f"{text} ({escape(column.identity_options)})"
    if column.generated is not None:
        suffix = f" {column.generated_kind.upper()}" if column.generated_kind else ""
        return f"{GENERATED_PREFIX}{escape(column.generated)}){suffix}"
    return optional_cell(column.default)


def _parse_default(raw: str) -> dict[str, Any]:
    raw = raw.strip()
    for identity, text in IDENTITY_TEXT.items():
        if raw == text:
            return {"identity": identity}
        if raw.startswith(f"{text} (") and raw.endswith(")"):
            return {"identity": identity, "identity_options": unescape(raw[len(text) + 2:-1])}
    if raw.startswith(GENERATED_PREFIX):
        body, kind = raw[len(GENERATED_PREFIX):], None
        for word in ("STORED", "VIRTUAL"):
            if body.endswith(f") {word}"):
                body, kind = body[: -len(word) - 1], word.lower()
                break
        if body.endswith(")"):
            return {"generated": unescape(body[:-1]), "generated_kind": kind}
    return {"default": None if raw == "" else unescape(raw)}


def column_cells(column: Column, key: str, names: TypeNames) -> list[str]:
    type_text = render_type(column.type)
    if column.collation is not None:
        type_text += COLLATE_WORD + escape(column.collation)
    cells = [
        str(column.position), escape(column.name), type_text, yes_no(column.nullable),
        _default_text(column), key, optional_cell(column.comment),
    ]
    parsed = parse_column(cells, names, CellReader(0))
    cells[0] += annotation_comment(exact_overrides(column, parsed, [f.name for f in fields(Column)]))
    return cells


def parse_column(cells: list[str], names: TypeNames, reader: CellReader) -> Column:
    type_raw, collation = split_collation(cells[2])
    return Column(
        name=reader.required(cells[1], "column name"),
        type=parse_type(type_raw, names, reader),
        nullable=reader.flag(cells[3], "Nullable"),
        collation=collation,
        comment=reader.optional(cells[6]),
        position=reader.integer(cells[0], "#"),
        **_parse_default(cells[4]),
    )


def pk_cells(pk: PrimaryKey) -> list[str]:
    return [optional_cell(pk.name), name_list(pk.columns)]


def parse_pk(cells: list[str], reader: CellReader) -> PrimaryKey:
    return PrimaryKey(columns=reader.names(cells[1]), name=reader.optional(cells[0]))


def fk_cells(fk: ForeignKey) -> list[str]:
    options = [
        word for word, on in zip(
            _FK_OPTIONS, (fk.deferrable, fk.initially_deferred, not fk.enforced, not fk.valid), strict=False
        ) if on
    ]
    cells = [
        optional_cell(fk.name), name_list(fk.columns), qualified_name(fk.target_schema, fk.target_table),
        name_list(fk.target_columns), optional_cell(fk.ondelete), optional_cell(fk.onupdate), ", ".join(options),
    ]
    parsed = parse_fk(cells, CellReader(0))
    cells[0] += annotation_comment(exact_overrides(fk, parsed, ["target_schema", "target_table"]))
    return cells


def parse_fk(cells: list[str], reader: CellReader) -> ForeignKey:
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


def unique_cells(unique: UniqueConstraint) -> list[str]:
    options = [word for word, on in zip(
        _UNIQUE_OPTIONS, (unique.nulls_not_distinct, unique.deferrable, unique.initially_deferred), strict=False) if on]
    return [optional_cell(unique.name), name_list(unique.columns), ", ".join(options)]


def parse_unique(cells: list[str], reader: CellReader) -> UniqueConstraint:
    options = reader.options(cells[2], _UNIQUE_OPTIONS)
    return UniqueConstraint(reader.names(cells[1]), reader.optional(cells[0]), "NULLS NOT DISTINCT" in options,
                            "DEFERRABLE" in options, "INITIALLY DEFERRED" in options)


def index_cells(index: Index) -> list[str]:
    cells = [
        optional_cell(index.name), name_list(index.columns), name_list(index.expressions), name_list(index.elements),
        yes_no(index.unique), escape(index.method), optional_cell(index.where),
    ]
    # INCLUDE columns, operator classes, NULLS NOT DISTINCT: kept exactly in the hidden detail
    parsed = parse_index(cells, CellReader(0))
    cells[0] += annotation_comment(exact_overrides(index, parsed, [f.name for f in fields(Index)]))
    return cells


def parse_index(cells: list[str], reader: CellReader) -> Index:
    return Index(
        name=reader.optional(cells[0]),
        columns=reader.names(cells[1]),
        unique=reader.flag(cells[4], "Unique"),
        method=reader.required(cells[5], "index method"),
        where=reader.optional(cells[6]),
        expressions=reader.names(cells[2]),
        elements=reader.names(cells[3]),
    )


def check_cells(check: CheckConstraint) -> list[str]:
    options = [w for w, on in zip(_CHECK_OPTIONS, (not check.enforced, not check.valid, check.no_inherit), strict=True)
               if on]
    return [optional_cell(check.name), escape(check.expression), ", ".join(options)]


def parse_check(cells: list[str], reader: CellReader) -> CheckConstraint:
    options = reader.options(cells[2], _CHECK_OPTIONS)
    return CheckConstraint(
        expression=reader.required(cells[1], "check expression"),
        name=reader.optional(cells[0]),
        enforced="NOT ENFORCED" not in options,
        valid="NOT VALID" not in options,
        no_inherit="NO INHERIT" in options,
    )


def exclude_cells(exclude: ExcludeConstraint) -> list[str]:
    options = [w for w, on in zip(_EXCLUDE_OPTIONS, (exclude.deferrable, exclude.initially_deferred), strict=True)
               if on]
    cells = [
        optional_cell(exclude.name), name_list(f"{element}{_WITH}{operator}" for element, operator in exclude.elements),
        escape(exclude.method), optional_cell(exclude.where), ", ".join(options),
    ]
    parsed = parse_exclude(cells, CellReader(0))
    cells[0] += annotation_comment(exact_overrides(exclude, parsed, [f.name for f in fields(ExcludeConstraint)]))
    return cells


def parse_exclude(cells: list[str], reader: CellReader) -> ExcludeConstraint:
    options = reader.options(cells[4], _EXCLUDE_OPTIONS)
    elements = []
    for written in reader.names(cells[1]):
        element, _, operator = written.rpartition(_WITH)
        if not element:
            raise reader.fail(f"exclusion element {written!r} is not '<element> WITH <operator>'")
        elements.append((element, operator))
    return ExcludeConstraint(
        elements=tuple(elements), name=reader.optional(cells[0]), method=reader.required(cells[2], "method"),
        where=reader.optional(cells[3]), deferrable="DEFERRABLE" in options,
        initially_deferred="INITIALLY DEFERRED" in options)


def partition_cells(partition: Partition) -> list[str]:
    return [escape(partition.name), escape(partition.bound)]


def parse_partition(cells: list[str], reader: CellReader) -> Partition:
    return Partition(reader.required(cells[0], "partition name"), reader.required(cells[1], "partition bound"))


def definition_lines(definition: str) -> list[str]:
    return [DEFINITION_INDENT + line for line in definition.split("\n")]


def parse_definition(lines: list[str]) -> str:
    return "\n".join(line[len(DEFINITION_INDENT):] for line in lines)


def enum_cells(enum: Enum) -> list[str]:
    cells = [qualified_name(enum.schema, enum.name), name_list(enum.labels)]
    parsed = parse_enum(cells, CellReader(0))
    cells[0] += annotation_comment(exact_overrides(enum, parsed, ["schema", "name"]))
    return cells


def parse_enum(cells: list[str], reader: CellReader) -> Enum:
    schema, name = reader.qualified(cells[0], "enum name")
    return Enum(name=name, labels=reader.names(cells[1]), schema=schema)


def domain_cells(domain: Domain, names: TypeNames) -> list[str]:
    cells = [
        qualified_name(domain.schema, domain.name), render_type(domain.type), yes_no(domain.nullable),
        optional_cell(domain.default), name_list(domain.checks),
    ]
    parsed = parse_domain(cells, names, CellReader(0))
    cells[0] += annotation_comment(exact_overrides(domain, parsed, ["schema", "name", "type"]))
    return cells


def parse_domain(cells: list[str], names: TypeNames, reader: CellReader) -> Domain:
    schema, name = reader.qualified(cells[0], "domain name")
    return Domain(
        name=name,
        type=parse_type(cells[1], names, reader),
        nullable=reader.flag(cells[2], "Nullable"),
        default=reader.optional(cells[3]),
        checks=reader.names(cells[4]),
        schema=schema,
    )
