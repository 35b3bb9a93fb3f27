"""The discrepancy engine: the ground truth (a database, or the docs) against the models.

``compare`` matches tables and columns once (``context.build_context``: names, then
table and column renames by evidence), then runs every comparator registered in
``COMPARATORS`` - one module per concern, each a function ``(context) -> Iterable
[Discrepancy]``, the way Alembic's autogenerate dispatches its comparators. Adding a
concern is adding a module and one line here.

Severities: critical for a table without a class or a class without a table, a column
missing on either side, a rename, a primary or foreign key mismatch and a nullability
mismatch; warning for a type of another family or with other parameters, a server
default, an identity column, enum labels, unique constraints, indexes; cosmetic for the same
type spelled differently and for column and table comments. Views are never compared.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from schema_inspector.introspect.models import ModelSet
from schema_inspector.introspect.schema import Schema

from ..discrepancy import KINDS, Discrepancy
from ..renames import DEFAULT_THRESHOLD
from .columns import compare_columns
from .comments import compare_comments, compare_table_comments
from .context import CompareContext, build_context
from .defaults import compare_defaults
from .enums import compare_enums
from .excludes import compare_excludes
from .identity import compare_identity
from .indexes import compare_indexes
from .keys import compare_keys
from .nullability import compare_nullability
from .tables import compare_tables
from .types import compare_types

Comparator = Callable[[CompareContext], Iterable[Discrepancy]]

COMPARATORS: list[Comparator] = [
    compare_tables,
    compare_columns,
    compare_types,
    compare_nullability,
    compare_keys,
    compare_indexes,
    compare_excludes,
    compare_defaults,
    compare_identity,
    compare_comments,
    compare_table_comments,
    compare_enums,
]


def compare(
    truth: Schema,
    models: ModelSet,
    *,
    renames: tuple[tuple[str, str, str], ...] = (),
    rename_threshold: float = DEFAULT_THRESHOLD,
) -> list[Discrepancy]:
    """Every discrepancy between ``truth`` and ``models``, in a stable order (file, table,
    column, kind). ``renames`` are declared ``(table, old_column, new_column)`` renames;
    they win over any pairing by evidence."""
    context = build_context(truth, models, renames, rename_threshold)
    return run_comparators(context)


def run_comparators(context: CompareContext) -> list[Discrepancy]:
    found = [item for comparator in COMPARATORS for item in comparator(context)]
    return sorted(found, key=sort_key)


def sort_key(item: Discrepancy) -> tuple:
    kind_order = KINDS.index(item.kind) if item.kind in KINDS else len(KINDS)
    return (item.file or "", item.schema or "", item.table, item.column or "", kind_order, item.kind, item.message)


__all__ = ["COMPARATORS", "Comparator", "CompareContext", "build_context", "compare", "run_comparators"]
