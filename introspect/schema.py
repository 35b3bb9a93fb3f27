"""The one typed picture of a database schema.

Every source (live PostgreSQL, a JSON snapshot, the generated markdown docs, the
hand-written models) is read into these frozen dataclasses, and everything downstream
(planner, codemods, docs) works on them only.

Conventions:
- type names are PostgreSQL's canonical spelling (``format_type`` without modifiers):
  ``integer``, ``character varying``, ``timestamp with time zone``, ``jsonb``; a user
  defined type (enum, domain) is named by its own name, ``kind`` says which it is;
- defaults and expressions are kept as text, never evaluated;
- ``Table.schema`` is ``None`` when a model did not name one (it means "the default
  schema"); tables read from a database always carry their schema.
"""

from __future__ import annotations

import functools
import json
import typing
from collections.abc import Iterable
from dataclasses import dataclass, field, fields, is_dataclass
from typing import Any

from .index_elements import key_parts
from .json_text import dumps_indented

SNAPSHOT_VERSION = 1


# PostgreSQL's NAMEDATALEN - 1: a longer identifier is cut to this many bytes when stored
MAX_IDENTIFIER_BYTES = 63


def stored_identifier(name: str) -> str:
    """``name`` as PostgreSQL stores it: cut to 63 bytes, at a character's boundary (CREATE
    TABLE says "NOTICE: identifier ... will be truncated" and goes on). A model's column of a
    longer name is the database's column of the cut name."""
    if len(name) <= MAX_IDENTIFIER_BYTES and name.isascii():  # nearly every name: no encoding
        return name
    data = name.encode("utf-8")
    if len(data) <= MAX_IDENTIFIER_BYTES:
        return name
    return data[:MAX_IDENTIFIER_BYTES].decode("utf-8", errors="ignore")


@dataclass(frozen=True)
class ColumnType:
    """A column type. ``render()`` gives PostgreSQL's own spelling, e.g. ``numeric(3,1)``."""

    name: str
    length: int | None = None  # character varying(n), character(n), bit(n)
    precision: int | None = None  # numeric(p, s); time/timestamp/interval(p)
    scale: int | None = None
    dimensions: int = 0  # array dimensions: integer[] -> 1
    kind: str = "base"  # base | enum | domain | composite | range
    type_schema: str | None = None  # schema of a user-defined type
    fields: str | None = None  # interval field restriction: "day to second", "minute"

    def render(self) -> str:
        text = self.name if self.fields is None else f"{self.name} {self.fields}"
        if self.kind != "base" and self.type_schema not in (None, "public", "pg_catalog"):
            text = f"{self.type_schema}.{self.name}"
        args = self.modifiers()
        if args:
            if self.name.startswith(("timestamp ", "time ")):
                # PostgreSQL writes the precision between the words:
                # timestamp(3) with time zone
                head, _, tail = text.partition(" ")
                text = f"{head}({args}) {tail}"
            else:
                text = f"{text}({args})"
        return text + "[]" * self.dimensions

    def modifiers(self) -> str:
        if self.length is not None:
            return str(self.length)
        if self.precision is not None and self.scale is not None:
            return f"{self.precision},{self.scale}"
        if self.precision is not None:
            return str(self.precision)
        return ""


@dataclass(frozen=True, slots=True)  # as many as columns: no __dict__ each
class Column:
    """A table column as the database defines it."""

    name: str
    type: ColumnType
    nullable: bool = True
    default: str | None = None  # expression text as pg_get_expr() prints it
    identity: str | None = None  # "always" | "by default"
    # an identity column's sequence options that differ from PostgreSQL's defaults, as
    # written in SQL: "START WITH 100 INCREMENT BY 5"
    identity_options: str | None = None
    generated: str | None = None  # generation expression
    generated_kind: str | None = None  # "stored" | "virtual"
    collation: str | None = None  # only when it differs from the type's default
    comment: str | None = None
    position: int = 0  # attnum order, 1-based; 0 when unknown
    # pg_attribute.attnum (0 when unknown): a renamed column keeps it, ADD COLUMN takes the
    # next one. History, not schema: two databases with the same columns are equal.
    attnum: int = field(default=0, compare=False)

    @property
    def is_serial(self) -> bool:
        """A ``serial`` column: its default draws from a sequence."""
        return bool(self.default and self.default.startswith("nextval("))


@dataclass(frozen=True)
class PrimaryKey:
    columns: tuple[str, ...]
    name: str | None = None


@dataclass(frozen=True, slots=True)  # as many as columns: no __dict__ each
class ForeignKey:
    """A foreign key; ``ondelete``/``onupdate`` are ``None`` for NO ACTION."""

    columns: tuple[str, ...]
    target_table: str | None  # None: a model foreign key whose target the reader could not resolve
    target_columns: tuple[str, ...]
    target_schema: str | None = None
    name: str | None = None
    ondelete: str | None = None  # CASCADE | SET NULL | SET DEFAULT | RESTRICT
    onupdate: str | None = None
    deferrable: bool = False
    initially_deferred: bool = False
    enforced: bool = True  # PostgreSQL 18: NOT ENFORCED
    valid: bool = True  # NOT VALID


@dataclass(frozen=True)
class UniqueConstraint:
    columns: tuple[str, ...]
    name: str | None = None
    nulls_not_distinct: bool = False
    deferrable: bool = False
    initially_deferred: bool = False


@dataclass(frozen=True, slots=True)  # as many as columns: no __dict__ each
class Index:
    """An index that is not the backing index of a PK or UNIQUE constraint.

    ``columns`` and ``expressions`` list the key elements of each sort, without their sort
    order. ``elements`` is empty when the key is simply ``columns`` then ``expressions``,
    each in the default order (ASC NULLS LAST); otherwise it lists every key element in
    index order as SQL with its sort options, e.g. ``("users_id", "created_at DESC")``,
    ``("lower(email)", "id")``, ``('"Name" DESC NULLS LAST',)``, ``("a NULLS FIRST",)``
    (see ``introspect.index_elements``). Every reader fills it the same way, so one index
    always has the same fields; ``key_elements`` is the key in order either way.
    """

    name: str | None
    columns: tuple[str, ...]  # plain column elements, in order
    unique: bool = False
    method: str = "btree"
    where: str | None = None  # partial index predicate
    expressions: tuple[str, ...] = ()  # expression elements, e.g. "lower(email)"
    elements: tuple[str, ...] = ()  # every key element with its sort order (see above)
    include: tuple[str, ...] = ()  # INCLUDE (...) columns, in order
    nulls_not_distinct: bool = False  # a unique index that treats NULLs as equal
    # (key column, operator class) for each key column whose operator class is not its
    # type's default (``text_pattern_ops``), in key order
    operator_classes: tuple[tuple[str, str], ...] = ()

    @property
    def key_elements(self) -> tuple[str, ...]:
        """Every key element in order, as SQL with its sort options."""
        return self.elements or tuple(part.text for part in key_parts(self.columns, self.expressions, ()))


@dataclass(frozen=True)
class ExcludeConstraint:
    """``EXCLUDE USING gist (room WITH =, during WITH &&)``: ``elements`` pairs each
    element (a column name, or an expression as PostgreSQL prints it) with its operator."""

    elements: tuple[tuple[str, str], ...]
    name: str | None = None
    method: str = "gist"
    where: str | None = None
    deferrable: bool = False
    initially_deferred: bool = False


@dataclass(frozen=True)
class CheckConstraint:
    expression: str  # as pg_get_constraintdef prints it, without "CHECK"
    name: str | None = None
    enforced: bool = True
    valid: bool = True
    no_inherit: bool = False  # NO INHERIT: not passed on to inheriting tables


@dataclass(frozen=True)
class Partition:
    """A partition of a partitioned table: its name (schema-qualified outside ``public``)
    and its bound as ``pg_get_expr`` prints it (``FOR VALUES FROM (...) TO (...)``)."""

    name: str
    bound: str


@dataclass(frozen=True)
class Table:
    """A table (or, in ``Schema.views``, a view / materialized view)."""

    name: str
    schema: str | None = "public"
    kind: str = "table"  # table | partitioned table | view | materialized view | foreign table
    columns: tuple[Column, ...] = ()
    primary_key: PrimaryKey | None = None
    foreign_keys: tuple[ForeignKey, ...] = ()
    unique_constraints: tuple[UniqueConstraint, ...] = ()
    indexes: tuple[Index, ...] = ()
    check_constraints: tuple[CheckConstraint, ...] = ()
    exclude_constraints: tuple[ExcludeConstraint, ...] = ()
    comment: str | None = None
    definition: str | None = None  # a view's query, as pg_get_viewdef(oid, true) prints it
    partitions: tuple[Partition, ...] = ()  # of a partitioned table, by name
    # attnums of dropped columns (pg_attribute.attisdropped): where a DROP COLUMN was. History,
    # like Column.attnum, and not compared.
    dropped_attnums: tuple[int, ...] = field(default=(), compare=False)

    def column(self, name: str) -> Column | None:
        for column in self.columns:
            if column.name == name:
                return column
        return None

    @property
    def qualified_name(self) -> str:
        return self.name if self.schema in (None, "public") else f"{self.schema}.{self.name}"


@dataclass(frozen=True)
class Enum:
    name: str
    labels: tuple[str, ...]
    schema: str | None = "public"


@dataclass(frozen=True)
class Domain:
    name: str
    type: ColumnType
    nullable: bool = True
    default: str | None = None
    checks: tuple[str, ...] = ()
    schema: str | None = "public"


@dataclass(frozen=True)
class Schema:
    """Everything one source says about the database. Tables are sorted by (schema, name)."""

    tables: tuple[Table, ...] = ()
    views: tuple[Table, ...] = ()
    enums: tuple[Enum, ...] = ()
    domains: tuple[Domain, ...] = ()
    schemas: tuple[str, ...] = ("public",)  # the schemas that were read, default first
    server_version: str | None = None

    @property
    def default_schema(self) -> str:
        return self.schemas[0] if self.schemas else "public"

    def table(self, name: str, schema: str | None = None) -> Table | None:
        return self._named(self.tables, name, schema)

    def enum(self, name: str, schema: str | None = None) -> Enum | None:
        return self._named(self.enums, name, schema)

    def domain(self, name: str, schema: str | None = None) -> Domain | None:
        return self._named(self.domains, name, schema)

    def _named(self, items: Iterable[Any], name: str, schema: str | None) -> Any:
        """The item called ``name`` in ``schema`` (default: the default schema); an item
        without a schema is in the default one."""
        wanted = schema or self.default_schema
        return next((item for item in items
                     if item.name == name and (item.schema or self.default_schema) == wanted), None)

    # -- JSON round trip -------------------------------------------------------------

    def to_json(self) -> str:
        """Deterministic snapshot text: same schema, same bytes."""
        return dumps_indented({"version": SNAPSHOT_VERSION, "schema": self}) + "\n"

    @classmethod
    def from_json(cls, text: str) -> Schema:
        document = json.loads(text)
        if not isinstance(document, dict) or document.get("version") != SNAPSHOT_VERSION:
            raise ValueError(
                f"not a schema-inspector snapshot of version {SNAPSHOT_VERSION} "
                "(write one with `schema-inspector introspect --out snapshot.json`)"
            )
        return from_plain(cls, document["schema"], "schema")


def sorted_tables(tables: Iterable[Table]) -> tuple[Table, ...]:
    return tuple(sorted(tables, key=lambda t: (t.schema or "", t.name)))


# -- plain-data conversion (dataclass <-> dict), driven by the field types ---------------

def to_plain(value: Any) -> Any:
    if hasattr(value, "__dataclass_fields__"):
        return {f.name: to_plain(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, tuple):
        return [to_plain(item) for item in value]
    return value


class SnapshotFieldError(ValueError):
    """A hand-edited snapshot whose field holds the wrong kind of value."""


_SCALARS = {"str": str, "int": int, "bool": bool}


def from_plain(cls: type, data: dict, where: str = "schema") -> Any:
    if not isinstance(data, dict):
        raise SnapshotFieldError(f"{where}: expected an object, found {_json_kind(data)}")
    kwargs = {}
    for f in fields(cls):
        if f.name not in data:
            continue
        kwargs[f.name] = convert_field(cls, f.name, data[f.name], str(f.type), f"{where}.{f.name}")
    try:
        return cls(**kwargs)
    except TypeError as error:  # a required field missing
        raise SnapshotFieldError(f"{where}: {error}".replace("__init__() ", "")) from None


def convert_field(owner: type, name: str, value: Any, annotation: str | None = None, where: str | None = None) -> Any:
    """``value`` checked against the field's annotation (as written in this module)."""
    if annotation is None:  # as written in this module (postponed annotations: a string)
        annotation = str(next(f.type for f in fields(owner) if f.name == name))
    where = where or f"{owner.__name__}.{name}"
    optional = annotation.endswith(" | None")
    annotation = annotation.removesuffix(" | None")
    if value is None:
        if optional:
            return None
        raise SnapshotFieldError(f"{where}: expected {_expected(annotation)}, found null")
    target = nested_dataclass(owner, name)
    if annotation.startswith("tuple["):
        if not isinstance(value, list):
            raise SnapshotFieldError(f"{where}: expected {_expected(annotation)}, found {_json_kind(value)}")
        item_type = annotation[len("tuple["):-len(", ...]")]
        if target is not None:
            return tuple(from_plain(target, item, f"{where}[{i}]") for i, item in enumerate(value))
        return tuple(_scalar(item, item_type, f"{where}[{i}]") for i, item in enumerate(value))
    if target is not None:
        return from_plain(target, value, where)
    return _scalar(value, annotation, where)


def _scalar(value: Any, annotation: str, where: str) -> Any:
    if annotation.startswith("tuple[") and not annotation.endswith(", ...]"):  # a pair: tuple[str, str]
        items = [part.strip() for part in annotation[len("tuple["):-1].split(",")]
        if not isinstance(value, list) or len(value) != len(items):
            raise SnapshotFieldError(f"{where}: expected a list of {len(items)} values, found {_json_kind(value)}")
        pairs = enumerate(zip(value, items, strict=True))
        return tuple(_scalar(item, kind, f"{where}[{i}]") for i, (item, kind) in pairs)
    expected = _SCALARS.get(annotation)
    if expected is None:
        return value
    if isinstance(value, expected) and not (expected is int and isinstance(value, bool)):
        return value
    raise SnapshotFieldError(f"{where}: expected {_expected(annotation)}, found {_json_kind(value)}")


def _expected(annotation: str) -> str:
    if annotation.startswith("tuple["):
        item = annotation[len("tuple["):-len(", ...]")]
        return "a list of " + {"str": "strings", "int": "integers", "bool": "booleans"}.get(item, "objects")
    return {"str": "a string", "int": "an integer", "bool": "true or false"}.get(annotation, "an object")


def _json_kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    kind = {str: "a string", int: "an integer", float: "a number", list: "a list", dict: "an object"}
    return kind.get(type(value), type(value).__name__) + (f" {json.dumps(value)}" if isinstance(
        value, (str, int, float)) and len(json.dumps(value)) <= 30 else "")


def nested_dataclass(owner: type, name: str) -> type | None:
    """The dataclass a field of ``owner`` holds (alone, optional, or as a tuple of them),
    from its type hint: ``tables: tuple[Table, ...]`` -> Table; None for plain values.
    Snapshots and saved plans are read back with it (one codec for both)."""
    return _dataclass_in(_type_hints(owner).get(name))


@functools.cache
def _type_hints(owner: type) -> dict[str, Any]:
    return typing.get_type_hints(owner)


def _dataclass_in(hint: Any) -> type | None:
    if isinstance(hint, type) and is_dataclass(hint):
        return hint
    for argument in typing.get_args(hint):
        found = _dataclass_in(argument)
        if found is not None:
            return found
    return None

__all__ = [
    "SNAPSHOT_VERSION",
    "CheckConstraint",
    "Column",
    "ColumnType",
    "Domain",
    "Enum",
    "ExcludeConstraint",
    "ForeignKey",
    "Index",
    "Partition",
    "PrimaryKey",
    "Schema",
    "Table",
    "UniqueConstraint",
    "sorted_tables",
]
