"""One editor per fix action kind.

A editor never looks for its target and never touches imports: the editor
(:mod:`codemods.editor`) finds the statement (or ``Table(...)`` argument) an action
names, and the editor rewrites that one node. Every editor first checks
whether the code already says what the action wants and then leaves the node as it
is, so applying a plan twice changes nothing the second time.

Three shapes:
- :class:`NodeEditor` rewrites the node that defines a column (or ``__tablename__``,
  a relationship, ``__table_args__``: see :mod:`codemods.table_items`);
- :class:`DropColumnEditor` removes it;
- :class:`AddColumnEditor` builds a new one that the editor inserts.
"""

from __future__ import annotations

import ast
from collections.abc import Callable
from dataclasses import replace
from functools import partial
from typing import ClassVar

import libcst as cst

from schema_inspector.introspect.models.relationships import (
    TABLE_COLUMNS,
    TABLE_STRING_ARGUMENTS,
)
from schema_inspector.planner.actions import (
    Action,
    AddColumn,
    AddEnumLabels,
    AddEnumMember,
    DropColumn,
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
    SetTableName,
    SetType,
    UnmapInheritedColumn,
)
from schema_inspector.planner.compare.sql_text import column_references, renamed_at
from schema_inspector.planner.naming import quote_ident

from .calls import (
    assigned_value,
    find_call,
    find_column_call,
    func_name,
    get_keyword,
    insert_positional,
    is_call_to,
    is_mapped_name,
    positional,
    remove_arg,
    remove_keyword,
    replace_arg_value,
    set_keyword,
    visited,
)
from .enum_labels import with_labels
from .errors import CodemodError
from .fields import (
    FIELD,
    SQLMODEL,
    STRING_TYPES,
    column_option,
    field_annotation,
    field_call,
    is_field_call,
    is_field_statement,
    set_column_option,
    with_field_call,
)
from .render import ORM, Renderer, fk_target, same_code, string, string_value

# Positional ``Column(...)`` arguments that are schema items, not the column's type.
_SCHEMA_ITEMS = (
    "ForeignKey", "Sequence", "Identity", "Computed", "FetchedValue", "DefaultClause",
    "CheckConstraint", "UniqueConstraint",
)

# Annotation types SetType may replace: what ``python_type`` of a SQLAlchemy type gives.
_PLAIN_PYTHON_TYPES = frozenset({
    "int", "str", "float", "bool", "bytes", "dict", "list", "Decimal", "datetime", "date",
    "time", "timedelta", "UUID", "Any",
})


# action type -> the editor that carries it out; each registers itself with
# ``class XEditor(Base, carries_out=X)`` (one per action type)
EDITORS: dict[type[Action], type[ActionEditor]] = {}


class ActionEditor:
    """Base of every editor: one action, rendered in one file's style."""

    def __init_subclass__(cls, carries_out: type[Action] | None = None, **kwargs) -> None:
        super().__init_subclass__(**kwargs)
        if carries_out is not None:
            if carries_out in EDITORS:
                raise TypeError(f"{carries_out.__name__} already carried out by {EDITORS[carries_out].__name__}")
            EDITORS[carries_out] = cls

    def __init__(self, action: Action, renderer: Renderer) -> None:
        self.action = action
        self.render = renderer


class NodeEditor(ActionEditor):
    """Rewrites the node an action names; returns it unchanged when already right."""

    order: ClassVar[int] = 0  # several edits on one node run in this order

    def transform(self, node: cst.CSTNode) -> cst.CSTNode:
        raise NotImplementedError

    def set_option(self, call: cst.Call, key: str, value: cst.BaseExpression | None) -> cst.Call:
        """A column option of a SQLModel field, in its ``sa_column_kwargs`` (None: taken out)."""
        return set_column_option(call, key, value, self.render.string(key))


class ColumnCallEditor(NodeEditor):
    """Edits the ``Column(...)`` / ``mapped_column(...)`` call of a column, or the ``Field(...)``
    of a SQLModel field (``edit_field``: as the column call where Field takes the same keyword)."""

    def transform(self, node: cst.CSTNode) -> cst.CSTNode:
        node = ensure_column_call(node, self.render)
        call = column_call(node)
        new_call = self.edit_field(call) if is_field_call(call) else self.edit_call(call)
        return node if new_call is call else node.deep_replace(call, new_call)

    def edit_call(self, call: cst.Call) -> cst.Call:
        raise NotImplementedError

    def edit_field(self, call: cst.Call) -> cst.Call:
        return self.edit_call(call)


# -- helpers on the target node ------------------------------------------------------


def column_call(node: cst.CSTNode) -> cst.Call:
    """The column call in a target (which :func:`ensure_column_call` guarantees), or a SQLModel
    field's ``Field(...)``."""
    found = find_column_call(node) or field_call(node)
    if found is None:
        raise CodemodError("", 0, "the attribute is not a Column(...) / mapped_column(...)")
    return found


def ensure_column_call(node: cst.CSTNode, render: Renderer) -> cst.CSTNode:
    """``x: Mapped[int]`` gets ``= mapped_column()`` so that arguments can be set; a SQLModel
    field, a ``Field(...)`` (``fields.with_field_call``)."""
    if find_column_call(node) is not None:
        return node
    if is_field_statement(node, render.style.mapped_annotations):
        return with_field_call(cst.ensure_type(node, cst.SimpleStatementLine), render.name(SQLMODEL, FIELD))
    if isinstance(node, cst.SimpleStatementLine) and isinstance(node.body[0], cst.AnnAssign) \
            and node.body[0].value is None:
        new = node.body[0].with_changes(value=cst.Call(render.name(ORM, "mapped_column")))
        return node.with_changes(body=[new, *node.body[1:]])
    raise CodemodError("", 0, "the attribute is not a Column(...) / mapped_column(...)")


def set_argument(call: cst.Call, name: str, value: cst.BaseExpression) -> cst.Call:
    """``name=value`` unless the call already has the same."""
    existing = get_keyword(call, name)
    if existing is not None and same_code(existing.value, value):
        return call
    return set_keyword(call, name, value)


def is_true(call: cst.Call, name: str) -> bool:
    arg = get_keyword(call, name)
    return arg is not None and isinstance(arg.value, cst.Name) and arg.value.value == "True"


def mapped_inner(node: cst.CSTNode) -> cst.BaseExpression | None:
    """``X`` of a ``Mapped[X]`` annotation on the target statement, if it has one."""
    if not isinstance(node, cst.SimpleStatementLine) or not isinstance(node.body[0], cst.AnnAssign):
        return None
    annotation = node.body[0].annotation.annotation
    if isinstance(annotation, cst.Subscript) and is_mapped_name(func_name(annotation.value)):
        if len(annotation.slice) == 1 and isinstance(annotation.slice[0].slice, cst.Index):
            return annotation.slice[0].slice.value
    return None


def without_none(annotation: cst.BaseExpression) -> cst.BaseExpression | None:
    """``X`` for ``Optional[X]``, ``X | None``, ``None | X``, ``Union[X, None]``; else None."""
    if isinstance(annotation, cst.Subscript):
        name = func_name(annotation.value)
        elements = [e.slice.value for e in annotation.slice if isinstance(e.slice, cst.Index)]
        if name == "Optional" and len(elements) == 1:
            return elements[0]
        if name == "Union" and len(elements) == 2:
            others = [e for e in elements if not _is_none(e)]
            return others[0] if len(others) == 1 else None
    if isinstance(annotation, cst.BinaryOperation) and isinstance(annotation.operator, cst.BitOr):
        if _is_none(annotation.right):
            return annotation.left
        if _is_none(annotation.left):
            return annotation.right
    return None


def _is_none(node: cst.BaseExpression) -> bool:
    return isinstance(node, cst.Name) and node.value == "None"


# -- the editors ------------------------------------------------------------------


class MapColumnNameEditor(ColumnCallEditor, carries_out=MapColumnName):
    """``Column("db_name", ...)``: insert or replace the first positional string; in a class,
    a name that is now the attribute's goes (``active = Column("active", ...)`` says it twice). In a
    ``Table(...)`` the column keeps its key, which ``table.c.<key>`` and an imperative
    mapping use: ``Column("size_bytes", BigInteger, key="size")``."""

    action: MapColumnName
    order = 1

    def transform(self, node: cst.CSTNode) -> cst.CSTNode:
        if not isinstance(node, cst.Arg):  # a class attribute statement
            return super().transform(node)
        call = column_call(node)
        new_call = self._named(call)
        if self.action.attribute != self.action.column and get_keyword(new_call, "key") is None:
            new_call = set_keyword(new_call, "key", self.render.string(self.action.attribute))
        return node if new_call is call else node.deep_replace(call, new_call)

    def edit_call(self, call: cst.Call) -> cst.Call:
        if self.action.attribute != self.action.column:
            return self._named(call)
        call = self._named(call)
        if get_keyword(call, "name") is not None:
            return remove_keyword(call, "name")
        args = positional(call)
        return remove_arg(call, args[0]) if args and string_value(args[0].value) is not None else call

    def _named(self, call: cst.Call) -> cst.Call:
        # ``Column("latitude", Float, CheckConstraint("-90 <= latitude ..."))``: its check names it too
        wanted = self.render.string(self.action.column)
        call = cst.ensure_type(visited(call, _ColumnNameReplacer(self.action.old_column, wanted)), cst.Call)
        name_keyword = get_keyword(call, "name")
        if name_keyword is not None:
            return set_argument(call, "name", wanted)
        args = positional(call)
        if args and string_value(args[0].value) is not None:
            if string_value(args[0].value) == self.action.column:
                return call
            return replace_arg_value(call, args[0], wanted)
        return insert_positional(call, wanted, 0)

    def edit_field(self, call: cst.Call) -> cst.Call:
        if string_value(column_option(call, "name") or cst.Name("None")) == self.action.column:
            return call
        named = self.action.column != self.action.attribute
        return self.set_option(call, "name", self.render.string(self.action.column) if named else None)


class RenameInTableArgsEditor(NodeEditor):
    """The ``MapColumnName`` companion on ``__table_args__``: constraints and indexes name
    columns by their database name, so ``UniqueConstraint("user_id")`` must follow the
    mapping to ``"users_id"`` (SQLAlchemy fails to build the table otherwise)."""

    action: MapColumnName
    order = 1

    def transform(self, node: cst.CSTNode) -> cst.CSTNode:
        return visited(node, _ColumnNameReplacer(self.action.old_column, self.render.string(self.action.column)))


class KeptTableNameEditor(NodeEditor):
    """The ``SetTableName`` companion on ``__mapper_args__``: a class that reads its own name there
    (czid-platformics' ``{"polymorphic_identity": __tablename__}``) keeps the value it had, the old
    name as a literal: the rows already stored carry it in their type column, and a new name would
    leave them an identity no class has."""

    action: SetTableName
    order = 1

    def transform(self, node: cst.CSTNode) -> cst.CSTNode:
        return visited(node, _NameReplacer("__tablename__", self.action.old_name, self.render.string))


class _NameReplacer(cst.CSTTransformer):
    """The name ``name`` read as a variable replaced by the string ``value`` (``written``), in the
    other quotes inside an f-string (``f"{__tablename__}"`` -> ``f"{'sample'}"``: the same quotes
    would end it before Python 3.12)."""

    def __init__(self, name: str, value: str, written: Callable[[str], cst.SimpleString]) -> None:
        super().__init__()
        self.name = name
        self.value = value
        self.written = written
        self.quotes: list[str] = []  # those of the f-strings the visit is in

    def visit_FormattedString(self, node: cst.FormattedString) -> None:
        self.quotes.append(node.quote)

    def leave_FormattedString(self, original_node: cst.FormattedString,
                              updated_node: cst.FormattedString) -> cst.FormattedString:
        self.quotes.pop()
        return updated_node

    def leave_Name(self, original_node: cst.Name, updated_node: cst.Name) -> cst.BaseExpression:
        if updated_node.value != self.name:
            return updated_node
        if self.quotes:
            return string(self.value, "'" if '"' in self.quotes[-1] else '"')
        return self.written(self.value)

    def leave_Attribute(self, original_node: cst.Attribute, updated_node: cst.Attribute) -> cst.Attribute:
        return updated_node.with_changes(attr=original_node.attr)  # ``cls.__tablename__``: not the body's name

    def leave_Arg(self, original_node: cst.Arg, updated_node: cst.Arg) -> cst.Arg:
        return updated_node.with_changes(keyword=original_node.keyword)  # ``f(__tablename__=...)``: a keyword


class RenameInExpressionsEditor(NodeEditor):
    """The ``MapColumnName`` companion on the table's other columns (and a ``Table``'s items): the
    SQL of a ``Computed`` or ``CheckConstraint`` that names the column follows it (pyspur's ``id =
    mapped_column(String, Computed("'R' || _intid"))``: PostgreSQL renames it in the generation
    expression, and ``create_all`` fails on an expression of a column the table no longer has)."""

    action: MapColumnName
    order = 1

    def transform(self, node: cst.CSTNode) -> cst.CSTNode:
        return visited(node, _ColumnNameReplacer(self.action.old_column, self.render.string(self.action.column),
                                                 sql_only=True))


def names_in_sql(node: cst.CSTNode, old: str) -> bool:
    """Whether the SQL of a ``Computed`` or ``CheckConstraint`` in ``node`` names the column ``old``."""
    return not node.deep_equals(visited(node, _ColumnNameReplacer(old, cst.SimpleString('"_"'), sql_only=True)))


class _ColumnNameReplacer(cst.CSTTransformer):
    """Replaces the string ``old`` where a table-level constraint lists column names (unless
    ``sql_only``), and the column ``old`` in the SQL of a ``CheckConstraint`` (clld's
    ``CheckConstraint('-90 <= latitude and latitude <= 90')``: PostgreSQL renames it in the
    database's check, and ``create_all`` fails on a check of a column the table no longer has) or
    of a ``Computed`` column."""

    # callee -> how many leading positional arguments are not column names
    _COLUMN_LISTS = {"UniqueConstraint": 0, "PrimaryKeyConstraint": 0, "Index": 1}

    def __init__(self, old: str, new: cst.SimpleString, sql_only: bool = False) -> None:
        super().__init__()
        self.old = old
        self.new = new
        self.sql_only = sql_only

    def leave_Call(self, original_node: cst.Call, updated_node: cst.Call) -> cst.Call:
        name = func_name(updated_node.func)
        if name in self._COLUMN_LISTS and not self.sql_only:
            for arg in positional(updated_node)[self._COLUMN_LISTS[name]:]:
                if string_value(arg.value) == self.old:
                    updated_node = replace_arg_value(updated_node, arg, self.new)
        elif name in ("CheckConstraint", "Computed"):
            sql = next(iter(positional(updated_node)[:1]), None) or get_keyword(updated_node, "sqltext")
            text = string_value(sql.value) if sql is not None else None
            new_name = string_value(self.new)
            spans = column_references(text, self.old) if text and new_name else None
            if sql is not None and text and new_name and spans:
                updated_node = replace_arg_value(updated_node, sql, _renamed_literal(sql.value, text, spans,
                                                                                     quote_ident(new_name)))
        elif name == "ForeignKeyConstraint" and not self.sql_only:
            local = positional(updated_node)[:1]
            if local and isinstance(local[0].value, (cst.List, cst.Tuple)):
                elements = [
                    e.with_changes(value=self.new) if string_value(e.value) == self.old else e
                    for e in local[0].value.elements
                ]
                updated_node = replace_arg_value(updated_node, local[0], local[0].value.with_changes(elements=elements))
        return updated_node


def _renamed_literal(node: cst.BaseExpression, text: str, spans: list[tuple[int, int]],
                     quoted_new: str) -> cst.BaseExpression:
    """The string literal ``node`` (of the value ``text``) with ``quoted_new`` at each of ``spans``: a
    literal of pieces (``("(a_id IS NULL) " "OR (b_id IS NULL)")``, a long CHECK laid out over lines)
    keeps its pieces and layout where each span lies in one piece, else it becomes one literal."""
    pieces = _string_pieces(node)
    values = [string_value(piece) for piece in pieces]
    if len(pieces) > 1 and all(value is not None and isinstance(piece, cst.SimpleString) and "\\" not in piece.value
                               for piece, value in zip(pieces, values, strict=True)):
        starts = [0]
        for value in values:
            starts.append(starts[-1] + len(value or ""))
        edits: dict[int, list[tuple[int, int]]] = {}
        for start, end in spans:
            index = next((i for i in range(len(pieces)) if starts[i] <= start and end <= starts[i + 1]), None)
            if index is None:
                break  # a name across two pieces
            edits.setdefault(index, []).append((start - starts[index], end - starts[index]))
        else:
            return _with_pieces(node, {id(pieces[index]): _same_literal(
                pieces[index], renamed_at(values[index] or "", within, quoted_new)) for index, within in edits.items()})
    return _same_literal(node, renamed_at(text, spans, quoted_new))


def _string_pieces(node: cst.BaseExpression) -> list[cst.BaseExpression]:
    """The literals an implicit concatenation is made of, in order (``node`` itself for one)."""
    if isinstance(node, cst.ConcatenatedString):
        return [*_string_pieces(node.left), *_string_pieces(node.right)]
    return [node]


def _with_pieces(node: cst.BaseExpression, renamed: dict[int, cst.BaseExpression]) -> cst.BaseExpression:
    if isinstance(node, cst.ConcatenatedString):
        return node.with_changes(left=_with_pieces(node.left, renamed), right=_with_pieces(node.right, renamed))
    return renamed.get(id(node), node)


def _same_literal(node: cst.BaseExpression | None, value: str,
                  otherwise: Callable[[str], cst.SimpleString] = string) -> cst.SimpleString:
    """A string literal of ``value`` written as ``node`` is (its prefix and quotes), where its text
    has no escapes; else (or with no ``node``) ``otherwise(value)``."""
    if isinstance(node, cst.SimpleString) and "\\" not in node.value and node.quote[0] not in value:
        return _respelled(node, lambda _: value)
    return otherwise(value)


class SetTypeEditor(ColumnCallEditor, carries_out=SetType):
    """Replace the type argument (``type_=`` or the first positional after the name);
    in ``Mapped`` style also the Python type of the annotation when it is a plain one
    (``Mapped[int]`` -> ``Mapped[str]``; a user's own class such as an enum is kept)."""

    action: SetType
    order = 2

    def transform(self, node: cst.CSTNode) -> cst.CSTNode:
        self.field_type = field_annotation(node)  # a SQLModel field's, which its Field keywords follow
        node = super().transform(node)
        inner = mapped_inner(node)
        if inner is None:
            return node
        bare = without_none(inner) or inner
        if func_name(bare) not in _PLAIN_PYTHON_TYPES:
            return node
        mark = self.render.requests.mark()
        wanted = self.render.python_type(self.action.type, self.action.enum)
        if same_code(bare, wanted):
            self.render.requests.rollback(mark)
            return node
        return node.deep_replace(bare, wanted)

    def edit_call(self, call: cst.Call) -> cst.Call:
        type_keyword = get_keyword(call, "type_")
        args = positional(call)
        named = args and (string_value(args[0].value) is not None
                          or (self.action.named_by is not None
                               and same_code(args[0].value, cst.parse_expression(self.action.named_by))))
        start = 1 if named else 0
        current = type_keyword or (args[start] if len(args) > start else None)
        if current is not None and (grown := labels_inserted(current.value, self.action.enum)) is not None:
            return replace_arg_value(call, current, grown)
        if current is not None and (lengthened := enum_length_set(current.value, self.action.type)) is not None:
            return replace_arg_value(call, current, lengthened)
        if current is not None and (renamed := self._enum_named(current.value)) is not None:
            return replace_arg_value(call, current, renamed)
        if current is not None and (element := self._array_element(current.value)) is not None:
            return call if same_code(element, current.value) else replace_arg_value(call, current, element)
        if current is not None and not is_call_to(current.value, *_SCHEMA_ITEMS):
            adjusted = same_family_type(current.value, self.action.type, self.action.enum, self.render)
            if adjusted is not None:
                return call if same_code(adjusted, current.value) else replace_arg_value(call, current, adjusted)
        a = self.action
        wanted = self.render.spelled_type(a.type_source, a.type_source_file) if a.type_source and a.type_source_file \
            else self.render.type_expression(a.type, a.enum)
        if type_keyword is not None:
            return set_argument(call, "type_", wanted)
        if current is None or is_call_to(current.value, *_SCHEMA_ITEMS):
            return insert_positional(call, wanted, start)
        if same_code(current.value, wanted):
            return call
        return replace_arg_value(call, current, wanted)

    def _array_element(self, expression: cst.BaseExpression) -> cst.BaseExpression | None:
        """``sa.ARRAY(sa.String(5))`` with the element type of the action's one-dimensional array type
        (``sa.ARRAY(sa.String(10))``): the file's ARRAY kept, whichever module it writes it from; None
        for another expression."""
        wanted = self.action.type
        if wanted.dimensions != 1 or not isinstance(expression, cst.Call) or func_name(expression.func) != "ARRAY" \
                or len(expression.args) != 1 or expression.args[0].keyword is not None:
            return None
        element = replace(wanted, dimensions=0)
        written = expression.args[0].value
        adjusted = same_family_type(written, element, self.action.enum, self.render)
        return replace_arg_value(expression, expression.args[0], adjusted if adjusted is not None
                                 else self.render.type_expression(element, self.action.enum))

    def _enum_named(self, expression: cst.BaseExpression) -> cst.BaseExpression | None:
        """``Enum(Kind, name="kindenum")`` of a Python enum class with the name of the action's enum, the
        type the database renamed (``SetType.enum_renamed``): None for another expression or action."""
        enum = self.action.enum
        if enum is None or not self.action.enum_renamed or not isinstance(expression, cst.Call) \
                or func_name(expression.func) not in ("Enum", "ENUM"):
            return None
        first = positional(expression)[:1]
        if not first or not isinstance(first[0].value, (cst.Name, cst.Attribute)):
            return None
        named = get_keyword(expression, "name")
        if named is not None and string_value(named.value) == enum.name:
            return None
        return set_argument(expression, "name", self.render.string(enum.name))

    def edit_field(self, call: cst.Call) -> cst.Call:
        """What SQLModel makes the type of: ``max_length=`` where the field's type is a string
        and the column a ``VARCHAR``, ``max_digits=`` / ``decimal_places=`` for a ``NUMERIC``
        the same way, else ``sa_type=`` (a ``max_length=`` kept: pydantic validates it)."""
        wanted, sa_type = self.action.type, get_keyword(call, "sa_type")
        keywords = _FIELD_TYPE_KEYWORDS.get(wanted.name) if sa_type is None else None
        if keywords is not None and (wanted.length is not None or wanted.precision is not None) \
                and self.field_type in (STRING_TYPES if wanted.name == "character varying" else ("Decimal",)):
            values = (wanted.length,) if wanted.name == "character varying" else (wanted.precision, wanted.scale)
            for keyword, value in zip(keywords, values, strict=True):
                call = set_argument(call, keyword, cst.Integer(str(value))) if value is not None \
                    else remove_keyword(call, keyword)
            return call
        a = self.action
        expression = self.render.spelled_type(a.type_source, a.type_source_file) if a.type_source and \
            a.type_source_file else self.render.type_expression(a.type, a.enum)
        return set_argument(call, "sa_type", expression)


# the Field keywords SQLModel types a column of, by the database type
_FIELD_TYPE_KEYWORDS = {"character varying": ("max_length",), "numeric": ("max_digits", "decimal_places")}


# Type classes whose instances differ only in their parameters, by family, with the names
# of their positional parameters and the keywords they take: a change of parameters keeps
# the class the file wrote (Unicode stays Unicode) and the form of each argument.
_TYPE_FAMILIES: dict[str, tuple[str, tuple[str, ...], frozenset[str]]] = {
    **{name: ("varchar", ("length",), frozenset()) for name in ("String", "Unicode", "VARCHAR", "NVARCHAR")},
    **{name: ("char", ("length",), frozenset()) for name in ("CHAR", "NCHAR")},
    **{name: ("numeric", ("precision", "scale"), frozenset()) for name in ("Numeric", "NUMERIC", "DECIMAL")},
    "DateTime": ("timestamp", (), frozenset({"timezone"})),
    "TIMESTAMP": ("timestamp", (), frozenset({"timezone", "precision"})),
    "Time": ("time", (), frozenset({"timezone"})),
    "TIME": ("time", (), frozenset({"timezone", "precision"})),
    "BIT": ("bit", ("length",), frozenset({"varying"})),
}
# keywords a spelling may set for a family (the others a file writes, collation=, stay)
_MANAGED_KEYWORDS = {"timestamp": frozenset({"timezone", "precision"}), "time": frozenset({"timezone", "precision"}),
                     "bit": frozenset({"varying"})}


def labels_inserted(expression: cst.BaseExpression, enum) -> cst.BaseExpression | None:
    """``Enum("a", "b", name="state")`` with the labels ``enum`` adds, each inserted after the
    label it follows as the call lays out its labels (one per line stays one per line: Dallinger's
    participant status); None unless the call writes literal labels, in ``enum``'s order, and its name."""
    if enum is None or not isinstance(expression, cst.Call) or func_name(expression.func) not in ("Enum", "ENUM"):
        return None
    named = get_keyword(expression, "name")
    if named is None or string_value(named.value) != enum.name \
            or any(string_value(arg.value) not in enum.labels for arg in positional(expression)):
        return None  # a label the database lacks: the column's type is the database's (the call rewritten)
    grown = with_labels(expression, enum.labels)
    return None if grown is None or same_code(grown, expression) else grown


def enum_length_set(expression: cst.BaseExpression, column_type) -> cst.BaseExpression | None:
    """``Enum(Kind, native_enum=False, length=32)`` with the ``length=`` of ``column_type``, a
    varchar (shvatka's, docverse's: the enum class's members fill the varchar the length makes);
    None unless the call writes ``native_enum=False`` and a number as its length, or no length
    (czid-platformics': the longest label's)."""
    if not isinstance(expression, cst.Call) or func_name(expression.func) != "Enum" \
            or column_type.name != "character varying" or column_type.length is None:
        return None
    native, length = get_keyword(expression, "native_enum"), get_keyword(expression, "length")
    if native is None or not (isinstance(native.value, cst.Name) and native.value.value == "False") \
            or (length is not None and not isinstance(length.value, cst.Integer)) \
            or any(arg.star == "**" for arg in expression.args):
        return None
    return set_argument(expression, "length", cst.Integer(str(column_type.length)))


def same_family_type(expression: cst.BaseExpression, column_type, enum, render: Renderer) -> cst.BaseExpression | None:
    """``expression`` (the type as the file writes it) with the parameters of
    ``column_type`` when its class can say them (``Unicode(50)`` -> ``Unicode(100)``,
    ``Numeric(precision=14, scale=2)`` -> ``Numeric(precision=16, scale=2)``); None when the
    class itself must change."""
    from schema_inspector.introspect.sqltypes import sqlalchemy_spelling

    spelling = sqlalchemy_spelling(column_type, enum.labels if enum is not None else ())
    func = expression.func if isinstance(expression, cst.Call) else expression
    old = _TYPE_FAMILIES.get(func_name(func) or "")
    new = _TYPE_FAMILIES.get(spelling.name) if spelling is not None and spelling.inner is None else None
    if spelling is None or old is None or new is None or old[0] != new[0]:
        return None
    family, parameters, keywords = old
    wanted = dict(zip(parameters, spelling.args, strict=False)) | dict(spelling.kwargs)
    if not set(wanted) <= keywords | set(parameters):
        return None  # e.g. a precision DateTime cannot take
    call = expression if isinstance(expression, cst.Call) else cst.Call(func)
    # the parameters the type no longer takes go first, the last first (``Numeric(10, 2)`` -> ``Numeric``: the
    # scale is not read as the precision once the precision has gone)
    for index, parameter in reversed(list(enumerate(parameters))):
        written = positional(call)
        target = get_keyword(call, parameter) or (written[index] if index < len(written) else None)
        if wanted.get(parameter) is None and target is not None:
            call = remove_arg(call, next(a for a in call.args if same_code(a.value, target.value)))
    written = positional(call)
    for index, parameter in enumerate(parameters):
        keyword = get_keyword(call, parameter)
        value = wanted.get(parameter)
        target = keyword or (written[index] if index < len(written) else None)
        if value is None:
            continue
        if target is None:
            call = set_keyword(call, parameter, render.literal(value)) if keyword is None and index > len(written) \
                else insert_positional(call, render.literal(value), index)
        elif string_value(target.value) is not None or not _is_literal_value(target.value, value):
            call = replace_arg_value(call, target, render.literal(value))
        written = positional(call)
    for managed in _MANAGED_KEYWORDS.get(family, frozenset()):
        value = wanted.get(managed)
        if value is None:
            call = remove_keyword(call, managed)
        elif not _is_literal_value(getattr(get_keyword(call, managed), "value", None), value):
            call = set_keyword(call, managed, render.literal(value))
    if not call.args:
        return func  # as SQLAlchemy spellings are written: ``DateTime``, not ``DateTime()``
    return call


def _is_literal_value(node: cst.BaseExpression | None, value) -> bool:
    if node is None:
        return False
    try:
        return ast.literal_eval(cst.Module([]).code_for_node(node)) == value
    except (ValueError, SyntaxError):
        return False


class SetPrimaryKeyEditor(ColumnCallEditor, carries_out=SetPrimaryKey):
    """``primary_key=True`` set, or the ``primary_key=`` argument removed."""

    action: SetPrimaryKey
    order = 3

    def edit_call(self, call: cst.Call) -> cst.Call:
        if self.action.primary_key:
            return set_argument(call, "primary_key", cst.Name("True"))
        return remove_keyword(call, "primary_key")


class SetForeignKeyEditor(ColumnCallEditor, carries_out=SetForeignKey):
    """Add, retarget (first argument, ``ondelete=`` / ``onupdate=``) or remove a ForeignKey."""

    action: SetForeignKey
    order = 4

    def edit_call(self, call: cst.Call) -> cst.Call:
        existing = next((a for a in positional(call) if is_call_to(a.value, "ForeignKey")), None)
        fk = self.action.foreign_key
        if fk is None:
            return call if existing is None else remove_arg(call, existing)
        if existing is None:
            return insert_positional(call, self.render.foreign_key(fk, self.action.qualified_targets))
        fk_call = cst.ensure_type(existing.value, cst.Call)
        fk_args = positional(fk_call)
        target = fk_target(fk, self.action.qualified_targets)
        written = get_keyword(fk_call, "column")  # ForeignKey(column="resource.id")
        if not fk_args and written is not None:
            new_call = fk_call if string_value(written.value) == target or self.action.keep_target else \
                set_keyword(fk_call, "column", _same_literal(written.value, target, self.render.string))
        elif not fk_args:
            new_call = insert_positional(fk_call, self.render.string(target), 0)
        elif string_value(fk_args[0].value) != target and not self.action.keep_target:
            # the target in the quotes it was written in (SampleDB's ``"instruments.id"`` in a file of
            # mostly single quotes), else the file's
            new_call = replace_arg_value(fk_call, fk_args[0], _same_literal(fk_args[0].value, target,
                                                                            self.render.string))
        else:
            new_call = fk_call
        for option in ("ondelete", "onupdate"):
            value = getattr(fk, option)
            if value is None:
                new_call = remove_keyword(new_call, option)
            elif string_value(getattr(get_keyword(new_call, option), "value", cst.Name("None"))) != value:
                new_call = set_keyword(new_call, option, self.render.string(value))
        new_call = _set_deferral(new_call, fk.deferrable, fk.initially_deferred, self.render)
        return call if new_call is fk_call else replace_arg_value(call, existing, new_call)

    def edit_field(self, call: cst.Call) -> cst.Call:
        """``foreign_key="table.column"`` and ``ondelete=``, all SQLModel's Field takes of a key."""
        fk = self.action.foreign_key
        if fk is None:
            return remove_keyword(remove_keyword(call, "foreign_key"), "ondelete")
        if fk.onupdate is not None or fk.deferrable:
            raise CodemodError("", 0, "SQLModel's Field takes no onupdate= or deferrable key: write the field's "
                                      "sa_column=Column(..., ForeignKey(...)) by hand")
        if not self.action.keep_target:
            call = set_argument(call, "foreign_key", self.render.string(fk_target(fk, self.action.qualified_targets)))
        if fk.ondelete is None:
            return remove_keyword(call, "ondelete")
        return set_argument(call, "ondelete", self.render.string(fk.ondelete))


def _set_deferral(call: cst.Call, deferrable: bool, initially_deferred: bool, render) -> cst.Call:
    """``deferrable=True`` / ``initially="DEFERRED"`` as the database says (removed when
    it says NOT DEFERRABLE / INITIALLY IMMEDIATE); an argument already right is kept."""
    written = get_keyword(call, "deferrable")
    if not deferrable:
        call = remove_keyword(call, "deferrable") if written is not None else call
    elif written is None or not (isinstance(written.value, cst.Name) and written.value.value == "True"):
        call = set_keyword(call, "deferrable", cst.Name("True"))
    initially = get_keyword(call, "initially")
    deferred = initially is not None and str(string_value(initially.value) or "").upper() == "DEFERRED"
    if deferrable and initially_deferred and not deferred:
        call = set_keyword(call, "initially", render.string("DEFERRED"))
    elif not (deferrable and initially_deferred) and initially is not None:
        call = remove_keyword(call, "initially")
    return call


class SetNullableEditor(NodeEditor, carries_out=SetNullable):
    """``nullable=``; in ``Mapped`` style without ``nullable=``, the annotation; with both, both,
    so that ``Mapped[datetime | None]`` does not stay on a column made NOT NULL (an annotation
    that disagreed with ``nullable=`` before disagrees still)."""

    action: SetNullable
    order = 5

    def transform(self, node: cst.CSTNode) -> cst.CSTNode:
        wanted = self.action.nullable
        if is_field_statement(node, self.render.style.mapped_annotations):  # Field(nullable=...): the API's too
            node = ensure_column_call(node, self.render)
            field = column_call(node)
            if column_option(field, "nullable") is not None:  # SQLModel lets sa_column_kwargs' win
                return node.deep_replace(field, self.set_option(field, "nullable", cst.Name(repr(wanted))))
            return node.deep_replace(field, self._edit_call(field, wanted))
        call = find_column_call(node)
        inner = mapped_inner(node)
        helper = _helper_call(node) if call is None else None
        if helper is not None:
            # a helper's column, whose nullable= the call gives it (the plan edits no other): the call's
            # keyword, written even where it looks like the default (the helper's may differ)
            node = node.deep_replace(helper, set_keyword(helper, "nullable", cst.Name(repr(wanted))))
            return node if inner is None else self._annotate(node, inner, wanted)
        # a classic Column(...) goes by its own nullable=, never by the annotation (kitchenowl's
        # ``name: Mapped[str] = db.Column(db.String(128))`` is nullable), and so does a call of an
        # alias that sets nullable= (conbench's ``Nullable(s.Text)``)
        classic = call is not None and (func_name(call.func) == "Column"
                                        or func_name(call.func) in self.render.style.nullable_aliases)
        if inner is not None and not classic and (call is None or get_keyword(call, "nullable") is None):
            return self._annotate(node, inner, wanted)
        if call is None and inner is None:  # ``note: MaybeName`` of ``MaybeName = Mapped[str | None]``
            node = ensure_column_call(node, self.render)
            call = find_column_call(node)
        if call is None:
            raise CodemodError("", 0, "the attribute is not a Column(...) / mapped_column(...)")
        new_call = self._edit_call(call, wanted)
        node = node if new_call is call else node.deep_replace(call, new_call)
        inner = mapped_inner(node)
        return node if inner is None else self._annotate(node, inner, wanted)

    def _edit_call(self, call: cst.Call, wanted: bool) -> cst.Call:
        if get_keyword(call, "nullable") is not None:
            return set_argument(call, "nullable", cst.Name(repr(wanted)))
        if not wanted and is_true(call, "primary_key"):
            return call  # a primary key column is NOT NULL already
        # Written even where it looks like Column's default: the call may go through an
        # alias that presets it (``Column = partial(db.Column, nullable=False)``).
        return set_keyword(call, "nullable", cst.Name(repr(wanted)))

    def _annotate(self, node: cst.CSTNode, inner: cst.BaseExpression, wanted: bool) -> cst.CSTNode:
        bare = without_none(inner)
        if wanted and bare is None:
            return node.deep_replace(inner, self.render.optional(inner))
        if not wanted and bare is not None:
            return node.deep_replace(inner, bare)
        return node


def _helper_call(node: cst.CSTNode) -> cst.Call | None:
    """The call a column statement assigns when it is no ``Column`` / ``mapped_column`` call: a
    helper's (``event_id = reference_col("events", nullable=True)``)."""
    value = assigned_value(node)
    while isinstance(value, cst.Call) and func_name(value.func) in ("deferred", "column_property") and value.args:
        value = value.args[0].value  # deferred(reference_col(...)): the helper's call inside
    return value if isinstance(value, cst.Call) else None


class SetServerDefaultEditor(ColumnCallEditor, carries_out=SetServerDefault):
    """``server_default=text("...")`` set, or removed when the database has none."""

    action: SetServerDefault
    order = 6

    def edit_call(self, call: cst.Call) -> cst.Call:
        clause = next((a for a in positional(call) if is_call_to(a.value, "DefaultClause")), None)
        if clause is not None:  # Column(T, DefaultClause(...)): the positional form is the default
            call = remove_arg(call, clause)
        if self.action.default is None:
            return remove_keyword(call, "server_default")
        existing = get_keyword(call, "server_default")
        if existing is not None and _is_text_of(existing.value, self.action.default):
            return call
        return set_keyword(call, "server_default", self.render.server_default(self.action.default))

    def edit_field(self, call: cst.Call) -> cst.Call:
        default = self.action.default
        existing = column_option(call, "server_default")
        if default is not None and existing is not None and _is_text_of(existing, default):
            return call
        return self.set_option(call, "server_default",
                                  None if default is None else self.render.server_default(default))


def _is_text_of(node: cst.BaseExpression, default: str) -> bool:
    """``text("<default>")`` however ``text`` is reached (``db.text``, ``sa.text``...)."""
    if not is_call_to(node, "text") or len(node.args) != 1:
        return False
    return string_value(node.args[0].value) == default


class SetIdentityEditor(ColumnCallEditor, carries_out=SetIdentity):
    """``Identity(always=True)`` / ``Identity()`` as a positional argument (before the
    other schema items, after the name and type), its ``always=`` set to match (other
    options kept), or the ``Identity(...)`` removed."""

    action: SetIdentity
    order = 6

    def edit_call(self, call: cst.Call) -> cst.Call:
        args = positional(call)
        existing = next((a for a in args if is_call_to(a.value, "Identity")), None)
        wanted = self.action.identity
        if wanted is None:
            return call if existing is None else remove_arg(call, existing)
        if existing is None:
            first_item = next((i for i, a in enumerate(args) if is_call_to(a.value, *_SCHEMA_ITEMS)), len(args))
            return insert_positional(call, self.render.identity(wanted), first_item)
        identity = cst.ensure_type(existing.value, cst.Call)
        if is_true(identity, "always") == (wanted == "always"):
            return call
        if wanted == "always":
            new = set_keyword(identity, "always", cst.Name("True"))
        else:
            new = remove_keyword(identity, "always")
        return replace_arg_value(call, existing, new)


class SetCommentEditor(ColumnCallEditor, carries_out=SetComment):
    """``comment="..."`` set, or removed."""

    action: SetComment
    order = 7

    def edit_call(self, call: cst.Call) -> cst.Call:
        if self.action.comment is None:
            return remove_keyword(call, "comment")
        existing = get_keyword(call, "comment")
        if existing is not None and string_value(existing.value) == self.action.comment:
            return call
        return set_keyword(call, "comment", self.render.string(self.action.comment))

    def edit_field(self, call: cst.Call) -> cst.Call:
        comment = self.action.comment
        existing = column_option(call, "comment")
        if comment is not None and existing is not None and string_value(existing) == comment:
            return call
        return self.set_option(call, "comment", None if comment is None else self.render.string(comment))


class SetTableNameEditor(NodeEditor, carries_out=SetTableName):
    """The ``__tablename__`` string, or the name argument of a ``Table(...)``."""

    action: SetTableName

    def transform(self, node: cst.CSTNode) -> cst.CSTNode:
        if isinstance(node, cst.Call):  # Table("name", ...)
            args = positional(node)
            if args and string_value(args[0].value) == self.action.name:
                return node
            return replace_arg_value(node, args[0], self._in_quotes_of(args[0].value if args else None))
        line = cst.ensure_type(node, cst.SimpleStatementLine)  # __tablename__ = "name"
        statement = line.body[0]
        value = getattr(statement, "value", None)
        if value is not None and string_value(value) == self.action.name:
            return node
        return line.with_changes(body=[statement.with_changes(value=self._in_quotes_of(value)), *line.body[1:]])

    def _in_quotes_of(self, written: cst.BaseExpression | None) -> cst.SimpleString:
        """The new name in the quotes of the string it replaces (rebble's ``'developers'`` in a file
        of mostly double quotes), else in the file's."""
        return _same_literal(written, self.action.name, self.render.string)


class NewTableName:
    """``__tablename__ = "name"`` for a class whose table name is given it (Flask-SQLAlchemy's
    from the class name, a base's ``declared_attr``): the class now says the database's."""

    def __init__(self, renderer: Renderer, name: str) -> None:
        self.render = renderer
        self.name = name

    def statement(self) -> cst.SimpleStatementLine:
        return cst.SimpleStatementLine([cst.Assign([cst.AssignTarget(cst.Name("__tablename__"))],
                                                   self.render.string(self.name))])


# Callees that define a relationship (``relation`` is its pre-1.4 alias).
_RELATIONSHIP_CALLS = ("relationship", "relation", "dynamic_loader")


class SetRelationshipForeignKeysEditor(NodeEditor, carries_out=SetRelationshipForeignKeys):
    """``foreign_keys="[Notification.user_id]"`` on a relationship: a string SQLAlchemy
    evaluates once all classes are mapped, so no import and no definition order matter."""

    action: SetRelationshipForeignKeys

    def transform(self, node: cst.CSTNode) -> cst.CSTNode:
        call = find_call(node, *_RELATIONSHIP_CALLS)
        if call is None:
            raise CodemodError("", 0, f"{self.action.class_name}.{self.action.attribute} is not a relationship(...)")
        wanted = self.render.string("[" + ", ".join(self.action.foreign_keys) + "]")
        new_call = set_argument(call, "foreign_keys", wanted)
        return node if new_call is call else node.deep_replace(call, new_call)


class RenameTableInRelationshipEditor(NodeEditor, carries_out=RenameTableInRelationship):
    """The renamed table's new name in the relationship's strings (``secondary="old"``,
    ``old.c.id``), each string keeping its quotes."""

    action: RenameTableInRelationship

    def transform(self, node: cst.CSTNode) -> cst.CSTNode:
        call = find_call(node, *_RELATIONSHIP_CALLS)
        if call is None:
            raise CodemodError("", 0, f"{self.action.class_name}.{self.action.attribute} is not a relationship(...)")
        old, new = self.action.old_name, self.action.name

        def renamed(text: str, secondary: bool) -> str:
            if secondary and text.strip() == old:
                return new
            return TABLE_COLUMNS.sub(lambda m: new if m.group(1) == old else m.group(1), text)

        args = []
        for arg in call.args:
            key = arg.keyword.value if arg.keyword is not None else None
            value = arg.value
            if key in TABLE_STRING_ARGUMENTS and isinstance(value, cst.SimpleString):
                value = _respelled(value, partial(renamed, secondary=key == "secondary"))
            args.append(arg.with_changes(value=value))
        return node.deep_replace(call, call.with_changes(args=args))


def _respelled(value: cst.SimpleString, rewrite: Callable[[str], str]) -> cst.SimpleString:
    """The string with its text between the quotes rewritten, its prefix and quotes kept; the
    same node when the text stays as it is."""
    opening = len(value.prefix) + len(value.quote)
    body = value.value[opening:-len(value.quote)]
    new = rewrite(body)
    return value if new == body else value.with_changes(value=value.value[:opening] + new + value.quote)


class RenameTableInForeignKeysEditor(NodeEditor, carries_out=RenameTableInForeignKeys):
    """The renamed table's new name in the targets of the ``ForeignKeyConstraint`` items of a
    ``__table_args__`` statement or a ``Table(...)`` call (``["old.id"]``, ``"schema.old.id"``),
    each string keeping its quotes."""

    action: RenameTableInForeignKeys

    def transform(self, node: cst.CSTNode) -> cst.CSTNode:
        retargeted = node.visit(_Retarget(self.action.old_name, self.action.name))
        assert isinstance(retargeted, cst.CSTNode)  # the node itself is never removed
        return retargeted


class RenameTableInColumnEditor(NodeEditor, carries_out=RenameTableInColumn):
    """The renamed table's new name in the string arguments of the column's call (a helper's:
    ``reference_col("users")``, ``"users.id"``), each keeping its quotes."""

    action: RenameTableInColumn

    def transform(self, node: cst.CSTNode) -> cst.CSTNode:
        statement = node.body[0] if isinstance(node, cst.SimpleStatementLine) and node.body else None
        call = getattr(statement, "value", None)
        if isinstance(call, cst.Call):
            old, new = _Retarget(self.action.old_name, self.action.name), _Retarget(self.action.name, "")
            args = [a.with_changes(value=old.table_string(a.value)) for a in call.args]
            if any(old.names(a.value) for a in call.args):
                return node.deep_replace(call, call.with_changes(args=args))
            if any(new.names(a.value) for a in call.args):
                return node  # it names the new table already
        raise CodemodError("", 0, f"{self.action.class_name}.{self.action.attribute}: its call names no table "
                           f"{self.action.old_name} among its arguments; change it by hand")


class _Retarget(cst.CSTTransformer):
    """The table ``old`` renamed ``new`` in the strings that name it: the targets of
    ``ForeignKeyConstraint`` calls (as a transformer), or one argument (``table_string``)."""

    def __init__(self, old: str, new: str) -> None:
        super().__init__()
        self.old, self.new = old, new

    def leave_Call(self, original: cst.Call, updated: cst.Call) -> cst.Call:
        if func_name(updated.func) != "ForeignKeyConstraint":
            return updated
        args = list(updated.args)
        for i, arg in enumerate(args):
            if (arg.keyword is None and i == 1) or (arg.keyword is not None and arg.keyword.value == "refcolumns"):
                args[i] = arg.with_changes(value=self._targets(arg.value))
        return updated.with_changes(args=args)

    def _targets(self, value: cst.BaseExpression) -> cst.BaseExpression:
        if isinstance(value, (cst.List, cst.Tuple)):
            return value.with_changes(elements=[e.with_changes(value=self._targets(e.value)) for e in value.elements])
        if isinstance(value, cst.SimpleString):
            return _respelled(value, self._target)
        return value

    def _target(self, text: str) -> str:
        """``old.id`` / ``schema.old.id`` with the new name; any other text as it is."""
        parts = text.split(".")
        if len(parts) in (2, 3) and parts[-2] == self.old:
            parts[-2] = self.new
        return ".".join(parts)

    def table_string(self, value: cst.BaseExpression) -> cst.BaseExpression:
        """``"old"`` or ``"old.id"`` with the new name; any other expression as it is."""
        if isinstance(value, cst.SimpleString):
            return _respelled(value, lambda text: self.new if text == self.old else self._target(text))
        return self._targets(value)

    def names(self, value: cst.BaseExpression) -> bool:
        """Whether the argument names the table ``old`` (``"old"``, ``"old.id"``)."""
        return self.table_string(value) is not value


class DropColumnEditor(ActionEditor, carries_out=DropColumn):
    """Removes the attribute statement (or ``Table(...)`` argument); the editor does it."""

    action: DropColumn


class NewStatementEditor(ActionEditor):
    """Builds a statement the editor inserts in a class body after the member ``after``."""

    action: AddColumn | OverrideColumn | AddEnumMember | UnmapInheritedColumn

    def statement(self) -> cst.SimpleStatementLine:
        raise NotImplementedError

    def statement_beside(self, neighbour: cst.CSTNode) -> cst.SimpleStatementLine:
        """The statement as it goes next to ``neighbour``, the member it is inserted by."""
        return self.statement()


class UnmapInheritedColumnEditor(NewStatementEditor, carries_out=UnmapInheritedColumn):
    """``attribute = None``: the class maps no column for an attribute it inherits."""

    action: UnmapInheritedColumn

    def statement(self) -> cst.SimpleStatementLine:
        return cst.SimpleStatementLine([cst.Assign([cst.AssignTarget(cst.Name(self.action.attribute))],
                                                   cst.Name("None"))])


class AddColumnEditor(NewStatementEditor, carries_out=AddColumn):
    """Builds the new attribute statement (or ``Table(...)`` argument) for a column."""

    action: AddColumn

    def statement(self) -> cst.SimpleStatementLine:
        a = self.action
        if a.sqlmodel:
            return self.render.field_statement(a.attribute, a.definition, primary_key=a.primary_key,
                                               foreign_key=a.foreign_key, unique=a.unique, enum=a.enum,
                                               qualified=a.qualified_targets)
        return self.render.column_statement(
            a.attribute, a.definition, primary_key=a.primary_key, foreign_key=a.foreign_key,
            unique=a.unique, enum=a.enum, explicit_nullable=a.explicit_nullable, spelled=self._spelled(),
            dataclass_field=a.dataclass_field, qualified=a.qualified_targets,
        )

    def table_argument(self) -> cst.Arg:
        a = self.action
        return cst.Arg(
            self.render.column_call(
                a.definition, explicit_name=True, primary_key=a.primary_key,
                foreign_key=a.foreign_key, unique=a.unique, enum=a.enum, in_mapped_style=False,
                explicit_nullable=a.explicit_nullable, spelled=self._spelled(),
                qualified=a.qualified_targets,
            )
        )

    def _spelled(self) -> tuple[str, str] | None:
        a = self.action
        return (a.type_source, a.type_source_file) if a.type_source and a.type_source_file else None


class OverrideColumnEditor(NewStatementEditor, carries_out=OverrideColumn):
    """Builds the override of an inherited column: the inherited statement copied whole,
    with the action's changes carried out on the copy and the imports the copy needs
    (:mod:`codemods.inherited`)."""

    action: OverrideColumn

    def __init__(self, action, renderer) -> None:
        super().__init__(action, renderer)
        # the run's edits of the column's flags (``index=True`` of an index the database
        # names otherwise), carried out on the copy after the action's own changes
        self.then: list[NodeEditor] = []

    def statement(self) -> cst.SimpleStatementLine:
        from .inherited import (
            copy_statement,
            import_names,
            in_target_terms,
            speak_in_target,
            used_names,
        )
        from .registry import editor_for

        if self.render.inherited is None:
            raise CodemodError("", 0, f"{self.action.class_name}.{self.action.attribute}: the inherited statement "
                                      f"in {self.action.source_file} cannot be read here")
        copied = copy_statement(self.action, self.render.inherited)
        node: cst.CSTNode = copied.statement
        if isinstance(annotated := copied.statement.body[0], cst.AnnAssign) and annotated.value is None \
                and not is_field_statement(node, self.render.style.mapped_annotations):
            # ``location: Mapped[str]`` alone over a mixin's column changes nothing: SQLAlchemy keeps the
            # mixin's column (onegov's OccurrenceMixin); ``= mapped_column()`` makes it the class's own
            node = ensure_column_call(node, self.render)
        editors = [e for e in (editor_for(c, self.render) for c in self.action.changes) if isinstance(e, NodeEditor)]
        mark = self.render.requests.mark()
        for editor in [*sorted(editors, key=lambda t: t.order), *self.then]:
            node = editor.transform(node)
        # what the changes wrote is in the target's own terms, its imports asked for already
        # (``server_default=text("now()")`` over a mixin whose module has no ``text``)
        written = {asname or name or module.split(".")[0]
                   for module, name, asname in self.render.requests.since(mark)}
        style = self.render.style
        target = dict(style.bindings)  # with the names the copy is given under another name
        node = speak_in_target(node, in_target_terms(copied.bindings, self.action.source_file, self.action.file,
                                                     style.bindings),
                               target, style.defined,
                               f"{self.action.source_class}.{self.action.attribute} from {self.action.source_file}",
                               self.render.requests.need)
        names = [n for n in used_names(node) if n not in written or n in copied.bindings or n in copied.defined]
        import_names(names, copied, target, style.defined, self.action, self.render.requests.need)
        return cst.ensure_type(node, cst.SimpleStatementLine)


class AddEnumLabelsEditor(NodeEditor, carries_out=AddEnumLabels):
    """The ``Enum(...)`` call or list of labels a module-level statement holds, with the labels it
    lacks (``codemods.enum_labels``, which edits the statement)."""

    action: AddEnumLabels

    def transform(self, node: cst.CSTNode) -> cst.CSTNode:
        grown = with_labels(node, self.action.labels) if isinstance(node, cst.BaseExpression) else None
        if grown is None:
            raise CodemodError("", 0, f"{self.action.class_name}: its labels are not all strings in the database's "
                                      "order; change them by hand")
        return grown


class AddEnumMemberEditor(NewStatementEditor, carries_out=AddEnumMember):
    """Builds the member of a Python enum class for a new database label: ``NAME = value``
    in the file's quotes, or the previous members' value as written (``auto()``)."""

    action: AddEnumMember

    def statement(self) -> cst.SimpleStatementLine:
        a = self.action
        if a.value is None and a.value_like is None:
            raise CodemodError("", 0, f"{a.class_name}.{a.attribute}: neither a value nor one to copy")
        value = cst.parse_expression(a.value_like or "") if a.value is None else self.render.literal(a.value)
        return cst.SimpleStatementLine([cst.Assign([cst.AssignTarget(cst.Name(a.attribute))], value)])

    def statement_beside(self, neighbour: cst.CSTNode) -> cst.SimpleStatementLine:
        """Annotated as the member beside it is (bcgov/lcfs: ``Draft: str = "Draft"``)."""
        statement = self.statement()
        if isinstance(neighbour, cst.SimpleStatementLine) and len(neighbour.body) == 1 \
                and isinstance(member := neighbour.body[0], cst.AnnAssign) and member.value is not None:
            assign = statement.body[0]
            assert isinstance(assign, cst.Assign)
            return statement.with_changes(body=[cst.AnnAssign(assign.targets[0].target, member.annotation,
                                                              assign.value)])
        return statement
