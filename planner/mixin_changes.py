"""Where a change to a mapped column is made: on the class that holds the statement, or,
for a column a class inherits from a mixin, on the mixin when every class using that
column needs the same change; otherwise the one class overrides the column, as each class
does when the mixin is an installed library's (read, never edited)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from schema_inspector.introspect.models import ColumnSource, ModelSet

from .actions import Action
from .compare.context import TablePair


@dataclass(frozen=True)
class ColumnChange:
    """A change to one mapped column, before it is decided where it is made (the class,
    or the mixin that defines the column)."""

    source: ColumnSource
    pair: TablePair
    key: tuple  # (kind, value): what two tables must share to change a mixin once
    make: Callable[[str, str], Action]  # (file, class_name) -> the action


@dataclass(frozen=True)
class Override:
    """Changes to an inherited column that only some of the classes using it need: the
    class overrides the column (``OverrideColumn``)."""

    changes: tuple[ColumnChange, ...]
    source: ColumnSource
    disagreeing: tuple[str, ...]  # the classes using the definition as it is


def place_changes(changes: Sequence[ColumnChange], models: ModelSet) -> tuple[list[Action], list[Override]]:
    """The actions of ``changes``, each on the class that holds the statement, or on the mixin
    that defines an inherited column when every class using it needs the same change; and the
    changes that one class must make by overriding the column."""
    # (class, attribute, table): two classes of one name in two modules are on two tables
    by_class_attr: dict[tuple[str, str, str], list[ColumnChange]] = defaultdict(list)
    for change in changes:
        by_class_attr[(change.source.class_name, change.source.attribute, change.source.table)].append(change)
    users: dict[tuple[str, str], list[ColumnSource]] = defaultdict(list)
    for source in models.columns:
        if source.inherited:
            users[(source.defined_in, source.attribute)].append(source)
    actions: list[Action] = []
    overrides: list[Override] = []
    done_mixin: set[tuple[str, str]] = set()
    library = set(models.library)  # a library's mixin is read, never edited: each class overrides
    for (class_name, attribute, _), class_changes in sorted(by_class_attr.items()):
        source = class_changes[0].source
        if not source.inherited:
            actions.extend(c.make(source.file, class_name) for c in class_changes)
            continue
        mixin_key = (source.defined_in, attribute)
        wanted = {u.class_name: frozenset(c.key for c in by_class_attr.get((u.class_name, attribute, u.table), ()))
                  for u in users[mixin_key]}
        if len(set(wanted.values())) == 1 and source.file not in library:
            if mixin_key not in done_mixin:
                done_mixin.add(mixin_key)
                actions.extend(replace(action, reason=(
                    f"{action.reason} The column is defined once in {source.defined_in}, and every "
                    f"class using it ({', '.join(sorted(wanted))}) needs this change, so the mixin changes."
                )) for action in (change.make(source.file, source.defined_in) for change in class_changes))
            continue
        disagreeing = tuple(sorted(k for k, v in wanted.items() if v != wanted[class_name]))
        overrides.append(Override(tuple(class_changes), source, disagreeing))
    return actions, overrides
