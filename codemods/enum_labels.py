"""New labels of a PostgreSQL enum type, written among the strings that hold its labels: an
``Enum("a", "b", name="status")`` call (a column's type, or one a module-level name is bound to)
or a list / tuple ``Enum(*PFS, name="pfs")`` spreads (:class:`~planner.actions.AddEnumLabels`).

Each new label goes right after the label the database puts before it (first when none), written
in that label's quotes and separated as the labels around it are: one a line stays one a line.
"""

from __future__ import annotations

from collections.abc import Sequence

import libcst as cst

from .calls import positional
from .render import string, string_value

Item = cst.Arg | cst.Element


def with_labels(node: cst.BaseExpression, wanted: Sequence[str]) -> cst.BaseExpression | None:
    """``node`` (an ``Enum(...)`` call's string arguments, or a list / tuple display of strings) with
    the labels of ``wanted`` it lacks inserted in ``wanted``'s order (its labels ``wanted`` lacks kept);
    None when its labels are not all strings, or those of ``wanted`` not in ``wanted``'s order."""
    if isinstance(node, cst.Call):
        labels: list[Item] = list(positional(node))
        items: list[Item] = list(node.args)
        opening: cst.BaseParenthesizableWhitespace = node.whitespace_before_args
    elif isinstance(node, (cst.List, cst.Tuple)) and all(isinstance(e, cst.Element) for e in node.elements):
        labels = items = [e for e in node.elements if isinstance(e, cst.Element)]
        bracket = node.lbracket if isinstance(node, cst.List) else (node.lpar[0] if node.lpar else None)
        opening = bracket.whitespace_after if bracket is not None else cst.SimpleWhitespace("")
    else:
        return None
    written = [string_value(item.value) for item in labels]
    # a label the database no longer has stays where it is (a person takes it out)
    if not labels or None in written or any(getattr(item, "star", "") for item in items) \
            or [label for label in wanted if label in written] != [label for label in written if label in wanted]:
        return None
    for label in wanted:
        if label in written:
            continue
        before = [w for w in wanted[: wanted.index(label)] if w in written]
        items = _inserted(items, labels[written.index(before[-1])] if before else None, labels[0], label, opening)
        labels = [item for item in items if not (isinstance(item, cst.Arg) and item.keyword)]
        written = [string_value(item.value) for item in labels]
    return node.with_changes(args=items) if isinstance(node, cst.Call) else node.with_changes(elements=items)


def _inserted(items: list[Item], after: Item | None, first: Item, label: str,
              opening: cst.BaseParenthesizableWhitespace) -> list[Item]:
    """``items`` with a string ``label`` after ``after`` (before ``first`` when None), in the quotes
    of its neighbour and separated as the items are from each other (with one item: a line break
    as after the opening bracket, or a space); after the last item it takes that item's trailing
    comma, if any, but for the one a one-line one-item tuple needs."""
    neighbour = after if after is not None else first
    new = neighbour.with_changes(value=string(label, cst.ensure_type(neighbour.value, cst.SimpleString).quote[0]))
    if len(items) > 1 and isinstance(items[0].comma, cst.Comma):
        separator = items[0].comma
    else:
        separator = cst.Comma(whitespace_after=opening if isinstance(opening, cst.ParenthesizedWhitespace)
                              else cst.SimpleWhitespace(" "))
    if after is None:
        position = items.index(first)
        return [*items[:position], new.with_changes(comma=separator), *items[position:]]
    position = items.index(after) + 1
    if position < len(items):
        return [*items[:position], new.with_changes(comma=separator), *items[position:]]
    trailing = after.comma
    if len(items) == 1 and isinstance(trailing, cst.Comma) and not isinstance(opening, cst.ParenthesizedWhitespace) \
            and isinstance(trailing.whitespace_after, cst.SimpleWhitespace) and not trailing.whitespace_after.value:
        trailing = cst.MaybeSentinel.DEFAULT  # ('x',) -> ('x', 'y')
    return [*items[: position - 1], after.with_changes(comma=separator), new.with_changes(comma=trailing)]
