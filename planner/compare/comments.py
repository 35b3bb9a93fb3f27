"""Comments: the database's ``COMMENT ON COLUMN`` against the model's ``comment=``, and
its ``COMMENT ON TABLE`` against the table's comment (``"comment"`` in ``__table_args__``,
``comment=`` of ``Table(...)``). Cosmetic: a comment changes no behaviour, but it follows
the database like the rest (Alembic reports both kinds)."""

from __future__ import annotations

from collections.abc import Iterable

from ..discrepancy import COMMENT, COSMETIC, TABLE_COMMENT, Discrepancy
from .context import CompareContext


def compare_comments(context: CompareContext) -> Iterable[Discrepancy]:
    for pair in context.pairs:
        for column in pair.columns:
            if (column.truth.comment or None) == (column.model.comment or None):
                continue
            if column.source is not None and "comment" in column.source.unread:
                continue  # the reader said so: not a literal, or a project's mapped_column may set it
            yield context.column_discrepancy(
                pair,
                column,
                kind=COMMENT,
                severity=COSMETIC,
                message=f"{pair.truth.name}.{column.truth.name}: the comment differs",
                expected=column.truth.comment,
                actual=column.model.comment,
            )


def compare_table_comments(context: CompareContext) -> Iterable[Discrepancy]:
    for pair in context.pairs:
        if (pair.truth.comment or None) == (pair.model.comment or None):
            continue
        if pair.source is not None and pair.source.comment_unread:
            continue  # the reader said so: not a literal
        yield context.located(
            pair,
            kind=TABLE_COMMENT,
            severity=COSMETIC,
            message=f"{pair.truth.name}: the table comment differs",
            expected=pair.truth.comment,
            actual=pair.model.comment,
        )
