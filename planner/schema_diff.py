"""Every difference between two Schemas, as Discrepancies.

``validate --db DB --doc PATH`` runs ``diff_schemas(database, docs)``: an empty list means
the docs describe the database exactly. Unlike ``planner.compare`` (database vs hand-written
models, where spelling differs by nature) both sides here are complete catalog pictures, so
every field counts and a difference is reported as it is, named by table / column / what.

Severity: critical for structure (tables, columns, nullability, keys, constraints, indexes,
enum labels), warning for types, defaults, identity / generated expressions, collations and
domains, cosmetic for comments, column order, the server version and the schemas read.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from typing import Any, TypedDict, TypeVar

from schema_inspector.introspect.schema import (
    CheckConstraint,
    Column,
    Domain,
    Enum,
    ExcludeConstraint,
    ForeignKey,
    Index,
    Schema,
    Table,
    UniqueConstraint,
)

from .discrepancy import (
    CHECK,
    COLLATION,
    COLUMN_ORDER,
    COMMENT,
    COSMETIC,
    CRITICAL,
    DOMAIN,
    ENUM,
    ENUM_LABELS,
    EXCLUDE,
    EXTRA_COLUMN,
    FOREIGN_KEY,
    INDEX,
    MISSING_CLASS,
    MISSING_COLUMN,
    MISSING_TABLE,
    NULLABLE,
    PARTITION,
    PRIMARY_KEY,
    SCHEMA_INFO,
    SERVER_DEFAULT,
    TABLE_KIND,
    TYPE,
    UNIQUE,
    VIEW,
    WARNING,
    Discrepancy,
    Kind,
    Severity,
)

T = TypeVar("T")


def diff_schemas(
    expected: Schema, actual: Schema, expected_label: str = "database", actual_label: str = "docs"
) -> list[Discrepancy]:
    """Differences from ``expected`` (the truth) to ``actual``, in a stable order."""
    differ = _Differ(expected_label, actual_label)
    differ.schema_info(expected, actual)
    differ.relations(expected.tables, actual.tables, view=False)
    differ.relations(expected.views, actual.views, view=True)
    differ.enums(expected.enums, actual.enums)
    differ.domains(expected.domains, actual.domains)
    return differ.found


def _key(schema: str | None, name: str) -> tuple[str, str]:
    return (schema or "public", name)


def _qualified(schema: str | None, name: str) -> str:
    return name if schema in (None, "public") else f"{schema}.{name}"


def _cols(columns: Sequence[str]) -> str:
    return "(" + ", ".join(columns) + ")"


def describe_fk(fk: ForeignKey) -> str:
    text = f"{_cols(fk.columns)} -> {_qualified(fk.target_schema, fk.target_table or '?')}{_cols(fk.target_columns)}"
    for label, value in (("ON DELETE", fk.ondelete), ("ON UPDATE", fk.onupdate)):
        if value:
            text += f" {label} {value}"
    if fk.deferrable:
        text += " DEFERRABLE" + (" INITIALLY DEFERRED" if fk.initially_deferred else "")
    if not fk.enforced:
        text += " NOT ENFORCED"
    if not fk.valid:
        text += " NOT VALID"
    return _named(fk.name, text)


def describe_unique(unique: UniqueConstraint) -> str:
    return _named(unique.name, _cols(unique.columns) + (" NULLS NOT DISTINCT" if unique.nulls_not_distinct else ""))


def describe_index(index: Index) -> str:
    classes = dict(index.operator_classes)
    elements = [f"{e} {classes[e]}" if e in classes else e for e in index.key_elements]
    text = ("UNIQUE " if index.unique else "") + f"USING {index.method} " + _cols(elements)
    text += f" INCLUDE {_cols(index.include)}" if index.include else ""
    text += " NULLS NOT DISTINCT" if index.nulls_not_distinct else ""
    return _named(index.name, text + (f" WHERE {index.where}" if index.where else ""))


def describe_check(check: CheckConstraint) -> str:
    text = f"CHECK {check.expression}"
    text += "" if check.enforced else " NOT ENFORCED"
    text += "" if check.valid else " NOT VALID"
    text += " NO INHERIT" if check.no_inherit else ""
    return _named(check.name, text)


def describe_exclude(exclude: ExcludeConstraint) -> str:
    elements = ", ".join(f"{element} WITH {operator}" for element, operator in exclude.elements)
    text = f"EXCLUDE USING {exclude.method} ({elements})" + (f" WHERE ({exclude.where})" if exclude.where else "")
    text += " DEFERRABLE" + (" INITIALLY DEFERRED" if exclude.initially_deferred else "") if exclude.deferrable else ""
    return _named(exclude.name, text)


def _named(name: str | None, text: str) -> str:
    return f"{name} {text}" if name else text


class _Where(TypedDict):
    table: str
    schema: str | None


class _ColumnWhere(_Where):
    column: str


class _Differ:
    """Collects discrepancies; one method per concern, like the planner's compare modules."""

    def __init__(self, expected_label: str, actual_label: str) -> None:
        self.expected_label = expected_label
        self.actual_label = actual_label
        self.found: list[Discrepancy] = []

    def add(self, kind: Kind, severity: Severity, table: str, message: str, *, column: str | None = None,
            expected: object = None, actual: object = None, schema: str | None = None) -> None:
        self.found.append(Discrepancy(
            kind=kind, severity=severity, table=table, message=message, column=column,
            expected=None if expected is None else str(expected),
            actual=None if actual is None else str(actual), schema=schema,
        ))

    # -- whole schema ----------------------------------------------------------------

    def schema_info(self, expected: Schema, actual: Schema) -> None:
        if expected.server_version != actual.server_version:
            self.add(SCHEMA_INFO, COSMETIC, "", f"server version differs in the {self.actual_label}",
                     expected=expected.server_version, actual=actual.server_version)
        if expected.schemas != actual.schemas:
            self.add(SCHEMA_INFO, COSMETIC, "", f"the {self.actual_label} describe other schemas",
                     expected=", ".join(expected.schemas), actual=", ".join(actual.schemas))

    # -- tables and views ------------------------------------------------------------

    def relations(self, expected: Iterable[Table], actual: Iterable[Table], view: bool) -> None:
        what = "view" if view else "table"
        missing_kind, extra_kind = (VIEW, VIEW) if view else (MISSING_CLASS, MISSING_TABLE)
        expected_by = {_key(t.schema, t.name): t for t in expected}
        actual_by = {_key(t.schema, t.name): t for t in actual}
        for key, table in expected_by.items():
            other = actual_by.get(key)
            if other is None:
                self.add(missing_kind, CRITICAL, table.name, f"{what} {table.qualified_name} is in the "
                         f"{self.expected_label} but not in the {self.actual_label}", schema=table.schema)
            else:
                self.table(table, other)
        for key, table in actual_by.items():
            if key not in expected_by:
                self.add(extra_kind, CRITICAL, table.name, f"{what} {table.qualified_name} is in the "
                         f"{self.actual_label} but not in the {self.expected_label}", schema=table.schema)

    def table(self, expected: Table, actual: Table) -> None:
        where = _Where(table=expected.name, schema=expected.schema)
        name = expected.qualified_name
        if expected.kind != actual.kind:
            self.add(TABLE_KIND, CRITICAL, message=f"{name} is a {expected.kind}, the {self.actual_label} "
                     f"say {actual.kind}", expected=expected.kind, actual=actual.kind, **where)
        if expected.comment != actual.comment:
            self.add(COMMENT, COSMETIC, message=f"comment on {name} differs", expected=expected.comment,
                     actual=actual.comment, **where)
        if expected.definition != actual.definition:
            self.add(VIEW, CRITICAL, message=f"definition of {expected.kind} {name} differs",
                     expected=expected.definition, actual=actual.definition, **where)
        self.items(PARTITION, "partition", name, where, expected.partitions, actual.partitions,
                   lambda p: p.name, lambda p: f"{p.name} {p.bound}")
        self.columns(expected, actual)
        if expected.primary_key != actual.primary_key:
            self.add(PRIMARY_KEY, CRITICAL, message=f"primary key of {name} differs",
                     expected=_pk(expected), actual=_pk(actual), **where)
        self.items(FOREIGN_KEY, "foreign key", name, where, expected.foreign_keys, actual.foreign_keys,
                   lambda fk: fk.name or fk.columns, describe_fk)
        self.items(UNIQUE, "unique constraint", name, where, expected.unique_constraints,
                   actual.unique_constraints, lambda u: u.name or u.columns, describe_unique)
        self.items(INDEX, "index", name, where, expected.indexes, actual.indexes,
                   lambda i: i.name or (i.columns, i.expressions), describe_index)
        self.items(CHECK, "check constraint", name, where, expected.check_constraints,
                   actual.check_constraints, lambda c: c.name or c.expression, describe_check)
        self.items(EXCLUDE, "exclusion constraint", name, where, expected.exclude_constraints,
                   actual.exclude_constraints, lambda x: x.name or x.elements, describe_exclude)

    def columns(self, expected: Table, actual: Table) -> None:
        where = _Where(table=expected.name, schema=expected.schema)
        for column in expected.columns:
            other = actual.column(column.name)
            if other is None:
                self.add(MISSING_COLUMN, CRITICAL, column=column.name,
                         message=f"column {expected.qualified_name}.{column.name} is in the "
                         f"{self.expected_label} but not in the {self.actual_label}",
                         expected=column.type.render(), **where)
            else:
                self.column(expected, column, other)
        for column in actual.columns:
            if expected.column(column.name) is None:
                self.add(EXTRA_COLUMN, CRITICAL, column=column.name,
                         message=f"column {expected.qualified_name}.{column.name} is in the "
                         f"{self.actual_label} but not in the {self.expected_label}",
                         actual=column.type.render(), **where)

    def column(self, table: Table, expected: Column, actual: Column) -> None:
        where = _ColumnWhere(table=table.name, schema=table.schema, column=expected.name)
        name = f"{table.qualified_name}.{expected.name}"
        checks: list[tuple[Kind, Severity, str, Callable[[Column], Any]]] = [
            # PostgreSQL ignores the declared number of array dimensions (integer[][] is integer[])
            (TYPE, WARNING, "type", lambda c: replace(c.type, dimensions=min(c.type.dimensions, 1))),
            (NULLABLE, CRITICAL, "nullability", lambda c: "NULL" if c.nullable else "NOT NULL"),
            (SERVER_DEFAULT, WARNING, "default", lambda c: c.default),
            (SERVER_DEFAULT, WARNING, "identity",
             lambda c: None if c.identity is None else " ".join(filter(None, (c.identity, c.identity_options)))),
            (SERVER_DEFAULT, WARNING, "generated expression",
             lambda c: None if c.generated is None else f"{c.generated} {c.generated_kind or ''}".strip()),
            (COLLATION, WARNING, "collation", lambda c: c.collation),
            (COMMENT, COSMETIC, "comment", lambda c: c.comment),
            (COLUMN_ORDER, COSMETIC, "position", lambda c: c.position),
        ]
        for kind, severity, what, value in checks:
            if value(expected) != value(actual):
                show = _type_detail if kind == TYPE else (lambda c, value=value: _show(value(c)))
                self.add(kind, severity, message=f"{what} of {name} differs", expected=show(expected),
                         actual=show(actual), **where)

    def items(self, kind: Kind, what: str, table_name: str, where: _Where, expected: Sequence[T],
              actual: Sequence[T], key: Callable[[T], object], describe: Callable[[T], str]) -> None:
        """Match constraints by name (by their columns when unnamed); report the rest."""
        actual_by = {key(item): item for item in actual}
        expected_keys = {key(item) for item in expected}
        for item in expected:
            other = actual_by.get(key(item))
            if other is None:
                self.add(kind, CRITICAL, message=f"{what} {describe(item)} on {table_name} is missing in the "
                         f"{self.actual_label}", expected=describe(item), **where)
            elif other != item:
                self.add(kind, CRITICAL, message=f"{what} {describe(item)} on {table_name} differs",
                         expected=describe(item), actual=describe(other), **where)
        for item in actual:
            if key(item) not in expected_keys:
                self.add(kind, CRITICAL, message=f"{what} {describe(item)} on {table_name} is in the "
                         f"{self.actual_label} but not in the {self.expected_label}", actual=describe(item), **where)

    # -- types -----------------------------------------------------------------------

    def enums(self, expected: Iterable[Enum], actual: Iterable[Enum]) -> None:
        actual_by = {_key(e.schema, e.name): e for e in actual}
        expected_by = {_key(e.schema, e.name): e for e in expected}
        for key, enum in expected_by.items():
            other = actual_by.get(key)
            if other is None:
                self.add(ENUM, CRITICAL, enum.name, f"enum {_qualified(enum.schema, enum.name)} is missing in "
                         f"the {self.actual_label}", expected=", ".join(enum.labels), schema=enum.schema)
            elif other.labels != enum.labels:
                self.add(ENUM_LABELS, CRITICAL, enum.name, f"labels of enum {_qualified(enum.schema, enum.name)}"
                         " differ", expected=", ".join(enum.labels), actual=", ".join(other.labels),
                         schema=enum.schema)
        for key, enum in actual_by.items():
            if key not in expected_by:
                self.add(ENUM, CRITICAL, enum.name, f"enum {_qualified(enum.schema, enum.name)} is in the "
                         f"{self.actual_label} but not in the {self.expected_label}",
                         actual=", ".join(enum.labels), schema=enum.schema)

    def domains(self, expected: Iterable[Domain], actual: Iterable[Domain]) -> None:
        actual_by = {_key(d.schema, d.name): d for d in actual}
        expected_by = {_key(d.schema, d.name): d for d in expected}
        for key, domain in expected_by.items():
            other = actual_by.get(key)
            name = _qualified(domain.schema, domain.name)
            if other is None:
                self.add(DOMAIN, WARNING, domain.name, f"domain {name} is missing in the {self.actual_label}",
                         expected=_domain(domain), schema=domain.schema)
            elif other != domain:
                self.add(DOMAIN, WARNING, domain.name, f"domain {name} differs", expected=_domain(domain),
                         actual=_domain(other), schema=domain.schema)
        for key, domain in actual_by.items():
            if key not in expected_by:
                self.add(DOMAIN, WARNING, domain.name, f"domain {_qualified(domain.schema, domain.name)} is in "
                         f"the {self.actual_label} but not in the {self.expected_label}",
                         actual=_domain(domain), schema=domain.schema)


def _type_detail(column: Column) -> str:
    """The type as PostgreSQL spells it, plus what the spelling hides when that differs."""
    t = column.type
    return f"{t.render()} ({t.kind}, schema {t.type_schema})" if t.kind != "base" else t.render()


def _show(value: object) -> str | None:
    return None if value is None else str(value)


def _pk(table: Table) -> str | None:
    pk = table.primary_key
    return None if pk is None else _named(pk.name, _cols(pk.columns))


def _domain(domain: Domain) -> str:
    text = domain.type.render() + ("" if domain.nullable else " NOT NULL")
    text += f" DEFAULT {domain.default}" if domain.default is not None else ""
    return text + "".join(f" CHECK {check}" for check in domain.checks)
