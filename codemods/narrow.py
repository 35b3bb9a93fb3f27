"""Narrowing: LibCST parses the statements an edit touches, not the whole class.

Parsing and printing with LibCST costs far more than ``ast`` does, so for a class whose
actions only rewrite existing statements and add new ones after existing statements,
:func:`narrowed_edits` hands LibCST just those statements (their own lines, as the file
has them, under a stand-in class header: see :func:`codemods.editor.edit_statements`)
and splices each result back over the lines ``ast`` gives for that statement. Lines
between the statements (comments, blank lines, other members) are never parsed and stay
as they are, which is what the whole-class pass leaves them too: a LibCST statement owns
the comment and blank lines above it (``leading_lines``), but no editor touches
them, and ``ast``'s line range starts below them.

The rule: a class is narrowed when it is a top-level ``class`` without decorators and
every action on it is one of

- a change to the statement assigning ``action.attribute`` (``SetType``, ``SetNullable``,
  ``SetPrimaryKey``, ``SetForeignKey``, ``SetServerDefault``, ``SetIdentity``,
  ``SetComment``, ``SetRelationshipForeignKeys``, and ``AddUniqueConstraint`` /
  ``AddIndex`` written on the column);
- ``SetTableName`` (the ``__tablename__`` statement, and ``__mapper_args__``, which may read it);
- ``AddColumn`` of an attribute the class already assigns (nothing to do: the statement
  is passed along so that the editor sees it), or placed after a statement the class
  has (``action.after``) and no string (attribute docstring) follows, or after a column added by an
  earlier action of the same run, with the class's ``__mapper_args__`` statement if it has one (a name
  it lists in ``include_properties`` joins the list);
  ``UnmapInheritedColumn`` so too, with the class's ``__table_args__`` (its items that
  list the column go), and ``OverrideColumn`` that maps another name with it (they take it);
- an edit of the class's ``__table_args__`` statement, when the class binds that name
  once and the editor finds it (``MapColumnName`` renames the column there too; table
  items and the table comment, added, changed or dropped, with the column's flag for a
  dropped one on an attribute; a renamed table's name in its ``ForeignKeyConstraint``
  targets); in a class that does not bind ``__table_args__`` at all,
  an item or a comment to add makes a new one, which the editor inserts after
  ``__tablename__``, and one to remove is already gone (nothing to do);

and every statement these name "stands alone": it is found the way the editor finds it
(the first class-body statement assigning that one name, ``x = ...`` or ``x: T = ...``),
it begins its line and no ``\\`` continues the line before it onto it, and its last line
holds nothing after it but spaces, a ``# comment`` and the line ending (no ``;``, no
``\\``, no missing final newline). Everything else takes the whole class, as before:
dropping a column (its comments move to the next member, an emptied body gets ``pass``),
a new ``__table_args__`` in a class without ``__tablename__``, ``AddColumn`` without an
anchor the class has (it goes after the preamble, or after the last column), decorated
classes, ``Table(...)`` objects, statements sharing a line, and any action kind not
listed. One case is only
known once the statements are edited: a ``__table_args__`` whose last item is dropped
goes, and its comments move; :func:`codemods.editor.edit_statements` then says so, and
the class is edited whole.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Sequence

from schema_inspector.introspect.models.exprs import last_name
from schema_inspector.planner.actions import (
    Action,
    AddColumn,
    AddEnumMember,
    AddIndex,
    AddUniqueConstraint,
    DropIndex,
    DropUniqueConstraint,
    MapColumnName,
    OverrideColumn,
    RenameTableInColumn,
    RenameTableInForeignKeys,
    RenameTableInRelationship,
    SetComment,
    SetForeignKey,
    SetIdentity,
    SetNullable,
    SetPrimaryKey,
    SetRelationshipForeignKeys,
    SetServerDefault,
    SetTableComment,
    SetTableName,
    SetType,
    UnmapInheritedColumn,
)

from .editor import edit_statements
from .render import Renderer
from .table_items import TABLE_ARGS

# Actions that rewrite the one statement assigning ``action.attribute``.
STATEMENT_EDITS = (
    SetType, SetNullable, SetPrimaryKey, SetForeignKey, SetServerDefault, SetIdentity, SetComment,
    SetRelationshipForeignKeys, RenameTableInRelationship, RenameTableInColumn,
)
# Actions that add a table item, or (with an attribute) a flag on that column.
ITEM_ADDITIONS = (AddUniqueConstraint, AddIndex)
# Actions that drop a table item, and the flag on the column (if any) as well.
_ITEM_DROPS = (DropUniqueConstraint, DropIndex)

_INDENT = re.compile(r"[ \t]*")
# What may follow a statement on its last line.
_LINE_END = re.compile(r"[ \t]*(#[^\r\n]*)?(\r\n|\r|\n)")


def narrowed_edits(
    node: ast.stmt, lines: Sequence[str], actions: Sequence[Action], renderer: Renderer
) -> list[tuple[int, int, str]] | None:
    """``(first, last, text)`` line replacements that carry out ``actions`` on the class
    ``node`` by editing only the statements they touch, or None when the actions need
    the whole class (see the module docstring)."""
    statements = statements_to_edit(node, lines, actions, renderer.items_name)
    if statements is None:
        return None
    if not statements:
        return []  # each action finds its work done (a comment or item already gone)
    originals = ["".join(lines[s.lineno - 1 : s.end_lineno]) for s in statements]
    newline = line_ending(lines[node.lineno - 1])
    mark = renderer.requests.mark()
    edited = edit_statements(originals, newline, actions, renderer)
    if edited is None:
        renderer.requests.rollback(mark)  # the whole class asks for its imports itself
        return None
    return [
        (statement.lineno, statement.end_lineno or statement.lineno, new)
        for statement, old, new in zip(statements, originals, edited, strict=False)
        if new != old
    ]


def statements_to_edit(node: ast.stmt, lines: Sequence[str], actions: Sequence[Action],
                       items_name: str = TABLE_ARGS) -> list[ast.stmt] | None:
    """The class-body statements ``actions`` touch, in file order, or None when the
    actions need the whole class (``items_name``: the statement that holds its table items)."""
    if not isinstance(node, ast.ClassDef) or node.decorator_list:
        return None
    members = _Members(node, items_name)
    needed: dict[int, ast.stmt] = {}
    for action in actions:
        names = members.names_needed(action)
        if names is None:
            return None
        for name in names:
            statement = members.assigned.get(name)
            if statement is None or not _stands_alone(statement, lines):
                return None
            needed[statement.lineno] = statement
    return [needed[line] for line in sorted(needed)]


class _Members:
    """What ``ast`` tells of a class body, read the way the editor reads it in LibCST."""

    def __init__(self, node: ast.ClassDef, items_name: str = TABLE_ARGS) -> None:
        self.node = node
        self.items_name = items_name
        # each name the body assigns (``x = ...``, ``x: T = ...``), with the last statement
        # assigning it, which the class keeps: the one the editor finds (codemods.calls.assigned_name)
        self.assigned: dict[str, ast.stmt] = {}
        for statement in node.body:
            name = _assigned_name(statement)
            if name is not None:
                self.assigned[name] = statement
        self.table_args = self._table_args()
        # the ``__mapper_args__`` statement a new column's name joins (its ``include_properties``)
        mapper_args = _bindings(node, "__mapper_args__")
        self.mapper_args: list[str] | None = [] if mapper_args == 0 else \
            ["__mapper_args__"] if mapper_args == 1 and "__mapper_args__" in self.assigned else None
        self.added: set[str] = set()  # attributes added by the actions seen so far

    def _table_args(self) -> list[str] | None:
        """``[items_name]`` when the body has one ``__table_args__`` statement (or the statement
        of the attribute that holds the items) the editor edits, ``[]`` when it has none, None
        when it binds the name some other way (a function, twice, on a line with another
        statement...)."""
        name = self.items_name
        bindings = _bindings(self.node, name)
        if bindings == 0:
            return []
        return [name] if bindings == 1 and name in self.assigned else None

    def names_needed(self, action: Action) -> list[str] | None:
        """The attributes whose statements ``action`` edits or inserts after; None when
        it needs more of the class than those statements."""
        if isinstance(action, UnmapInheritedColumn):  # and the class's items that list the column go
            anchor = self._anchor(action)
            return None if anchor is None or self.table_args is None else [*anchor, *self.table_args]
        if isinstance(action, OverrideColumn) and any(isinstance(c, MapColumnName) for c in action.changes):
            anchor = self._anchor(action)  # and the class's items that list the column take its new name
            return None if anchor is None or self.table_args is None else [*anchor, *self.table_args]
        if isinstance(action, AddColumn):
            anchor = self._anchor(action)
            return None if anchor is None or self.mapper_args is None else [*anchor, *self.mapper_args]
        if isinstance(action, (OverrideColumn, AddEnumMember)):
            return self._anchor(action)
        if isinstance(action, STATEMENT_EDITS):
            return [action.attribute]
        if isinstance(action, ITEM_ADDITIONS) and action.attribute is not None:
            return [action.attribute]  # the flag on the column, which must be there
        if isinstance(action, SetTableName):  # and the statement that may read it (``KeptTableNameEditor``)
            return None if self.mapper_args is None else ["__tablename__", *self.mapper_args]
        if self.table_args is None:
            return None
        if isinstance(action, MapColumnName):  # and the columns whose SQL may name it (``RenameInExpressionsEditor``)
            with_sql = self._with_sql()
            return None if with_sql is None else [action.attribute, *self.table_args, *with_sql]
        if isinstance(action, RenameTableInForeignKeys):
            return self.table_args
        if isinstance(action, _ITEM_DROPS):
            # the flag on the column, if the class has that attribute, and the item; a column a
            # function of the class returns (``@declared_attr def user_id``) is edited there
            if action.attribute is not None and action.attribute not in self.assigned \
                    and _bindings(self.node, action.attribute):
                return None
            column = [action.attribute] if action.attribute in self.assigned else []
            return [*column, *self.table_args]
        if isinstance(action, (*ITEM_ADDITIONS, SetTableComment)):
            if self.table_args:
                return self.table_args
            if isinstance(action, SetTableComment) and action.comment is None:
                return []  # no __table_args__, no comment to remove
            # the editor writes a new __table_args__ right after __tablename__
            return ["__tablename__"]
        return None

    def _with_sql(self) -> list[str] | None:
        """The attributes whose statements hold a ``Computed`` or ``CheckConstraint`` (of SQL that may
        name another column); None when another statement holds one (a ``declared_attr`` function's
        column, a branch's): the whole class is edited."""
        holding = [statement for statement in self.node.body
                   if any(isinstance(node, ast.Call) and last_name(node.func) in ("Computed", "CheckConstraint")
                          for node in ast.walk(statement))]
        assigned = {id(statement): name for name, statement in self.assigned.items()}
        if any(id(statement) not in assigned for statement in holding):
            return None
        return [assigned[id(statement)] for statement in holding]

    def _anchor(self, action: AddColumn | OverrideColumn | AddEnumMember | UnmapInheritedColumn) -> list[str] | None:
        if action.attribute in self.assigned:
            return [action.attribute]  # already there: the editor does nothing
        after_new_column = action.after in self.added
        self.added.add(action.attribute)
        if after_new_column:
            return []  # the editor queues it behind that column
        if action.after is None:
            return None  # before the first column: placed by the class's other members
        if self._documented(action.after):
            return None  # after its attribute docstring, which the whole class's editor finds
        return [action.after]

    def _documented(self, name: str) -> bool:
        """Whether the statement assigning ``name`` is followed by a string (its attribute
        docstring: ook's, invenio's ``origin = ...`` and then what it is), as the editor's
        ``_is_docstring`` takes one (bytes and f-strings too: the whole class decides)."""
        body = self.node.body
        position = body.index(self.assigned[name]) + 1 if name in self.assigned else len(body)
        following = body[position] if position < len(body) else None
        if not isinstance(following, ast.Expr):
            return False
        value = following.value
        return isinstance(value, ast.JoinedStr) or (isinstance(value, ast.Constant)
                                                    and isinstance(value.value, (str, bytes)))


def _assigned_name(statement: ast.stmt) -> str | None:
    """The name ``x = ...`` / ``x: T = ...`` assigns (one plain name), as the editor's
    :func:`codemods.calls.assigned_name` reads it."""
    if isinstance(statement, ast.Assign) and len(statement.targets) == 1:
        target = statement.targets[0]
    elif isinstance(statement, ast.AnnAssign):
        target = statement.target
    else:
        return None
    return target.id if isinstance(target, ast.Name) else None


def _bindings(node: ast.ClassDef, name: str) -> int:
    """How many statements of the class body bind ``name``, in any form."""
    count = 0
    for statement in node.body:
        if isinstance(statement, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            count += statement.name == name
            continue
        targets = (
            statement.targets if isinstance(statement, ast.Assign)
            else [statement.target] if isinstance(statement, (ast.AnnAssign, ast.AugAssign))
            else []
        )
        count += any(isinstance(n, ast.Name) and n.id == name for t in targets for n in ast.walk(t))
    return count


def _stands_alone(statement: ast.stmt, lines: Sequence[str]) -> bool:
    """Whether ``statement`` has its lines to itself: it begins its first line (nothing
    before it but the indentation, and no ``\\`` on the line above joining the two), and
    its last line ends right after it, but for spaces, a comment and the line ending.

    ``ast`` columns count UTF-8 bytes."""
    first = lines[statement.lineno - 1].encode("utf-8", "surrogatepass")
    if _INDENT.fullmatch(first[: statement.col_offset].decode("utf-8", "surrogatepass")) is None:
        return False
    if statement.lineno > 1 and lines[statement.lineno - 2].rstrip("\r\n").endswith("\\"):
        return False
    end_line, end_offset = statement.end_lineno or statement.lineno, statement.end_col_offset or 0
    last = lines[end_line - 1].encode("utf-8", "surrogatepass")
    rest = last[end_offset:].decode("utf-8", "surrogatepass")
    return _LINE_END.fullmatch(rest) is not None


def line_ending(line: str) -> str:
    return line[len(line.rstrip("\r\n")) :]
