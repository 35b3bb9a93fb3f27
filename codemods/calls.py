"""Minimal edits of call arguments, keeping the call's own layout.

``Column(...)`` calls are written one line or one argument per line, with or without a
trailing comma. Adding or removing an argument reuses the separators the call already
has, so a one-line call stays on one line and a multi-line call grows one line.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import TypeGuard

import libcst as cst

COLUMN_FUNCTIONS = ("Column", "mapped_column")
# the names of the file being edited that stand for them (``_Column = mapped_column``); set by
# ``column_names_of`` around one file's edits
_COLUMN_NAMES: ContextVar[tuple[str, ...]] = ContextVar("column_names", default=COLUMN_FUNCTIONS)
# and those that stand for ``Mapped`` (``from sqlalchemy.orm import Mapped as SQLAlchemyMapped``)
_MAPPED_NAMES: ContextVar[tuple[str, ...]] = ContextVar("mapped_names", default=("Mapped",))


@contextmanager
def column_names_of(aliases: Iterable[str], mapped: Iterable[str] = ()) -> Iterator[None]:
    """Within the block, a call of one of ``aliases`` (``entity.NotNull`` by its last name, as callees are
    matched) is a column call as well, and an annotation
    ``X[...]`` of one of ``mapped`` is a ``Mapped[...]``."""
    token = _COLUMN_NAMES.set((*COLUMN_FUNCTIONS, *(alias.rsplit(".", 1)[-1] for alias in aliases)))
    mapped_token = _MAPPED_NAMES.set(("Mapped", *mapped))
    try:
        yield
    finally:
        _COLUMN_NAMES.reset(token)
        _MAPPED_NAMES.reset(mapped_token)


def is_mapped_name(name: str | None) -> bool:
    """Whether ``name`` stands for ``Mapped`` in the file being edited."""
    return name in _MAPPED_NAMES.get()

# What a module or a class body holds (libcst.BaseStatement has these two kinds).
Statement = cst.SimpleStatementLine | cst.BaseCompoundStatement


def func_name(node: cst.BaseExpression) -> str | None:
    """The last name of a callee: ``Column`` for ``db.Column`` and ``Column``."""
    if isinstance(node, cst.Name):
        return node.value
    if isinstance(node, cst.Attribute):
        return node.attr.value
    return None


def visited(node: cst.CSTNode, transformer: cst.CSTTransformer) -> cst.CSTNode:
    """``node`` rewritten by ``transformer``, which edits it and never removes it."""
    result = node.visit(transformer)
    if not isinstance(result, cst.CSTNode):
        raise TypeError(f"{type(transformer).__name__} removed the {type(node).__name__} it was given")
    return result


def is_call_to(node: cst.CSTNode | None, *names: str) -> TypeGuard[cst.Call]:
    return isinstance(node, cst.Call) and func_name(node.func) in names


def find_column_call(node: cst.CSTNode) -> cst.Call | None:
    """The outermost ``Column(...)`` / ``mapped_column(...)`` call inside ``node``
    (also inside ``deferred(Column(...))`` and the like)."""
    return find_call(node, *_COLUMN_NAMES.get())


def find_call(node: cst.CSTNode, *names: str) -> cst.Call | None:
    """The outermost call to one of ``names`` inside ``node`` (``db.relationship(...)``)."""
    if is_call_to(node, *names):
        return node
    for child in node.children:
        found = find_call(child, *names)
        if found is not None:
            return found
    return None


def positional(call: cst.Call) -> list[cst.Arg]:
    return [a for a in call.args if a.keyword is None and not a.star]


def get_keyword(call: cst.Call, name: str) -> cst.Arg | None:
    for arg in call.args:
        if arg.keyword is not None and arg.keyword.value == name:
            return arg
    return None


def separator_at(items, index: int, opening: cst.BaseParenthesizableWhitespace) -> cst.BaseParenthesizableWhitespace:
    """The whitespace to put after a comma when an item goes in before ``items[index]`` (or
    after the last): the layout of the comma just before that place, where the neighbours
    are; the first comma's, else the opening bracket's line break, else a space. Local, not
    the first comma's: ``Table("user", metadata,`` then one column a line puts its first two
    items on one line and every other on a line of its own. Never with the comment an item's
    line may end with: that comment is the item's, never copied."""
    commas = [item.comma for item in items[:-1] if isinstance(item.comma, cst.Comma)]
    near = index - 1 if 0 < index < len(items) else len(items) - 2 if index >= len(items) else 0
    if 0 <= near < len(items) - 1 and isinstance(items[near].comma, cst.Comma):
        return _without_comment(items[near].comma.whitespace_after)
    if commas:
        return _without_comment(commas[0].whitespace_after)
    if _has_newline(opening):
        return _without_comment(opening)
    return cst.SimpleWhitespace(" ")


def _has_newline(whitespace: cst.CSTNode) -> bool:
    return isinstance(whitespace, cst.ParenthesizedWhitespace)


def _without_comment(whitespace: cst.BaseParenthesizableWhitespace) -> cst.BaseParenthesizableWhitespace:
    """A line break and indentation as ``whitespace`` has them, without the comment at the
    end of its first line or the comment and blank lines after it."""
    if not isinstance(whitespace, cst.ParenthesizedWhitespace):
        return whitespace
    return whitespace.with_changes(first_line=cst.TrailingWhitespace(newline=whitespace.first_line.newline),
                                   empty_lines=[])


def _end_of_line(own: cst.BaseParenthesizableWhitespace, layout: cst.BaseParenthesizableWhitespace):
    """``own``'s end of line (its comment and the comment lines after it) followed by the
    indentation of ``layout``: an argument keeps its comment when another follows it."""
    if not isinstance(own, cst.ParenthesizedWhitespace) or not isinstance(layout, cst.ParenthesizedWhitespace):
        return layout
    return layout.with_changes(first_line=own.first_line, empty_lines=own.empty_lines)


def insert_arg(call: cst.Call, index: int, arg: cst.Arg) -> cst.Call:
    """``call`` with ``arg`` inserted before argument ``index`` (or appended). Comments
    stay with the argument whose line they end."""
    args = list(call.args)
    separator = separator_at(args, index, call.whitespace_before_args)
    if index < len(args):
        args.insert(index, arg.with_changes(comma=cst.Comma(whitespace_after=separator)))
        return call.with_changes(args=args)
    if not args:
        return call.with_changes(args=[arg])
    last = args[-1]
    # the comment the last argument's line ends with stays at the end of that line: the last
    # argument's when the new one goes on a line of its own, else the new one's (sematic's
    # ``Text, nullable=True  # kept for old rows`` given ``comment=``)
    own_line = isinstance(separator, cst.ParenthesizedWhitespace)
    if isinstance(last.comma, cst.Comma):
        # trailing comma: the new argument gets one too, and the layout before ")"
        closing = last.comma.whitespace_after
        args[-1] = last.with_changes(
            comma=last.comma.with_changes(whitespace_after=_end_of_line(closing, separator)))
        args.append(arg.with_changes(comma=last.comma.with_changes(
            whitespace_after=_without_comment(closing) if own_line else closing),
            whitespace_after_arg=last.whitespace_after_arg))
    else:
        closing = last.whitespace_after_arg
        args[-1] = last.with_changes(
            comma=cst.Comma(whitespace_after=_end_of_line(closing, separator)),
            whitespace_after_arg=cst.SimpleWhitespace(""),
        )
        args.append(arg.with_changes(whitespace_after_arg=_without_comment(closing) if own_line else closing))
    return call.with_changes(args=args)


def remove_arg(call: cst.Call, target: cst.Arg) -> cst.Call:
    """``call`` without ``target`` (an argument of it, by identity)."""
    args = list(call.args)
    index = next(i for i, a in enumerate(args) if a is target)
    removed = args.pop(index)
    if index == len(args) and args:
        # the last argument went: its predecessor takes its comma (or none) and layout
        args[-1] = args[-1].with_changes(comma=removed.comma, whitespace_after_arg=removed.whitespace_after_arg)
    elif 0 < index < len(args):
        before = args[index - 1]
        if isinstance(removed.comma, cst.Comma) and _has_newline(removed.comma.whitespace_after) \
                and isinstance(before.comma, cst.Comma) and not _has_newline(before.comma.whitespace_after):
            # f(a, b,\n c) without b: c keeps its line, a's line does not take it (and grow past the limit)
            args[index - 1] = before.with_changes(comma=before.comma.with_changes(
                whitespace_after=_without_comment(removed.comma.whitespace_after)))
    return call.with_changes(args=args)


def replace_arg_value(call: cst.Call, target: cst.Arg, value: cst.BaseExpression) -> cst.Call:
    return call.with_changes(args=[a.with_changes(value=value) if a is target else a for a in call.args])


def set_keyword(call: cst.Call, name: str, value: cst.BaseExpression) -> cst.Call:
    """``name=value`` replacing an existing ``name=`` or appended after the other arguments."""
    existing = get_keyword(call, name)
    if existing is not None:
        return replace_arg_value(call, existing, value)
    new = cst.Arg(
        value,
        keyword=cst.Name(name),
        equal=cst.AssignEqual(cst.SimpleWhitespace(""), cst.SimpleWhitespace("")),
    )
    return insert_arg(call, len(call.args), new)


def remove_keyword(call: cst.Call, name: str) -> cst.Call:
    existing = get_keyword(call, name)
    return call if existing is None else remove_arg(call, existing)


def insert_positional(call: cst.Call, arg_value: cst.BaseExpression, index: int | None = None) -> cst.Call:
    """A positional argument at ``index`` (default: after the last positional one)."""
    if index is None:
        index = len(positional(call))
    return insert_arg(call, index, cst.Arg(arg_value))


def assigned_value(statement: cst.CSTNode) -> cst.BaseExpression | None:
    """The value a statement's first assignment (``x = ...`` / ``x: T = ...``) assigns, if any."""
    if not isinstance(statement, cst.SimpleStatementLine):
        return None
    small = statement.body[0]
    return small.value if isinstance(small, (cst.Assign, cst.AnnAssign)) else None


def assigned_name(statement: cst.CSTNode) -> str | None:
    """The name a one-target statement (``x = ...`` / ``x: T = ...``) assigns, if any."""
    if not isinstance(statement, cst.SimpleStatementLine) or len(statement.body) != 1:
        return None
    small = statement.body[0]
    if isinstance(small, cst.Assign) and len(small.targets) == 1:
        target = small.targets[0].target
    elif isinstance(small, cst.AnnAssign):
        target = small.target
    else:
        return None
    return target.value if isinstance(target, cst.Name) else None
