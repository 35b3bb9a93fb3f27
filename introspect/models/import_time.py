"""Whether a class attribute is read when its module loads: ``message_id = Sample.message_id``
in another class's body (ceilometer's ``FullSample``), a module-level ``Index(..., Sample.x)``.
Code that runs later (a function's body, a lambda's) is not. The plan asks before it removes
an attribute another statement names: removing one read at import breaks the import."""

from __future__ import annotations

import ast
from collections.abc import Iterator

from .source_files import decode_source, parse_python


def lines_reading_at_import(path: str, owner: str, attribute: str) -> frozenset[int]:
    """The lines of ``path`` that read ``owner.attribute`` (``Sample.message_id``,
    ``models.Sample.message_id``), or of a ``Table`` object ``owner``, ``owner.c.attribute``
    (``owner.columns.attribute``: pyfa's ``mapper(Fit, fits_table, properties={"_Fit__x":
    fits_table.c.x})``), in code that runs when the module loads."""
    tree = _tree(path)
    return frozenset(node.lineno for node in _run_at_import(tree.body)
                     if isinstance(node, ast.Attribute) and node.attr == attribute
                     and _owned_by(node.value, owner)) if tree is not None else frozenset()


def lines_reading_table_column(path: str, table: str, column: str) -> frozenset[int]:
    """The lines of ``path`` that read ``table.c.column`` (or ``table.columns.column``) of a ``Table``
    object, wherever they run: a function that maps classes imperatively (the DDD sandbox's
    ``start_mappers()``: ``properties={"_deleted_at": projects_table.c.deleted_at}``) runs at start-up."""
    tree = _tree(path)
    return frozenset(node.lineno for node in ast.walk(tree)
                     if isinstance(node, ast.Attribute) and node.attr == column
                     and isinstance(node.value, ast.Attribute) and node.value.attr in ("c", "columns")
                     and _last_name(node.value.value) == table) if tree is not None else frozenset()


def _tree(path: str) -> ast.Module | None:
    try:
        with open(path, "rb") as file:
            text, _ = decode_source(file.read())
        return parse_python(text.removeprefix("\ufeff"))  # parsed once, with the codemods' and the reader's
    except (OSError, SyntaxError, UnicodeDecodeError, ValueError):
        return None


def _owned_by(node: ast.expr, owner: str) -> bool:
    """``owner``, ``x.owner``, or a table's columns: ``owner.c`` / ``owner.columns``."""
    if isinstance(node, ast.Attribute) and node.attr in ("c", "columns") and _last_name(node.value) == owner:
        return True
    return _last_name(node) == owner


def _run_at_import(body: list[ast.stmt]) -> Iterator[ast.AST]:
    """The nodes of ``body`` evaluated when it runs: not a function's body nor a lambda's (their
    decorators and defaults are)."""
    pending: list[ast.AST] = list(body)
    while pending:
        node = pending.pop()
        yield node
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            pending.extend([*node.decorator_list, *node.args.defaults,
                            *(d for d in node.args.kw_defaults if d is not None)])
        elif isinstance(node, ast.Lambda):
            pending.extend([*node.args.defaults, *(d for d in node.args.kw_defaults if d is not None)])
        else:
            pending.extend(ast.iter_child_nodes(node))


def _last_name(node: ast.expr) -> str | None:
    return node.id if isinstance(node, ast.Name) else node.attr if isinstance(node, ast.Attribute) else None
