"""Relationships that a new foreign key path makes ambiguous.

With two or more foreign key paths between two tables (in either direction), SQLAlchemy
cannot tell which one a relationship between their classes joins on, unless it says so
with ``foreign_keys=`` or ``primaryjoin=``: ``configure_mappers()`` fails with
``AmbiguousForeignKeysError``. After the plan the models have the database's foreign keys,
so when the database has several paths where the models have one, every relationship
between the two classes that names neither (both sides of a ``back_populates`` pair) gets
``foreign_keys=`` naming the path it has been using all along: the one the models have.
A relationship through ``secondary=`` is left alone (its joins are the association
table's); so is one whose path the models do not have exactly once, with a note.
"""

from __future__ import annotations

from dataclasses import dataclass

from schema_inspector.introspect.models import RelationshipSource
from schema_inspector.introspect.schema import ForeignKey

from .actions import SetRelationshipForeignKeys
from .compare.context import CompareContext, TablePair


@dataclass(frozen=True)
class _Path:
    """A foreign key between two tables: the table holding it and its columns (database names)."""

    pair: TablePair
    columns: tuple[str, ...]
    target: str  # database name of the referenced table

    def describe(self) -> str:
        return f"{self.pair.truth.name}({', '.join(self.columns)}) -> {self.target}"


def _truth_paths(a: TablePair, b: TablePair) -> list[_Path]:
    found = []
    for holder, other in ((a, b), (b, a)) if a is not b else ((a, a),):
        for fk in holder.truth.foreign_keys:
            if fk.target_table == other.truth.name and (fk.target_schema or holder.truth.schema) == other.truth.schema:
                found.append(_Path(holder, tuple(fk.columns), other.truth.name))
    return found


def _model_targets(fk: ForeignKey, other: TablePair) -> bool:
    # A model FK may still name the target table under its old name (a table rename).
    return fk.target_table in (other.truth.name, other.model.name)


def _model_paths(a: TablePair, b: TablePair) -> list[_Path]:
    found = []
    for holder, other in ((a, b), (b, a)) if a is not b else ((a, a),):
        for fk in holder.model.foreign_keys:
            columns = tuple(holder.truth_name(c) for c in fk.columns)
            if _model_targets(fk, other) and None not in columns:
                found.append(_Path(holder, columns, other.truth.name))  # type: ignore[arg-type]
    return found


class RelationshipPlanner:
    """``SetRelationshipForeignKeys`` for the relationships the database's foreign keys
    would make ambiguous, and notes for those it cannot decide."""

    def __init__(self, context: CompareContext) -> None:
        self.context = context
        self.notes: list[str] = []
        # mapped class -> its table (single-table inheritance subclasses share the parent's)
        by_table = {(p.model.schema, p.model.name): p for p in context.pairs}
        self.pair_of: dict[str, TablePair] = {}
        for cls in context.models.classes:
            if cls.kind == "model" and cls.table is not None and (cls.schema, cls.table) in by_table:
                self.pair_of[cls.class_name] = by_table[(cls.schema, cls.table)]
        # a class outside the models read (zenodo's relationship to invenio-accounts' ``User``): its
        # table as the database has it, neither compared nor edited; a key to it is the models' own
        truth = {table.name: table for table in context.truth.tables}
        for table_name, class_name, _, _ in context.models.library_tables:
            if class_name not in self.pair_of and table_name in truth:
                table = truth[table_name]
                self.pair_of[class_name] = TablePair(table, table, None, (), (), (), ())

    def actions(self) -> list[SetRelationshipForeignKeys]:
        planned = []
        for relationship in self.context.models.relationships:
            if relationship.foreign_keys or relationship.primaryjoin or relationship.secondary:
                continue
            own, target = self.pair_of.get(relationship.class_name), self.pair_of.get(relationship.target or "")
            if own is None or target is None:
                continue
            truth_paths = _truth_paths(own, target)
            if len(truth_paths) < 2:
                continue
            action = self._action(relationship, own, target, truth_paths)
            if action is not None:
                planned.append(action)
        return planned

    def _action(self, relationship: RelationshipSource, own: TablePair, target: TablePair,
                truth_paths: list[_Path]) -> SetRelationshipForeignKeys | None:
        name = f"{relationship.class_name}.{relationship.attribute}"
        paths = ", ".join(p.describe() for p in truth_paths)
        model_paths = _model_paths(own, target)
        kept = [p for p in model_paths if any(p.pair is t.pair and p.columns == t.columns for t in truth_paths)]
        if len(model_paths) != 1 or len(kept) != 1:
            self.notes.append(
                f"{name} ({relationship.file}:{relationship.line}) joins tables that the database links by "
                f"several foreign keys ({paths}) and has no foreign_keys= or primaryjoin=; the models do not show "
                "which one it means, so set foreign_keys= by hand (SQLAlchemy raises AmbiguousForeignKeysError)."
            )
            return None
        path = kept[0]
        holder = path.pair.source
        attributes = [self._attribute(path.pair, column) for column in path.columns]
        if holder is None or None in attributes:
            return None
        foreign_keys = tuple(f"{holder.class_name}.{attribute}" for attribute in attributes)
        reason = (
            f"the database links {own.truth.name} and {target.truth.name} by several foreign keys ({paths}); "
            f"without foreign_keys= or primaryjoin=, {name} would be ambiguous (AmbiguousForeignKeysError at "
            f"configure_mappers()), so it names the path it has always used: {', '.join(foreign_keys)}."
        )
        return SetRelationshipForeignKeys(
            file=relationship.file, class_name=relationship.class_name, table=own.truth.name, reason=reason,
            attribute=relationship.attribute, foreign_keys=foreign_keys,
        )

    @staticmethod
    def _attribute(pair: TablePair, column: str) -> str | None:
        matched = pair.column_pair(column)
        return matched.source.attribute if matched is not None and matched.source is not None else None
