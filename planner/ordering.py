"""The order of a plan's actions, and the content hashes of the files they edit.

Actions are ordered by file, class position and kind (``FIX_KINDS``), then by the
column's position in the database; ``db-sql`` suggestions come last. The hashes are the
ones the reader took when it read each file (the planner reads no file): ``apply`` refuses
a file changed since."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from schema_inspector.introspect.models import ModelSet

from .actions import FIX_KINDS, Action, SuggestSQL
from .compare.context import TablePair

_LAST = 1 << 30  # after every known position


def in_plan_order(actions: Iterable[Action], models: ModelSet, pairs: Iterable[TablePair]) -> list[Action]:
    line_of = {(c.file, c.class_name): c.line for c in models.classes}
    position = {(pair.truth.name, column.name): index
                for pair in pairs for index, column in enumerate(pair.truth.columns)}

    def key(action: Action) -> tuple:
        column = getattr(action, "column", "")
        return (
            isinstance(action, SuggestSQL),
            action.file,
            line_of.get((action.file, action.class_name), _LAST),
            action.class_name,
            FIX_KINDS.index(action.kind),
            position.get((action.table, column), _LAST),
            action.table,
            column,
            _item_order(action),
            getattr(action, "sql", ""),
            action.id,
        )

    return sorted(actions, key=key)


def _item_order(action: Action) -> tuple:
    """Within a kind, for actions on no column (unique constraints, indexes, relationships):
    removals before additions (a freed column can then take a flag), then by name."""
    name = getattr(getattr(action, "definition", None), "name", None) or ""
    return (not action.removes, name, getattr(action, "attribute", None) or "")


def edited_file_hashes(actions: Sequence[Action], models: ModelSet) -> tuple[tuple[str, str], ...]:
    """The content hash the reader took of each file the actions edit (a new file has none)."""
    read = dict(models.file_hashes)
    return tuple((file, read[file]) for file in sorted({a.file for a in actions if a.file}) if file in read)
