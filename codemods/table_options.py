"""Table options: the ``{"comment": ..., "schema": ...}`` dict of ``__table_args__`` (alone,
or as the tuple's trailing item) and the keywords of a ``Table(...)`` call.

Only ``SetTableComment`` edits them. A comment goes into the dict that is there (its other
entries and its layout kept); a tuple without a dict gets one as its last item; a class
without ``__table_args__`` gets ``__table_args__ = {"comment": ...}`` from the editor (a
tuple with a trailing dict when the same run adds table items, see
:class:`~codemods.table_items.NewTableArgs`). Removing the comment removes its entry, and
a dict left empty with it (the editor drops a ``__table_args__`` left empty).
"""

from __future__ import annotations

import libcst as cst

from schema_inspector.planner.actions import SetTableComment

from .calls import assigned_name, get_keyword, is_call_to, remove_keyword, set_keyword
from .errors import CodemodError
from .node_editors import NodeEditor
from .render import string_value
from .table_items import TABLE_ARGS, insert_element, is_base_table_args, remove_element

_COMMENT = "comment"


def _entry(mapping: cst.Dict, key: str | None) -> cst.DictElement | None:
    for element in mapping.elements:
        if isinstance(element, cst.DictElement) and string_value(element.key) == key:
            return element
    return None


def _set_entry(mapping: cst.Dict, key: cst.SimpleString, value: cst.BaseExpression) -> cst.Dict:
    """``mapping`` with ``key: value``, replacing the entry of that key or appended (the
    dict's separator and trailing comma kept)."""
    elements = list(mapping.elements)
    existing = _entry(mapping, string_value(key))
    if existing is not None:
        return mapping.with_changes(elements=[e.with_changes(value=value) if e is existing else e for e in elements])
    separator = next(
        (e.comma.whitespace_after for e in elements[:-1] if isinstance(e.comma, cst.Comma)), cst.SimpleWhitespace(" ")
    )
    new = cst.DictElement(key, value)
    last = elements[-1] if elements else None
    if last is not None and isinstance(last.comma, cst.Comma):
        # trailing comma: the new entry takes it (and the layout before "}")
        elements[-1] = last.with_changes(comma=last.comma.with_changes(whitespace_after=separator))
        new = new.with_changes(comma=last.comma)
    elif elements:
        elements[-1] = elements[-1].with_changes(comma=cst.Comma(whitespace_after=separator))
    return mapping.with_changes(elements=[*elements, new])


def _remove_entry(mapping: cst.Dict, key: str) -> cst.Dict:
    existing = _entry(mapping, key)
    if existing is None:
        return mapping
    elements = list(mapping.elements)
    index = elements.index(existing)
    removed = elements.pop(index)
    if index == len(elements) and elements:
        elements[-1] = elements[-1].with_changes(comma=removed.comma)
    return mapping.with_changes(elements=elements)


class SetTableCommentEditor(NodeEditor, carries_out=SetTableComment):
    """Sets or removes the table's comment on the ``__table_args__`` statement or the
    ``Table(...)`` call the editor hands it."""

    action: SetTableComment
    order = 10  # after the table items: they insert before the trailing dict

    def transform(self, node: cst.CSTNode) -> cst.CSTNode:
        comment = self.action.comment
        if isinstance(node, cst.Call):  # Table("name", metadata, ..., comment="...")
            if comment is None:
                return remove_keyword(node, _COMMENT)
            existing = get_keyword(node, _COMMENT)
            if existing is not None and string_value(existing.value) == comment:
                return node
            return set_keyword(node, _COMMENT, self.render.string(comment))
        if assigned_name(node) != TABLE_ARGS:
            if assigned_name(node) == self.render.items_name:  # cls._table_args: items, no options
                raise CodemodError("", 0, f"{self.action.class_name}: its table's options come from a base's "
                                   f"declared_attr __table_args__, which adds them to {self.render.items_name}; "
                                   "change the comment there by hand")
            raise CodemodError("", 0, f"{self.action.class_name}: not a {TABLE_ARGS} statement")
        line = cst.ensure_type(node, cst.SimpleStatementLine)
        statement = line.body[0]
        if not isinstance(statement, (cst.Assign, cst.AnnAssign)) or statement.value is None:
            raise CodemodError("", 0, f"{self.action.class_name}: {TABLE_ARGS} has no value to edit")
        value = self._edit_value(statement.value)
        return node if value is statement.value else line.with_changes(
            body=[statement.with_changes(value=value), *line.body[1:]]
        )

    def _edit_value(self, value: cst.BaseExpression) -> cst.BaseExpression:
        if isinstance(value, cst.Dict):
            return self._edit_dict(value)
        if self._options_elsewhere(value):  # __table_args__ = MYSQL_TABLE_ARGS
            return value if self.action.comment is None else self._merged(value)
        if not isinstance(value, cst.Tuple):
            raise CodemodError(
                "", 0, f"{TABLE_ARGS} is not a literal tuple or dict; set the table comment by hand"
            )
        last = value.elements[-1] if value.elements else None
        if isinstance(last, cst.Element) and self._options_elsewhere(last.value):
            # (..., Model.__table_args__), (..., MYSQL_TABLE_ARGS): the comment joins the
            # options written elsewhere
            if self.action.comment is None:
                return value
            merged = self._merged(last.value)
            if len(value.elements) == 1:
                return merged
            return value.with_changes(elements=[*value.elements[:-1], last.with_changes(value=merged)])
        if isinstance(last, cst.Element) and isinstance(last.value, cst.Dict):
            edited = self._edit_dict(last.value)
            if edited is last.value:
                return value
            if not edited.elements:
                return remove_element(value, last)
            return value.with_changes(elements=[*value.elements[:-1], last.with_changes(value=edited)])
        if last is not None and is_call_to(last.value, "dict"):
            raise CodemodError("", 0, f"{TABLE_ARGS} ends with dict(...); set the table comment by hand")
        if last is not None and isinstance(last.value, (cst.Name, cst.Attribute)) and self.action.comment is not None:
            # compair's (..., DefaultTableMixin.default_table_args): a dict of options, or an item; a
            # second dict after a dict would fail at import, and {**name} of an item too
            raise CodemodError("", 0, f"{TABLE_ARGS} ends with {cst.Module([]).code_for_node(last.value)}, which may "
                               "hold the table's options; set the table comment by hand")
        if self.action.comment is None:
            return value
        entry = cst.Dict([cst.DictElement(self.render.string(_COMMENT), self.render.string(self.action.comment))])
        if not value.elements:  # a new __table_args__: the dict alone
            return entry
        return insert_element(value, len(value.elements), entry)

    def _options_elsewhere(self, node: cst.BaseExpression) -> bool:
        """A base's options (``Model.__table_args__``), a dict constant of the file, or the name the
        reader read as the table's options (``SetTableComment.options_name``)."""
        return is_base_table_args(node) or (
            isinstance(node, cst.Name) and node.value in self.render.style.option_names) or (
            self.action.options_name is not None and isinstance(node, (cst.Name, cst.Attribute))
            and cst.Module([]).code_for_node(node) == self.action.options_name)

    def _merged(self, options: cst.BaseExpression) -> cst.Dict:
        """``{**options, "comment": ...}``: the options kept for every table that shares them."""
        assert self.action.comment is not None
        return cst.Dict([cst.StarredDictElement(options), cst.DictElement(
            self.render.string(_COMMENT), self.render.string(self.action.comment))])

    def _edit_dict(self, mapping: cst.Dict) -> cst.Dict:
        comment = self.action.comment
        if comment is None:
            return _remove_entry(mapping, _COMMENT)
        existing = _entry(mapping, _COMMENT)
        if existing is not None and string_value(existing.value) == comment:
            return mapping
        return _set_entry(mapping, self.render.string(_COMMENT), self.render.string(comment))
