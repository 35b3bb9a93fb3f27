"""Carry out the actions on one class (or one ``Table(...)`` statement) in one LibCST pass.

The editor gets only the text of that class, parses it, finds the node every action
names (the attribute statement, the ``Table`` argument, ``__tablename__``,
``__table_args__``) and keys the edits by those original nodes, as Fixit does: a single
editor pass then rewrites each keyed node and, on the enclosing body, drops and
inserts statements (a new ``__table_args__`` among them, holding new table items and the
table comment).

:func:`edit_statements` runs the same pass on a few statements of a class instead of the
whole class (see :mod:`codemods.narrow` for when that gives the same result): they are
parsed as the body of a stand-in class, and each comes back as its own text.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from typing import cast

import libcst as cst

from schema_inspector.planner.actions import (
    Action,
    AddColumn,
    AddIndex,
    AddUniqueConstraint,
    DropColumn,
    MapColumnName,
    OverrideColumn,
    RenameTableInForeignKeys,
    SetTableComment,
    SetTableName,
    UnmapInheritedColumn,
)

from .calls import (
    Statement,
    assigned_name,
    assigned_value,
    find_column_call,
    get_keyword,
    insert_arg,
    is_call_to,
    positional,
    remove_arg,
)
from .errors import CodemodError
from .mapper_args import IncludedPropertiesEditor
from .node_editors import (
    AddColumnEditor,
    DropColumnEditor,
    KeptTableNameEditor,
    NewStatementEditor,
    NewTableName,
    NodeEditor,
    OverrideColumnEditor,
    RenameInExpressionsEditor,
    RenameInTableArgsEditor,
    names_in_sql,
)
from .registry import editor_for
from .render import Renderer, string_value
from .table_items import (
    TABLE_ARGS,
    DropColumnItemsEditor,
    NewTableArgs,
    TableItemEditor,
    is_empty_table_args,
)
from .wrap import aligned_arguments


def edit_target(snippet: str, actions: Sequence[Action], renderer: Renderer) -> str:
    """``snippet`` (a top-level class or ``x = Table(...)`` statement, as text) with
    ``actions`` carried out. Raises :class:`CodemodError` (without a place: the caller
    knows it) when an action's target is missing."""
    module = cst.parse_module(snippet)
    index = _TargetIndex(module.body[0], renderer.items_name)
    edits = _plan_edits(index, actions, renderer)
    return module.visit(_KeyedTransformer(edits, renderer, {module, *index.path})).code


# The header of the stand-in class :func:`edit_statements` parses statements in.
STAND_IN_HEADER = "class _:"


def edit_statements(
    statements: Sequence[str], newline: str, actions: Sequence[Action], renderer: Renderer
) -> list[str] | None:
    """Each of ``statements`` with ``actions`` carried out, followed by the statements
    inserted after it; None when the edits drop a statement (a ``__table_args__`` left
    empty goes, and its comments move to the next member: that needs the whole class).

    ``statements`` are class-body statements, each given as the file's lines from its
    first to its last line, indentation and line endings included (not dedented: a
    triple-quoted string would change). They are parsed as the body of a stand-in class
    whose header line ends with ``newline`` (the class's own first line ending, which is
    what LibCST gives new lines). The caller guarantees that the actions need no other
    member of the class: they modify these statements and insert after them, nothing
    else (:func:`codemods.narrow.statements_to_edit`).
    """
    header = STAND_IN_HEADER + newline
    module = cst.parse_module(header + "".join(statements))
    index = _TargetIndex(module.body[0], renderer.items_name)
    edits = _plan_edits(index, actions, renderer)
    assert not (edits.removals or edits.insert_before or edits.container_after), "an edit that needs the whole class"
    transformer = _KeyedTransformer(edits, renderer, {module, *index.path})
    edited = module.visit(transformer)
    if transformer.dropped:
        return None
    stand_in = cst.ensure_type(edited.body[0], cst.ClassDef)
    block = cst.ensure_type(stand_in.body, cst.IndentedBlock)
    body = block.body
    sizes = [1 + len(edits.insert_after.get(original, ())) for original in index.statements()]
    assert len(body) == sum(sizes), "each statement followed by the ones inserted after it"
    texts = []
    start = 0
    for size in sizes:
        group = stand_in.with_changes(body=block.with_changes(body=body[start : start + size]))
        texts.append(edited.with_changes(body=[group]).code[len(header) :])
        start += size
    return texts


def _plan_edits(index: _TargetIndex, actions: Sequence[Action], renderer: Renderer) -> _KeyedEdits:
    """What each action does to which node of ``index``."""
    plan = _KeyedEdits(index.container, index.table_depth)
    editors = [editor_for(action, renderer) for action in actions]
    # an inherited column this run overrides: its index / unique flag is edited on the copy
    overrides = {e.action.attribute: e for e in editors if isinstance(e, OverrideColumnEditor)}
    # the columns this run maps to another database name, an override's copy included; a
    # Table(...)'s column keeps its key (``key="size"``), which its items name it by
    renames = {} if index.table_object else {
        a.old_column: a.column for a in (*actions, *(c for o in actions if isinstance(o, OverrideColumn)
                                                     for c in o.changes)) if isinstance(a, MapColumnName)}
    for action, editor in zip(actions, editors, strict=True):
        if isinstance(editor, TableItemEditor):
            editor.renames = renames
        if isinstance(action, (AddColumn, DropColumn)) and (mapper_args := index.get("__mapper_args__")) is not None:
            # (not an override: an inherited column the class leaves out of the list stays out)
            plan.modify(mapper_args, IncludedPropertiesEditor(action, renderer))
        if isinstance(editor, NewStatementEditor):
            if index.get(editor.action.attribute) is None:
                plan.add(editor, index)
            renamed = [c for c in action.changes if isinstance(c, MapColumnName)] \
                if isinstance(action, OverrideColumn) else []
            table_args = index.get(index.items_name)
            if renamed and table_args is not None and not index.table_object:  # the override's new name
                plan.modify(table_args, RenameInTableArgsEditor(renamed[0], renderer))
            if isinstance(action, UnmapInheritedColumn):  # as for a drop: the class's items that list it go
                plan.on_table_items(index, DropColumnItemsEditor(action, renderer), renderer)
        elif isinstance(editor, DropColumnEditor):
            dropped = editor.action.attribute
            target = index.get(dropped)
            # the statements that bound the name before the one the class keeps go too (codo-cmdb's
            # ``network_type = Column(...)`` written twice): neither is a use of it
            earlier = [s for s in index.members if s is not target and assigned_name(s) == dropped] \
                if target is not None and dropped is not None else []
            users = index.users(dropped, target, earlier) if target is not None else []
            if users:
                raise CodemodError("", 0, (
                    f"{action.class_name}.{dropped}: the drop is held back: the class body still uses it "
                    f"({', '.join(users)}); change or remove those, then plan again"))
            for statement in (*earlier, target) if target is not None else ():  # already gone: nothing to do
                plan.removals.add(statement)
                plan.removals.add(_documented(index, statement))  # and its attribute docstring
            # constraints and indexes that list the column go with it
            plan.on_table_items(index, DropColumnItemsEditor(action, renderer), renderer)
        elif isinstance(editor, TableItemEditor):
            adding = isinstance(action, (AddUniqueConstraint, AddIndex))
            on_column = getattr(action, "attribute", None)  # unique / index: on a column, or None
            if on_column is not None and index.get(on_column) is None and on_column in overrides:
                overrides[on_column].then.append(editor)
            elif on_column is not None:
                target = _column_target(index, on_column, action) if adding else index.get(on_column)
                if target is not None:
                    plan.modify(target, editor)
            if not adding or on_column is None:
                # a dropped constraint may be written either way: both places are looked at
                plan.on_table_items(index, editor, renderer, create=adding)
        elif not isinstance(editor, NodeEditor):
            raise CodemodError("", 0, f"{type(editor).__name__} does not edit a node")
        elif isinstance(action, SetTableComment) and index.held_table_args is not None:
            plan.modify(index.held_table_args, editor)
        elif isinstance(action, SetTableComment):
            # a comment to remove from a class without __table_args__ is already gone
            plan.on_table_items(index, editor, renderer, create=action.comment is not None)
        elif isinstance(action, RenameTableInForeignKeys):
            plan.on_table_items(index, editor, renderer)
        elif isinstance(action, SetTableName):
            target = index.table_name(action)
            if target is None:  # a name the class is given (Flask-SQLAlchemy's, a base's declared_attr)
                plan.add_table_name(NewTableName(renderer, action.name), index)
            else:
                plan.modify(target, editor)
            mapper_args = index.get("__mapper_args__")
            if mapper_args is not None and not index.table_object:
                plan.modify(mapper_args, KeptTableNameEditor(action, renderer))
        elif isinstance(action, MapColumnName):
            target = _column_target(index, action.attribute, action)
            plan.modify(target, editor)
            table_args = index.get(index.items_name)
            if table_args is not None and not index.table_object:
                plan.modify(table_args, RenameInTableArgsEditor(action, renderer))
            for other in index.table_members:
                if other is not target and other is not table_args and names_in_sql(other, action.old_column):
                    plan.modify(other, RenameInExpressionsEditor(action, renderer))
        else:
            plan.modify(_column_target(index, getattr(action, "attribute", None), action), editor)
    return plan


def _column_target(index: _TargetIndex, attribute: str | None, action: Action) -> cst.CSTNode:
    target = index.get(attribute)
    if target is None:
        why = index.unreachable.get(attribute or "", "no such attribute")
        raise CodemodError("", 0, f"{action.class_name}.{attribute}: {why}")
    return target


def _holds_own_name(statement: cst.CSTNode, name: str) -> bool:
    """``name = (..., name)``: a tuple that holds the value the name had before."""
    value = assigned_value(statement)
    return isinstance(value, cst.Tuple) and any(
        isinstance(element.value, cst.Name) and element.value.value == name for element in value.elements)


class _TargetIndex:
    """The nodes of one parsed class (or Table statement) that actions can name."""

    def __init__(self, top: cst.CSTNode, items_name: str = TABLE_ARGS) -> None:
        self.items_name = items_name  # the statement that holds the class's table items
        self.by_name: dict[str, cst.CSTNode] = {}
        self.unreachable: dict[str, str] = {}  # attribute -> why no action can edit it
        self.container: cst.BaseSuite | cst.Call
        self.held_table_args: cst.CSTNode | None = None
        self.table_depth = 0  # 1 for the ``__table__ = Table(...)`` of a class body
        self.members: list[cst.CSTNode] = []  # the class body's statements that may use a column
        # the statements (or a ``Table``'s arguments) that declare the table's columns and items
        self.table_members: list[cst.CSTNode] = []
        if isinstance(top, cst.ClassDef):
            self.table_object = False
            self.container = top.body
            self.path: set[cst.CSTNode] = {top, top.body}
            self.members = list(top.body.body)
            self.table_members = self.members
            for statement in top.body.body:
                name = assigned_name(statement)
                if name == items_name:
                    if name in self.by_name and _holds_own_name(statement, name):
                        # ``__table_args__ = (UniqueConstraint(...), __table_args__)`` (lcfs): the
                        # items are the last statement's, the options the one it holds
                        self.held_table_args = self.by_name[name]
                    self.by_name[name] = statement
                elif name is not None:
                    # the last statement that assigns a name is the one the class keeps (taxhub's
                    # ``regne = db.Column(...)`` written twice in ``Taxref``)
                    self.by_name[name] = statement
                else:
                    self._note_unreachable(statement)
            # ``@declared_attr def __table_args__``: not a literal a new one may replace
            self.computed_table_args = any(
                isinstance(s, cst.FunctionDef) and s.name.value == TABLE_ARGS for s in top.body.body
            )
            held = _held_table(top)
            if held is not None:
                # ``__table__ = Table(...)`` in the class body (taipy's): its columns and items are the
                # Table's; the other members (relationships, ``__mapper_args__``) the body's
                line, call = held
                self.members.remove(line)
                self._index_table(call, {top, top.body, line, line.body[0]})
                self.table_depth = 1
            return
        table_call = _table_call(top)
        if table_call is None:
            raise CodemodError("", 0, "neither a class nor a Table(...) assignment")
        self._index_table(table_call, {top, cst.ensure_type(top, cst.SimpleStatementLine).body[0]})

    def _index_table(self, table_call: cst.Call, path: set[cst.CSTNode]) -> None:
        """The columns of a ``Table(...)`` call, reached along ``path`` (the nodes that hold it)."""
        self.table_object = True
        self.computed_table_args = False
        self.container = table_call
        self.path = {*path, table_call}
        self.table_members = list(table_call.args)
        for arg in table_call.args:
            if isinstance(arg.value, cst.Call) and is_call_to(arg.value, "Column"):
                # a Table column is named by its key: key= when given, else its name
                key = get_keyword(arg.value, "key")
                column_args = positional(arg.value)
                name = string_value(key.value) if key is not None else None
                if name is None and column_args:
                    name = string_value(column_args[0].value)
                if name is not None:
                    self.by_name[name] = arg

    def _note_unreachable(self, statement: cst.CSTNode) -> None:
        """Why an attribute the class makes cannot be edited here: two statements on one
        line, or a ``@declared_attr`` function."""
        if isinstance(statement, cst.SimpleStatementLine) and len(statement.body) > 1:
            for small in statement.body:
                targets = [t.target for t in small.targets] if isinstance(small, cst.Assign) else (
                    [small.target] if isinstance(small, cst.AnnAssign) else [])
                for target in targets:
                    if isinstance(target, cst.Name):
                        self.unreachable[target.value] = (
                            "assigned on a line with other statements (`a = ...; b = ...`); put each "
                            "on a line of its own, then plan again")
        elif isinstance(statement, cst.FunctionDef) and (
                _returned_column(statement) is not None or _aggregated_column(statement) is not None):
            # ``@declared_attr def x(cls): return Column(...)``: the returned call is edited;
            # ``@aggregated("rel", Column(...)) def x(self): ...``: the decorator's column
            self.by_name.setdefault(statement.name.value, statement)
        elif isinstance(statement, cst.FunctionDef) and statement.decorators:
            self.unreachable[statement.name.value] = (
                "made by a function (`@declared_attr`) that does not simply return a column; change it by hand")
        elif isinstance(statement, cst.If) and (running := _run_time_branch(statement)) is not None:
            for inner in running:
                name = assigned_name(inner) or (inner.name.value if isinstance(inner, cst.FunctionDef) else None)
                if name is not None:
                    self.unreachable.setdefault(name, (
                        "defined in the branch of `if TYPE_CHECKING: ... else:` that runs; the edits are made "
                        "on class-body statements only: change it by hand"))

    def users(self, attribute: str, target: cst.CSTNode, going: Sequence[cst.CSTNode] = ()) -> list[str]:
        """The other members of the class body that use ``attribute``: by name
        (``relationship(foreign_keys=[editor_id])``, ``column_property(words + 1)``), as
        ``self.`` / ``cls.`` of a hybrid property (not of an ordinary method: it reads the
        attribute only when called, which the plan's warning names), or in a string a relationship
        evaluates (``"Article.editor_id"``). Items of ``__table_args__`` that list the column
        go with it (``DropColumnItemsEditor``), so they are not users, nor the statements ``going``."""
        found = []
        for statement in self.members:
            if statement is target or statement in going or assigned_name(statement) == self.items_name:
                continue
            if self.table_object and assigned_name(statement) == attribute:
                continue  # a dataclass's annotation of a column its ``__table__`` holds declares it: no use
            if isinstance(statement, (cst.FunctionDef, cst.ClassDef)) and not _hybrid(statement):
                continue  # an ordinary method reads it when called (the plan's warning says so)
            if _uses(statement, attribute):
                name = assigned_name(statement) or getattr(getattr(statement, "name", None), "value", None)
                found.append(name or f"line {statement}")
        return found

    def statements(self) -> list[cst.CSTNode]:
        """The members of a class body (none for a Table(...) statement)."""
        return [] if isinstance(self.container, cst.Call) else list(self.container.body)

    def get(self, name: str | None) -> cst.CSTNode | None:
        return self.by_name.get(name) if name is not None else None

    def table_name(self, action: SetTableName) -> cst.CSTNode | None:
        """The ``Table(...)`` call or the ``__tablename__`` statement; None when the class
        binds none (a name it is given)."""
        if self.table_object:
            return self.container
        why = self.unreachable.get("__tablename__")
        if why is not None or any(isinstance(s, cst.FunctionDef) and s.name.value == "__tablename__"
                                  for s in cast(cst.IndentedBlock, self.container).body):
            raise CodemodError("", 0, f"{action.class_name}.__tablename__: {why or 'made by a function'}")
        return self.by_name.get("__tablename__")


def _held_table(cls: cst.ClassDef) -> tuple[cst.SimpleStatementLine, cst.Call] | None:
    """The statement ``__table__ = Table(...)`` of the class body, and its call."""
    for statement in cls.body.body:
        call = _table_call(statement)
        if call is not None and isinstance(statement, cst.SimpleStatementLine) \
                and assigned_name(statement) == "__table__":
            return statement, call
    return None


def _table_call(top: cst.CSTNode) -> cst.Call | None:
    if isinstance(top, cst.SimpleStatementLine) and isinstance(top.body[0], (cst.Assign, cst.AnnAssign)):
        value = top.body[0].value
        if isinstance(value, cst.Call) and is_call_to(value, "Table"):
            return value
    return None


class _KeyedEdits:
    """What happens to which original node."""

    def __init__(self, container: cst.CSTNode, table_depth: int = 0) -> None:
        self.container = container
        self.table_depth = table_depth  # how deep a Table(...) container is: 1 in a class's ``__table__ = ...``
        self.modifications: dict[cst.CSTNode, list[NodeEditor]] = defaultdict(list)
        self.removals: set[cst.CSTNode] = set()
        self.insert_after: dict[cst.CSTNode, list[NewStatementEditor | NewTableArgs | NewTableName]] = \
            defaultdict(list)
        self.insert_before: dict[cst.CSTNode, list[NewStatementEditor | NewTableArgs | NewTableName]] = \
            defaultdict(list)
        self.added: list[NewStatementEditor] = []
        # edits of a Table(...) call's own items, made after its columns are edited
        self.container_after: list[NodeEditor] = []
        self.new_table_args: NewTableArgs | None = None
        self.new_table_name: NewTableName | None = None

    def _after_new_column(self, editor: NewStatementEditor) -> bool:
        """Place ``editor`` right after a column added in this same pass, if its
        ``after`` names one (several new columns in a row, in the database's order)."""
        previous = next((t for t in self.added if t.action.attribute == editor.action.after), None)
        if previous is None:
            return False
        for queue in (*self.insert_after.values(), *self.insert_before.values()):
            if previous in queue:
                queue.insert(queue.index(previous) + 1, editor)
                return True
        return False

    def modify(self, node: cst.CSTNode, editor: NodeEditor) -> None:
        self.modifications[node].append(editor)

    def on_table_items(self, index: _TargetIndex, editor: NodeEditor, renderer: Renderer,
                       create: bool = False) -> None:
        """Edit the table's items: the ``Table(...)`` arguments, the class's
        ``__table_args__``, or (``create``) a new ``__table_args__``."""
        if index.table_object:
            self.container_after.append(editor)
            return
        table_args = index.get(index.items_name)
        if table_args is not None:
            self.modify(table_args, editor)
        elif create:
            if index.computed_table_args:
                raise CodemodError("", 0, f"{TABLE_ARGS} is computed by a function; change it by hand")
            if self.new_table_args is None:
                self.new_table_args = NewTableArgs(renderer, index.items_name)
                self._place_table_args(self.new_table_args, index)
            self.new_table_args.editors.append(editor)

    def _place_table_args(self, new: NewTableArgs, index: _TargetIndex) -> None:
        """Right after ``__tablename__`` (a new one too); else before the first statement after
        the docstring."""
        tablename = index.get("__tablename__")
        if tablename is not None:
            self.insert_after[tablename].insert(0, new)
            return
        self._place_first(new, index)

    def add_table_name(self, new: NewTableName, index: _TargetIndex) -> None:
        """``__tablename__ = "..."`` for a class that writes none: first, after the docstring."""
        self.new_table_name = new
        self._place_first(new, index)

    def _place_first(self, new: NewTableArgs | NewTableName, index: _TargetIndex) -> None:
        """Before the first statement after the docstring (a new ``__tablename__`` first of all)."""
        members = _members(index)
        first = next((m for m in members if not _is_docstring(m)), None)
        queue = self.insert_before[first] if first is not None else self.insert_after[members[-1]]
        named = self.new_table_name if isinstance(new, NewTableArgs) and self.new_table_name in queue else None
        queue.insert(queue.index(named) + 1 if named is not None else 0, new)

    def add(self, editor: NewStatementEditor, index: _TargetIndex) -> None:
        if not self._after_new_column(editor):
            self._place(editor, index)
        self.added.append(editor)

    def _place(self, editor: NewStatementEditor, index: _TargetIndex) -> None:
        after = index.get(editor.action.after)
        if after is not None:
            self.insert_after[_documented(index, after)].append(editor)
            return
        members = _members(index)
        if editor.action.after is None and members:
            first_column = next((m for m in members if not _is_preamble(m, index)), None)
            if first_column is not None:
                self.insert_before[first_column].append(editor)
                return
        # ``after`` names an attribute this class does not define (e.g. a mixin's): the
        # new column goes after the last column the class does define.
        columns = [m for m in members if _defines_column(m)]
        anchor = columns[-1] if columns else (members[-1] if members else None)
        if anchor is None:
            raise CodemodError("", 0, f"{editor.action.class_name}: empty body")
        self.insert_after[_documented(index, anchor)].append(editor)


def _run_time_branch(statement: cst.If) -> list[cst.CSTNode] | None:
    """The statements of ``if TYPE_CHECKING: ... else: ...`` that run (the body of
    ``if not TYPE_CHECKING:``); None for any other ``if``."""
    test, negated = statement.test, False
    if isinstance(test, cst.UnaryOperation) and isinstance(test.operator, cst.Not):
        test, negated = test.expression, True
    name = test.value if isinstance(test, cst.Name) else test.attr.value if isinstance(test, cst.Attribute) else None
    if name != "TYPE_CHECKING":
        return None
    if negated:
        return list(statement.body.body)
    return list(statement.orelse.body.body) if isinstance(statement.orelse, cst.Else) else []


def _returned_column(function: cst.FunctionDef) -> cst.Call | None:
    """The column call a function returns when its body is that one ``return`` (after a
    docstring and the functions and classes it defines), as the reader reads ``@declared_attr``
    columns."""
    body = [s for s in getattr(function.body, "body", ()) if not _is_docstring(s)]
    while body and isinstance(body[0], (cst.FunctionDef, cst.ClassDef)):
        body = body[1:]
    if len(body) != 1 or not isinstance(body[0], cst.SimpleStatementLine) or len(body[0].body) != 1:
        return None
    returned = body[0].body[0]
    if not isinstance(returned, cst.Return) or returned.value is None:
        return None
    return find_column_call(returned.value)


def _aggregated_column(function: cst.FunctionDef) -> cst.Call | None:
    """The column of sqlalchemy-utils' ``@aggregated("rel", Column(...))`` on ``function``
    (the reader makes the method that column); the first column call of a function is
    its decorators'."""
    for decorator in function.decorators:
        if is_call_to(decorator.decorator, "aggregated"):
            return find_column_call(decorator.decorator)
    return None


def _members(index: _TargetIndex) -> list[cst.CSTNode]:
    if isinstance(index.container, cst.Call):
        return list(index.container.args)
    return index.statements()


def _is_preamble(node: cst.CSTNode, index: _TargetIndex) -> bool:
    """Docstring, ``__tablename__`` / ``__table_args__`` & co.; Table's name and MetaData."""
    if index.table_object:
        return not (isinstance(node, cst.Arg) and is_call_to(node.value, "Column"))
    if assigned_name(node) is not None:
        return _is_dunder_setting(node)
    return _is_docstring(node)


def _is_dunder_setting(node: cst.CSTNode) -> bool:
    """``__tablename__ = ...``, ``__table_args__ = ...`` and the class's other settings."""
    name = assigned_name(node) or ""
    return name.startswith("__") and name.endswith("__")


def _documented(index: _TargetIndex, member: cst.CSTNode) -> cst.CSTNode:
    """The attribute docstring right after the class body's ``member`` (invenio's ``origin =
    db.Column(...)`` and then a string that says what it is), else ``member``: what goes with it."""
    if isinstance(index.container, cst.Call):
        return member
    statements = index.statements()
    position = next((i for i, statement in enumerate(statements) if statement is member), None)
    if position is None or position + 1 >= len(statements) or not _is_docstring(statements[position + 1]):
        return member
    return statements[position + 1]


def _documented_apart(body: Sequence[cst.CSTNode], position: int) -> bool:
    """Whether ``body[position]`` is a docstring of the attribute before it, and that attribute is
    set apart from what precedes it by a blank line."""
    if position < 2 or not _is_docstring(body[position]):
        return False
    documented = body[position - 1]
    return isinstance(documented, cst.SimpleStatementLine) and any(
        line.comment is None for line in documented.leading_lines)


def _is_docstring(node: cst.CSTNode) -> bool:
    return (
        isinstance(node, cst.SimpleStatementLine)
        and isinstance(node.body[0], cst.Expr)
        and isinstance(node.body[0].value, (cst.SimpleString, cst.ConcatenatedString))
    )


def _joined_lines(carried: list[cst.EmptyLine], own) -> list[cst.EmptyLine]:
    """The lines above a dropped statement (``carried``) put above the next one: every comment
    kept, and no run of blank lines longer than either had (a statement dropped from between two
    blank lines leaves one blank line, not two)."""
    longest = max(_blank_run(carried), _blank_run(own))
    joined, run = [], 0
    for line in [*carried, *own]:
        run = run + 1 if line.comment is None else 0
        if run <= longest:
            joined.append(line)
    return joined


def _blank_run(lines) -> int:
    longest = run = 0
    for line in lines:
        run = run + 1 if line.comment is None else 0
        longest = max(longest, run)
    return longest


def _is_pass(node: cst.CSTNode) -> bool:
    return isinstance(node, cst.SimpleStatementLine) and all(isinstance(s, cst.Pass) for s in node.body)


def _defines_column(node: cst.CSTNode) -> bool:
    return find_column_call(node) is not None or (
        isinstance(node, cst.SimpleStatementLine) and isinstance(node.body[0], cst.AnnAssign)
    )


class _KeyedTransformer(cst.CSTTransformer):
    """One pass: keyed nodes are rewritten, then their body drops and gains statements.

    The pass descends only along ``path`` (module -> class -> body): a keyed node is
    rewritten whole by its editors, and nothing else needs visiting, which keeps
    the pass from walking every expression of a large class.
    """

    def __init__(self, edits: _KeyedEdits, renderer: Renderer, path: set[cst.CSTNode]) -> None:
        super().__init__()
        self.edits = edits
        self.renderer = renderer
        self.path = path
        self.dropped: list[cst.BaseStatement] = []  # statements of the class body that went
        # the whitespace a Table(...) call's arguments are lined up under its first with
        self.aligned = aligned_arguments(edits.container) if isinstance(edits.container, cst.Call) else None

    def on_visit(self, node: cst.CSTNode) -> bool:
        return node in self.path

    def on_leave(self, original_node, updated_node):
        editors = self.edits.modifications.get(original_node, ())
        updated_node = self._transform(updated_node, editors)
        if editors and not updated_node.deep_equals(original_node):
            # an edited statement (or Table argument) black would wrap is wrapped
            if isinstance(updated_node, cst.SimpleStatementLine):
                # the comment is placed first: black counts it in the line's length
                placed = _comment_in_place(original_node, updated_node)
                updated_node = _comment_in_place(original_node, self.renderer.wrapped(placed, original=original_node))
            elif isinstance(updated_node, cst.Arg):
                updated_node = self.renderer.wrapped_item(updated_node, self.edits.table_depth, aligned=self.aligned,
                                                          original=original_node)
        if original_node is self.edits.container:
            if isinstance(updated_node, cst.Call):
                edited = self._edit_table_arguments(original_node, updated_node)
                return self._transform(edited, self.edits.container_after)
            return self._edit_class_body(original_node, updated_node)
        return updated_node

    def _transform(self, node: cst.CSTNode, editors) -> cst.CSTNode:
        for editor in sorted(editors, key=lambda t: t.order):
            mark = self.renderer.requests.mark()
            before = node
            node = editor.transform(node)
            if node.deep_equals(before):
                # nothing changed: no import for it either
                self.renderer.requests.rollback(mark)
                node = before
        return node

    def _edit_class_body(self, original: cst.IndentedBlock, updated: cst.IndentedBlock) -> cst.IndentedBlock:
        edits = self.edits
        body: list[Statement] = []
        carried: list[cst.EmptyLine] = []  # comments above a dropped statement stay

        def emit(statement: Statement) -> None:
            nonlocal carried
            if carried:
                statement = statement.with_changes(leading_lines=_joined_lines(carried, statement.leading_lines))
                carried = []
            body.append(statement)

        for position, (old, updated_statement) in enumerate(zip(original.body, updated.body, strict=False)):
            new = cast(Statement, updated_statement)  # BaseStatement has these two kinds
            inserting = edits.insert_before.get(old, ())
            inserted = [self.renderer.wrapped(_lined_up(_beside(t, old), old)) for t in inserting]
            if inserted and all(line.comment is None for line in new.leading_lines):
                # the new statements take the blank lines that separated this one (a new
                # ``__tablename__`` and its ``__table_args__`` leave one before it, as classes do)
                inserted[0] = inserted[0].with_changes(leading_lines=new.leading_lines)
                # (a method or a class after them keeps a blank line before it, as PEP 8 asks)
                apart_after = edits.new_table_name in inserting or isinstance(new, (cst.FunctionDef, cst.ClassDef))
                new = new.with_changes(leading_lines=[cst.EmptyLine(indent=False)] if apart_after else [])
            for statement in inserted:
                emit(statement)
            if old in edits.removals or (is_empty_table_args(new) and not is_empty_table_args(old)):
                # dropped, or a __table_args__ whose last item went
                carried.extend(new.leading_lines)
                self.dropped.append(old)
            else:
                emit(new)
            apart = self.renderer.style.blank_after_preamble and (
                _is_dunder_setting(old) or (_is_docstring(old) and old is original.body[0]))
            # an attribute's docstring, in a class that sets its documented attributes apart with a
            # blank line (lsst-sqre/ltd-keeper's): the new attribute after it is set apart too
            apart = apart or _documented_apart(original.body, position)
            for editor in edits.insert_after.get(old, ()):
                statement = self.renderer.wrapped(_lined_up(_beside(editor, old), old))
                if apart and isinstance(editor, NewStatementEditor):
                    # the first column of a class that had none (its columns a base's): a blank line
                    # sets it apart from the docstring and ``__tablename__``, as classes do
                    statement = statement.with_changes(leading_lines=[cst.EmptyLine(indent=False)])
                    apart = False
                emit(statement)
        was_empty = all(_is_pass(s) or _is_docstring(s) for s in original.body)
        if was_empty and any(not (_is_pass(s) or _is_docstring(s)) for s in body):
            # ``class X(Base): pass`` got columns: its ``pass`` has done its job
            body = [s for s in body if not _is_pass(s)]
        if not body:
            body.append(cst.SimpleStatementLine([cst.Pass()]))
        footer = [*carried, *updated.footer] if carried else updated.footer
        return updated.with_changes(body=body, footer=footer)

    def _edit_table_arguments(self, original: cst.Call, updated: cst.Call) -> cst.Call:
        edits = self.edits
        result = updated
        # Arguments are found again by position after each change: an insertion or a
        # removal rewrites the neighbouring argument's comma.
        removed_positions = {i for i, old in enumerate(original.args) if old in edits.removals}
        plan: list[tuple[int, str, AddColumnEditor]] = []
        for i, old in enumerate(original.args):  # a Table(...) gets columns, never a __table_args__
            plan.extend((i, "before", e) for e in edits.insert_before.get(old, ()) if isinstance(e, AddColumnEditor))
            plan.extend((i, "after", e) for e in edits.insert_after.get(old, ()) if isinstance(e, AddColumnEditor))
        offsets = list(range(len(original.args)))  # original index -> current index
        inserted_after = [0] * len(original.args)
        for i, where, editor in plan:
            if where == "after":
                inserted_after[i] += 1
                position = offsets[i] + inserted_after[i]
            else:
                position = offsets[i]
            result = insert_arg(result, position,
                                self.renderer.wrapped_item(editor.table_argument(), 0, aligned=self.aligned))
            offsets = [o + 1 if o >= position else o for o in offsets]
        for i in sorted(removed_positions, reverse=True):
            result = remove_arg(result, result.args[offsets[i]])
        return result


def _beside(new: NewStatementEditor | NewTableArgs | NewTableName, neighbour: cst.CSTNode) -> cst.SimpleStatementLine:
    return new.statement_beside(neighbour) if isinstance(new, NewStatementEditor) else new.statement()


def _lined_up(statement: cst.SimpleStatementLine, neighbour: cst.CSTNode) -> cst.SimpleStatementLine:
    """A new ``name = ...`` with its ``=`` lined up under its neighbour's when the neighbour pads
    its name to a column (``first_name        = db.Column(...)``); as it is otherwise."""
    new, anchor = _single_assignment(statement), _single_assignment(neighbour)
    if new is None or anchor is None:
        return statement
    padding = anchor.targets[0].whitespace_before_equal
    if not isinstance(padding, cst.SimpleWhitespace) or len(padding.value) < 2:
        return statement
    column = len(_code(anchor.targets[0].target)) + len(padding.value)
    name = len(_code(new.targets[0].target))
    if name >= column:
        return statement
    target = new.targets[0].with_changes(whitespace_before_equal=cst.SimpleWhitespace(" " * (column - name)))
    return statement.with_changes(body=[new.with_changes(targets=[target])])


def _single_assignment(statement: cst.CSTNode) -> cst.Assign | None:
    if isinstance(statement, cst.SimpleStatementLine) and len(statement.body) == 1 \
            and isinstance(statement.body[0], cst.Assign) and len(statement.body[0].targets) == 1:
        return statement.body[0]
    return None


def _comment_in_place(original: cst.CSTNode, edited: cst.SimpleStatementLine) -> cst.SimpleStatementLine:
    """An edited statement's trailing comment lined up with its neighbours' (``x = Column(...)
    # why`` padded to a column) stays at its column while the code still ends two spaces before
    it; two spaces after the code otherwise."""
    trailing = edited.trailing_whitespace
    if trailing.comment is None or not isinstance(original, cst.SimpleStatementLine):
        return edited
    was = original.trailing_whitespace.whitespace
    padding = was.value if isinstance(was, cst.SimpleWhitespace) else ""
    if len(padding) <= 2:
        return edited
    before, after = _code_lines(original), _code_lines(edited)
    wanted = 2 if len(after) != len(before) else max(2, len(padding) - (len(after[-1]) - len(before[-1])))
    return edited.with_changes(trailing_whitespace=trailing.with_changes(whitespace=cst.SimpleWhitespace(" " * wanted)))


def _code_lines(statement: cst.SimpleStatementLine) -> list[str]:
    """The statement's lines without its comments and blank lines around it."""
    bare = statement.with_changes(leading_lines=[], trailing_whitespace=cst.TrailingWhitespace())
    return _code(bare).rstrip("\n").split("\n")


def _code(node: cst.CSTNode) -> str:
    return cst.Module([]).code_for_node(node)


def _hybrid(statement: cst.CSTNode) -> bool:
    """A hybrid property or method (``@hybrid_property``, ``@x.expression``...): SQLAlchemy
    evaluates it on the class when the mappers configure or a query uses it."""
    decorators = getattr(statement, "decorators", ())
    names = []
    for decorator in decorators:
        node = decorator.decorator.func if isinstance(decorator.decorator, cst.Call) else decorator.decorator
        names.append(node.attr.value if isinstance(node, cst.Attribute) else getattr(node, "value", ""))
    return any("hybrid" in name or name in ("expression", "comparator", "inplace") for name in names)


def _table_columns(node: cst.BaseExpression) -> bool:
    """``__table__.c`` (``.columns``) of the class body."""
    return isinstance(node, cst.Attribute) and node.attr.value in ("c", "columns") \
        and isinstance(node.value, cst.Name) and node.value.value == "__table__"


def _uses(node: cst.CSTNode, attribute: str) -> bool:
    """Whether ``node`` reads ``attribute`` of the class (see ``_TargetIndex.users``)."""
    word = re.compile(rf"\.{re.escape(attribute)}\b")

    class _Finder(cst.CSTVisitor):
        found = False

        def visit_Name(self, name: cst.Name) -> None:
            if name.value == attribute:
                self.found = True

        def visit_Attribute(self, node: cst.Attribute) -> bool:
            if (node.attr.value == attribute and isinstance(node.value, cst.Name)
                    and node.value.value in ("self", "cls")):
                self.found = True
            if node.attr.value == attribute and _table_columns(node.value):  # __table__.c.first
                self.found = True
            node.value.visit(self)  # ``x.attribute`` of anything else is not the class's
            return False

        def visit_SimpleString(self, string: cst.SimpleString) -> None:
            value = string.evaluated_value
            if isinstance(value, str) and word.search(value):
                self.found = True

        def visit_Subscript(self, node: cst.Subscript) -> None:
            if _table_columns(node.value) and any(  # __table__.c["first"]
                    isinstance(e.slice, cst.Index) and string_value(e.slice.value) == attribute for e in node.slice):
                self.found = True

        def visit_Param(self, param: cst.Param) -> bool:
            if param.default is not None:
                param.default.visit(self)
            return False  # a parameter of that name is not a use

        def visit_Arg(self, arg: cst.Arg) -> bool:
            arg.value.visit(self)
            return False  # ``primary_key=True``: a keyword of that name is not a use

    finder = _Finder()
    node.visit(finder)
    return finder.found
