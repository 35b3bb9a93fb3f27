"""SQLModel fields: the ``Field(...)`` call a change edits, made where a field has none, and
the column options SQLModel passes on (``sa_column_kwargs={"server_default": ..., "name": ...}``).

A field statement is an annotated class attribute that is no ``Column(...)`` /
``mapped_column(...)`` and no ``Mapped[...]``: the plan names only columns the reader read, and
in a SQLModel class those are its fields. A field written ``sa_column=Column(...)`` is edited in
that ``Column(...)``, as any column call.
"""

from __future__ import annotations

import ast

import libcst as cst

from schema_inspector.introspect.models.sqlmodel_fields import STRINGS, python_name

from .calls import (
    find_column_call,
    func_name,
    get_keyword,
    is_call_to,
    is_mapped_name,
    remove_keyword,
    set_keyword,
)
from .errors import CodemodError
from .render import string_value

SQLMODEL = "sqlmodel"
FIELD = "Field"
COLUMN_OPTIONS = "sa_column_kwargs"
STRING_TYPES = STRINGS  # the annotations SQLModel makes a VARCHAR of, ``max_length=`` its length


def is_field_statement(node: cst.CSTNode, mapped_annotations: frozenset[str] = frozenset()) -> bool:
    """A SQLModel field's statement: annotated, no ``Mapped[...]`` (nor a name of the file's bound to
    one, ``mapped_annotations``), no column call."""
    if not (isinstance(node, cst.SimpleStatementLine) and isinstance(node.body[0], cst.AnnAssign)):
        return False
    annotation = node.body[0].annotation.annotation
    if isinstance(annotation, cst.Subscript) and is_mapped_name(func_name(annotation.value)):
        return False
    if isinstance(annotation, cst.Name) and annotation.value in mapped_annotations:
        return False
    return find_column_call(node) is None


def field_annotation(node: cst.CSTNode) -> str | None:
    """The type a field statement's annotation names, past ``Optional[...]`` / ``X | None``."""
    if not is_field_statement(node):
        return None
    annotation = cst.ensure_type(cst.ensure_type(node, cst.SimpleStatementLine).body[0], cst.AnnAssign)
    return python_name(ast.parse(cst.Module([]).code_for_node(annotation.annotation.annotation), mode="eval").body)


def is_field_call(node: cst.CSTNode | None) -> bool:
    return is_call_to(node, FIELD)


def with_field_call(node: cst.SimpleStatementLine, field: cst.BaseExpression) -> cst.SimpleStatementLine:
    """The field statement with a ``Field(...)`` value: ``x: str`` -> ``x: str = Field()``, ``x: int
    | None = None`` -> ``x: int | None = Field(default=None)``; ``field`` is how the file names
    ``Field``."""
    statement = cst.ensure_type(node.body[0], cst.AnnAssign)
    if is_field_call(statement.value):
        return node
    call = cst.Call(field)
    if statement.value is not None:
        call = set_keyword(call, "default", statement.value)
    return node.with_changes(body=[statement.with_changes(value=call), *node.body[1:]])


def field_call(node: cst.CSTNode) -> cst.Call | None:
    if is_field_statement(node):
        value = cst.ensure_type(node, cst.SimpleStatementLine).body[0]
        if isinstance(value, cst.AnnAssign) and is_field_call(value.value):
            return cst.ensure_type(value.value, cst.Call)
    return None


def set_column_option(call: cst.Call, key: str, value: cst.BaseExpression | None,
                      string: cst.SimpleString) -> cst.Call:
    """``Field(..., sa_column_kwargs={..., "key": value})``; ``value`` None takes the key out
    (and the keyword, when nothing is left in it). ``string`` is ``key`` in the file's quotes."""
    written = get_keyword(call, COLUMN_OPTIONS)
    if written is None:
        return call if value is None else set_keyword(call, COLUMN_OPTIONS, cst.Dict([cst.DictElement(string, value)]))
    options = written.value
    if not isinstance(options, cst.Dict):
        raise CodemodError("", 0, f"{COLUMN_OPTIONS} is not a literal dict; set {key!r} in it by hand")
    elements = list(options.elements)
    at = next((i for i, e in enumerate(elements)
               if isinstance(e, cst.DictElement) and string_value(e.key) == key), None)
    if value is None:
        if at is None:
            return call
        del elements[at]
        if not elements:
            return remove_keyword(call, COLUMN_OPTIONS)
        if at == len(elements):  # the last one went: the one before keeps no stray comma
            elements[-1] = elements[-1].with_changes(comma=options.elements[-1].comma)
    elif at is None:
        last = elements[-1]
        if last.comma is cst.MaybeSentinel.DEFAULT:
            elements[-1] = last.with_changes(comma=cst.Comma(whitespace_after=cst.SimpleWhitespace(" ")))
        elements.append(cst.DictElement(string, value))
    else:
        elements[at] = cst.ensure_type(elements[at], cst.DictElement).with_changes(value=value)
    return call.with_changes(args=[a.with_changes(value=options.with_changes(elements=elements))
                                   if a is written else a for a in call.args])


def column_option(call: cst.Call, key: str) -> cst.BaseExpression | None:
    written = get_keyword(call, COLUMN_OPTIONS)
    if written is None or not isinstance(written.value, cst.Dict):
        return None
    return next((e.value for e in written.value.elements
                 if isinstance(e, cst.DictElement) and string_value(e.key) == key), None)
