"""Keys: primary key membership, foreign keys (target, ON DELETE / ON UPDATE) and unique
constraints, column by column in database names (a renamed model column counts under
its database name)."""

from __future__ import annotations

from typing import Iterable

from introspect.schema import ForeignKey, Table

from ..discrepancy import CRITICAL, FOREIGN_KEY, PRIMARY_KEY, UNIQUE, WARNING, Discrepancy
from .context import CompareContext, TablePair


def compare_keys(context: CompareContext) -> Iterable[Discrepancy]:
    for pair in context.pairs:
        yield from _primary_key(context, pair)
        yield from _foreign_keys(context, pair)
        yield from _unique(context, pair)


def _model_names(pair: TablePair, names: Iterable[str]) -> tuple[str, ...] | None:
    """Model column names -> database names; None when one of them is not in the database."""
    mapped = tuple(pair.truth_name(name) for name in names)
    return None if any(name is None for name in mapped) else mapped  # type: ignore[return-value]


def _primary_key(context: CompareContext, pair: TablePair) -> Iterable[Discrepancy]:
    truth_pk = set(pair.truth.primary_key.columns) if pair.truth.primary_key else set()
    model_pk = {pair.truth_name(c) for c in pair.model.primary_key.columns} if pair.model.primary_key else set()
    model_pk.discard(None)
    for column in pair.columns:
        name = column.truth.name
        in_truth, in_model = name in truth_pk, name in model_pk
        if in_truth == in_model:
            continue
        if in_truth:
            message = f"{pair.truth.name}.{name} is part of the primary key in the database, not in the model"
        elif not truth_pk:
            message = (
                f"{pair.truth.name} has no primary key in the database; the model declares "
                f"{name} as primary key"
            )
        else:
            message = f"{pair.truth.name}.{name} is a primary key column in the model, not in the database"
        yield context.column_discrepancy(
            pair,
            column,
            kind=PRIMARY_KEY,
            severity=CRITICAL,
            message=message,
            expected="primary key" if in_truth else "not in the primary key",
            actual="primary key" if in_model else "not in the primary key",
            evidence=(("table_has_primary_key", bool(truth_pk)), ("database_primary_key", tuple(sorted(truth_pk)))),
        )


def render_foreign_key(fk: ForeignKey | None, default_schema: str) -> str:
    """``users(id) ON DELETE CASCADE`` - a foreign key's target and actions, for messages."""
    if fk is None:
        return "no foreign key"
    target = fk.target_table
    if fk.target_schema not in (None, default_schema):
        target = f"{fk.target_schema}.{target}"
    text = f"{target}({', '.join(fk.target_columns)})"
    if _action(fk.ondelete):
        text += f" ON DELETE {_action(fk.ondelete)}"
    if _action(fk.onupdate):
        text += f" ON UPDATE {_action(fk.onupdate)}"
    return text


def _action(value: str | None) -> str | None:
    normalised = " ".join(value.upper().split()) if value else None
    return None if normalised in (None, "NO ACTION") else normalised


def _fk_signature(fk: ForeignKey, default_schema: str):
    # A model FK to a table under its old name (a table rename) differs too: once
    # __tablename__ follows the database, ForeignKey("old.id") would name no table.
    return (
        fk.target_schema or default_schema,
        fk.target_table,
        tuple(fk.target_columns),
        _action(fk.ondelete),
        _action(fk.onupdate),
    )


def _foreign_keys(context: CompareContext, pair: TablePair) -> Iterable[Discrepancy]:
    default = context.truth.default_schema
    truth_fks = {tuple(fk.columns): fk for fk in pair.truth.foreign_keys}
    model_fks: dict[tuple[str, ...], ForeignKey] = {}
    for fk in pair.model.foreign_keys:
        columns = _model_names(pair, fk.columns)
        if columns is not None:
            model_fks[columns] = fk
    for columns in sorted(set(truth_fks) | set(model_fks)):
        truth_fk, model_fk = truth_fks.get(columns), model_fks.get(columns)
        if truth_fk and model_fk and _fk_signature(truth_fk, default) == _fk_signature(model_fk, default):
            continue
        column = pair.column_pair(columns[0])
        if column is None:
            continue  # the column itself is missing; that discrepancy says enough
        expected, actual = render_foreign_key(truth_fk, default), render_foreign_key(model_fk, default)
        yield context.column_discrepancy(
            pair,
            column,
            kind=FOREIGN_KEY,
            severity=CRITICAL,
            message=(
                f"{pair.truth.name}({', '.join(columns)}): foreign key in the database: {expected}; "
                f"in the model: {actual}"
            ),
            expected=expected,
            actual=actual,
            evidence=(("columns", columns),),
        )


def _unique_sets(table: Table) -> set[tuple[str, ...]]:
    """Column sets the table keeps unique: UNIQUE constraints and plain unique indexes
    (not partial, no expressions), the primary key excluded."""
    sets = {tuple(sorted(u.columns)) for u in table.unique_constraints}
    sets |= {tuple(sorted(i.columns)) for i in table.indexes if i.unique and not i.where and not i.expressions}
    if table.primary_key:
        sets.discard(tuple(sorted(table.primary_key.columns)))
    return sets


def _unique(context: CompareContext, pair: TablePair) -> Iterable[Discrepancy]:
    truth_sets = _unique_sets(pair.truth)
    model_sets = set()
    for columns in _unique_sets(pair.model):
        mapped = _model_names(pair, columns)
        if mapped is not None:
            model_sets.add(tuple(sorted(mapped)))
    for columns in sorted(truth_sets ^ model_sets):
        column = pair.column_pair(columns[0])
        if column is None:
            continue
        in_truth = columns in truth_sets
        yield context.column_discrepancy(
            pair,
            column,
            kind=UNIQUE,
            severity=WARNING,
            message=(
                f"{pair.truth.name}({', '.join(columns)}) is unique in the "
                f"{'database but not in the model' if in_truth else 'model but not in the database'}"
            ),
            expected="unique" if in_truth else "not unique",
            actual="not unique" if in_truth else "unique",
            evidence=(("columns", columns),),
        )
