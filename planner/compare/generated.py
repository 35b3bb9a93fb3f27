"""Generated columns: ``GENERATED ALWAYS AS (expression) STORED | VIRTUAL`` in the database
against ``Computed("expression")`` on the model column.

Where both sides generate the column, their expressions are compared by meaning
(``sql_text.canonical_expression``: PostgreSQL prints ``('R'::text || _intid)`` for the model's
``'R' || _intid``); a column generated on one side only is not compared here. Alembic does not
compare them at all. Warning: ``create_all`` from the models makes another column than the
database has, and the expression names what the model says.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..discrepancy import GENERATED, WARNING, Discrepancy
from .context import CompareContext
from .sql_text import canonical_expression


def compare_generated(context: CompareContext) -> Iterable[Discrepancy]:
    for pair in context.pairs:
        for column in pair.columns:
            truth, model = column.truth.generated, column.model.generated
            if truth is None or model is None or canonical_expression(truth) == canonical_expression(model):
                continue
            yield context.column_discrepancy(
                pair,
                column,
                kind=GENERATED,
                severity=WARNING,
                message=f"{pair.truth.name}.{column.truth.name}: generated as {truth} in the database, as {model} in "
                        "the model",
                expected=truth,
                actual=model,
            )
