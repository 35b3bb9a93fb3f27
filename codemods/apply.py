"""Carry out a file's fix actions on its text: pure, minimal, and proportional to the drift.

The file is read with ``ast`` (fast) only to find where things are. LibCST parses just
the statements that actions edit when they need nothing else of their class
(:mod:`codemods.narrow`), otherwise the classes (or ``Table(...)`` statements) they
edit, and the leading import block; the rewritten text is spliced back at the lines
``ast`` reported. Every other line is copied as it was, byte for byte (comments, blank
lines, CRLF, tabs, a BOM).
"""

from __future__ import annotations

import ast
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from pathlib import Path

import libcst as cst

from schema_inspector.introspect.models import parse_python
from schema_inspector.introspect.models.exprs import (
    class_setting,
    last_name,
    written_string,
)
from schema_inspector.introspect.models.scan import (
    held_tables,
    may_hold_tables,
    statements_alone,
    unconditional_statements,
)
from schema_inspector.planner.actions import (
    Action,
    AddEnumLabels,
    AddIndex,
    AddModel,
    AddUniqueConstraint,
    DropIndex,
    DropUniqueConstraint,
)

from .assigned_after import assignments_after, edits_after
from .calls import column_names_of
from .config_files import single_line_imports
from .editor import edit_target
from .errors import CodemodError
from .file_facts import kept
from .imperative import imperative_style, table_code
from .imports import ImportRequests, add_imports, remove_unused
from .inherited import (
    InheritedSource,
    _unreadable,
    imported_column_aliases,
    with_namespace_exports,
)
from .lines import splice, split_lines
from .model import AddModelEditor
from .narrow import narrowed_edits
from .node_editors import AddEnumLabelsEditor
from .registry import editor_for, is_code_edit
from .render import Renderer, project_rules
from .style import FileStyle, detect_style
from .table_items import TABLE_ARGS
from .wrap import line_length

BOM = "\ufeff"

__all__ = ["CodemodError", "Skipped", "edit_source", "edit_source_skipping"]


class Skipped(tuple):
    """``(action, message)``: an action left out of a file's edit, and why."""

    @property
    def action(self) -> Action:
        return self[0]

    @property
    def message(self) -> str:
        return self[1]


def _parses(text: str) -> bool:
    try:
        parse_python(text[len(BOM):] if text.startswith(BOM) else text)
    except SyntaxError:
        return False
    return True


def edit_source_skipping(text: str, actions: Sequence[Action], *, inherited: InheritedSource | None = None,
                         items_in: Mapping[str, str] | None = None) -> tuple[str, list[Skipped]]:
    """``edit_source`` that one bad action does not stop: when the edit fails, each action
    the codemods cannot carry out on its own (a type no SQLAlchemy class writes, an
    attribute a ``@declared_attr`` makes, two assignments on one line...) is left out, with
    its message, and the others are carried out. When every action fails alone (the file
    does not parse, say) the error is the file's, as before."""
    actions = [a for a in actions if is_code_edit(a)]
    skipped: list[Skipped] = []
    while True:
        try:
            return edit_source(text, actions, inherited=inherited, items_in=items_in), skipped
        except CodemodError:
            culprits = []
            for action in actions:
                try:
                    edit_source(text, [action], inherited=inherited, items_in=items_in)
                except CodemodError as error:
                    culprits.append(Skipped((action, str(error))))
            if not culprits or (len(culprits) == len(actions) and not _parses(text)):
                raise
            failed = {id(c.action) for c in culprits}
            for culprit in list(culprits):
                for partner in actions:
                    if id(partner) not in failed and _replaces(partner, culprit.action):
                        failed.add(id(partner))
                        culprits.append(Skipped((partner, f"it goes with the {culprit.action.kind} the edit left "
                                                          f"out: {culprit[1]}")))
            skipped.extend(culprits)
            failed = {id(c.action) for c in culprits}
            actions = [a for a in actions if id(a) not in failed]


def _replaces(one: Action, other: Action) -> bool:
    """Whether the two actions are the halves of one change of a class's constraint or index over
    the same columns (``unique=True`` removed for a named ``UniqueConstraint``): one left out, the
    other must be too, or the model would lose what the database has."""
    halves = {type(one), type(other)}
    if one.class_name != other.class_name or one.file != other.file \
            or halves not in ({DropUniqueConstraint, AddUniqueConstraint}, {DropIndex, AddIndex}):
        return False
    keys = [(frozenset(a.definition.columns), getattr(a.definition, "expressions", ()))  # type: ignore[attr-defined]
            for a in (one, other)]
    return keys[0] == keys[1] and bool(keys[0][0] or keys[0][1])  # expression indexes: the same expressions


def edit_source(text: str, actions: Sequence[Action], *, whole_classes: bool = False,
                inherited: InheritedSource | None = None, items_in: Mapping[str, str] | None = None) -> str:
    """``text`` with ``actions`` (all for this one file) carried out.

    Actions that are not code edits (``SuggestSQL``) are skipped; an action of an
    unknown type raises :class:`~codemods.registry.UnknownActionError`; an action whose
    target is missing raises :class:`CodemodError` naming the file and line. Applying the
    same actions to the result changes nothing.

    LibCST sees only the statements the actions on a class touch when that gives the same
    result as the whole class (:mod:`codemods.narrow`); ``whole_classes`` always hands it
    the whole class, which the tests use to show that the results are the same.
    ``inherited`` reads the other files an ``OverrideColumn`` copies a statement from;
    ``items_in`` names, by class, the attribute its table items are in when that is not
    ``__table_args__`` (``Plan.items_attributes``).
    """
    actions = [a for a in actions if is_code_edit(a)]
    if not actions:
        return text
    file = actions[0].file
    bom = BOM if text.startswith(BOM) else ""
    source = text[len(bom):]
    try:
        tree = parse_python(source)
    except SyntaxError as error:
        raise CodemodError(file, error.lineno or 0, f"cannot parse: {error.msg}") from None
    top_level = _top_level_names(tree, may_hold_tables(source))
    # a class inside another (an enum class in a model class) is edited after the rest: an edit of
    # the class that holds it, or a new class next to it, may rewrite or move the lines it is on
    nested = [a for a in actions if not isinstance(a, AddModel) and a.class_name not in top_level
              and _class_in_a_class(tree, a.class_name) is not None]
    if nested and len(nested) < len(actions):
        first = edit_source(text, [a for a in actions if not any(a is n for n in nested)],
                            whole_classes=whole_classes, inherited=inherited, items_in=items_in)
        return edit_source(first, nested, whole_classes=whole_classes, inherited=inherited, items_in=items_in)
    inherited = (inherited or InheritedSource(_unreadable)).knowing(file, source)
    style = _file_style(file, source, tree, inherited)
    with column_names_of(style.column_aliases, style.mapped_aliases):  # _Column(...) of _Column = mapped_column
        return bom + _edit_parsed(source, tree, top_level, actions, file, inherited, style, whole_classes,
                                  items_in or {})


def prepare_edit(file: str, source: str, read: Callable[[str], str]) -> None:
    """What an edit of ``file`` (its text without a BOM: ``source``) reads of it that no action
    changes, worked out now and kept for the edits to come where ``file_facts.facts_kept()`` is on;
    ``read`` reads the other files its style depends on, as ``InheritedSource``'s."""
    tree = parse_python(source)
    _file_style(file, source, tree, InheritedSource(read).knowing(file, source))
    _line_length(file, source)
    project_rules(file)


def _file_style(file: str, source: str, tree: ast.Module, inherited: InheritedSource) -> FileStyle:
    """The file's style, with the names its imports bring; ``inherited`` reads (or is given, when the
    style was kept) the other files it depends on, which the edits' cache records."""
    def work() -> tuple[FileStyle, dict[str, str]]:
        # every file the style reads, listed (through ``inherited``: one it holds is not read again)
        reading = InheritedSource(inherited.text).knowing(file, source)
        style = with_namespace_exports(detect_style(source, tree, file, imported_column_aliases(file, tree, reading)),
                                       file, reading)
        return style, {other: text for other, text in reading.texts.items() if other != file}

    style, read = kept(("style", file, source), work)
    for other, text in read.items():
        inherited.texts.setdefault(other, text)
    return style


def _line_length(file: str, source: str) -> int:
    return kept(("line length", file, source), lambda: line_length(file, source))


def _edit_parsed(source: str, tree: ast.Module, top_level: dict[str, ast.stmt], actions: Sequence[Action],
                 file: str, inherited: InheritedSource, style: FileStyle, whole_classes: bool,
                 items_in: Mapping[str, str]) -> str:
    """``edit_source`` on the file's text without its BOM, once parsed, in its ``style``."""
    renderer = Renderer(style, ImportRequests(), inherited, file, lambda: _line_length(file, source))
    lines = split_lines(source)

    by_target: dict[str, list[Action]] = defaultdict(list)
    models: list[AddModel] = []
    replacements: list[tuple[int, int, str]] = []
    removed: list[tuple[int, int]] = []
    for action in actions:
        if isinstance(action, AddModel):
            models.append(action)
        elif isinstance(action, DropIndex) and action.module_line is not None:
            removed.append(_statement_lines(tree, action))
        else:
            by_target[action.class_name].append(action)
    replacements.extend(_removals(removed, lines))

    after = assignments_after(tree)
    for name, target_actions in by_target.items():
        node = top_level.get(name) or _class_in_a_class(tree, name)
        class_bound = class_body_names(node) if node is not None else frozenset()
        # a column added to the class after it (``Owner.attribute = Column(...)``), or in a module that
        # imports the class (the class not here): its statement
        late: dict[int, tuple[ast.Assign, list[Action]]] = {}
        for action in target_actions:
            attribute = getattr(action, "attribute", None)
            statement = after.get((name, attribute or ""))
            if statement is not None and (node is None or statement.lineno > (node.end_lineno or 0)) \
                    and attribute not in class_bound:
                late.setdefault(statement.lineno, (statement, []))[1].append(action)
        moved = {id(action) for _, group in late.values() for action in group}
        target_actions = [action for action in target_actions if id(action) not in moved]
        try:
            for statement, group in late.values():  # module-level statements: no class scope
                replacements.extend(edits_after(statement, lines, group, renderer))
            if not target_actions:
                continue
            if node is None:
                raise CodemodError(file, 0, f"no class or Table variable {name!r} at the top level")
            if any(isinstance(action, AddEnumLabels) for action in target_actions):  # ENUM(...) of a name
                replacements.extend(_labels_edit(node, lines, target_actions, renderer))
                continue
            renderer.class_bound = class_bound
            renderer.items_name = items_in.get(name, TABLE_ARGS)
            edits = None if whole_classes else narrowed_edits(node, lines, target_actions, renderer)
            if edits is None:
                edits = _whole_edit(node, lines, target_actions, renderer)
        except CodemodError as error:
            raise error.located(file, node.lineno if node is not None else 0) from None
        finally:
            renderer.class_bound = frozenset()
            renderer.items_name = TABLE_ARGS
        replacements.extend(edits)

    bindings = _module_bindings(tree, top_level)
    for model in models:
        bound = bindings.get(model.class_name)
        if bound is not None:
            if _maps_table(bound, model.table):
                continue  # already generated (the plan was applied before)
            raise CodemodError(
                file, bound.lineno,
                f"cannot add class {model.class_name} for table {model.table!r}: the file already binds "
                f"{model.class_name!r} here; re-run plan",
            )
        try:
            replacements.extend(_model_insertion(model, renderer, tree, top_level, lines, source))
        except CodemodError as error:
            raise error.located(file, 0) from None

    edited = splice(lines, replacements)
    taken_out = ["".join(lines[first - 1 : last]) for first, last, _ in replacements if last >= first]
    pruned = remove_unused(edited, style, taken_out)
    if not renderer.requests:
        return pruned
    # the block lost the lines of the imports that went (a name per line, a whole statement):
    # the requests go to the block where it now ends
    shrunk = len(split_lines(edited)) - len(split_lines(pruned)) if pruned is not edited else 0
    if shrunk:
        style = replace(style, import_after_line=style.import_after_line - shrunk)
    return add_imports(pruned, style, renderer.requests, first_party(file), renderer.line_length,
                       single_line_imports(Path(file).resolve().parent) if file else False)


def _statement_lines(tree: ast.Module, action: DropIndex) -> tuple[int, int]:
    """The first and last lines of the module-level statement ``Index("name", ...)`` at
    ``action.module_line``, a statement of its own there."""
    name = action.definition.name
    statement = next((s for s in statements_alone(tree.body) if s.lineno == action.module_line), None)
    if not (isinstance(statement, ast.Expr) and isinstance(call := statement.value, ast.Call) and call.args
            and written_string(call.args[0], lambda: tree) == name
            and last_name(call.func) == "Index"):
        raise CodemodError(action.file, action.module_line or 0,
                           f"no statement Index({name!r}, ...) of its own at this line; re-run plan")
    return statement.lineno, statement.end_lineno or statement.lineno


def _removals(spans: list[tuple[int, int]], lines: Sequence[str]) -> list[tuple[int, int, str]]:
    """``(first, last, "")`` for each run of the statements at ``spans`` (those with nothing but
    blank lines between them taken together), with the blank lines before it where blank lines
    (or the file's end) follow it: the code around keeps the spacing it had. A comment stays."""
    runs: list[list[int]] = []
    for first, last in sorted(set(spans)):
        if runs and all(not line.strip() for line in lines[runs[-1][1] : first - 1]):
            runs[-1][1] = last
        else:
            runs.append([first, last])
    for run in runs:
        if run[1] == len(lines) or not lines[run[1]].strip():
            while run[0] > 1 and not lines[run[0] - 2].strip():
                run[0] -= 1
    return [(first, last, "") for first, last in runs]


def first_party(file: str) -> frozenset[str]:
    """The project's own top-level package of ``file`` (isort's first party): the outermost
    directory above it that holds an ``__init__.py``, and the file's own module when it
    is in no package."""
    path = Path(file).resolve()
    top = None
    directory = path.parent
    while (directory / "__init__.py").is_file():
        top = directory.name
        directory = directory.parent
    return frozenset({top} if top else {path.stem})


def _whole_edit(
    node: ast.stmt, lines: list[str], actions: list[Action], renderer: Renderer
) -> list[tuple[int, int, str]]:
    """The class (decorators included) or ``Table(...)`` statement rewritten whole; one in a
    class body (a Table object the class holds) is edited as top-level code, then indented back."""
    first = min([node.lineno, *(d.lineno for d in getattr(node, "decorator_list", ()))])
    last = node.end_lineno or node.lineno
    indent = lines[first - 1][: node.col_offset]
    snippet = "".join(lines[first - 1 : last])
    if indent:
        rewritten = _indented(edit_target(_dedented(lines[first - 1 : last], indent, first), actions, renderer), indent)
    else:
        rewritten = edit_target(snippet, actions, renderer)
    return [(first, last, rewritten)] if rewritten != snippet else []


def _labels_edit(statement: ast.stmt, lines: Sequence[str], actions: Sequence[Action],
                 renderer: Renderer) -> list[tuple[int, int, str]]:
    """``(first, last, text)``: the module-level statement ``NAME = <labels>`` with ``actions`` (all
    :class:`AddEnumLabels` of it) carried out, wrapped as black would when it grew too long."""
    first, last = statement.lineno, statement.end_lineno or statement.lineno
    text = "".join(lines[first - 1 : last])
    if statement.col_offset != 0 or not isinstance(statement, (ast.Assign, ast.AnnAssign)):
        raise CodemodError("", first, "the enum's labels are not in a top-level assignment; add them by hand")
    module = cst.parse_module(text)
    line = cst.ensure_type(module.body[0], cst.SimpleStatementLine)
    small = line.body[0]
    value = getattr(small, "value", None)
    if value is None:
        raise CodemodError("", first, "the enum's labels are not in an assignment; add them by hand")
    for action in actions:
        editor = editor_for(action, renderer)
        if not isinstance(editor, AddEnumLabelsEditor):
            raise CodemodError("", first, f"{action.class_name} holds an enum's labels: only new labels are written "
                                          "into it here; change it by hand")
        value = editor.transform(value)
    edited = line.with_changes(body=[small.with_changes(value=value), *line.body[1:]])
    edited = renderer.wrapped(edited, depth=0, original=line)
    new = module.with_changes(body=[edited, *module.body[1:]]).code
    return [] if new == text else [(first, last, new)]


def _dedented(lines: list[str], indent: str, first: int) -> str:
    """``lines`` without ``indent`` in front of each; a line that does not start with it (a
    string's continuation line, say) cannot be taken out of its block and put back unchanged."""
    for number, line in enumerate(lines, start=first):
        if line.strip() and not line.startswith(indent):
            raise CodemodError("", number, "a line of the statement is less indented than the statement "
                                           "(a multi-line string?); edit it by hand")
    return "".join(line[len(indent):] if line.strip() else line for line in lines)


def _indented(text: str, indent: str) -> str:
    return "".join(indent + line if line.strip() else line for line in text.splitlines(keepends=True))


def class_body_names(node: ast.stmt) -> frozenset[str]:
    """The names a class body binds in its own scope (attributes, methods, nested classes,
    imports); none for a ``Table(...)`` statement."""
    if not isinstance(node, ast.ClassDef):
        return frozenset()
    names: set[str] = set()
    for statement in node.body:
        if isinstance(statement, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.add(statement.name)
        elif isinstance(statement, (ast.Import, ast.ImportFrom)):
            names.update((alias.asname or alias.name).split(".")[0] for alias in statement.names)
        else:
            # ``name: Mapped[int]`` alone binds nothing
            targets = statement.targets if isinstance(statement, ast.Assign) else (
                [statement.target] if isinstance(statement, ast.AugAssign)
                or (isinstance(statement, ast.AnnAssign) and statement.value is not None) else [])
            names.update(n.id for t in targets for n in ast.walk(t) if isinstance(n, ast.Name))
    return frozenset(names)


def _top_level_names(tree: ast.Module, holds_tables: bool = True) -> dict[str, ast.stmt]:
    """Top-level classes and assigned names (``Table(...)`` objects) by name, those of a top-level
    ``with`` block's body too (``unconditional_statements``), and (when the file may hold any) the
    Table objects a class holds (``held_tables``) whose name no other statement of the two binds."""
    names: dict[str, ast.stmt] = {}
    held: dict[str, list[ast.stmt]] = defaultdict(list)
    for node in unconditional_statements(tree.body):
        if isinstance(node, ast.ClassDef):
            names[node.name] = node
            for name, statement, _ in held_tables(node) if holds_tables else ():
                held[name].append(statement)
        elif isinstance(node, ast.Assign):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    names[target.id] = node
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names[node.target.id] = node
    names.update({name: statements[0] for name, statements in held.items()
                  if len(statements) == 1 and name not in names})
    return names


def _class_in_a_class(tree: ast.Module, name: str) -> ast.ClassDef | None:
    """The class ``name`` defined in the body of a top-level class (an enum class the reader
    read there: ``class PipelineRun(Base): class PipelineRunStatus(StrEnum): ...``; a model class
    a plain class holds: ``class database: class Host(BaseTable): ...``), when one class alone
    defines it."""
    found = [member for node in unconditional_statements(tree.body) if isinstance(node, ast.ClassDef)
             for member in node.body if isinstance(member, ast.ClassDef) and member.name == name]
    return found[0] if len(found) == 1 else None


def _module_bindings(tree: ast.Module, top_level: dict[str, ast.stmt]) -> dict[str, ast.stmt]:
    """Every name the module binds at its top level (imports, functions, classes,
    assignments) with a statement that binds it (a class or assignment over an import);
    ``top_level``: the tree's ``_top_level_names``."""
    names: dict[str, ast.stmt] = {}
    for node in unconditional_statements(tree.body):
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            for alias in node.names:
                names[(alias.asname or alias.name).split(".")[0]] = node
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            names[node.name] = node
    names.update(top_level)
    return names


def _maps_table(node: ast.stmt, table: str) -> bool:
    """Whether ``node`` is a class whose own body says ``__tablename__ = table``, or a
    ``Table(table, ...)`` assignment."""
    value = getattr(node, "value", None)
    if isinstance(node, (ast.Assign, ast.AnnAssign)) and isinstance(value, ast.Call) and value.args:
        first = value.args[0]
        return isinstance(first, ast.Constant) and first.value == table
    if not isinstance(node, ast.ClassDef):
        return False
    value = class_setting(node, "__tablename__")
    return isinstance(value, ast.Constant) and value.value == table


def _last_of_its_own(tree: ast.Module, anchor: ast.stmt | None) -> ast.stmt | None:
    """``anchor``, or the last of the top-level statements right after it that are its own: calls
    that name what it binds and bind no class or table of their own (weasyl's
    ``Index("ind_journal_userid", journal.c.userid)`` after ``journal = Table(...)``, an
    ``event.listen(User, ...)`` after ``class User``). A new class goes after them, not between."""
    if anchor is None or anchor not in tree.body:
        return anchor
    if isinstance(anchor, ast.ClassDef):
        bound = {anchor.name}
    elif isinstance(anchor, ast.Assign):
        bound = {target.id for target in anchor.targets if isinstance(target, ast.Name)}
    else:
        return anchor
    for node in tree.body[tree.body.index(anchor) + 1:]:
        value = node.value if isinstance(node, (ast.Expr, ast.Assign)) else None
        if not (isinstance(value, ast.Call) and last_name(value.func) != "Table"
                and any(isinstance(name, ast.Name) and name.id in bound for name in ast.walk(value))):
            break
        anchor = node
    return anchor


def _model_insertion(
    model: AddModel,
    renderer: Renderer,
    tree: ast.Module,
    top_level: dict[str, ast.stmt],
    lines: list[str],
    source: str,
) -> list[tuple[int, int, str]]:
    """Where the new class goes (after ``after_class``, else after the last statement); a
    ``Table`` object's mapping call may go at the end of the file's mapping function."""
    anchor = (top_level.get(model.after_class) or _class_in_a_class(tree, model.after_class)) \
        if model.after_class else None
    if anchor is None and tree.body:
        anchor = tree.body[-1]
    anchor = _last_of_its_own(tree, anchor)
    after_line = (anchor.end_lineno or anchor.lineno) if anchor is not None else len(lines)
    mapping = None
    if model.style == "table":
        style_of_tables = imperative_style(tree, source)
        if style_of_tables is None:
            raise CodemodError("", 0, f"no Table(...) in the file to write the table {model.table!r} like")
        code, mapping = table_code(model, renderer, style_of_tables)
        code = renderer.style.newline + code
    else:
        code = AddModelEditor(model, renderer).class_code()
    style = renderer.style
    if after_line and not lines[after_line - 1].endswith(("\n", "\r")):
        code = style.newline + code  # the file's last line had no line break
    if not tree.body:
        code = code.lstrip("\r\n")
    indent = lines[anchor.lineno - 1][: anchor.col_offset] if anchor is not None else ""
    if indent:  # after a Table object a class holds: in that class's body, one blank line before
        code = style.newline + _indented(code.lstrip("\r\n"), indent)
    insertions = [(after_line + 1, after_line, code)]
    if mapping is not None and style_of_tables is not None and style_of_tables.function is not None:
        function = style_of_tables.function
        last = function.body[-1]
        indent = lines[last.lineno - 1][: last.col_offset]
        end = last.end_lineno or last.lineno
        if end == after_line:
            insertions = [(after_line + 1, after_line, indent + mapping + style.newline + code)]
        else:
            insertions.append((end + 1, end, indent + mapping + style.newline))
    return insertions
