"""The names a class's ``__mapper_args__`` lists in ``include_properties``: SQLAlchemy maps those
columns only (bcgov/sbc-pay's ``{"include_properties": ["id", "number", ...]}``). A column added to
the class joins the list, right after the attribute it follows, or it would be in the table and not
mapped; a dropped one leaves it.
"""

from __future__ import annotations

import libcst as cst

from schema_inspector.planner.actions import AddColumn, DropColumn

from .calls import assigned_value
from .enum_labels import with_labels
from .node_editors import NodeEditor
from .render import string_value

INCLUDED = "include_properties"


class IncludedPropertiesEditor(NodeEditor):
    """The ``__mapper_args__`` statement with the action's attribute in, or out of, its
    ``include_properties`` (a list or tuple of strings); unchanged when it has none."""

    action: AddColumn | DropColumn
    order = 1

    def transform(self, node: cst.CSTNode) -> cst.CSTNode:
        mapping = assigned_value(node)
        if not isinstance(mapping, cst.Dict):
            return node
        element = next((e for e in mapping.elements if isinstance(e, cst.DictElement)
                        and string_value(e.key) == INCLUDED), None)
        if element is None or not isinstance(element.value, (cst.List, cst.Tuple)):
            return node
        names = element.value
        action = self.action
        edited = _without(names, action.attribute) if isinstance(action, DropColumn) else _with(names, action)
        if edited is None or edited is names:
            return node
        return node.deep_replace(names, edited)


def _with(names: cst.List | cst.Tuple, action: AddColumn) -> cst.BaseExpression | None:
    """``names`` with the new column's attribute, right after the attribute it follows (last if that
    one is not listed); as they are when they hold it, or anything but strings."""
    found = [string_value(e.value) for e in names.elements if isinstance(e, cst.Element)]
    written = [name for name in found if name is not None]
    if action.attribute in written or len(written) < len(found):
        return names
    place = written.index(action.after) + 1 if action.after in written else len(written)
    return with_labels(names, [*written[:place], action.attribute, *written[place:]])


def _without(names: cst.List | cst.Tuple, attribute: str) -> cst.BaseExpression:
    """``names`` without the string ``attribute``; the last item keeps the trailing comma the
    removed one had (none after a one-line list's last item, but for a one-item tuple's)."""
    elements = list(names.elements)
    found = next((i for i, e in enumerate(elements) if string_value(e.value) == attribute), None)
    if found is None or len(elements) == 1:
        return names
    if found == len(elements) - 1:
        elements[-2] = elements[-2].with_changes(comma=elements[-1].comma)
    del elements[found]
    if isinstance(names, cst.Tuple) and len(elements) == 1 and not isinstance(elements[0].comma, cst.Comma):
        elements[0] = elements[0].with_changes(comma=cst.Comma())
    return names.with_changes(elements=elements)
