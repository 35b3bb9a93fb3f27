"""Column types, judged by ``introspect.sqltypes.types_equivalent``: another family is
critical, other parameters or a related family a warning, and the same type written in
another spelling (``db.INTEGER`` for ``Integer``) cosmetic."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from functools import lru_cache

from schema_inspector.introspect.schema import ColumnType, Domain
from schema_inspector.introspect.sqltypes import (
    TypeDistance,
    is_type_name,
    sqlalchemy_spelling,
    types_equivalent,
)

from ..discrepancy import COSMETIC, TYPE, Discrepancy, Severity
from .context import ColumnPair, CompareContext, TablePair


def compare_types(context: CompareContext) -> Iterable[Discrepancy]:
    targets = _key_targets(context)
    for pair in context.pairs:
        for column in pair.columns:
            if not column.model.type.name or column.model.type.kind == "unresolved":
                continue  # the reader could not resolve the type; it reported that itself
            truth, model = column.truth.type, column.model.type
            taken = _type_taken_from_key(context, pair, column, targets)
            if taken is not None:  # the model's type as this plan leaves it
                model, target = taken
                distance = types_equivalent(_in_default_schema(context, truth), _in_default_schema(context, model))
                if distance != TypeDistance.SAME:
                    yield context.column_discrepancy(
                        pair, column, kind=TYPE, severity=Severity(distance),
                        message=f"{pair.truth.name}.{column.truth.name} is {truth.render()} in the database but "
                        f"{model.render()} in the model once {target} takes the database's type (the column has "
                        "no type of its own: SQLAlchemy gives it its foreign key's target's)",
                        expected=truth.render(), actual=column.model.type.render())
                continue
            # a model that writes the domain itself (``DOMAIN("positive_amount", ...)``) is compared
            # by name below; one that writes a plain type, by the domain's base type
            domain = context.truth.domain(truth.name, truth.type_schema) \
                if truth.kind == "domain" and model.kind != "domain" else None
            if domain is not None:
                yield from _domain_column(context, pair, column, domain)
                continue
            distance = types_equivalent(_in_default_schema(context, truth), _in_default_schema(context, model))
            if distance == TypeDistance.SAME:
                spelled = _other_spelling(context, column)
                if spelled is None:
                    continue
                severity, message = COSMETIC, (
                    f"{pair.truth.name}.{column.truth.name}: the model writes {spelled[0]} "
                    f"for {truth.render()}; the usual spelling is {spelled[1]}"
                )
            else:
                severity, message = Severity(distance), (
                    f"{pair.truth.name}.{column.truth.name} is {truth.render()} in the database "
                    f"but {model.render()} in the model"
                )
            yield context.column_discrepancy(
                pair,
                column,
                kind=TYPE,
                severity=severity,
                message=message,
                expected=truth.render(),
                actual=model.render(),
            )


def _key_targets(context: CompareContext) -> dict[tuple[str | None, str], TablePair]:
    """The pairs by their model table ((schema, name), the default schema as None)."""
    default = context.truth.default_schema
    return {(None if pair.model.schema in (None, default) else pair.model.schema, pair.model.name): pair
            for pair in context.pairs}


def _type_taken_from_key(context: CompareContext, pair: TablePair, column: ColumnPair,
                         targets: dict[tuple[str | None, str], TablePair]) -> tuple[ColumnType, str] | None:
    """(its type after the plan, the target) for a model column without a type of its own
    (``mapped_column(ForeignKey(Photo.id))``: SQLAlchemy gives it the target's) whose target's type
    the plan changes (openaedmap's ``photo_id`` stayed ``varchar(32)`` in the database while ``photo.id``
    became ``varchar(64)``: the edit of ``Photo.id`` alone left it 64 in the model); None otherwise."""
    if column.source is None or not column.source.type_from_key:
        return None
    default = context.truth.default_schema
    key = next((fk for fk in pair.model.foreign_keys if fk.columns == (column.model.name,) and fk.target_table), None)
    if key is None or key.target_table is None:
        return None
    target_pair = targets.get((None if key.target_schema in (None, default) else key.target_schema, key.target_table))
    target = next((c for c in target_pair.columns if c.model.name == key.target_columns[0]), None) \
        if target_pair is not None else None
    if target_pair is None or target is None or target.model.type.kind == "unresolved":
        return None
    if types_equivalent(_in_default_schema(context, target.truth.type),
                        _in_default_schema(context, target.model.type)) == TypeDistance.SAME:
        return None
    return target.truth.type, f"{target_pair.truth.name}.{target.truth.name}"


def _domain_column(context: CompareContext, pair, column: ColumnPair, domain: Domain) -> Iterable[Discrepancy]:
    """A column of a domain type, judged by the domain's base type: SQLAlchemy code writes
    the type a domain stores (``Numeric(12, 2)`` for ``positive_amount``), which is the
    same column to the application; that is cosmetic, another type is not."""
    truth, model = column.truth.type, column.model.type
    base = domain.type
    if truth.dimensions and not base.dimensions:  # an array of the domain
        base = replace(base, dimensions=truth.dimensions)
    distance = types_equivalent(base, _in_default_schema(context, model))
    where = f"{pair.truth.name}.{column.truth.name}"
    if distance.stored_alike:
        severity, message = COSMETIC, (
            f"{where} is of the domain {truth.render()} in the database; the model writes its base "
            f"type {model.render()} (the domain's checks and default live in the database)"
        )
    else:
        severity, message = Severity(distance), (
            f"{where} is of the domain {truth.render()} over {base.render()} in the database "
            f"but {model.render()} in the model"
        )
    yield context.column_discrepancy(
        pair, column, kind=TYPE, severity=severity, message=message,
        expected=truth.render(), actual=model.render(),
    )


def _in_default_schema(context: CompareContext, column_type: ColumnType) -> ColumnType:
    """A user-defined type's schema left out when it is the default one: a model's
    ``Enum(name="status")`` is the database's ``public.status``."""
    if column_type.type_schema == context.truth.default_schema:
        return _schemaless(column_type)
    return column_type


@lru_cache(maxsize=1024)
def _schemaless(column_type: ColumnType) -> ColumnType:
    return replace(column_type, type_schema=None)


def _other_spelling(context: CompareContext, column: ColumnPair) -> tuple[str, str] | None:
    """(as written, as usually spelled) when the model writes a SQLAlchemy type other than
    the usual spelling of the same PostgreSQL type; None when it does not, or when the
    written type is not a plain SQLAlchemy type call (a ``Mapped[int]`` annotation, an
    alias) to compare with."""
    written = column.source.type_source if column.source else None
    if not written or column.truth.type.kind != "base":
        return None
    bare = _without_qualifier(written)
    if not is_type_name(bare.split("(", 1)[0]):
        return None
    usual = _usual_spelling(column.truth.type)
    if usual is None:
        return None
    return (bare, usual) if _squeeze(bare) != _squeeze(usual) else None


@lru_cache(maxsize=1024)
def _usual_spelling(column_type: ColumnType) -> str | None:
    """How SQLAlchemy code usually writes ``column_type`` (a schema has a few dozen types)."""
    spelling = sqlalchemy_spelling(column_type)
    return spelling.render() if spelling is not None else None


# A string literal (kept as written), or a module prefix such as ``db.`` / ``postgresql.``.
_LITERAL_OR_PREFIX = re.compile(r"""('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")|\b[A-Za-z_][A-Za-z0-9_]*\.""")


@lru_cache(maxsize=4096)
def _without_qualifier(text: str) -> str:
    """``db.String(50)`` / ``postgresql.ARRAY(db.Text)`` -> ``String(50)`` / ``ARRAY(Text)``:
    every module prefix goes, string arguments (``Enum("a.b")``) stay as written."""
    return _LITERAL_OR_PREFIX.sub(lambda match: match.group(1) or "", text)


@lru_cache(maxsize=4096)
def _squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text).replace('"', "'")
