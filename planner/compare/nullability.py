"""Nullability: NOT NULL in the database but nullable in the model, or the reverse."""

from __future__ import annotations

from collections.abc import Iterable

from ..discrepancy import CRITICAL, NULLABLE, Discrepancy
from .context import CompareContext


def _word(nullable: bool) -> str:
    return "NULL" if nullable else "NOT NULL"


def compare_nullability(context: CompareContext) -> Iterable[Discrepancy]:
    for pair in context.pairs:
        for column in pair.columns:
            if column.truth.nullable == column.model.nullable:
                continue
            if column.source is not None and "nullable" in column.source.unread:
                continue  # nullable= is not a literal: the reader reported it
            yield context.column_discrepancy(
                pair,
                column,
                kind=NULLABLE,
                severity=CRITICAL,
                message=(
                    f"{pair.truth.name}.{column.truth.name} is {_word(column.truth.nullable)} in the "
                    f"database but {'nullable' if column.model.nullable else 'NOT NULL'} in the model"
                ),
                expected=_word(column.truth.nullable),
                actual=_word(column.model.nullable),
            )
