"""Unique constraints and indexes: which to add, which to drop, and in which form.

The database's name is kept, because Alembic matches indexes by name and named unique
constraints by name too (an unnamed model constraint stands for any name). A one-column
item goes on its column when that gives the same name:

- a unique constraint under PostgreSQL's default name ``<table>_<column>_key`` (or none)
  -> ``unique=True``;
- an index under SQLAlchemy's default name ``ix_<table>_<column>`` (plain column in
  ascending order, btree, no predicate) -> ``index=True`` (with ``unique=True`` for a
  unique index);

and only on a column the class body itself defines, which has no other column-level
unique constraint or index (``unique=True`` next to ``index=True`` would make one unique
index of the two). Everything else is an item of ``__table_args__`` (or of the
``Table(...)``), named as in the database: several columns, other names, partial and
expression indexes (``text(...)``), a column sorted DESC or NULLS FIRST
(``text("created_at DESC")``), other access methods, NULLS NOT DISTINCT.

A model item the database lacks is removed where it is written; an index that differs
under its name is removed and declared again as the database has it.
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from dataclasses import dataclass, replace

from schema_inspector.introspect.models import ClassSource
from schema_inspector.introspect.naming_convention import NamingConvention
from schema_inspector.introspect.schema import Index, Table, UniqueConstraint

from .actions import (
    Action,
    AddIndex,
    AddUniqueConstraint,
    DropIndex,
    DropUniqueConstraint,
    SuggestSQL,
)
from .compare.context import CompareContext, TablePair
from .compare.indexes import (
    ModelIndex,
    default_index_name,
    describe_index,
    index_signature,
    model_indexes,
)
from .compare.keys import default_unique_name, model_uniques
from .discrepancy import Discrepancy
from .evidence import IndexName, UniqueConstraintSide, expect
from .naming import qualified_table, quote_ident


@dataclass
class _TableItems:
    """What one table needs, collected from the discrepancies before the forms are chosen."""

    pair: TablePair
    cls: ClassSource
    add_uniques: list[tuple[UniqueConstraint, str]]  # (constraint, message)
    drop_uniques: list[tuple[UniqueConstraint, str]]
    add_indexes: list[tuple[Index, str]]
    drop_indexes: list[tuple[ModelIndex, str]]


class TableItemPlanner:
    """Collects the ``unique`` and ``index`` discrepancies, then plans them per table.

    An item of the database that lists a column of an undecided rename (``Plan.undecided``,
    unless ``drop_unmatched``) waits for that decision: the models have no such column yet."""

    def __init__(self, context: CompareContext, drop_unmatched: bool = False) -> None:
        self.context = context
        self.drop_unmatched = drop_unmatched
        self.tables: dict[tuple, _TableItems] = {}
        self.notes: list[str] = []
        self._listener_indexes = {name: (file, line) for name, file, line in context.models.listener_indexes}

    def _hidden_by(self, table: _TableItems, message: str) -> bool:
        """Whether the reader may not see every item of ``table``'s class: then an item the
        database has and the model seems to lack is a note, never an addition."""
        hidden = self.context.hidden_items(table.pair)
        if hidden is None:
            return False
        file, line = hidden
        self.notes.append(f"{message}; not added: {file}:{line} may create it (a function that builds the "
                          "table's items or is given its columns, or an item whose columns are not literals), "
                          "which the reader cannot follow.")
        return True

    def _waits(self, table: _TableItems, columns, message: str) -> bool:
        """Whether an item over ``columns`` (database names) waits for an undecided rename."""
        if self.drop_unmatched:
            return False
        pending = {c.new: c.old for c in table.pair.candidates if not c.dropped_and_added}
        waiting = [c for c in columns if c in pending]
        if waiting:
            self.notes.append(
                f"{message}; not declared yet: it lists {', '.join(waiting)}, which the models may have as "
                f"{', '.join(pending[c] for c in waiting)} (decide that rename first)."
            )
        return bool(waiting)

    def _items(self, item: Discrepancy) -> _TableItems | None:
        pair = self.context.table_pair(item.table, item.schema)
        if pair is None:
            return None
        if pair.source is None:
            self.notes.append(f"{item.message}; no model class to edit.")
            return None
        key = (pair.truth.schema, pair.truth.name)
        if key not in self.tables:
            self.tables[key] = _TableItems(pair, pair.source, [], [], [], [])
        return self.tables[key]

    def unique(self, item: Discrepancy) -> None:
        table = self._items(item)
        if table is None:
            return
        evidence = expect(item.evidence, UniqueConstraintSide)
        columns, name = evidence.columns, evidence.name
        if evidence.in_database:
            wanted = next(u for u in table.pair.truth.unique_constraints if u.name == name and u.columns == columns)
            if not self._waits(table, wanted.columns, item.message) and not self._hidden_by(table, item.message):
                table.add_uniques.append((wanted, item.message))
        else:
            written = next(u for u in model_uniques(table.pair) if u.name == name and tuple(u.columns) == columns)
            table.drop_uniques.append((written, item.message))

    def index(self, item: Discrepancy) -> None:
        table = self._items(item)
        if table is None:
            return
        name = expect(item.evidence, IndexName).index
        model = model_indexes(table.pair, self.context.naming).get(name)
        if model is not None:
            table.drop_indexes.append((model, item.message))
        truth = next((i for i in table.pair.truth.indexes if i.name == name), None)
        if truth is not None and not self._waits(table, truth.columns, item.message) and not (
                model is None and self._hidden_by(table, item.message)):
            table.add_indexes.append((truth, item.message))

    def actions(self, overridden: AbstractSet[tuple[str, str]] = frozenset()) -> list[Action]:
        """``overridden``: (class, attribute) of the inherited columns the plan overrides in
        the class (``OverrideColumn``): their flags are the class's own statement's then."""
        planned: list[Action] = []
        for _, table in sorted(self.tables.items(), key=lambda kv: (kv[0][0] or "", kv[0][1])):
            planned.extend(_TablePlan(table, self.notes, self.context.naming, self._listener_indexes,
                                      overridden).actions())
        return planned


class _TablePlan:
    """The actions for one table. Drops come first, so that a column they free can take an
    addition; an index that differs under its name is rewritten where the model has it."""

    def __init__(self, items: _TableItems, notes: list[str], naming: NamingConvention,
                 listener_indexes: dict[str, tuple[str, int]] | None = None,
                 overridden: AbstractSet[tuple[str, str]] = frozenset()) -> None:
        self.listener_indexes = listener_indexes or {}
        self.items = items
        self.notes = notes
        self.naming = naming
        pair, cls = items.pair, items.cls
        self.table: Table = pair.truth
        self.schema = pair.naming_schema  # part of the names SQLAlchemy gives
        self.common = dict(file=cls.file, class_name=cls.class_name, table=pair.truth.name)
        # database column -> attribute, for the columns whose statement is in the class body
        # (or in the Table(...) call)
        self.own: dict[str, str] = {}
        for column in pair.columns:
            source = column.source
            if (source is not None and source.class_name == cls.class_name
                    and (not source.inherited or (cls.class_name, source.attribute) in overridden)
                    and source.style != "helper"  # index=True cannot be set on primary_key("X")
                    and not source.guarded  # nor in the branch of ``if TYPE_CHECKING: ... else:``
                    and not {"index", "unique"} & set(source.presets)):  # nor taken from its alias
                self.own[column.truth.name] = source.attribute
        # columns with a column-level unique constraint or index the model keeps
        self.flagged: set[str] = {u.columns[0] for u in model_uniques(pair) if u.name is None and len(u.columns) == 1}
        self.flagged |= {m.index.columns[0] for m in model_indexes(pair, naming).values() if m.column_level}
        # index name -> where the database's version replaces the model's (an attribute, or
        # None for the __table_args__ item)
        self.in_place: dict[str | None, str | None] = {}
        # index name -> the expression of ``__tablename__`` that names the model's item, which is
        # given the database's name in place (the table is renamed)
        self.named: dict[str | None, str] = {}

    def actions(self) -> list[Action]:
        self._name_after_table()
        planned: list[Action] = self._database_renames()
        for unique, message in self.items.drop_uniques:
            planned.extend(self._drop_unique(unique, message))
        wanted = {index.name: index for index, _ in self.items.add_indexes}
        for model, message in self.items.drop_indexes:
            if not self._replaces_in_place(model, wanted.get(model.index.name)):
                planned.extend(self._drop_index(model, message))
        for unique, message in self.items.add_uniques:
            planned.append(self._add_unique(unique, message))
        for index, message in self.items.add_indexes:
            if index.name in self.listener_indexes:
                file, line = self.listener_indexes[index.name]
                self.notes.append(f"{message}; not added: the event listener at {file}:{line} creates an index of "
                                  "this name with DDL (the reader does not read DDL strings as Index items).")
                continue
            planned.append(self._add_index(index, message))
        return planned

    def _same_indexes(self, model: ModelIndex) -> list[tuple[Index, str]]:
        """The database's indexes to add that are ``model``'s under another name."""
        return [(index, message) for index, message in self.items.add_indexes
                if index_signature(replace(model.index, name=index.name)) == index_signature(index)]

    def _name_after_table(self) -> None:
        """An index the class names by an expression of ``__tablename__`` (``"%s_scope" %
        __tablename__``) whose table is renamed, where the database kept the old name: not dropped,
        the ``AddIndex`` of the database's index gives the item that name where it is written."""
        if self.items.pair.rename is None:
            return
        after_table = dict(self.items.cls.names_after_table)
        for dropped in list(self.items.drop_indexes):
            model = dropped[0]
            indexes = self._same_indexes(model)
            if model.written.name in after_table and len(indexes) == 1:
                self.items.drop_indexes.remove(dropped)
                self.named[indexes[0][0].name] = after_table[model.written.name]

    def _database_renames(self) -> list[Action]:
        """An item the class inherits (``index=True``, ``unique=True`` on a mixin's or base's
        column) whose name SQLAlchemy derives from the table's, where the database has the same
        item under another name (the table was renamed, its items kept their names): the class
        cannot name it for itself, so the database's item is renamed, as SQL to run. The pair is
        taken out of what is dropped and added."""
        planned: list[Action] = []
        for dropped in list(self.items.drop_indexes):
            model = dropped[0]
            column = model.index.columns[0] if model.column_level else None
            indexes = self._same_indexes(model)
            if column is None or column in self.own or len(indexes) != 1:
                continue
            index, message = indexes[0]
            if index.name is None or model.index.name is None:
                continue
            self.items.drop_indexes.remove(dropped)
            self.items.add_indexes.remove(indexes[0])
            sql = (f"ALTER INDEX {qualified_table(index.name, self.table.schema)} "
                   f"RENAME TO {quote_ident(model.index.name)};")
            planned.append(self._database_rename(message, "index=True", column, model.index.name, sql))
        for dropped_unique in list(self.items.drop_uniques):
            unique = dropped_unique[0]
            column = unique.columns[0] if unique.name is None and len(unique.columns) == 1 else None
            name = default_unique_name(self.table.name, column, self.naming, self.schema) if column else None
            uniques = [(u, m) for u, m in self.items.add_uniques if replace(u, name=None) == unique]
            if column is None or column in self.own or name is None or len(uniques) != 1:
                continue
            constraint, message = uniques[0]
            if constraint.name is None:
                continue
            self.items.drop_uniques.remove(dropped_unique)
            self.items.add_uniques.remove(uniques[0])
            sql = (f"ALTER TABLE {qualified_table(self.table.name, self.table.schema)} "
                   f"RENAME CONSTRAINT {quote_ident(constraint.name)} TO {quote_ident(name)};")
            planned.append(self._database_rename(message, "unique=True", column, name, sql))
        return planned

    def _database_rename(self, message: str, flag: str, column: str, name: str, sql: str) -> SuggestSQL:
        pair = self.items.pair.column_pair(column)
        source = pair.source if pair is not None else None
        class_name = self.items.cls.class_name
        if source is not None and source.guarded:
            how = (f"{class_name} has {flag} on {column} from the branch of `if TYPE_CHECKING: ... else:` "
                   f"of {source.defined_in}, which the plan does not edit and")
        elif source is not None and source.style == "helper" and not source.inherited:
            how = (f"{class_name}'s {flag} on {column} is given to a helper or an alias of Column the plan does not "
                   "edit, and")
        else:
            how = f"{class_name} inherits {flag} on {column} from {source.defined_in if source else 'a base'}, which"
        return SuggestSQL(
            file="", class_name=class_name, table=self.table.name, sql=sql,
            reason=f"{message}; {how} SQLAlchemy names {name} after the table: the database's item takes that name.",
        )

    def _on_column(self, index: Index) -> bool:
        """Whether ``index`` is what ``index=True`` on its column makes."""
        plain = (len(index.columns) == 1 and not index.expressions and not index.elements and not index.where
                 and index.method == "btree")
        pair = self.items.pair
        if pair.schema_unread and pair.naming_schema is None:
            return False  # the name SQLAlchemy gives holds the schema, not known: an Index of its name (goat)
        return plain and index.name == default_index_name(self.table.name, index.columns[0], self.naming, self.schema)

    def _replaces_in_place(self, model: ModelIndex, truth: Index | None) -> bool:
        """The model's index of a name the database's index has: its ``Index`` item is
        rewritten, or ``index=True`` on the same column is set again with the right
        ``unique=`` (dropping it and adding it back would move it, and would not be
        idempotent). Other forms are dropped and added."""
        if truth is None:
            return False
        if not model.column_level:
            self.in_place[truth.name] = None
            return True
        column = model.index.columns[0]
        if self._on_column(truth) and truth.columns == (column,) and column in self.own:
            self.in_place[truth.name] = self.own[column]
            return True
        return False

    def _model_columns(self, columns: tuple[str, ...]) -> tuple[str, ...]:
        """``columns`` (database names) as the models name them before this plan; a column
        the models lack keeps its database name (the plan adds it under that name)."""
        pairs = [self.items.pair.column_pair(c) for c in columns]
        return tuple(p.model.name if p is not None else c for p, c in zip(pairs, columns, strict=False))

    def _column_level(self, column: str) -> str | None:
        """The attribute to flag for ``column``, when the column can take a column-level item."""
        if column in self.flagged or column not in self.own:
            return None
        self.flagged.add(column)
        return self.own[column]

    def _outside(self, message: str, what: str) -> None:
        self.notes.append(
            f"{message}; {what} is declared outside {self.items.cls.class_name} (a mixin or base): "
            "change it there by hand if no other class needs it."
        )

    def _drop_unique(self, unique: UniqueConstraint, message: str) -> list[Action]:
        attribute = None
        if unique.name is None and len(unique.columns) == 1:
            column = unique.columns[0]
            if column not in self.own:
                self._outside(message, "unique=True")
                return []
            attribute = self.own[column]
            self.flagged.discard(column)
        where = f"unique=True on {attribute}" if attribute else "the UniqueConstraint in __table_args__"
        return [DropUniqueConstraint(
            **self.common, reason=f"{message}; {where} is removed.", definition=unique, attribute=attribute,
            model_columns=self._model_columns(tuple(unique.columns)),
        )]

    def _drop_index(self, model: ModelIndex, message: str) -> list[Action]:
        attribute = None
        if model.column_level:
            column = model.index.columns[0]
            if column not in self.own:
                self._outside(message, "index=True")
                return []
            attribute = self.own[column]
            self.flagged.discard(column)
        where = f"index=True on {attribute}" if attribute else f"Index({model.written.name!r}, ...) in __table_args__"
        return [DropIndex(
            **self.common, reason=f"{message}; {where} is removed.",
            definition=replace(model.index, name=model.written.name), attribute=attribute, module_line=None,
        )]

    def _add_unique(self, unique: UniqueConstraint, message: str) -> AddUniqueConstraint:
        attribute = None
        if len(unique.columns) == 1 and not unique.nulls_not_distinct and unique.name in (
            None, default_unique_name(self.table.name, unique.columns[0], self.naming, self.schema)
        ):
            attribute = self._column_level(unique.columns[0])
        if attribute is not None:
            how = f"unique=True on {attribute} declares it (PostgreSQL gives that constraint this very name)"
        else:
            how = (
                "a UniqueConstraint in __table_args__ declares it under the database's name "
                "(Alembic matches named constraints by name)"
            )
        return AddUniqueConstraint(
            **self.common, reason=f"{message}; {how}.", definition=unique, attribute=attribute,
            model_columns=self._model_columns(tuple(unique.columns)),
            names=self._names("unique", unique.name, unique.columns) if attribute is None else (),
        )

    def _add_index(self, index: Index, message: str) -> AddIndex:
        if index.name in self.named:
            attribute = None
            how = (f"the Index named {self.named[index.name]} is named {index.name!r}, as the database's: once "
                   "__tablename__ follows the table's new name, the expression would name it otherwise")
        elif index.name in self.in_place:
            attribute = self.in_place[index.name]
            where = f"index=True on {attribute}" if attribute else f"the Index({index.name!r}, ...) item"
            how = f"{where} is rewritten to {describe_index(index)}"
        else:
            attribute = self._column_level(index.columns[0]) if self._on_column(index) else None
            if attribute is not None:
                flags = "index=True, unique=True" if index.unique else "index=True"
                how = f"{flags} on {attribute} declares it (SQLAlchemy names it {index.name}, as the database does)"
            else:
                how = (
                    f"an Index in __table_args__ declares {describe_index(index)} under the database's name "
                    "(Alembic matches indexes by name)"
                )
        return AddIndex(
            **self.common, reason=f"{message}; {how}.", definition=index, attribute=attribute,
            model_columns=self._model_columns(tuple(index.columns)),
            names=self._names("index", index.name, index.columns) if attribute is None else (),
            written_name=self.named.get(index.name),
        )

    def _names(self, kind: str, name: str | None, columns) -> tuple[tuple[str, str, bool], ...]:
        """How ``name`` is written under the naming convention, when not as itself."""
        if name is None:
            return ()
        written = self.naming.written(kind, name, self.table.name, columns, schema=self.schema)
        return () if (written.text, written.converted) == (name, False) else ((name, written.text, written.converted),)
