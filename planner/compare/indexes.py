"""Indexes (plain, unique, partial, expression) of the database against the models'.

Indexes are matched by name, as Alembic matches them: a model index without a name
(``index=True`` on a column) carries the name SQLAlchemy's default naming convention gives
it, ``ix_<table>_<column>`` (:func:`default_index_name`). Two indexes of one name differ
when their uniqueness, key elements (in order, with their sort order: ``created_at DESC``),
predicate or access method differ; expressions and predicates are compared by meaning, both
sides parsed and printed again by PostgreSQL's own parser (``sql_text``: casts, ``IN`` lists,
parentheses, case and spacing do not count). A unique *index* is an index here, never a
unique constraint: Alembic keeps the two apart, so the models must too (see ``keys``).

Model columns count under their database names (a renamed model column under the name
it is mapped to); a model index on a column the database does not have is left to the
column's own discrepancy (dropping the column drops the index with it).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from schema_inspector.introspect.index_elements import (
    index_fields,
    key_parts,
    quote_identifier,
)
from schema_inspector.introspect.naming_convention import (
    NamingConvention,
    column_label,
    truncated,
)
from schema_inspector.introspect.schema import Index

from ..conventions import callee_of
from ..discrepancy import INDEX, WARNING, Discrepancy
from ..evidence import IndexName
from .context import CompareContext, TablePair
from .sql_text import canonical_expression, canonical_predicate


@dataclass(frozen=True)
class ModelIndex:
    """A model index as it compares: ``index`` in database column names, named as
    SQLAlchemy names it; ``written`` is the index as the model reader recorded it."""

    index: Index
    written: Index

    @property
    def column_level(self) -> bool:
        """``index=True`` on a column (the reader records those without a name)."""
        return self.written.name is None


def default_index_name(table: str, column: str, naming: NamingConvention | None = None,
                       schema: str | None = None) -> str:
    """The name SQLAlchemy gives ``index=True`` on ``column`` of ``table`` (in ``schema``, as
    the model puts it there): the metadata's naming convention's, else
    ``ix_%(column_0_label)s``, cut to 63 characters with a hash when longer."""
    return unnamed_index_name(table, (column,), naming, schema)


def unnamed_index_name(table: str, columns: tuple[str, ...], naming: NamingConvention | None = None,
                       schema: str | None = None) -> str:
    """The name SQLAlchemy gives an index of ``columns`` written without one (``index=True``,
    ``Index(None, a, b)``): as ``default_index_name``, all the columns counting where the
    convention names them all (orchest's ``ix_%(column_0_N_label)s``)."""
    column = columns[0]
    conventional = naming.unnamed("index", table, columns, schema=schema) if naming is not None else None
    if conventional is not None:
        return conventional
    if naming is not None and naming.opaque("index"):
        # a token of the project's own names it (indico's ``column_names``): unknown; the name
        # such conventions give a plain index, ``ix_<table>_<column>``, stands for it (the
        # comparer matches an unnamed index by its definition)
        schema = None
    return truncated(f"ix_{column_label(table, column, schema)}")


def model_indexes(pair: TablePair, naming: NamingConvention | None = None) -> dict[str, ModelIndex]:
    """The model's indexes on ``pair`` by the name they have in SQL (``naming``: the
    metadata's convention), in database column names; those naming a column the database
    lacks are left out."""
    found: dict[str, ModelIndex] = {}
    for written in pair.model.indexes:
        columns = tuple(pair.truth_name(c) for c in written.columns)
        if None in columns:
            continue
        name = written.name
        if name is not None and pair.rename is not None and pair.source is not None \
                and name in dict(pair.source.names_after_table):  # "%s_scope" % __tablename__, renamed
            name = name.replace(pair.model.name, pair.truth.name, 1)
        if name is None and not columns:
            continue  # an unnamed expression index: SQLAlchemy cannot name it either
        in_truth_names = {key: name for key, name in zip(written.columns, columns, strict=False) if name is not None}
        parts = [
            replace(part, sql=quote_identifier(in_truth_names[part.column]), column=in_truth_names[part.column])
            if part.column is not None else part
            for part in key_parts(written.columns, written.expressions, written.elements)
        ]
        columns, expressions, elements = index_fields(parts)
        index = replace(written, columns=columns, expressions=expressions, elements=elements)
        if name is None and naming is not None and naming.opaque("index"):
            # the convention names it with a token of the project's own: the database's index
            # of the same definition has its name, if there is one
            same = [i for i in pair.truth.indexes if i.name and i.name not in found
                    and index_signature(replace(index, name=i.name)) == index_signature(i)]
            name = same[0].name if len(same) == 1 else None
        if name is None:
            name = unnamed_index_name(pair.truth.name, columns, naming, pair.naming_schema)
        index = replace(index, name=name)
        found[name] = ModelIndex(index, written)
    return found


def index_signature(index: Index) -> tuple:
    """What must agree for two indexes of one name to be the same index: its key elements
    in order, each a column (by name) or an expression (normalised), with its sort order."""
    elements = tuple(
        (part.column, None if part.column is not None else canonical_expression(part.sql), part.descending,
         part.nulls_first)
        for part in key_parts(index.columns, index.expressions, index.elements)
    )
    return (index.unique, elements, canonical_predicate(index.where), index.method) + _details(index)


def _details(index: Index) -> tuple:
    """INCLUDE columns, NULLS NOT DISTINCT and the operator classes that are not the default."""
    return (tuple(index.include), index.nulls_not_distinct, tuple(sorted(index.operator_classes)))


def _written_alike(a: Index, b: Index) -> bool:
    """The same index written the same way (no need to parse its SQL to know)."""
    return (a.unique, a.columns, a.expressions, a.elements, a.where, a.method) + _details(a) == (
        b.unique, b.columns, b.expressions, b.elements, b.where, b.method) + _details(b)


def describe_index(index: Index) -> str:
    """``UNIQUE ix_name (a, lower(b) DESC) WHERE ...`` for messages."""
    elements = ", ".join(index.key_elements)
    text = f"{'UNIQUE ' if index.unique else ''}{index.name} ({elements})"
    if index.method != "btree":
        text += f" USING {index.method}"
    if index.operator_classes:
        text += " OPS (" + ", ".join(f"{c} {o}" for c, o in index.operator_classes) + ")"
    if index.include:
        text += f" INCLUDE ({', '.join(index.include)})"
    if index.nulls_not_distinct:
        text += " NULLS NOT DISTINCT"
    if index.where:
        text += f" WHERE {index.where}"
    return text


def compare_indexes(context: CompareContext) -> Iterable[Discrepancy]:
    for pair in context.pairs:
        unread = {context.naming.applied("index", name, pair.truth.name, keys, pair.naming_schema)
                  for name, keys in (pair.source.unread_indexes if pair.source is not None else ())}
        # index= that is not a literal (or a class's own index_created_at = f(), which baselayer's
        # index=getattr(cls, "index_created_at", True) reads): the column's own index is not known
        unread_columns = {(c.truth.name,) for c in pair.columns if c.source is not None and "index" in c.source.unread}
        truth = {index.name: index for index in pair.truth.indexes if index.name and index.name not in unread
                 and index.columns not in unread_columns}
        model = model_indexes(pair, context.naming)
        for name in sorted(set(truth) | set(model)):
            truth_index, model_index = truth.get(name), model.get(name)
            if truth_index and not model_index and any(context.hides_column(pair, c) for c in truth_index.columns):
                continue  # over a column the reader cannot see: the model may declare it too
            if truth_index and model_index and (
                    _written_alike(truth_index, model_index.index)
                    or index_signature(truth_index) == index_signature(model_index.index)
                    or (_method_listened(pair, truth_index, context.models.index_listened_types)
                        and index_signature(truth_index) == index_signature(
                            replace(model_index.index, method=truth_index.method)))):
                continue
            yield _discrepancy(context, pair, name, truth_index, model_index)


def _method_listened(pair: TablePair, index: Index, listened: tuple[str, ...]) -> bool:
    """Whether a column of ``index`` is typed with a TypeDecorator whose module's listener may set
    the method of an index on it (healpix-alchemy's ``Tile``: SP-GiST)."""
    if not listened:
        return False
    by_name = {c.truth.name: c.source for c in pair.columns}
    return any((source := by_name.get(column)) is not None
               and (callee_of(source.type_source) or "").rsplit(".", 1)[-1] in listened for column in index.columns)


def _discrepancy(
    context: CompareContext, pair: TablePair, name: str, truth: Index | None, model: ModelIndex | None
) -> Discrepancy:
    expected = describe_index(truth) if truth else "no index"
    actual = describe_index(model.index) if model else "no index"
    if truth and model:
        message = f"{pair.truth.name}: index {name} is {expected} in the database, {actual} in the model"
    elif truth:
        message = f"{pair.truth.name}: index {expected} is in the database, not in the model"
    else:
        message = f"{pair.truth.name}: index {actual} is in the model, not in the database"
    columns = (truth or model.index).columns  # type: ignore[union-attr]
    column = pair.column_pair(columns[0]) if columns else None
    source = column.source if column is not None and model is not None and model.column_level else None
    return context.located(
        pair, source,
        kind=INDEX, severity=WARNING, message=message, expected=expected, actual=actual,
        column=columns[0] if columns else None,
        evidence=IndexName(name),
    )
