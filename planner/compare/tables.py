"""Tables: a database table no class maps, a class whose table the database lacks, and a
class that maps a table the database has under another name."""

from __future__ import annotations

from collections.abc import Iterable

from ..discrepancy import (
    CRITICAL,
    MISSING_CLASS,
    MISSING_TABLE,
    TABLE_RENAME,
    Discrepancy,
)
from .context import CompareContext


def compare_tables(context: CompareContext) -> Iterable[Discrepancy]:
    for table in context.missing_classes:
        yield Discrepancy(
            kind=MISSING_CLASS,
            severity=CRITICAL,
            table=table.name,
            schema=table.schema,
            message=f"table {table.qualified_name} ({len(table.columns)} columns) has no model class",
            expected=table.qualified_name,
        )
    for table, source in context.missing_tables:
        where = f"class {source.class_name}" if source else "the models"
        yield Discrepancy(
            kind=MISSING_TABLE,
            severity=CRITICAL,
            table=table.name,
            schema=table.schema,
            message=f"{where} maps table {table.qualified_name}, which the database does not have",
            actual=table.qualified_name,
            file=source.file if source else None,
            line=source.line if source else None,
            model_class=source.class_name if source else None,
        )
    for pair in context.pairs:
        if pair.rename is None:
            continue
        rename = pair.rename
        yield context.located(
            pair,
            kind=TABLE_RENAME,
            severity=CRITICAL,
            message=(
                f"the model's table {rename.old} is the database's {rename.new} "
                f"(confidence {rename.confidence:.2f}: {'; '.join(rename.reasons)})"
            ),
            expected=rename.new,
            actual=rename.old,
            evidence=rename.evidence,
        )
