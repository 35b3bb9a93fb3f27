"""Exclusion constraints (``EXCLUDE USING gist (room WITH =, during WITH &&)``) of the
database against the models' ``ExcludeConstraint`` items, matched by name (a model's without a
name by what it says, whatever name the database gave it): they differ
when their elements (columns under their database names, or expressions compared by
meaning), operators, access method, predicate or deferral differ."""

from __future__ import annotations

from collections.abc import Iterable

from schema_inspector.introspect.schema import ExcludeConstraint

from ..discrepancy import EXCLUDE, WARNING, Discrepancy
from ..evidence import ExcludeName
from .context import CompareContext, TablePair
from .sql_text import canonical_expression, canonical_predicate


def describe_exclude(constraint: ExcludeConstraint) -> str:
    """``name EXCLUDE USING gist (room WITH =, during WITH &&) WHERE ...`` for messages."""
    elements = ", ".join(f"{element} WITH {operator}" for element, operator in constraint.elements)
    text = f"{constraint.name or ''} EXCLUDE USING {constraint.method} ({elements})".strip()
    if constraint.where:
        text += f" WHERE ({constraint.where})"
    if constraint.deferrable:
        text += " DEFERRABLE" + (" INITIALLY DEFERRED" if constraint.initially_deferred else "")
    return text


def _signature(constraint: ExcludeConstraint, columns: set[str]) -> tuple:
    elements = tuple(
        (element if element in columns else canonical_expression(element), operator)
        for element, operator in constraint.elements
    )
    return (elements, constraint.method.lower(), canonical_predicate(constraint.where), constraint.deferrable,
            constraint.deferrable and constraint.initially_deferred)


def _model_constraint(pair: TablePair, constraint: ExcludeConstraint) -> ExcludeConstraint:
    """The model's constraint with its column elements under their database names."""
    from dataclasses import replace

    return replace(constraint, elements=tuple(
        (pair.truth_name(element) or element, operator) for element, operator in constraint.elements))


def compare_excludes(context: CompareContext) -> Iterable[Discrepancy]:
    for pair in context.pairs:
        columns = {c.name for c in pair.truth.columns}
        truth = {c.name: c for c in pair.truth.exclude_constraints}
        constraints = [_model_constraint(pair, c) for c in pair.model.exclude_constraints]
        model: dict[str | None, ExcludeConstraint] = {c.name: c for c in constraints if c.name is not None}
        unmatched = []
        for unnamed in (c for c in constraints if c.name is None):
            # an ExcludeConstraint without a name stands for any name PostgreSQL gave it
            # (``membership_group_id_user_id_active_during_excl``, pycroft's)
            same = next((name for name, t in truth.items() if name not in model
                         and _signature(t, columns) == _signature(unnamed, columns)), None)
            if same is None:
                unmatched.append(unnamed)
            else:
                del truth[same]
        named = [(name, truth.get(name), model.get(name))
                 for name in sorted(set(truth) | set(model), key=lambda n: n or "")]
        for name, t, m in [*named, *((None, None, m) for m in unmatched)]:
            if t and m and _signature(t, columns) == _signature(m, columns):
                continue
            expected = describe_exclude(t) if t else "no exclusion constraint"
            actual = describe_exclude(m) if m else "no exclusion constraint"
            if t and m:
                message = (f"{pair.truth.name}: exclusion constraint {name} is {expected} in the database, "
                           f"{actual} in the model")
            elif t:
                message = f"{pair.truth.name}: exclusion constraint {expected} is in the database, not in the model"
            else:
                message = f"{pair.truth.name}: exclusion constraint {actual} is in the model, not in the database"
            yield context.located(
                pair,
                None,
                kind=EXCLUDE,
                severity=WARNING,
                message=message,
                expected=expected,
                actual=actual,
                evidence=ExcludeName(name),
            )
