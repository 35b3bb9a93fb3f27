"""Unique constraints and indexes: on a column (``unique=True`` / ``index=True``) or as items
of the table (``__table_args__`` entries, extra ``Table(...)`` arguments).

Adding an item keeps the layout of the tuple it goes in (one item per line where the
tuple is written so), and a trailing dict (``{"schema": ...}``) stays last; a class
without ``__table_args__`` gets one from the editor (:class:`NewTableArgs`), after
``__tablename__``. Removing an item takes its line with it; a ``__table_args__`` left empty
is removed by the editor. Items are found by their kind (``UniqueConstraint``, ``Index``...),
their name and the columns they list: a string names a column by its database name (the
column key), a bare or dotted name by its attribute.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import cast

import libcst as cst

from schema_inspector.introspect.index_elements import (
    index_fields,
    key_parts,
    quote_identifier,
    split_sort,
    unquote_identifier,
)
from schema_inspector.planner.actions import (
    AddIndex,
    AddUniqueConstraint,
    DropColumn,
    DropIndex,
    DropUniqueConstraint,
    UnmapInheritedColumn,
)

from .calls import (
    assigned_name,
    assigned_value,
    func_name,
    get_keyword,
    insert_positional,
    is_call_to,
    positional,
    remove_arg,
    remove_keyword,
    replace_arg_value,
    separator_at,
    set_keyword,
)
from .errors import CodemodError
from .node_editors import (
    NodeEditor,
    column_call,
    ensure_column_call,
    is_true,
    set_argument,
)
from .render import Renderer, multiline_tuple, same_code, string_value

TABLE_ARGS = "__table_args__"

# callee -> how many leading positional arguments are not column references
_COLUMN_LISTS = {"UniqueConstraint": 0, "PrimaryKeyConstraint": 0, "Index": 1}

Item = cst.Element | cst.Arg  # a __table_args__ tuple element, or a Table(...) argument


# -- reading items ---------------------------------------------------------------------


def item_name(call: cst.Call) -> str | None:
    """``name=`` of a constraint; the first argument of an ``Index`` (``conv("x")`` is x)."""
    keyword = get_keyword(call, "name")
    if keyword is not None:
        return _name_value(keyword.value)
    if func_name(call.func) == "Index":
        args = positional(call)
        return _name_value(args[0].value) if args else None
    return None


def _name_value(node: cst.BaseExpression) -> str | None:
    if is_call_to(node, "conv", "f") and len(node.args) == 1:
        return string_value(node.args[0].value)
    return string_value(node)


_SORT_CALLS = ("desc", "asc", "nulls_first", "nullsfirst", "nulls_last", "nullslast")


def _token(node: cst.BaseExpression) -> str | None:
    """A column reference: the string ``"users_id"``, or the name ``user_id`` / ``User.user_id``,
    also sorted (``text("created_at DESC")``, ``created_at.desc()``, ``desc(created_at)``)."""
    value = string_value(node)
    if value is not None:
        return value
    if isinstance(node, cst.Call):
        text = string_value(node.args[0].value) if is_call_to(node, "text") and len(node.args) == 1 else None
        if text is not None:
            return unquote_identifier(split_sort(text)[0])
        if is_call_to(node, *_SORT_CALLS):
            if isinstance(node.func, cst.Attribute) and not node.args:
                return _token(node.func.value)
            if len(node.args) == 1:
                return _token(node.args[0].value)
        return None
    return func_name(node)


def column_tokens(call: cst.Call) -> list[str | None]:
    """The columns a table item lists, as written (None for an expression)."""
    kind = func_name(call.func)
    if kind == "ForeignKeyConstraint":
        local = positional(call)[:1]
        if local and isinstance(local[0].value, (cst.List, cst.Tuple)):
            return [_token(e.value) for e in local[0].value.elements]
        return []
    skip = _COLUMN_LISTS.get(kind or "")
    if skip is None:
        return []
    return [_token(arg.value) for arg in positional(call)[skip:]]


# -- layout-keeping edits of a tuple ------------------------------------------------------


def insert_element(sequence: cst.Tuple, index: int, value: cst.BaseExpression) -> cst.Tuple:
    """``sequence`` with ``value`` inserted before element ``index`` (or appended)."""
    elements = list(sequence.elements)
    opening = sequence.lpar[0].whitespace_after if sequence.lpar else cst.SimpleWhitespace(" ")
    separator = separator_at(elements, index, opening)
    if index < len(elements):
        elements.insert(index, cst.Element(value, comma=cst.Comma(whitespace_after=separator)))
        return sequence.with_changes(elements=elements)
    if not elements:
        return sequence.with_changes(elements=[cst.Element(value, comma=cst.Comma())])
    last = elements[-1]
    one_line_single = len(elements) == 1 and not _multi_line(sequence)
    if one_line_single and isinstance(last.comma, cst.Comma):
        # ``(a,)``: the comma a tuple of one needs, not a trailing comma the file chose: ``(a, b)``
        elements[-1] = last.with_changes(comma=cst.Comma(whitespace_after=separator))
        elements.append(cst.Element(value))
    elif isinstance(last.comma, cst.Comma):
        # trailing comma: the new element takes it (and the layout before ")")
        elements[-1] = last.with_changes(comma=last.comma.with_changes(whitespace_after=separator))
        elements.append(cst.Element(value, comma=last.comma))
    else:
        elements[-1] = last.with_changes(comma=cst.Comma(whitespace_after=separator))
        elements.append(cst.Element(value))
    return sequence.with_changes(elements=elements)


def _on_lines_of_their_own(items: list[cst.BaseExpression], statement: cst.CSTNode,
                           unit: str) -> list[cst.BaseExpression]:
    """``items`` (of ``statement``'s tuple) as they read once each begins a line of its own, one
    ``unit`` into the statement: an item written over several lines, its lines lined up under
    its first (seafevents' ``(Index('idx_filetrash_repo_delete_time',`` and then
    ``'repo_id', 'delete_time'),)`` under the ``'idx...'``), keeps them lined up under it."""
    code = cst.Module([]).code_for_node
    text = code(statement)
    moved, start = [], 0
    for item in items:
        written = code(item)
        at = text.find(written, start)
        start = at + len(written) if at >= 0 else start
        column = at - (text.rfind("\n", 0, at) + 1)  # from the statement's own indentation
        breaks = [n for n in _line_breaks(item) if n.indent]
        if at < 0 or not breaks or any(n.last_line.value.strip(" ") or len(n.last_line.value) <= column
                                       for n in breaks):
            moved.append(item)  # on one line, or lines not under it (or tabs): as they are
            continue
        moved.append(cast(cst.BaseExpression, item.visit(_Shifted(len(unit) - column))))
    return moved


def _line_breaks(node: cst.CSTNode) -> list[cst.ParenthesizedWhitespace]:
    found: list[cst.ParenthesizedWhitespace] = []

    class Finder(cst.CSTVisitor):
        def visit_ParenthesizedWhitespace(self, whitespace: cst.ParenthesizedWhitespace) -> None:
            found.append(whitespace)

    node.visit(Finder())
    return found


class _Shifted(cst.CSTTransformer):
    """Every line an expression continues on, ``by`` columns to the right (left: negative)."""

    def __init__(self, by: int) -> None:
        super().__init__()
        self.by = by

    def leave_ParenthesizedWhitespace(self, original: cst.ParenthesizedWhitespace,
                                      updated: cst.ParenthesizedWhitespace) -> cst.ParenthesizedWhitespace:
        if not updated.indent:
            return updated
        return updated.with_changes(last_line=cst.SimpleWhitespace(" " * (len(updated.last_line.value) + self.by)))


def remove_element(sequence: cst.Tuple, target: cst.Element) -> cst.Tuple:
    """``sequence`` without ``target`` (one of its elements, by identity); a single
    element left keeps a comma (a tuple of one needs it)."""
    elements = list(sequence.elements)
    index = next(i for i, e in enumerate(elements) if e is target)
    removed = elements.pop(index)
    if index == len(elements) and elements:
        # the last element went: its predecessor takes its comma (or none) and layout
        elements[-1] = elements[-1].with_changes(comma=removed.comma)
    if len(elements) == 1 and not isinstance(elements[0].comma, cst.Comma):
        elements[0] = elements[0].with_changes(comma=cst.Comma())
    return sequence.with_changes(elements=elements)


def _multi_line(sequence: cst.Tuple) -> bool:
    """Whether the tuple puts its items on lines of their own."""
    spaces = [sequence.lpar[0].whitespace_after] if sequence.lpar else []
    spaces += [e.comma.whitespace_after for e in sequence.elements if isinstance(e.comma, cst.Comma)]
    return any(isinstance(space, cst.ParenthesizedWhitespace) for space in spaces)


def base_table_args(base: str) -> cst.Attribute:
    """``Model.__table_args__``: the options a class inherits from its base ``Model``."""
    return cst.ensure_type(cst.parse_expression(f"{base}.__table_args__"), cst.Attribute)


def is_base_table_args(node: cst.BaseExpression | None) -> bool:
    return isinstance(node, cst.Attribute) and node.attr.value == TABLE_ARGS


def _is_options(node: cst.BaseExpression | None, option_names: frozenset[str] = frozenset()) -> bool:
    """The table's options, which stay last: ``{"comment": ...}``, ``dict(sqlite_autoincrement=True)``,
    a base's (``Model.__table_args__``), the class's earlier ones (``(..., __table_args__)``), or
    one of the file's ``option_names``: a call of a function (``table_args()``) or a dict constant
    (``MYSQL_TABLE_ARGS``)."""
    if isinstance(node, cst.Dict) or is_base_table_args(node):
        return True
    if isinstance(node, cst.Name):
        return node.value in option_names or node.value == TABLE_ARGS
    if isinstance(node, cst.Call) and isinstance(node.func, cst.Name) and not node.args:
        return node.func.value in option_names or node.func.value == "dict"
    return is_call_to(node, "dict") and all(arg.keyword is not None for arg in node.args)


def _stays_last(node: cst.BaseExpression, option_names: frozenset[str]) -> bool:
    """Whether a tuple's last item stays last when an item is added: the table's options, or a name
    that may be a dict of them (compair's ``DefaultTableMixin.default_table_args``, a class attribute
    of another module): an item goes before it, which is right whatever the name holds."""
    return _is_options(node, option_names) or isinstance(node, (cst.Name, cst.Attribute))


def _withassigned_value(statement: cst.SimpleStatementLine, value: cst.BaseExpression) -> cst.SimpleStatementLine:
    return statement.with_changes(body=[statement.body[0].with_changes(value=value), *statement.body[1:]])


def is_empty_table_args(statement: cst.CSTNode) -> bool:
    """``__table_args__ = ()`` or ``{}``: what removing every item leaves (the editor drops it)."""
    if assigned_name(statement) != TABLE_ARGS:
        return False
    value = assigned_value(statement)
    return isinstance(value, (cst.Tuple, cst.Dict)) and not value.elements


# -- the table's items as one editable sequence ---------------------------------------


class _Items:
    """The items of a ``__table_args__`` statement or of a ``Table(...)`` call, edited in place;
    an item written here is wrapped as black would when it is too long (``render``)."""

    def __init__(self, node: cst.CSTNode, indent: str, render: Renderer | None = None) -> None:
        self.node: cst.Call | cst.SimpleStatementLine = (
            node if isinstance(node, cst.Call) else cst.ensure_type(node, cst.SimpleStatementLine))
        self.indent = indent
        self.render = render

    def calls(self) -> list[tuple[Item, cst.Call]]:
        """Every item that is a call (``UniqueConstraint(...)``, ``Index(...)``...)."""
        items: list[Item]
        if isinstance(self.node, cst.Call):
            items = list(positional(self.node))
        else:
            value = assigned_value(self.node)
            items = [e for e in value.elements if isinstance(e, cst.Element)] if isinstance(value, cst.Tuple) else []
        return [(item, item.value) for item in items if isinstance(item.value, cst.Call)]

    def _fitted(self, new: cst.Call) -> cst.Call:
        """``new`` wrapped as black would, on a line of its own in the tuple (two levels
        into the class) or the ``Table(...)`` call (one level into the file)."""
        if self.render is None:
            return new
        if isinstance(self.node, cst.Call):
            return self.render.wrapped_item(cst.Arg(new, comma=cst.Comma()), 0).value
        return self.render.wrapped_item(cst.Element(new, comma=cst.Comma()), 1).value

    def add(self, new: cst.Call) -> None:
        new = self._fitted(new)
        if isinstance(self.node, cst.Call):
            self.node = insert_positional(self.node, new)
            return
        value = assigned_value(self.node)
        options = self.render.style.option_names if self.render is not None else frozenset()
        too_long = "\n" in cst.Module([]).code_for_node(new)
        starred = next((i for i, e in enumerate(value.elements) if isinstance(e, cst.StarredElement)), None) \
            if isinstance(value, cst.Tuple) else None
        if starred is not None:
            # ``(UniqueConstraint(...), *__table_args__)``: before what it spreads, which may end with the
            # options, and with its star (rebuilt from the values, the tuple lost it)
            value = insert_element(cst.ensure_type(value, cst.Tuple), starred, new)
        elif isinstance(value, cst.Tuple) and (value.elements or too_long) and not _multi_line(value):
            # one item per line once there are two, as black leaves a tuple with a trailing
            # comma, or when the item does not fit on the tuple's line; an item's own lines
            # move with it
            items = _on_lines_of_their_own([e.value for e in value.elements], self.node, self.indent)
            before_dict = len(items) - 1 if items and _stays_last(items[-1], options) else len(items)
            value = multiline_tuple([*items[:before_dict], new, *items[before_dict:]], self.indent)
        elif isinstance(value, cst.Tuple):
            elements = value.elements
            before_dict = len(elements) - 1 if elements and _stays_last(elements[-1].value, options) \
                else len(elements)
            value = insert_element(value, before_dict, new)
        elif value is not None and _is_options(value, options):
            # one item per line, as a new __table_args__ is written; the dict stays last, out of the
            # parentheses it may have been written in (c2cgeoform's ``(\n    {"schema": ...}\n)``)
            value = multiline_tuple([new, value.with_changes(lpar=[], rpar=[])], self.indent)
        else:
            raise CodemodError("", 0, f"{TABLE_ARGS} is not a literal tuple or dict; add the item by hand")
        self.node = _withassigned_value(self.node, value)

    def remove(self, item: Item) -> None:
        if isinstance(self.node, cst.Call):
            self.node = remove_arg(self.node, cst.ensure_type(item, cst.Arg))
            return
        value = cst.ensure_type(assigned_value(self.node), cst.Tuple)  # calls() found the item in it
        self.node = _withassigned_value(self.node, remove_element(value, cst.ensure_type(item, cst.Element)))

    def replace(self, item: Item, new: cst.Call) -> None:
        new = self._fitted(new)
        if isinstance(self.node, cst.Call):
            self.node = replace_arg_value(self.node, cst.ensure_type(item, cst.Arg), new)
            return
        value = cst.ensure_type(assigned_value(self.node), cst.Tuple)  # calls() found the item in it
        if not _multi_line(value) and "\n" in cst.Module([]).code_for_node(new):
            # an item too long for the one-line tuple: one item per line, as add() does
            items = [new if e is item else e.value for e in value.elements]
            self.node = _withassigned_value(self.node, multiline_tuple(items, self.indent))
            return
        elements = [e.with_changes(value=new) if e is item else e for e in value.elements]
        self.node = _withassigned_value(self.node, value.with_changes(elements=elements))

    def first(self, wanted: Callable[[cst.Call], bool]) -> tuple[Item, cst.Call] | None:
        return next(((item, call) for item, call in self.calls() if wanted(call)), None)

    def remove_where(self, wanted: Callable[[cst.Call], bool]) -> None:
        # Found again after each removal: a removal rewrites a neighbour's comma.
        while (found := self.first(wanted)) is not None:
            self.remove(found[0])


# -- editors ------------------------------------------------------------------------


class TableItemEditor(NodeEditor):
    """Carries out one unique-constraint or index action on the node the editor hands it:
    the column's statement (column-level form), the ``__table_args__`` statement, or the
    ``Table(...)`` call.

    ``renames`` (set by the editor) maps the model's column names to the database's for the
    columns this same run maps (``MapColumnName``): an item lists a column by its database
    name only then, else by the name the model still gives it (``action.model_columns``).
    """

    action: AddUniqueConstraint | DropUniqueConstraint | AddIndex | DropIndex

    def __init__(self, action, renderer: Renderer) -> None:
        super().__init__(action, renderer)
        self.renames: dict[str, str] = {}
        self.keys: dict[str, str] = {}  # a Table(...)'s column names -> the keys its items name them by

    def item_columns(self) -> tuple[str, ...]:
        """The columns an added item lists, as the class (or the ``Table``, by their keys)
        names them after this run."""
        action = self.action
        wanted = tuple(action.definition.columns)
        model = getattr(action, "model_columns", ()) or wanted
        named = (w if m == w else self.renames.get(m, m) for w, m in zip(wanted, model, strict=False))
        return tuple(self.keys.get(name, name) for name in named)

    def transform(self, node: cst.CSTNode) -> cst.CSTNode:
        if isinstance(node, cst.Call):  # a Table(...): Column("size_bytes", ..., key="size") is "size"
            self.keys = _column_keys(node)
        if isinstance(node, cst.Call) or assigned_name(node) == self.render.items_name:
            items = _Items(node, self.render.style.indent, self.render)
            self.edit_items(items)
            return items.node
        node = ensure_column_call(node, self.render)
        call = column_call(node)
        new_call = self.edit_column(call)
        return node if new_call is call else node.deep_replace(call, new_call)

    def edit_items(self, items: _Items) -> None:
        raise NotImplementedError

    def edit_column(self, call: cst.Call) -> cst.Call:
        raise NotImplementedError

    def new_item(self) -> cst.Call:
        """The item this action adds to a table (:class:`NewTableArgs` asks for it)."""
        raise NotImplementedError


class _AddItemEditor(TableItemEditor):
    """Adds the item, or rewrites in place an item of the same name that differs."""

    action: AddUniqueConstraint | AddIndex
    order = 9

    def written_names(self, name: str | None) -> set[str | None]:
        """``name`` and how the models write it under the naming convention."""
        return {name, *(written for db_name, written, _ in self.action.names if db_name == name)}

    def same_item(self, call: cst.Call) -> bool:
        raise NotImplementedError

    # keywords the action says (the rest of an item rewritten in place stays as written:
    # postgresql_with=, postgresql_tablespace=, postgresql_concurrently=...)
    said: frozenset[str] = frozenset()

    def with_kept(self, written: cst.Call, new: cst.Call) -> cst.Call:
        """``new`` with the keywords of the ``written`` item the action does not say."""
        kept = [(a.keyword.value, a.value) for a in written.args if a.keyword is not None
                and a.keyword.value not in self.said and get_keyword(new, a.keyword.value) is None]
        for keyword, value in kept:
            new = set_keyword(new, keyword, value)
        return new

    def edit_items(self, items: _Items) -> None:
        new = self.new_item()
        found = items.first(self.same_item)
        if found is None:
            items.add(new)
            return
        new = self.with_kept(found[1], new)
        if not same_code(found[1], new):
            items.replace(found[0], new)


class AddUniqueConstraintEditor(_AddItemEditor, carries_out=AddUniqueConstraint):
    action: AddUniqueConstraint
    said = frozenset({"name", "postgresql_nulls_not_distinct"})

    def same_item(self, call: cst.Call) -> bool:
        if not is_call_to(call, "UniqueConstraint"):
            return False
        wanted = self.action.definition
        if wanted.name is not None and item_name(call) is not None:
            return item_name(call) in self.written_names(wanted.name)
        return sorted(map(str, column_tokens(call))) in (sorted(wanted.columns), sorted(self.item_columns()))

    def edit_column(self, call: cst.Call) -> cst.Call:
        return set_argument(call, "unique", cst.Name("True"))

    def new_item(self) -> cst.Call:
        self.render.names = {name: (written, converted) for name, written, converted in self.action.names}
        return self.render.unique_constraint(replace(self.action.definition, columns=self.item_columns()))


class AddIndexEditor(_AddItemEditor, carries_out=AddIndex):
    action: AddIndex
    # what an index's definition holds (``planner.compare.indexes.index_signature``), said or not:
    # an operator class the database no longer has is not kept (Balsam's ``jsonb_path_ops``)
    said = frozenset({"unique", "postgresql_using", "postgresql_where", "postgresql_include",
                      "postgresql_nulls_not_distinct", "postgresql_ops"})

    def with_kept(self, written: cst.Call, new: cst.Call) -> cst.Call:
        """The catalog's operator classes are of plain columns only: those written for an index's
        expressions (``postgresql_ops={"lower_name": "text_pattern_ops"}``) stay as written, beside
        the database's of its plain columns; a ``postgresql_ops=`` that is not a literal ``{...}``
        stays whole where the database has none."""
        new = super().with_kept(written, new)
        ops = get_keyword(written, "postgresql_ops")
        if ops is None or not self.action.definition.expressions:
            return new
        if not isinstance(ops.value, cst.Dict):
            databases = get_keyword(new, "postgresql_ops")
            return new if databases is not None else set_keyword(new, "postgresql_ops", ops.value)
        plain = {*self.action.definition.columns, *self.item_columns(), *filter(None, column_tokens(written))}
        of_expressions = [e for e in ops.value.elements
                          if not (isinstance(e, cst.DictElement) and string_value(e.key) in plain)]
        if not of_expressions:
            return new
        databases = get_keyword(new, "postgresql_ops")
        elements = [*(databases.value.elements if databases is not None and isinstance(databases.value, cst.Dict)
                      else ()), *of_expressions]
        return set_keyword(new, "postgresql_ops", ops.value.with_changes(
            elements=[e.with_changes(comma=cst.MaybeSentinel.DEFAULT) for e in elements]))

    def same_item(self, call: cst.Call) -> bool:
        if not is_call_to(call, "Index"):
            return False
        written, args = self.action.written_name, positional(call)
        if written is not None and args:
            return same_code(args[0].value, cst.parse_expression(written))
        return item_name(call) in self.written_names(self.action.definition.name)

    def edit_column(self, call: cst.Call) -> cst.Call:
        """``index=True``, and ``unique=True`` exactly when the index is unique (on a
        column with ``index=True`` the flag belongs to the index; a ``unique=False`` the
        column says already stays)."""
        call = set_argument(call, "index", cst.Name("True"))
        if self.action.definition.unique:
            return set_argument(call, "unique", cst.Name("True"))
        return remove_keyword(call, "unique") if is_true(call, "unique") else call

    def new_item(self) -> cst.Call:
        """The database's index, its plain columns named as the class names them after this
        run (a sorted column is SQL text: the database's name)."""
        definition = self.action.definition
        names = dict(zip(definition.columns, self.item_columns(), strict=False))
        parts = [
            replace(part, sql=quote_identifier(names[part.column]), column=names[part.column])
            if part.column is not None and part.default_order else part
            for part in key_parts(definition.columns, definition.expressions, definition.elements)
        ]
        columns, expressions, elements = index_fields(parts)
        self.render.names = {name: (written, converted) for name, written, converted in self.action.names}
        return self.render.index(replace(definition, columns=columns, expressions=expressions, elements=elements))


class DropUniqueConstraintEditor(TableItemEditor, carries_out=DropUniqueConstraint):
    action: DropUniqueConstraint
    order = 8

    def _matches(self, call: cst.Call) -> bool:
        if not is_call_to(call, "UniqueConstraint"):
            return False
        wanted = self.action.definition
        if wanted.name is not None:
            return item_name(call) == wanted.name
        written = sorted(map(str, column_tokens(call)))
        return item_name(call) is None and written in (sorted(wanted.columns), sorted(self.item_columns()))

    def edit_items(self, items: _Items) -> None:
        items.remove_where(self._matches)

    def edit_column(self, call: cst.Call) -> cst.Call:
        if is_true(call, "index"):
            return call  # unique=True with index=True is a unique index, not this constraint
        return remove_keyword(call, "unique")


class DropIndexEditor(TableItemEditor, carries_out=DropIndex):
    action: DropIndex
    order = 8

    def edit_items(self, items: _Items) -> None:
        name = self.action.definition.name
        if name is not None:
            items.remove_where(lambda call: is_call_to(call, "Index") and item_name(call) == name)

    def edit_column(self, call: cst.Call) -> cst.Call:
        if not is_true(call, "index"):
            return call
        call = remove_keyword(call, "index")
        if self.action.definition.unique:
            call = remove_keyword(call, "unique")
        return call


class DropColumnItemsEditor(NodeEditor):
    """The ``DropColumn`` companion on the table's items: a unique constraint, index or
    foreign key constraint that lists the dropped column goes with it (the table could
    not be built otherwise), and the column leaves a ``PrimaryKeyConstraint``."""

    action: DropColumn | UnmapInheritedColumn
    order = 8

    def _names_column(self, token: str | None) -> bool:
        return token is not None and token in (self.action.column, self.action.attribute)

    def _lists_column(self, call: cst.Call) -> bool:
        return any(self._names_column(t) for t in column_tokens(call))

    def transform(self, node: cst.CSTNode) -> cst.CSTNode:
        items = _Items(node, self.render.style.indent)
        while (found := items.first(self._lists_column)) is not None:
            item, call = found
            if func_name(call.func) == "PrimaryKeyConstraint" and len(column_tokens(call)) > 1:
                dropped = next(a for a in positional(call) if self._names_column(_token(a.value)))
                items.replace(item, remove_arg(call, dropped))
            else:
                items.remove(item)
        return items.node


class NewTableArgs:
    """``__table_args__ = (...)`` for a class that has none, holding the items of the
    table-level actions the editor collected (inserted like a new column statement), one
    per line; then the other editors (the table comment) edit that statement."""

    def __init__(self, renderer: Renderer, name: str = TABLE_ARGS) -> None:
        self.render = renderer
        self.name = name  # ``__table_args__``, or the attribute a base's declared_attr reads
        self.editors: list[NodeEditor] = []

    def statement(self) -> cst.SimpleStatementLine:
        # each on a line of its own two levels into the class, wrapped as black would (lilypad)
        items: list[cst.BaseExpression] = [
            self.render.wrapped_item(cst.Element(t.new_item(), comma=cst.Comma()), 1).value
            for t in self.editors if isinstance(t, TableItemEditor)]
        inherited = next((base for t in self.editors if (base := getattr(t.action, "table_args_from", None))), None)
        if inherited is not None:  # what the class inherits stays: its options, last
            items.append(base_table_args(inherited))
        value = multiline_tuple(items, self.render.style.indent) if items else cst.Tuple([])
        alone = len(items) == 1 and all(isinstance(e, TableItemEditor) for e in self.editors)  # no comment to come
        one = cst.Tuple([cst.Element(items[0], comma=cst.Comma())]) if alone else None
        if one is not None and "\n" not in (text := cst.Module([]).code_for_node(one)) \
                and len(self.render.style.indent) + len(f"{self.name} = {text}") <= self.render.line_length:
            value = one  # as black leaves one item: the comma a tuple of one needs is not a trailing comma (viseron)
        statement: cst.CSTNode = cst.SimpleStatementLine([cst.Assign([cst.AssignTarget(cst.Name(self.name))], value)])
        for editor in sorted(self.editors, key=lambda t: t.order):
            if not isinstance(editor, TableItemEditor):
                statement = editor.transform(statement)
        return cst.ensure_type(statement, cst.SimpleStatementLine)


def _column_keys(table: cst.Call) -> dict[str, str]:
    """The ``Column("name", ..., key="k")`` arguments of a ``Table(...)`` call: name -> key."""
    keys = {}
    for argument in table.args:
        call = argument.value
        if not isinstance(call, cst.Call) or not call.args:
            continue
        name, key = string_value(call.args[0].value), get_keyword(call, "key")
        written = string_value(key.value) if key is not None else None
        if name is not None and written is not None:
            keys[name] = written
    return keys
