"""Last pass of the model reader: placed columns -> ``Schema`` + source map entries.

Resolves what needs every table first: column types taken from a foreign key target
(``Column(None, ForeignKey("users.id"))``), ``ForeignKey(User.id)`` targets, server
defaults (a plain string's printed form depends on the column type), and the column
keys used by table-level constraints.
"""

from __future__ import annotations

import ast
import re
from dataclasses import replace

from ..index_elements import KeyPart, index_fields, parse_part, quote_identifier
from ..naming_convention import NamingConvention
from ..schema import (
    Column,
    ColumnType,
    ForeignKey,
    Index,
    PrimaryKey,
    Schema,
    Table,
    UniqueConstraint,
    sorted_tables,
)
from .build import (
    BuildResult,
    ClassPlacement,
    ModelBuilder,
    PlacedColumn,
    TableBuild,
)
from .columns import OWN_CLASS, ForeignKeySpec, Problems, frozen_record
from .constraints import KeyedIndex, TableItems
from .exprs import (
    Opaque,
    SourceText,
    dotted,
    last_name,
    literal_default,
    server_default_text,
)
from .sourcemap import ClassSource, ColumnSource

# The type of a column whose type could not be read statically (it is listed in
# ``ModelSet.unresolved``); the comparer must not compare it.
UNRESOLVED_TYPE = ColumnType("unresolved", kind="unresolved")


class SchemaAssembler:
    def __init__(self, builder: ModelBuilder, build: BuildResult, problems: Problems,
                 naming: NamingConvention = NamingConvention()) -> None:
        self.naming = naming  # names of constraints and indexes as SQLAlchemy gives them
        self.builder = builder
        self.build = build
        self.problems = problems
        self.by_name: dict[str, list[TableBuild]] = {}
        for table in build.tables.values():
            self.by_name.setdefault(table.name, []).append(table)
        self.sources: list[ColumnSource] = []  # filled by ``table()``, in column order

    # -- foreign key targets --------------------------------------------------------------

    def target(self, written: str | tuple[str, str], near: str | None = None
               ) -> tuple[TableBuild | None, str | None, str | None, PlacedColumn | None]:
        """(table, schema, column name, target column) of a foreign key target as written
        (``ForeignKeySpec.target``); a name without a schema that tables of several schemas have is
        the one of ``near``, the schema of the MetaData of the key's table (renku's ``ForeignKey("users.id")``
        in ``resource_pools``, beside ``users.users``: SQLAlchemy looks it up there)."""
        if isinstance(written, tuple):
            owner, attribute = written
            table = self.builder._table_of(owner)
            if table is None:
                return None, None, None, None
            column = next((c for c in table.columns if c.attribute == attribute), None)
            if column is None:  # ForeignKey(User.id), ``id`` of the table User's joins (nextgisweb)
                table, column = self.builder.parent_column(owner, attribute) or (table, None)
            return table, table.schema, column.name if column else attribute, column
        parts = written.split(".")
        schema, table_name, column_name = (parts if len(parts) == 3 else [None, *parts])
        candidates = [t for t in self.by_name.get(table_name or "", []) if schema is None or t.schema in (None, schema)]
        if schema is None and len(candidates) > 1:
            candidates = [t for t in candidates if t.schema == near]
        table = candidates[0] if len(candidates) == 1 else None
        column = None
        if table is not None:
            column = next((c for c in table.columns if c.name == column_name), None)
        return table, schema or (table.schema if table else None), column_name, column

    def resolve_foreign_key_types(self) -> None:
        """``Column(None, ForeignKey(...))`` takes the target column's type (chains too)."""
        pending = [(placed, _metadata_schema(table)) for table in self.build.tables.values() for placed in table.columns
                   if placed.spec.column_type is None and placed.spec.foreign_keys]
        progress = True
        while pending and progress:
            progress, waiting = False, []
            for placed, near in pending:
                target = self.target(placed.spec.foreign_keys[0].target, near)[3]
                if target is not None and target.spec.column_type is not None:
                    placed.spec.column_type, placed.spec.type_from_key = target.spec.column_type, True
                    progress = True
                else:
                    waiting.append((placed, near))
            pending = waiting
        for placed, near in pending:
            fk = placed.spec.foreign_keys[0]
            table, _, column_name, column = self.target(fk.target, near)
            if table is None:
                why = "which is not in the scanned models"
            elif column is None:
                why = f"but table {table.name} of the scanned models has no column {column_name}"
            else:
                why = "whose own type is not resolved"
            self.problems.add(placed.file, placed.line,
                              f"{placed.attribute}: type comes from foreign key target {_target_text(fk)}, {why}")

    # -- tables ---------------------------------------------------------------------------

    def table(self, build: TableBuild) -> Table:
        """The ``Table`` of ``build``; the sources of its columns go to ``self.sources``."""
        columns, foreign_keys, uniques, indexes, checks = [], [], [], [], []
        items = build.items
        # Constraint strings name the column's key, which is its database name
        # (``Column("full_name")`` on attribute ``name`` has key "full_name"); an
        # attribute reference (``Index("ix", email)``) names the attribute.
        keys = {}
        if items.foreign_keys or items.uniques or items.indexes or items.primary_key:
            keys = {placed.attribute: placed.name for placed in build.columns}
            keys.update({placed.name: placed.name for placed in build.columns})
        primary_key = self._primary_key(build, keys)
        # the first columns of table-level keys that name column objects (``ForeignKeyConstraint([...],
        # [Parser.client_id, Parser.object_id])``): SQLAlchemy follows a rename of that table, as it does
        # for a column's ``ForeignKey(Parser.id)`` (``ColumnSource.foreign_key_object``)
        object_keyed = {keys.get(keyed.keys[0], keyed.keys[0]) for keyed in items.foreign_keys
                        if keyed.keys and all(isinstance(target, tuple) for target in keyed.targets)}
        # PostgreSQL makes every primary key column NOT NULL, a table-level
        # PrimaryKeyConstraint's too (SQLAlchemy's Column says nullable=False for them).
        key_columns = frozenset(primary_key.columns) if primary_key else frozenset()
        for position, placed in enumerate(build.columns, start=1):
            spec, name = placed.spec, placed.name
            default = None if spec.default is None else self._default(*spec.default, placed)
            unread = spec.unread if default is not None or spec.default is None else (*spec.unread, "server_default")
            columns.append(frozen_record(Column, {
                "name": name,
                "type": spec.column_type or UNRESOLVED_TYPE,
                "nullable": spec.nullable and name not in key_columns,
                "default": default,
                "identity": spec.identity,
                "identity_options": None,  # the reader does not read Identity(start=...)
                "generated": spec.generated,
                "generated_kind": spec.generated_kind,
                "collation": None,
                "comment": spec.comment,
                "position": position,
                "attnum": 0,  # the models have no catalog history
            }))
            self.sources.append(frozen_record(ColumnSource, {
                "table": build.name, "schema": build.schema, "column": name, "attribute": placed.attribute,
                "class_name": placed.class_name, "defined_in": placed.defined_in, "file": placed.file,
                "line": placed.line, "end_line": placed.end_line, "style": spec.style,
                "explicit_name": spec.explicit_name, "name_from": spec.name_from,
                "explicit_nullable": spec.explicit_nullable,
                "optional_annotation": spec.optional_annotation, "type_source": spec.type_source,
                "type_from_key": spec.type_from_key,
                "declared_attr": spec.declared_attr, "per_class": spec.per_class, "guarded": placed.guarded,
                "foreign_key": bool(spec.foreign_keys), "unread": unread, "presets": spec.presets,
                "forwarded": spec.forwarded,
                # (a column with a string key of its own is not: that key does not follow the rename)
                "foreign_key_object": (name in object_keyed and not spec.foreign_keys) or (
                    bool(spec.foreign_keys) and any(isinstance(fk.target, tuple) for fk in spec.foreign_keys)),
                "foreign_key_presets": spec.foreign_key_presets,
            }))
            if spec.foreign_keys:
                for fk in spec.foreign_keys:
                    foreign_keys.append(self._foreign_key((name,), fk, (fk.target,), (placed.file, placed.line),
                                                          _metadata_schema(build)))
            if spec.index:
                indexes.append(frozen_record(Index, {  # as many as indexed columns
                    "name": None, "columns": (name,), "unique": spec.unique, "method": "btree",
                    "where": None, "expressions": (), "elements": (),
                    "include": (), "nulls_not_distinct": False, "operator_classes": (),
                }))
            elif spec.unique:
                uniques.append(UniqueConstraint((name,)))
            if spec.checks:
                checks.extend(spec.checks)
        for keyed in items.foreign_keys:
            mapped = self._keys(keyed.keys, keys, build)
            targets = tuple(_own_column(target, build) for target in keyed.targets)
            foreign_keys.append(self._foreign_key(mapped, keyed.options, targets,
                                                  (build.file, keyed.line) if keyed.line else None,
                                                  _metadata_schema(build)))
        for u in items.uniques:
            columns_of_item = self._keys(u.keys, keys, build)
            uniques.append(UniqueConstraint(
                columns_of_item, self.naming.applied("unique", u.name, build.name, columns_of_item, build.schema),
                u.nulls_not_distinct,
                u.deferrable, u.initially_deferred))
        indexes.extend(self._index(keyed, keys, build) for keyed in items.indexes)
        excludes = [
            replace(x, elements=tuple(
                (e[1:] if e.startswith("\0") else keys.get(e, e), op) for e, op in x.elements))
            for x in items.excludes
        ]
        checks.extend(items.checks)
        checks = [
            replace(c, name=self.naming.applied("check", c.name, build.name, (), build.schema)) if c.name else c
            for c in checks
        ]
        return Table(
            name=build.name,
            schema=build.schema,
            columns=tuple(columns),
            primary_key=primary_key,
            foreign_keys=tuple(foreign_keys),
            unique_constraints=tuple(uniques),
            indexes=tuple(indexes),
            check_constraints=tuple(checks),
            exclude_constraints=tuple(excludes),
            comment=items.comment,
        )

    def _index(self, keyed: KeyedIndex, keys: dict[str, str], build: TableBuild) -> Index:
        """An ``Index`` item with its key elements in order: column references under their
        database names, SQL elements (``text("b DESC")``) that name one column as that
        column, and the sort order of ``.desc()`` / ``text("... DESC")`` in ``elements``."""
        mapped = dict(zip(keyed.keys, self._keys(keyed.keys, keys, build), strict=False))
        names = set(keys.values())
        # func.md5(_claimant_normalized): an attribute in an expression is its column's name
        renamed = {key: name for key, name in keys.items() if key != name and key not in names}
        parts = []
        for element in keyed.elements:
            if element.key is not None:
                column = mapped[element.key]
                part = KeyPart(quote_identifier(column), column)
            else:
                part = parse_part(_columns_named(element.sql or "", renamed), names)
            parts.append(part.ordered(element.descending, element.nulls_first))
        columns, expressions, ordered = index_fields(parts)
        name = self.naming.applied("index", keyed.name, build.name, columns, build.schema)
        where = _columns_named(keyed.where, renamed) if keyed.where is not None else None
        return Index(name, columns, keyed.unique, keyed.method, where, expressions, ordered,
                     include=tuple(keys.get(k, k) for k in keyed.include),
                     nulls_not_distinct=keyed.nulls_not_distinct,
                     operator_classes=tuple(
                         (mapped.get(k, keys.get(k, k)), opclass)
                         for k, opclass in keyed.operator_classes
                         if opclass and mapped.get(k, keys.get(k, k)) in columns))

    def _keys(self, written: tuple[str, ...], keys: dict[str, str], build: TableBuild) -> tuple[str, ...]:
        for key in written:
            if key not in keys:
                self.problems.add(build.file, build.line, f"{build.name}: constraint names unknown column {key!r}")
        return tuple(keys.get(key, key) for key in written)

    def _primary_key(self, build: TableBuild, keys: dict[str, str]) -> PrimaryKey | None:
        if build.items.primary_key is not None:
            constraint = build.items.primary_key
            return PrimaryKey(self._keys(constraint.keys, keys, build), constraint.name)
        columns = tuple(placed.name for placed in build.columns if placed.spec.primary_key)
        return PrimaryKey(columns) if columns else None

    def _foreign_key(self, columns: tuple[str, ...], options: ForeignKeySpec, targets: tuple,
                     where: tuple[str, int] | None = None, near: str | None = None) -> ForeignKey:
        target_columns: list[str | None] = []
        table_name, schema = None, None
        for target in targets:
            table, schema, column_name, _ = self.target(target, near)
            if isinstance(target, tuple) and table is None:
                # ForeignKey(Service.id) where Service is no mapped class of the files: an
                # unknown target (``target_table`` None), which the comparer leaves alone.
                if where is not None:
                    what = f"{target[0]} is not a mapped class of the scanned files" if target[0] != OWN_CLASS \
                        else f"{target[1]} names no column of a class body the reader can follow"
                    self.problems.add(*where, f"foreign key target `{_target_text(options)}`: {what}; the "
                                      "foreign key is not compared")
                table_name, target_columns = None, []
                break
            if table is not None and isinstance(target, tuple):
                table_name = table.name
            else:
                table_name = target.split(".")[-2]
            target_columns.append(column_name)
        return frozen_record(ForeignKey, {  # one per foreign key column: as many as columns
            "columns": columns,
            "target_table": table_name,
            "target_columns": tuple(target_columns),
            "target_schema": schema,
            "name": options.name,
            "ondelete": options.ondelete,
            "onupdate": options.onupdate,
            "deferrable": options.deferrable,
            "initially_deferred": options.initially_deferred,
            "enforced": True,
            "valid": True,
        })

    def _default(self, node: ast.expr, source: SourceText, placed: PlacedColumn) -> str | None:
        text = server_default_text(node, source, placed.spec.column_type)
        if text is None:
            text = self._enum_member_default(node, source, placed)
        if text is None and isinstance(node, ast.Call) and not node.args and not node.keywords:
            text = self.builder.scan.compiled_sql.get(last_name(node.func) or "")  # GenerateUUID()
        if text is None and isinstance(node, (ast.Name, ast.Attribute)):
            value = self._constant(node, source, placed)
            if isinstance(value, str):
                text = literal_default(value, placed.spec.column_type)
        if text is None and isinstance(node, ast.Call) and last_name(node.func) == "str" and len(node.args) == 1 \
                and not node.keywords:
            # str(DEFAULT_SPACE): a constant's text; str(AliasGenerator.word.value): a member's value's
            value = self._constant(node.args[0], source, placed)
            if isinstance(value, Opaque):
                value = self.builder.resolver.enum_member_value(node.args[0], source)
            if isinstance(value, (int, float, str)) and not isinstance(value, bool):
                text = literal_default(str(value), placed.spec.column_type)
        if text is None:
            self.problems.add(placed.file, placed.line,
                              f"{placed.attribute}: server_default `{source.segment(node)}` "
                              "is not static SQL; not compared")
        return text

    def _constant(self, node: ast.expr, source: SourceText, placed: PlacedColumn) -> object:
        """The literal a name stands for: a constant of the module (or one it imports), else
        of the class body that holds the column (``DEFAULT_ALLOWED_SPACE = 0`` above it, or
        ``Status.PENDING`` of a class of constants nested in it)."""
        value = self.builder.resolver.value(node, source)
        if isinstance(value, Opaque) and (name := dotted(node)) is not None \
                and (owner := self.builder.classes.get(placed.defined_in)) is not None:
            value = owner.constants.get(name, value)
        return value

    def _enum_member_default(self, node, source: SourceText, placed: PlacedColumn) -> str | None:
        """``server_default=Status.active`` of a ``str`` enum: SQLAlchemy writes the member,
        a str, as the literal of its value; ``Status.active.value`` / ``.name`` of any enum of
        the files: that str, as written in the class (nothing is evaluated)."""
        value = self.builder.resolver.enum_member_value(node, source)
        return literal_default(value, placed.spec.column_type) if isinstance(value, str) else None

    # -- everything -----------------------------------------------------------------------

    def schema(self) -> Schema:
        """The tables and enums the models define; collects the column sources too."""
        self.resolve_foreign_key_types()
        tables = [self.table(build) for build in self.build.tables.values()]
        enums = sorted(self.builder.resolver.enums.values(), key=lambda e: (e.schema or "", e.name))
        return Schema(tables=sorted_tables(tables), enums=tuple(enums))

    def class_sources(self, file_order: dict[str, int]) -> tuple[ClassSource, ...]:
        placements = sorted(self.build.placements, key=lambda p: (file_order.get(p.file, 0), p.line))
        inherited = self.builder.inherited_table_args
        items: dict[tuple[str | None, str | None], TableItems] = {
            (build.schema, build.name): build.items for build in self.build.tables.values()}
        per_class = self.builder.table_args_per_class
        items_attributes = self.builder.items_attributes
        own = self.builder.own_table_args
        dataclasses = {(info.name, info.module.path) for info in self.builder.classes.values()
                       if info.decorated_dataclass}
        return tuple(_class_source(p, inherited.get(p.class_name), items.get((p.schema, p.table)),
                                   p.class_name in per_class, items_attributes.get(p.class_name), p.class_name in own,
                                   (p.class_name, p.file) in dataclasses)
                     for p in placements)

    def column_sources(self) -> tuple[ColumnSource, ...]:
        """Where each column of the tables is defined (``schema()`` collects them)."""
        return tuple(self.sources)


def _class_source(placement: ClassPlacement, inherited_table_args: str | None, items: TableItems | None,
                  table_args_per_class: bool, items_attribute: str | None, own_table_args: bool,
                  dataclass: bool) -> ClassSource:
    return frozen_record(ClassSource, {  # as many as classes
        "class_name": placement.class_name, "table": placement.table, "schema": placement.schema,
        "file": placement.file, "line": placement.line, "end_line": placement.end_line, "kind": placement.kind,
        "bases": placement.bases, "style": placement.style, "inherits_table": placement.inherits_table,
        "names": placement.names, "table_name_from": placement.table_name_from, "nested": placement.nested,
        "inherited_table_args": inherited_table_args, "comment_unread": bool(items and items.comment_unread),
        "table_args_per_class": table_args_per_class, "items_attribute": items_attribute,
        "unread_indexes": tuple(items.unread_indexes) if items else (),
        "names_after_table": tuple(items.names_after_table) if items else (), "joins": placement.joins,
        "run_time_columns": placement.run_time_columns, "schema_written": items.schema_written if items else None,
        "own_table_args": own_table_args, "options_name": items.options_name if items else None,
        "dataclass": dataclass,
    })


def _own_column(target: str | tuple[str, str], build: TableBuild) -> str | tuple[str, str]:
    """A ``ForeignKeyConstraint`` target named by a column of the class body it is written in
    (digitalmarketplace's ``[supplier_id, framework_id]``, a key to the table's own columns) as
    ``[schema.]table.column``; any other target as it is."""
    if not (isinstance(target, tuple) and target[0] == OWN_CLASS):
        return target
    column = next((c for c in build.columns if c.attribute == target[1]), None)
    if column is None:
        return target
    return ".".join(part for part in (build.schema, build.name, column.name) if part)


def _target_text(fk: ForeignKeySpec) -> str:
    if isinstance(fk.target, tuple):
        return ".".join(part for part in fk.target if part != OWN_CLASS)
    return fk.target


_QUOTED_OR_WORD = re.compile(r"""'(?:[^']|'')*'|"(?:[^"]|"")*"|[A-Za-z_][A-Za-z0-9_$]*""")


def _columns_named(sql: str, renamed: dict[str, str]) -> str:
    """``sql`` with each attribute name of ``renamed`` outside quotes as its column's name."""
    if not renamed:
        return sql
    return _QUOTED_OR_WORD.sub(lambda match: renamed.get(match[0], match[0]), sql)


__all__ = ["SchemaAssembler", "UNRESOLVED_TYPE"]


def _metadata_schema(build: TableBuild) -> str | None:
    """The schema of the MetaData ``build``'s table is made in, where the table takes it (not one of
    its own): a schema-less key target's."""
    return build.schema if build.items.metadata_schema else None
