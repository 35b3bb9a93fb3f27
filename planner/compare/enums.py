"""Enum labels: a column of an enum type in both, with different labels (or order)."""

from __future__ import annotations

from collections.abc import Iterable

from ..discrepancy import ENUM_LABELS, WARNING, Discrepancy
from .context import CompareContext


def compare_enums(context: CompareContext) -> Iterable[Discrepancy]:
    for pair in context.pairs:
        for column in pair.columns:
            truth_type, model_type = column.truth.type, column.model.type
            if truth_type.kind != "enum" or model_type.kind != "enum" or truth_type.name != model_type.name:
                continue  # another type (or enum name) is a type discrepancy
            truth_enum = context.truth_enum(truth_type.name, truth_type.type_schema)
            model_enum = context.model_enum(model_type.name, model_type.type_schema)
            if truth_enum is None or model_enum is None or truth_enum.labels == model_enum.labels:
                continue
            added = [label for label in truth_enum.labels if label not in model_enum.labels]
            removed = [label for label in model_enum.labels if label not in truth_enum.labels]
            detail = "; ".join(
                part for part in (
                    f"the model lacks {', '.join(map(repr, added))}" if added else "",
                    f"the database lacks {', '.join(map(repr, removed))}" if removed else "",
                ) if part
            ) or "the order differs"
            yield context.column_discrepancy(
                pair,
                column,
                kind=ENUM_LABELS,
                severity=WARNING,
                message=f"{pair.truth.name}.{column.truth.name}: enum {truth_type.name} labels differ ({detail})",
                expected=", ".join(truth_enum.labels),
                actual=", ".join(model_enum.labels),
            )
