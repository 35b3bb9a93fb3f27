"""Column comments: the database's ``COMMENT ON COLUMN`` against the model's ``comment=``.
Cosmetic: a comment changes no behaviour, but it follows the database like the rest."""

from __future__ import annotations

from typing import Iterable

from ..discrepancy import COMMENT, COSMETIC, Discrepancy
from .context import CompareContext


def compare_comments(context: CompareContext) -> Iterable[Discrepancy]:
    for pair in context.pairs:
        for column in pair.columns:
            if (column.truth.comment or None) == (column.model.comment or None):
                continue
            yield context.column_discrepancy(
                pair,
                column,
                kind=COMMENT,
                severity=COSMETIC,
                message=f"{pair.truth.name}.{column.truth.name}: the comment differs",
                expected=column.truth.comment,
                actual=column.model.comment,
            )
