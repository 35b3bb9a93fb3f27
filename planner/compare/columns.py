"""Columns: in the database but not the model, in the model but not the database, or in
both under different names (a rename, paired by ``planner.renames``)."""

from __future__ import annotations

from collections.abc import Iterable

from ..discrepancy import (
    COLUMN_RENAME,
    CRITICAL,
    EXTRA_COLUMN,
    MISSING_COLUMN,
    Discrepancy,
)
from ..evidence import Candidate
from .context import CompareContext, TablePair, column_sources


def describe(column) -> str:
    """``integer NOT NULL`` - a column's type and nullability, for messages."""
    return f"{column.type.render() or 'unknown type'} {'NULL' if column.nullable else 'NOT NULL'}"


def compare_columns(context: CompareContext) -> Iterable[Discrepancy]:
    for pair in context.pairs:
        yield from _missing(context, pair)
        yield from _extra(context, pair)
        yield from _renamed(context, pair)


def _candidate_evidence(pair: TablePair, *, old: str | None = None, new: str | None = None) -> Candidate | None:
    """The other column of a weak rename candidate, or of a pair the catalog shows as a drop
    and an add, with the pairing's evidence."""
    for candidate in pair.candidates:
        if candidate.old == old or candidate.new == new:
            return Candidate(candidate.new if old else candidate.old, candidate.evidence,
                             dropped_and_added=bool(candidate.dropped_and_added))
    return None


def _pairing_words(evidence: Candidate, whose: str) -> str:
    if not evidence.dropped_and_added:
        return f"; {whose} {evidence.other} may be it (confidence too low to call it a rename)"
    return f"; not {whose} {evidence.other} renamed: {evidence.pairing.catalog}"


def _missing(context: CompareContext, pair: TablePair) -> Iterable[Discrepancy]:
    where = f"class {pair.source.class_name}" if pair.source else f"the model of {pair.truth.name}"
    for column in pair.missing:
        if context.hidden_attribute(pair, column.name):
            continue  # the class has it; the reader could not read it, and said so
        evidence = _candidate_evidence(pair, new=column.name)
        message = f"column {pair.truth.name}.{column.name} ({describe(column)}) is in the database but not in {where}"
        if evidence:
            message += _pairing_words(evidence, "the model's")
        yield context.located(
            pair,
            kind=MISSING_COLUMN,
            severity=CRITICAL,
            column=column.name,
            message=message,
            expected=describe(column),
            evidence=evidence,
        )


def _extra(context: CompareContext, pair: TablePair) -> Iterable[Discrepancy]:
    sources = column_sources(context.models, pair.model.name, pair.source)
    for column in pair.extra:
        evidence = _candidate_evidence(pair, old=column.name)
        message = f"column {pair.truth.name}.{column.name} is in the model but not in the database"
        if evidence:
            message += _pairing_words(evidence, "the database's")
        yield context.located(
            pair,
            sources.get(column.name),
            kind=EXTRA_COLUMN,
            severity=CRITICAL,
            column=column.name,
            message=message,
            actual=describe(column),
            evidence=evidence,
        )


def _renamed(context: CompareContext, pair: TablePair) -> Iterable[Discrepancy]:
    for column in pair.columns:
        rename = column.rename
        if rename is None:
            continue
        how = "declared" if rename.declared else f"confidence {rename.confidence:.2f}"
        yield context.column_discrepancy(
            pair,
            column,
            kind=COLUMN_RENAME,
            severity=CRITICAL,
            message=(
                f"the model's column {rename.old} is the database's {pair.truth.name}.{rename.new} "
                f"({how}: {'; '.join(rename.reasons)})"
            ),
            expected=rename.new,
            actual=rename.old,
            evidence=rename.evidence,
        )
