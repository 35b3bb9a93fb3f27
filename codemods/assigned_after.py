"""Columns added to a class after it is made: ``Owner.attribute = Column(...)`` at module level,
which declarative maps as a column of the class (openstack/mistral adds its foreign keys so).

Such a statement is edited as the class-body statement it stands for: ``attribute = Column(...)``,
indented one level under the stand-in class :func:`codemods.editor.edit_statements` parses, then
given back its own indentation and owner. Only the edits of the one statement are made here (a
type, nullability, a default, a comment, a foreign key, the database name, an index flag);
anything else about the column is changed by hand.
"""

from __future__ import annotations

import ast
from collections.abc import Sequence

from schema_inspector.introspect.models.scan import unconditional_statements
from schema_inspector.planner.actions import Action, MapColumnName

from .editor import edit_statements
from .errors import CodemodError
from .lines import split_lines
from .narrow import ITEM_ADDITIONS, STATEMENT_EDITS, line_ending
from .render import Renderer


def assignments_after(tree: ast.Module) -> dict[tuple[str, str], ast.Assign]:
    """Module-level ``Owner.attribute = ...`` statements (a top-level ``with`` block's too) by
    (owner, attribute), the first of each."""
    found: dict[tuple[str, str], ast.Assign] = {}
    for statement in unconditional_statements(tree.body):
        if isinstance(statement, ast.Assign) and len(statement.targets) == 1:
            target = statement.targets[0]
            if isinstance(target, ast.Attribute) and isinstance(target.value, ast.Name):
                found.setdefault((target.value.id, target.attr), statement)
    return found


def edits_after(statement: ast.Assign, lines: Sequence[str], actions: Sequence[Action],
                renderer: Renderer) -> list[tuple[int, int, str]]:
    """``(first, last, text)`` line replacements carrying out ``actions`` (all on the column
    ``statement`` assigns) on that statement; raises :class:`CodemodError` for an action that
    needs more than the statement, or a statement that cannot be re-indented safely."""
    for action in actions:
        if not (isinstance(action, (*STATEMENT_EDITS, MapColumnName))
                or (isinstance(action, ITEM_ADDITIONS) and action.attribute is not None)):
            raise CodemodError("", statement.lineno, (
                f"{action.class_name}.{getattr(action, 'attribute', '')}: the column is added to the class after "
                f"it (line {statement.lineno}); this change needs more than that statement: make it by hand"))
    first, last = statement.lineno, statement.end_lineno or statement.lineno
    text = "".join(lines[first - 1 : last])
    target = statement.targets[0]
    assert isinstance(target, ast.Attribute) and isinstance(target.value, ast.Name)
    owner = f"{target.value.id}."
    if statement.col_offset != 0 or not text.startswith(owner) or '"""' in text or "'''" in text \
            or any(line.rstrip("\r\n").endswith("\\") for line in lines[first - 1 : last]):
        raise CodemodError("", first, (
            f"{target.value.id}.{target.attr}: the column is added to the class after it (line {first}), in a "
            "statement these edits cannot re-indent safely (a triple-quoted string, a backslash); change it by hand"))
    unit = renderer.style.indent
    indented = "".join(unit + line if line.strip() else line for line in split_lines(text[len(owner):]))
    edited = edit_statements([indented], line_ending(lines[first - 1]), actions, renderer)
    if edited is None:
        raise CodemodError("", first, f"{target.value.id}.{target.attr}: the column is added to the class after "
                                      f"it (line {first}); change it by hand")
    new = owner + "".join(line.removeprefix(unit) for line in split_lines("".join(edited)))
    return [] if new == text else [(first, last, new)]
