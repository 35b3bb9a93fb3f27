"""Column types, judged by ``introspect.sqltypes.types_equivalent``: another family is
critical, other parameters or a related family a warning, and the same type written in
another spelling (``db.INTEGER`` for ``Integer``) cosmetic."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import Iterable

from introspect.schema import ColumnType
from introspect.sqltypes import is_type_name, sqlalchemy_spelling, types_equivalent

from ..discrepancy import COSMETIC, TYPE, Discrepancy
from .context import ColumnPair, CompareContext


def compare_types(context: CompareContext) -> Iterable[Discrepancy]:
    for pair in context.pairs:
        for column in pair.columns:
            if not column.model.type.name or column.model.type.kind == "unresolved":
                continue  # the reader could not resolve the type; it reported that itself
            truth, model = column.truth.type, column.model.type
            verdict = types_equivalent(_in_default_schema(context, truth), _in_default_schema(context, model))
            if verdict == "same":
                spelled = _other_spelling(context, column)
                if spelled is None:
                    continue
                verdict, message = COSMETIC, (
                    f"{pair.truth.name}.{column.truth.name}: the model writes {spelled[0]} "
                    f"for {truth.render()}; the usual spelling is {spelled[1]}"
                )
            else:
                message = (
                    f"{pair.truth.name}.{column.truth.name} is {truth.render()} in the database "
                    f"but {model.render()} in the model"
                )
            yield context.column_discrepancy(
                pair,
                column,
                kind=TYPE,
                severity=verdict,
                message=message,
                expected=truth.render(),
                actual=model.render(),
            )


def _in_default_schema(context: CompareContext, column_type: ColumnType) -> ColumnType:
    """A user-defined type's schema left out when it is the default one: a model's
    ``Enum(name="status")`` is the database's ``public.status``."""
    if column_type.type_schema == context.truth.default_schema:
        return replace(column_type, type_schema=None)
    return column_type


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


def _without_qualifier(text: str) -> str:
    """``db.String(50)`` / ``postgresql.JSONB`` -> ``String(50)`` / ``JSONB``."""
    head, paren, rest = text.partition("(")
    return head.rsplit(".", 1)[-1] + paren + rest


@lru_cache(maxsize=4096)
def _squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text).replace('"', "'")
