"""The Mermaid ``erDiagram``: columns (type, name, PK / FK / UK) and one edge per foreign
key; above ``DIAGRAM_TABLE_LIMIT`` tables, one diagram per connected component."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..schema import (
    Table,
)
from .cells import DEFAULT_SCHEMA

DIAGRAM_TABLE_LIMIT = 60


def diagram_lines(tables: Sequence[Table]) -> list[str]:
    if not tables:
        return ["No tables to draw."]
    entity = _entity_names(tables)
    index = {((t.schema or DEFAULT_SCHEMA), t.name): i for i, t in enumerate(tables)}
    edges: list[tuple[int, int, str, str]] = []  # (target, source, shape, label)
    for i, table in enumerate(tables):
        for fk in table.foreign_keys:
            target = index.get((fk.target_schema or DEFAULT_SCHEMA, fk.target_table or ""))
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
