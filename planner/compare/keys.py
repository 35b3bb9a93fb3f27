"""Keys: primary key membership, foreign keys (target, ON DELETE / ON UPDATE) and unique
constraints, column by column in database names (a renamed model column counts under
its database name). Unique indexes are compared with the other indexes (``indexes``)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from schema_inspector.introspect.naming_convention import NamingConvention
from schema_inspector.introspect.schema import ForeignKey, Table, UniqueConstraint

from ..discrepancy import (
    CRITICAL,
    FOREIGN_KEY,
    PRIMARY_KEY,
    UNIQUE,
    WARNING,
    Discrepancy,
)
from ..evidence import KeyColumns, PrimaryKeyColumns, UniqueConstraintSide
from .context import ColumnPair, CompareContext, TablePair


def compare_keys(context: CompareContext) -> Iterable[Discrepancy]:
    for pair in context.pairs:
        yield from _primary_key(context, pair)
        yield from _foreign_keys(context, pair)
        yield from _unique(context, pair)


def _model_names(pair: TablePair, names: Iterable[str]) -> tuple[str, ...] | None:
    """Model column names -> database names; None when one of them is not in the database."""
    mapped = tuple(pair.truth_name(name) for name in names)
    return None if any(name is None for name in mapped) else mapped  # type: ignore[return-value]


def _primary_key(context: CompareContext, pair: TablePair) -> Iterable[Discrepancy]:
    truth_pk = set(pair.truth.primary_key.columns) if pair.truth.primary_key else set()
    model_pk = {pair.truth_name(c) for c in pair.model.primary_key.columns} if pair.model.primary_key else set()
    model_pk.discard(None)
    for column in pair.columns:
        name = column.truth.name
        in_truth, in_model = name in truth_pk, name in model_pk
        if in_truth == in_model:
            continue
        if in_truth:
            message = f"{pair.truth.name}.{name} is part of the primary key in the database, not in the model"
        elif not truth_pk:
            message = (
                f"{pair.truth.name} has no primary key in the database; the model declares "
                f"{name} as primary key"
            )
        else:
            message = f"{pair.truth.name}.{name} is a primary key column in the model, not in the database"
        yield context.column_discrepancy(
            pair,
            column,
            kind=PRIMARY_KEY,
            severity=CRITICAL,
            message=message,
            expected="primary key" if in_truth else "not in the primary key",
            actual="primary key" if in_model else "not in the primary key",
            evidence=PrimaryKeyColumns(bool(truth_pk), tuple(sorted(truth_pk))),
        )


def render_foreign_key(fk: ForeignKey | None, default_schema: str) -> str:
    """``users(id) ON DELETE CASCADE`` - a foreign key's target and actions, for messages."""
    if fk is None:
        return "no foreign key"
    target = fk.target_table
    if fk.target_schema not in (None, default_schema):
        target = f"{fk.target_schema}.{target}"
    text = f"{target}({', '.join(fk.target_columns)})"
    if _action(fk.ondelete):
        text += f" ON DELETE {_action(fk.ondelete)}"
    if _action(fk.onupdate):
        text += f" ON UPDATE {_action(fk.onupdate)}"
    return text + _deferral(fk.deferrable, fk.initially_deferred)


def _deferral(deferrable: bool, initially_deferred: bool) -> str:
    """`` DEFERRABLE INITIALLY DEFERRED`` / `` DEFERRABLE`` / nothing (NOT DEFERRABLE)."""
    if not deferrable:
        return ""
    return " DEFERRABLE" + (" INITIALLY DEFERRED" if initially_deferred else "")


def _action(value: str | None) -> str | None:
    normalised = " ".join(value.upper().split()) if value else None
    return None if normalised in (None, "NO ACTION") else normalised


def fk_signature(fk: ForeignKey, default_schema: str):
    # A model FK to a table under its old name (a table rename) differs too: once
    # __tablename__ follows the database, ForeignKey("old.id") would name no table.
    return (
        fk.target_schema or default_schema,
        fk.target_table,
        tuple(fk.target_columns),
        _action(fk.ondelete),
        _action(fk.onupdate),
        fk.deferrable,
        fk.deferrable and fk.initially_deferred,
    )


def _follows_rename(context: CompareContext, column: ColumnPair, truth_fk: ForeignKey, model_fk: ForeignKey) -> bool:
    """The model's key names a column object (``users.c.id``, ``User.id``) of a table the plan
    renames to the database's target: SQLAlchemy takes the new name from the object."""
    return column.source is not None and column.source.foreign_key_object \
        and targets_renamed_table(context, truth_fk, model_fk)


def targets_renamed_table(context: CompareContext, truth_fk: ForeignKey, model_fk: ForeignKey) -> bool:
    """The model's key targets, under its old name, the table the plan renames to the database's
    target, and nothing else of the key differs."""
    if truth_fk.target_table is None:
        return False
    target = context.table_pair(truth_fk.target_table, truth_fk.target_schema)
    if target is None or target.model.name != model_fk.target_table or target.rename is None:
        return False
    default = context.truth.default_schema
    return fk_signature(replace(model_fk, target_table=truth_fk.target_table,
                                target_schema=truth_fk.target_schema), default) == fk_signature(truth_fk, default)


def _foreign_keys(context: CompareContext, pair: TablePair) -> Iterable[Discrepancy]:
    default = context.truth.default_schema
    # by columns, several keys on the same columns each (newspipe's ``ForeignKey("user.id")`` on the
    # column and ``ForeignKeyConstraint([user_id], ["user.id"], ondelete="CASCADE")`` beside it: two
    # constraints, each the database's too)
    truth_fks: dict[tuple[str, ...], list[ForeignKey]] = {}
    for fk in pair.truth.foreign_keys:
        truth_fks.setdefault(tuple(fk.columns), []).append(fk)
    model_fks: dict[tuple[str, ...], list[ForeignKey]] = {}
    for fk in pair.model.foreign_keys:
        if fk.target_table is None:  # a target the reader could not resolve (it says so)
            names = [pair.truth_name(name) for name in fk.columns]
            if all(names) and truth_fks.get(key := tuple(name for name in names if name)):
                truth_fks[key].pop(0)
            continue
        columns = _model_names(pair, fk.columns)
        if columns is not None:
            model_fks.setdefault(columns, []).append(_placed_target(context, fk))
    for columns in sorted(set(truth_fks) | set(model_fks)):
        truths, models = _unmatched_keys(truth_fks.get(columns, []), model_fks.get(columns, []), default)
        for truth_fk, model_fk in zip(truths + [None] * (len(models) - len(truths)),
                                      models + [None] * (len(truths) - len(models)), strict=True):
            yield from _foreign_key(context, pair, columns, truth_fk, model_fk)


def _placed_target(context: CompareContext, fk: ForeignKey) -> ForeignKey:
    """``fk`` with its target in the schema the database has the target's table in, where that is
    a table of a schema the reader cannot read (``ForeignKey(ShortUrl.id)``, c2cgeoportal's
    ``{"schema": _static}``): found by its name, as the class is."""
    target = context.unread_schema_pair(fk.target_table) if fk.target_schema is None and fk.target_table else None
    return replace(fk, target_schema=target.truth.schema) if target is not None else fk


def _unmatched_keys(truths: list[ForeignKey], models: list[ForeignKey], default: str
                    ) -> tuple[list[ForeignKey], list[ForeignKey]]:
    """The keys of one set of columns that have no key of the same signature on the other side."""
    left = list(models)
    unmatched = []
    for truth_fk in truths:
        same = next((m for m in left if fk_signature(m, default) == fk_signature(truth_fk, default)), None)
        if same is None:
            unmatched.append(truth_fk)
        else:
            left.remove(same)
    return unmatched, left


def _foreign_key(context: CompareContext, pair: TablePair, columns: tuple[str, ...], truth_fk: ForeignKey | None,
                 model_fk: ForeignKey | None) -> Iterable[Discrepancy]:
    """The discrepancy of the database's key ``truth_fk`` and the model's ``model_fk`` on
    ``columns`` (either None: the other side has none), unless another says it already."""
    column = pair.column_pair(columns[0])
    if column is None:
        return  # the column itself is missing; that discrepancy says enough
    if truth_fk and model_fk and _follows_rename(context, column, truth_fk, model_fk):
        return
    if model_fk is None and column.source is not None and "foreign_key" in column.source.unread:
        return  # a ForeignKey(...) the reader could not read: it reported it
    default = context.truth.default_schema
    expected, actual = render_foreign_key(truth_fk, default), render_foreign_key(model_fk, default)
    yield context.column_discrepancy(
        pair,
        column,
        kind=FOREIGN_KEY,
        severity=CRITICAL,
        message=(
            f"{pair.truth.name}({', '.join(columns)}): foreign key in the database: {expected}; "
            f"in the model: {actual}"
        ),
        expected=expected,
        actual=actual,
        evidence=KeyColumns(tuple(columns)),
    )


def _unique_key(columns: Iterable[str]) -> tuple[str, ...]:
    return tuple(sorted(columns))


def model_uniques(pair: TablePair) -> list[UniqueConstraint]:
    """The model's unique constraints on ``pair`` in database column names (those naming
    a column the database lacks are left out), the primary key's column set excluded."""
    key = _unique_key(pair.truth.primary_key.columns) if pair.truth.primary_key else None
    found = []
    for unique in pair.model.unique_constraints:
        columns = _model_names(pair, unique.columns)
        if columns is not None and _unique_key(columns) != key:
            found.append(replace(unique, columns=columns))
    return found


def unmatched_uniques(pair: TablePair, naming: NamingConvention | None = None
                      ) -> tuple[list[UniqueConstraint], list[UniqueConstraint]]:
    """(database unique constraints the model lacks, model ones the database lacks).

    Matched as Alembic matches them: same column set and options, and the same name
    unless the model's constraint has none (``unique=True`` on a column, or an unnamed
    ``UniqueConstraint``), which then stands for any name; under a naming convention that
    names it (``"uq": "uq_%(table_name)s_%(column_0_name)s"``), for that name only (a column
    renamed in the database keeps its constraint's old name, which the convention no longer
    gives). Unique *indexes* are indexes (see ``indexes``), never unique constraints."""
    key = _unique_key(pair.truth.primary_key.columns) if pair.truth.primary_key else None
    truth = [u for u in pair.truth.unique_constraints if _unique_key(u.columns) != key]
    model = model_uniques(pair)

    def same(t: UniqueConstraint, m: UniqueConstraint) -> bool:
        return (_unique_key(t.columns) == _unique_key(m.columns) and t.nulls_not_distinct == m.nulls_not_distinct
                and t.deferrable == m.deferrable and (t.deferrable and t.initially_deferred) == (
                    m.deferrable and m.initially_deferred))

    def any_name_for(t: UniqueConstraint, m: UniqueConstraint) -> bool:
        conventional = naming.unnamed("unique", pair.truth.name, tuple(m.columns), schema=pair.naming_schema) \
            if naming is not None else None
        return m.name is None and conventional in (None, t.name)

    # Named model constraints first, so an unnamed one is not used up by a named match.
    matched: list[UniqueConstraint] = []
    for wanted_name in (True, False):
        for t in list(truth):
            match = next((m for m in model
                          if same(t, m) and (m.name == t.name if wanted_name else any_name_for(t, m))), None)
            if match is not None:
                truth.remove(t)
                model.remove(match)
                matched.append(t)
    # A constraint declared twice (``unique=True`` and ``UniqueConstraint("slug")``, or two
    # ``UniqueConstraint``s of the same columns under two names) is one constraint:
    # PostgreSQL drops a repeated definition within one CREATE TABLE, whatever its name,
    # so create_all makes one. The second declaration is not a constraint the database lacks.
    model = [m for m in model if not any(same(t, m) for t in matched)]
    return truth, model


_MAX_IDENTIFIER_BYTES = 63


def default_unique_name(table: str, column: str, naming: NamingConvention | None = None,
                        schema: str | None = None) -> str | None:
    """The name ``unique=True`` on ``column`` of ``table`` (in ``schema``, as the model puts it
    there) gets: the metadata's naming convention's, else PostgreSQL's when it needs no
    truncation."""
    conventional = naming.unnamed("unique", table, (column,), schema=schema) if naming is not None else None
    if conventional is not None:
        return conventional
    name = f"{table}_{column}_key"
    return name if len(name.encode("utf-8")) <= _MAX_IDENTIFIER_BYTES else None


def unique_of_new_column(table: Table, column: str, naming: NamingConvention | None = None,
                         schema: str | None = None) -> UniqueConstraint | None:
    """The database's unique constraint that ``unique=True`` on a column added to the
    models declares: one on ``column`` alone under PostgreSQL's default name (or none),
    without NULLS NOT DISTINCT (which the flag cannot say) - the rule ``table_items``
    follows for a column the models have. Any other is an item of its own
    (``unmatched_uniques`` still reports it) and goes to ``__table_args__``."""
    default = default_unique_name(table.name, column, naming, schema)
    return next(
        (
            u
            for u in table.unique_constraints
            if u.columns == (column,) and not u.nulls_not_distinct and not u.deferrable and u.name in (None, default)
        ),
        None,
    )


def _describe_unique(unique: UniqueConstraint) -> str:
    text = f"UNIQUE ({', '.join(unique.columns)})"
    if unique.nulls_not_distinct:
        text += " NULLS NOT DISTINCT"
    text += _deferral(unique.deferrable, unique.initially_deferred)
    return f"{unique.name} {text}" if unique.name else text


def _unique(context: CompareContext, pair: TablePair) -> Iterable[Discrepancy]:
    missing, extra = unmatched_uniques(pair, context.naming)
    for unique, in_truth in [*((u, True) for u in missing), *((u, False) for u in extra)]:
        column = pair.column_pair(unique.columns[0])
        if (
            column is None
            and in_truth
            and unique is unique_of_new_column(pair.truth, unique.columns[0], context.naming, pair.naming_schema)
        ):
            continue  # the column itself is missing; adding it brings unique=True along
        if in_truth and any(context.hides_column(pair, c) for c in unique.columns):
            continue  # over a column the reader cannot see: the model may declare it too
        if in_truth and len(unique.columns) == 1 and column is not None and column.source is not None \
                and "unique" in column.source.unread:
            continue  # unique= that is not a literal (funnel's cls.__email_unique__): not known
        described = _describe_unique(unique)
        yield context.located(
            pair,
            column.source if column is not None else None,
            column=unique.columns[0],
            kind=UNIQUE,
            severity=WARNING,
            message=(
                f"{pair.truth.name}: {described} is in the "
                f"{'database but not in the model' if in_truth else 'model but not in the database'}"
            ),
            expected=described if in_truth else "no such unique constraint",
            actual="no such unique constraint" if in_truth else described,
            evidence=UniqueConstraintSide(tuple(unique.columns), unique.name, in_truth),
        )
