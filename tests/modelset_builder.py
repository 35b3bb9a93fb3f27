"""Hand-built ModelSets for planner tests: what the static reader would report for a
model ``Schema``, with one class per table and one statement per column, at made-up
but distinct lines. Used before (and besides) the real reader."""

from __future__ import annotations

from schema_inspector.introspect.models import (
    ClassSource,
    ColumnSource,
    ModelSet,
    Reference,
)
from schema_inspector.introspect.schema import Schema, Table


def default_class_name(table: str) -> str:
    return "".join(word.capitalize() for word in table.split("_"))


def model_set(
    schema: Schema,
    file: str = "models.py",
    files: dict[str, str] | None = None,
    attributes: dict[tuple[str, str], str] | None = None,
    mixin_columns: dict[tuple[str, str], str] | None = None,
    references: tuple[Reference, ...] = (),
    style: str = "column",
    class_names: dict[str, str] | None = None,
) -> ModelSet:
    """``files`` maps a table to its file (default ``file``); ``attributes`` maps
    (table, column) to an attribute name other than the column's; ``mixin_columns`` maps
    (table, column) to the mixin class that defines it; ``class_names`` maps a table to
    its class name (default: the table's words capitalised, ``users`` -> ``Users``)."""
    names = class_names or {}

    def class_name(table: str) -> str:
        return names.get(table) or default_class_name(table)

    files = files or {}
    attributes = attributes or {}
    mixin_columns = mixin_columns or {}
    classes: list[ClassSource] = []
    columns: list[ColumnSource] = []
    line = 1
    mixins_seen: dict[str, ClassSource] = {}
    for mixin in sorted(set(mixin_columns.values())):
        mixin_file = files.get(mixin, file)
        mixins_seen[mixin] = ClassSource(mixin, None, None, mixin_file, line, line + 5, kind="mixin", style=style)
        classes.append(mixins_seen[mixin])
        line += 10
    for table in schema.tables:
        table_file = files.get(table.name, file)
        start = line
        line += 2
        for column in table.columns:
            attribute = attributes.get((table.name, column.name), column.name)
            mixin = mixin_columns.get((table.name, column.name))
            owner = mixins_seen[mixin] if mixin else None
            columns.append(ColumnSource(
                table=table.name,
                schema=table.schema,
                column=column.name,
                attribute=attribute,
                class_name=class_name(table.name),
                defined_in=mixin or class_name(table.name),
                file=owner.file if owner else table_file,
                line=owner.line + 1 if owner else line,
                end_line=owner.line + 1 if owner else line,
                style=style,
                explicit_name=attribute != column.name,
                # a one-column foreign key is written on its column, as ForeignKey(...)
                foreign_key=any(fk.columns == (column.name,) for fk in table.foreign_keys),
            ))
            line += 1
        classes.append(ClassSource(
            class_name(table.name), table.name, table.schema, table_file, start, line,
            bases=tuple(sorted({m for (t, _), m in mixin_columns.items() if t == table.name})) + ("db.Model",),
            style=style,
        ))
        line += 3
    return ModelSet(
        schema=schema,
        classes=tuple(classes),
        columns=tuple(columns),
        files=tuple(sorted({c.file for c in classes})),
        references=references,
    )


def model_table(table: Table, **changes) -> Table:
    """A model's view of ``table``: schema None (the default), other fields changed."""
    from dataclasses import replace

    return replace(table, schema=None, **changes)
