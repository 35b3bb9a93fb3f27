"""Overriding an inherited column: the inherited statement, copied whole (``OverrideColumn``).

A class that must differ from a mixin's (or a base's) column gets the mixin's own statement
- its type (a ``TypeDecorator`` included), ``default=``, ``onupdate=``, ``index=``, its
comment - and then only the changes the database asks for. Writing the column afresh from
the database would drop everything the database does not know: Python-side defaults,
``onupdate``, custom types.

The statement is read from the mixin's file (:class:`InheritedSource`, which the runner
gives the codemods: a file's edits may need another file's text). The names it uses must
resolve in the class's file too: a name imported there from a package is imported the same
way, a name it imports relatively from where it comes from (as the class's file reaches that
module); a name the mixin's module defines is imported from the module the class's file
already imports the mixin from.
"""

from __future__ import annotations

import ast
import builtins
import functools
import os
import textwrap
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from types import MappingProxyType

import libcst as cst

from schema_inspector.introspect.models import parse_python
from schema_inspector.introspect.models.imports import (
    importable_name,
    imported_package,
    module_file,
)
from schema_inspector.introspect.sqltypes import is_sqlalchemy_module
from schema_inspector.planner.actions import OverrideColumn

from .calls import visited
from .errors import CodemodError
from .style import (
    FLASK,
    MODULE,
    Binding,
    FileStyle,
    ImportedAlias,
    bindings_of,
    column_aliases,
    defined_names,
    nullable_presets,
    partial_calls,
)

_BUILTINS = frozenset(dir(builtins))


@dataclass
class InheritedSource:
    """The text of the files other files' edits copy from, read once each by ``read``."""

    read: Callable[[str], str]
    texts: dict[str, str] = field(default_factory=dict)  # every file read so far

    def text(self, file: str) -> str:
        if file not in self.texts:
            self.texts[file] = self.read(file)
        return self.texts[file]

    def knowing(self, file: str, text: str) -> InheritedSource:
        """This source, with ``file``'s text as given (the file being edited)."""
        self.texts.setdefault(file, text)
        return self


def _unreadable(file: str) -> str:
    raise OSError(f"{file} is not given")


@dataclass(frozen=True)
class _Copied:
    statement: cst.SimpleStatementLine
    bindings: dict[str, Binding]  # the imports of the mixin's module
    defined: frozenset[str]  # the names the mixin's module defines


def copy_statement(action: OverrideColumn, source: InheritedSource) -> _Copied:
    """The statement that defines ``action.attribute`` in ``action.source_class``, as a
    class-body statement of its own (``@declared_attr`` methods that return the column
    become ``attribute = <what they return>``)."""
    where = f"{action.source_file}: {action.source_class}.{action.attribute}"
    try:
        text = source.text(action.source_file)
        tree = parse_python(text.removeprefix("\ufeff"))
    except (OSError, SyntaxError, UnicodeDecodeError) as error:
        raise CodemodError("", 0, f"cannot read the inherited column {where}: {error}") from None
    cls = next((n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == action.source_class), None)
    if cls is None:
        raise CodemodError("", 0, f"cannot copy the inherited column {where}: no such class at the top level")
    lines = text.removeprefix("\ufeff").splitlines(keepends=True)
    body_names: set[str] = set()  # the names the class body binds before the statement
    for node in cls.body:
        if _assigns(node, action.attribute):
            snippet = textwrap.dedent("".join(lines[node.lineno - 1 : node.end_lineno]))
            statement = cst.ensure_type(cst.parse_statement(snippet), cst.SimpleStatementLine)  # an assignment
            statement = cst.ensure_type(visited(statement, _ThroughClass(action.source_class, body_names)),
                                        cst.SimpleStatementLine)
            break
        if isinstance(node, ast.FunctionDef) and node.name == action.attribute:
            statement = _from_declared_attr(node, text.removeprefix("\ufeff"), action, where)
            break
        body_names.update(_bound_names(node))
    else:
        raise CodemodError("", 0, f"cannot copy the inherited column {where}: no statement assigns it")
    return _Copied(statement, bindings_of(tree), defined_names(tree))


def _bound_names(node: ast.stmt) -> set[str]:
    """The names a class-body statement binds (``LOW = "low"``, ``def check(self)``)."""
    if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
        return {node.name}
    targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AnnAssign) else []
    return {n.id for target in targets for n in ast.walk(target) if isinstance(n, ast.Name)}


class _NameReads(cst.CSTTransformer):
    """A transformer of the names copied code reads: ``skip`` holds the ``Name`` nodes that are
    no reads (an attribute's name, a keyword, an assignment's target)."""

    def __init__(self) -> None:
        self.skip: set[int] = set()

    def visit_Attribute(self, node: cst.Attribute) -> None:
        self.skip.add(id(node.attr))

    def visit_Arg(self, node: cst.Arg) -> None:
        if node.keyword is not None:
            self.skip.add(id(node.keyword))

    def visit_AnnAssign(self, node: cst.AnnAssign) -> None:
        self.skip.add(id(node.target))

    def visit_AssignTarget(self, node: cst.AssignTarget) -> None:
        self.skip.add(id(node.target))


class _ThroughClass(_NameReads):
    """A class-body statement moved to another class's body: the names the first body bound
    before it are read through that class (``Enum(*SEVERITIES)`` -> ``Enum(*Rated.SEVERITIES)``),
    as they are not bound in the other body; a lambda's own parameters are left alone."""

    def __init__(self, class_name: str, names: set[str]) -> None:
        super().__init__()
        self.class_name, self.names = class_name, names
        self.parameters: set[str] = set()

    def visit_Lambda(self, node: cst.Lambda) -> None:
        self.parameters |= {p.name.value for p in (*node.params.params, *node.params.kwonly_params)}

    def leave_Name(self, original: cst.Name, updated: cst.Name) -> cst.BaseExpression:
        if id(original) in self.skip or original.value not in self.names or original.value in self.parameters:
            return updated
        return cst.Attribute(cst.Name(self.class_name), cst.Name(original.value))


def _assigns(node: ast.stmt, name: str) -> bool:
    if isinstance(node, ast.Assign):
        return len(node.targets) == 1 and isinstance(node.targets[0], ast.Name) and node.targets[0].id == name
    return isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.target.id == name


def _from_declared_attr(
    node: ast.FunctionDef, text: str, action: OverrideColumn, where: str
) -> cst.SimpleStatementLine:
    """``@declared_attr def note(cls) -> Mapped[str]: return mapped_column(...)`` as
    ``note: Mapped[str] = mapped_column(...)``, the expressions as written."""
    body = [s for s in node.body if not (isinstance(s, ast.Expr) and isinstance(s.value, ast.Constant))]
    returned = body[0] if len(body) == 1 else None
    if not isinstance(returned, ast.Return) or returned.value is None:
        raise CodemodError(
            "",
            0,
            f"cannot copy the inherited column {where}: a method that does more than "
            "return the column; override it by hand",
        )
    value = returned.value
    arguments = {a.arg for a in node.args.args}
    if any(isinstance(n, ast.Name) and n.id in arguments for n in ast.walk(value)):
        raise CodemodError(
            "", 0, f"cannot copy the inherited column {where}: it depends on the class (cls); override it by hand"
        )
    returns = node.returns
    mapped = (
        isinstance(returns, ast.Subscript)
        and getattr(returns.value, "id", getattr(returns.value, "attr", None)) == "Mapped"
    )
    annotation = f": {ast.get_source_segment(text, returns)}" if returns is not None and mapped else ""
    # continuation lines move left as the statement does: from the method body to the top
    first, *rest = (ast.get_source_segment(text, value) or "").split("\n")
    shift = returned.col_offset
    rest = [line[min(shift, len(line) - len(line.lstrip(" \t"))) :] for line in rest]
    expression = "\n".join([first, *rest])
    return cst.ensure_type(cst.parse_statement(f"{action.attribute}{annotation} = {expression}\n"),
                           cst.SimpleStatementLine)


def used_names(node: cst.CSTNode) -> list[str]:
    """The names ``node`` reads (the first name of every dotted path), in order, once."""
    collector = _NameCollector()
    node.visit(collector)
    return list(dict.fromkeys(collector.names))


class _NameCollector(cst.CSTVisitor):
    def __init__(self) -> None:
        self.names: list[str] = []

    def visit_Attribute(self, node: cst.Attribute) -> bool:
        node.value.visit(self)  # ``func.now``: func is read, ``now`` is not a name
        return False

    def visit_Arg(self, node: cst.Arg) -> bool:
        node.value.visit(self)  # ``default=...``: the keyword is not a name
        return False

    def visit_AssignTarget(self, node: cst.AssignTarget) -> bool:
        return False

    def visit_AnnAssign(self, node: cst.AnnAssign) -> bool:
        node.annotation.visit(self)
        if node.value is not None:
            node.value.visit(self)
        return False

    def visit_Name(self, node: cst.Name) -> bool:
        self.names.append(node.value)
        return False


class _Rebinder(_NameReads):
    """Rewrites code copied from one module so that its names mean the same in another:
    ``datetime.datetime`` (source: ``import datetime``) becomes ``datetime`` where the target
    does ``from datetime import datetime``, and ``datetime`` (source: ``from datetime import
    datetime``) becomes ``datetime.datetime`` where the target does ``import datetime``.
    A name the target binds to something else is imported there under another name when
    ``need`` is given (``from oslo_db.sqlalchemy import types as oslo_db_types`` in a file whose
    ``types`` is its own), else it is an error."""

    def __init__(
        self, source: dict[str, Binding], target: dict[str, Binding], target_defined: frozenset[str], what: str,
        need: Callable[[str, str | None, str | None], None] | None = None,
    ) -> None:
        super().__init__()
        self.source, self.target, self.defined, self.what, self.need = source, target, target_defined, what, need

    def _differs(self, name: str) -> bool:
        binding = self.source.get(name)
        if binding is None:
            return False
        if binding.module.startswith("."):
            # a module of the project, its import as the target spells it (``in_target_terms``): the
            # target's own name for the same object (jazzband's ``postgres as db``), else imported as it is
            return binding.name is not None and self.target.get(name) != binding and self._local(binding) is not None
        if name not in self.target and name not in self.defined and binding.name is not None \
                and self._local(binding) is not None:
            return True  # the target imports the same object under another name (``from app.db import postgres as db``)
        return name in self.defined or (name in self.target and self.target[name] != binding)

    def _local(self, binding: Binding) -> str | None:
        return next((local for local, b in self.target.items() if b == binding and local not in self.defined), None)

    def leave_Name(self, original: cst.Name, updated: cst.Name) -> cst.BaseExpression:
        if id(original) in self.skip:
            return updated
        if not self._differs(original.value):
            return self._through_module(original.value) or updated
        binding = self.source[original.value]
        if binding.name is None:
            return updated  # a module: its attribute is rewritten in leave_Attribute
        local = self._local(binding)
        if local is not None:
            return cst.Name(local)
        module = self._local(Binding(binding.module))
        if module is not None:
            return cst.Attribute(cst.Name(module), cst.Name(binding.name))
        if self.need is not None:
            alias = self._free_alias(binding)
            self.need(binding.module, binding.name, alias)
            self.target[alias] = binding
            return cst.Name(alias)
        raise CodemodError(
            "",
            0,
            f"cannot copy {self.what}: {original.value} means something else in the class's "
            "file, and it does not import the same object under another name",
        )

    def _through_module(self, name: str) -> cst.Attribute | None:
        """``Column`` (the source: ``from sqlalchemy import Column``) as ``sa.Column`` where the
        target lacks the name but imports its module (``import sqlalchemy as sa``, or ``from
        sqlalchemy import orm`` for ``sqlalchemy.orm``'s names): as the target writes it."""
        binding = self.source.get(name)
        if binding is None or binding.name is None or binding.module.startswith(".") \
                or name in self.target or name in self.defined:
            return None
        package, _, last = binding.module.rpartition(".")
        local = self._local(Binding(binding.module)) or (self._local(Binding(package, last)) if package else None)
        return cst.Attribute(cst.Name(local), cst.Name(binding.name)) if local is not None else None

    def _free_alias(self, binding: Binding) -> str:
        """A name for ``binding`` that the target does not use: its package's name before
        its own (``oslo_db_types``), numbered if that is taken too."""
        base = f"{binding.module.split('.')[0]}_{binding.name}"
        taken = set(self.target) | self.defined | set(self.source)
        return next(name for number in range(1, 100)
                    if (name := base if number == 1 else f"{base}_{number}") not in taken)

    def leave_Attribute(self, original: cst.Attribute, updated: cst.Attribute) -> cst.BaseExpression:
        value = original.value
        if not isinstance(value, cst.Name) or not self._differs(value.value):
            return updated
        binding = self.source[value.value]
        if binding.name is not None:
            return updated  # rewritten in leave_Name
        attribute = Binding(binding.module, original.attr.value)
        local = self._local(attribute)
        if local is not None:
            return cst.Name(local)
        if self.need is not None:
            # ``datetime.timezone.utc`` (the source: ``import datetime``) in a file whose ``datetime`` is the
            # class: ``from datetime import timezone as datetime_timezone`` (LiteStarGateway's copy of
            # advanced-alchemy's columns), under a name no class body is likely to bind (``timezone = Column(...)``)
            alias = self._free_alias(attribute)
            self.need(binding.module, original.attr.value, alias)
            self.target[alias] = attribute
            return cst.Name(alias)
        raise CodemodError(
            "",
            0,
            f"cannot copy {self.what}: {value.value} means something else in the class's "
            f"file, which does not import {binding.module}.{original.attr.value} by name",
        )


def speak_in_target(
    node: cst.CSTNode,
    source_bindings: dict[str, Binding],
    target_bindings: dict[str, Binding],
    target_defined: frozenset[str],
    what: str,
    need: Callable[[str, str | None, str | None], None] | None = None,
) -> cst.CSTNode:
    """``node`` (code of another module) with its names as the target file spells them; with
    ``need``, a name the target uses otherwise is imported under another name (added to
    ``target_bindings``)."""
    return visited(node, _Rebinder(source_bindings, target_bindings, target_defined, what, need))


def in_target_terms(bindings: dict[str, Binding], source_file: str, target_file: str,
                    target: Mapping[str, Binding]) -> dict[str, Binding]:
    """``bindings`` of ``source_file`` with each relative import's module as ``target_file`` writes
    it: as an import of ``target_file`` of the same module spells it (``from app.db import postgres as
    db``), else as a relative import from there (``.db`` of ``mixins.py`` as ``..db`` in
    ``members/models.py``), where the two are of one package."""
    def spelled(binding: Binding) -> Binding:
        if not binding.module.startswith("."):
            return binding
        module = _module_of(Path(source_file), binding.module)
        same = next((b for b in target.values() if b.name == binding.name and module is not None
                     and _module_of(Path(target_file), b.module) == module), None)
        return same or replace(binding, module=relative_module(binding.module, source_file, target_file)
                               or binding.module)

    return {local: spelled(binding) for local, binding in bindings.items()}


def _module_of(file: Path, module: str) -> Path | None:
    """The file of the module an import of ``module`` (``.db``, ``app.db``) in ``file`` names, resolved."""
    found = module_file(_package_of(file, module))
    return found.resolve() if found is not None else None


def _package_of(file: Path, module: str) -> Path:
    """The path (without ``.py``) of the module ``from <module> import ...`` in ``file`` names (``module``
    as written: ``..db``, ``app.db``)."""
    level = len(module) - len(module.lstrip("."))
    return imported_package(file, level, module.lstrip(".") or None)


def import_names(
    names: list[str],
    copied: _Copied,
    target_bindings: dict[str, Binding],
    target_defined: frozenset[str],
    action: OverrideColumn,
    need: Callable[[str, str | None, str | None], None],
) -> None:
    """Ask for an import of each of ``names`` the class's file lacks, the way the mixin's
    module reaches it (see the module doc)."""
    via = target_bindings.get(action.source_class)
    import_like(
        names,
        action.source_file,
        copied.bindings,
        copied.defined,
        action.file,
        target_bindings,
        target_defined,
        via.module if via is not None and via.name is not None else None,
        need,
        f"the copy of {action.source_class}.{action.attribute} from {action.source_file}",
    )


def relative_module(module: str, source_file: str, target_file: str) -> str | None:
    """``module`` of a relative import in ``source_file`` (``.sa_extra``) as ``target_file``, in
    another directory of the same package, writes it (``..sa_extra``); None when it is no relative
    import, or the two files are not in one package (a directory without ``__init__.py`` between)."""
    dots = len(module) - len(module.lstrip("."))
    if not dots:
        return None
    anchor = Path(source_file).resolve().parent
    for _ in range(dots - 1):
        anchor = anchor.parent
    parts = [part for part in module[dots:].split(".") if part]
    target = Path(target_file).resolve().parent
    common = Path(os.path.commonpath([anchor, target]))
    packages = [target, *[d for d in target.parents if common in d.parents], common]
    if not all((d / "__init__.py").is_file() for d in packages):
        return None
    ups = len(target.relative_to(common).parts)
    down = [*anchor.relative_to(common).parts, *parts]
    return "." * (ups + 1) + ".".join(down)


def import_like(
    names: list[str],
    source_file: str,
    source_bindings: dict[str, Binding],
    source_defined: frozenset[str],
    target_file: str,
    target_bindings: dict[str, Binding],
    target_defined: frozenset[str],
    via_module: str | None,
    need: Callable[[str, str | None, str | None], None],
    what: str,
) -> None:
    """Ask for an import of each of ``names`` that code taken from ``source_file`` uses and
    ``target_file`` lacks: a package's name as the source imports it; a name the source imports
    relatively from the module it comes from, as the target reaches that module (not through the
    source's module, which only re-imports it); a name of the source's own module from
    ``via_module`` (the module the target already imports something of the source's from), else,
    for two files of one directory, from ``.<its module>``, else from the source's module by the
    name it is installed under."""
    if Path(source_file).resolve() == Path(target_file).resolve():
        return
    same_directory = Path(source_file).resolve().parent == Path(target_file).resolve().parent
    for name in names:
        if name in target_bindings or name in target_defined or name in _BUILTINS:
            continue
        binding = source_bindings.get(name)
        if binding is not None and not binding.module.startswith("."):
            if binding.name is None:
                need(binding.module, None, name if name != binding.module.split(".")[0] else None)
            else:
                need(binding.module, binding.name, name if name != binding.name else None)
            continue
        if binding is None and name not in source_defined:
            raise CodemodError("", 0, f"cannot import {name!r} for {what}: where it comes from is not known there")
        moved = relative_module(binding.module, source_file, target_file) if binding is not None else None
        if same_directory and binding is not None:  # as the source imports it (``from .db import db``)
            need(binding.module, binding.name, name if name != binding.name else None)
        elif moved is not None and binding is not None:  # ``from .sa_extra import X`` seen from ``core/``
            need(moved, binding.name, name if name != binding.name else None)
        elif via_module is not None:
            need(via_module, name, None)
        elif same_directory:
            need("." + Path(source_file).stem, name, None)
        elif (module := importable_name(Path(source_file))) is not None:
            need(module, name, None)  # from invenio_db.shared import UTCDateTime: an installed library's
        else:
            raise CodemodError("", 0, f"cannot import {name!r} for {what}: it is defined next to the source")


def with_namespace_exports(style: FileStyle, file: str, source: InheritedSource) -> FileStyle:
    """``style`` with the names its namespace gives when that is a module of the project
    (found as the reader finds a project's imports, ``imported_package``): the module's own
    top-level names and imports, and those of the modules it re-exports with ``import *``."""
    if style.namespace_kind != FLASK or style.namespace is None:
        return style
    binding = style.bindings.get(style.namespace)
    given = _sqlalchemy_modules_given(Path(file), style.bindings, binding, source) if binding is not None else {}
    if style.namespace in given:
        # hasgeek/funnel's ``from .base import sa, sa_orm`` (``import sqlalchemy.orm as sa_orm`` there):
        # module aliases of SQLAlchemy, each its module's names (``sa.text``, never ``sa_orm.text``)
        bindings = {local: given.get(local, b) for local, b in style.bindings.items()}
        return replace(style, namespace_kind=MODULE, bindings=MappingProxyType(bindings))
    path = _module_path(Path(file), binding, source) if binding is not None else None
    if path is None:
        return style  # an object (Flask-SQLAlchemy's ``db``), not a module
    try:
        tree = parse_python(source.text(str(path)).removeprefix("\ufeff"))
    except (OSError, UnicodeDecodeError, SyntaxError):
        return style
    names = _names_given(path, source)
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and any(alias.name == "*" for alias in node.names):
            star = module_file(imported_package(path, node.level, node.module))
            if star is not None:
                names |= _names_given(star, source)
    return replace(style, namespace_exports=frozenset(names))


def _sqlalchemy_modules_given(file: Path, imported: Mapping[str, Binding], binding: Binding,
                              source: InheritedSource) -> dict[str, Binding]:
    """Of the names ``file`` imports (``imported``) from the project module ``binding`` comes from,
    those that module binds to a SQLAlchemy module (``import sqlalchemy.orm as sa_orm``): local name ->
    that module."""
    if binding.name is None or not binding.module.startswith("."):
        return {}
    origin = module_file(_package_of(file, binding.module))
    if origin is None:
        return {}
    try:
        bindings, _ = names_of(str(origin), source)
    except (OSError, UnicodeDecodeError, SyntaxError):
        return {}
    return {local: bindings[b.name] for local, b in imported.items()
            if b.module == binding.module and b.name in bindings and bindings[b.name].name is None
            and is_sqlalchemy_module(bindings[b.name].module)}


def _module_path(file: Path, binding: Binding, source: InheritedSource) -> Path | None:
    """The file of the module ``binding`` names from ``file`` (``from pkg import name`` may
    name the module ``pkg/name``, unless pkg's ``__init__`` binds ``name`` itself: Python then
    gives that); None when it names no module file."""
    package = _package_of(file, binding.module)
    if binding.name is None:
        return module_file(package)
    init = module_file(package)
    if init is not None and binding.name in _names_given(init, source):
        return None
    return module_file(package / binding.name)


def _names_given(path: Path, source: InheritedSource) -> set[str]:
    """The names module ``path`` binds at its top level (imports and definitions)."""
    try:
        bindings, defined = names_of(str(path), source)
    except (OSError, UnicodeDecodeError, SyntaxError):
        return set()
    return set(bindings) | defined


def imported_column_aliases(file: str, tree: ast.Module, source: InheritedSource) -> dict[str, ImportedAlias]:
    """The names ``file`` (parsed: ``tree``) imports from the project's modules and calls in its
    class bodies that stand for ``Column`` / ``mapped_column`` there (conbench's ``from ._entity
    import NotNull`` of ``NotNull = functools.partial(mapped_column, nullable=False)``), and the
    attributes of the project's modules it calls so (``entity.NotNull(...)`` of ``from . import
    entity``), by the callee as written. An import the module passes on from another of the
    project's is followed to the module that makes the alias."""
    called = {value.func for node in tree.body if isinstance(node, ast.ClassDef) for statement in node.body
              if isinstance(statement, (ast.Assign, ast.AnnAssign)) and isinstance(value := statement.value, ast.Call)}
    names = {func.id for func in called if isinstance(func, ast.Name)}
    attributes = {(func.value.id, func.attr) for func in called
                  if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name)}
    found = {}
    for local, binding in bindings_of(tree).items():
        if is_sqlalchemy_module(binding.module):
            continue
        if local in names and binding.name is not None:
            alias = _alias_made(Path(file), binding, source)
            if alias is not None:
                found[local] = alias
        called_on = sorted(name for module, name in attributes if module == local)
        path = _module_path(Path(file), binding, source) if called_on else None
        if path is None:
            continue
        for attribute in called_on:
            alias = _alias_in(path, attribute, source)
            if alias is not None:
                found[f"{local}.{attribute}"] = alias
    return found


def _alias_made(file: Path, binding: Binding, source: InheritedSource, depth: int = 0) -> ImportedAlias | None:
    """What the module ``binding`` imports from (seen from ``file``) makes of the name as a column
    alias, following an import of it there from another module of the project (three deep)."""
    path = module_file(_package_of(file, binding.module))
    if path is None or binding.name is None:
        return None
    return _alias_in(path, binding.name, source, depth)


def _alias_in(path: Path, name: str, source: InheritedSource, depth: int = 0) -> ImportedAlias | None:
    """What module ``path`` makes of ``name`` as a column alias (see ``_alias_made``)."""
    try:
        tree = parse_python(source.text(str(path)).removeprefix("\ufeff"))
    except (OSError, UnicodeDecodeError, SyntaxError):
        return None
    aliases = column_aliases(tree)
    if name in aliases:
        partial = partial_calls(tree).get(name)
        presets = partial is not None and (bool(partial.keywords) or len(partial.args) > 1)
        return ImportedAlias(aliases[name], presets, name in nullable_presets(tree))
    passed_on = bindings_of(tree).get(name)
    if passed_on is None or passed_on.name is None or is_sqlalchemy_module(passed_on.module) or depth >= 2:
        return None
    return _alias_made(path, passed_on, source, depth + 1)


def names_of(file: str, source: InheritedSource) -> tuple[dict[str, Binding], frozenset[str]]:
    """The imports and the top-level definitions of ``file`` (callers only read them)."""
    return _names_in(source.text(file).removeprefix("\ufeff"))


@functools.lru_cache(maxsize=32)
def _names_in(text: str) -> tuple[dict[str, Binding], frozenset[str]]:
    """Once per text: every type an edit spells as another file writes it asks for that
    file's names, and a file past ``parse_python``'s budget would be parsed each time."""
    tree = parse_python(text)
    return bindings_of(tree), defined_names(tree)


__all__ = [
    "InheritedSource",
    "_unreadable",
    "copy_statement",
    "import_like",
    "import_names",
    "imported_column_aliases",
    "in_target_terms",
    "names_of",
    "speak_in_target",
    "used_names",
    "with_namespace_exports",
]
