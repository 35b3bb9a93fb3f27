"""A models file's own conventions, detected once from its text and ``ast``.

New code must look like the code around it: ``db.Column`` or ``Column`` or
``mapped_column``, ``db.`` / ``sa.`` / bare names, ``Optional[X]`` or ``X | None``, the
file's quote character, indentation and newline. Detection reads the ``ast`` the
caller already has (no LibCST: that would cost a full parse of the file).
"""

from __future__ import annotations

import ast
import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from itertools import islice
from types import MappingProxyType
from typing import NamedTuple

from schema_inspector.introspect.models.exprs import class_setting
from schema_inspector.introspect.models.scan import (
    other_dialect_options,
    run_time_branch,
    type_checkers_only,
)
from schema_inspector.introspect.sqltypes import is_sqlalchemy_module, is_type_name

from .target_python import runs_on

FLASK = "flask"  # the namespace is a Flask-SQLAlchemy ``db`` object
MODULE = "module"  # the namespace is ``import sqlalchemy as sa``

_COLUMN_CALLS = ("Column", "mapped_column")
_NEWLINE = re.compile(r"\r\n|\r|\n")


class ImportedAlias(NamedTuple):
    """What a name a file imports from the project stands for there: ``NotNull`` of
    ``NotNull = functools.partial(mapped_column, nullable=False)`` in conbench's ``_entity.py``."""

    kind: str  # Column | mapped_column
    presets: bool  # it sets keywords of its own: a new column is written without it
    sets_nullable: bool  # nullable= among them: a column's own nullable= is written, not its annotation


@dataclass(frozen=True)
class Binding:
    """What a top-level import binds a local name to: ``module`` and, for a
    ``from module import name``, the imported ``name`` (None for ``import module``)."""

    module: str
    name: str | None = None


@dataclass(frozen=True)
class FileStyle:
    """How one models file writes things.

    ``namespace`` is the prefix the file puts before SQLAlchemy names (``db``, ``sa``)
    or None for bare imported names; ``namespace_kind`` says whether it is a
    Flask-SQLAlchemy object (which exposes ``sqlalchemy`` and ``sqlalchemy.orm`` names,
    but no dialect types) or a module alias. ``import_after_line`` is the last line of
    the leading run of top-level imports (0: none), where a new import goes.
    """

    newline: str = "\n"
    indent: str = "    "
    quote: str = '"'
    # a wrapped call keeps its ``)`` after its last argument (``mapped_column(\n    sa.String(64),
    # index=True)``, pep8's hanging indent) rather than on a line of its own as black writes it
    closing_hugged: bool = False
    # the quote of the file's docstrings (``"""`` in a file of '-quoted strings, as PEP 257 and
    # most codebases write them); '"' when it has none
    docstring_quote: str = '"'
    namespace: str | None = None
    namespace_kind: str | None = None
    mapped: bool = False  # Mapped[...] = mapped_column(...) style
    # not ``mapped``, and most of the file's ``Column(...)`` statements carry a ``Mapped[...]`` annotation
    # (SampleDB's ``id: Mapped[int] = db.Column(...)``, for a type checker): new ones do too
    annotated_columns: bool = False
    # not ``mapped``, and the columns are ``mapped_column(...)`` calls all the same, unannotated
    # (bazarr's ``sonarrSeriesId = mapped_column(Integer, ...)``): new ones are too
    plain_mapped_column: bool = False
    base_class: str = "Base"  # "db.Model" / "Base" / "Model"...; "" when a decorator maps the classes
    # the decorators every mapped class of the file has, as written (``reg.mapped``, king-phisher's
    # ``register_table``): a new class gets them
    class_decorators: tuple[str, ...] = ()
    blank_lines: int = 2  # before a top-level class
    optional_union: bool = False  # X | None rather than Optional[X]
    bindings: Mapping[str, Binding] = field(default_factory=lambda: MappingProxyType({}))
    import_first_line: int = 0
    import_after_line: int = 0
    docstring_end_line: int = 0
    defined: frozenset[str] = frozenset()  # top-level classes, functions and assigned names
    # "Column" / "mapped_column" -> the callee the file writes for it when it is a name of
    # the file's own (an alias such as ``Column = partial(db.Column, nullable=False)``, or
    # one imported from the project); None: SQLAlchemy's, reached as any other name
    column_callees: Mapping[str, str | None] = field(default_factory=lambda: MappingProxyType({}))
    # SQLAlchemy's names the file imports bare but writes through ``namespace`` more often (18F's
    # crime-data-api: 920 ``db.Column`` beside sqlacodegen's leftover ``from sqlalchemy import Column,
    # ForeignKey, Text``): new code writes them through the namespace too
    namespaced_names: frozenset[str] = frozenset()
    # module -> (first line, last line) of the ``from module import ...`` among the imports that open a
    # top-level ``with`` block (haystack's ``with LazyImport(...):``, an optional dependency's guard),
    # where the leading block has no import from that module: a new name of it goes there
    guarded_from: Mapping[str, tuple[int, int]] = field(default_factory=lambda: MappingProxyType({}))
    # the module-level names that stand for Column / mapped_column (``column_aliases``)
    column_aliases: frozenset[str] = frozenset()
    # those of them that set nullable= themselves (``NotNull = partial(mapped_column, nullable=False)``):
    # a change of a column they make is its own ``nullable=``, whatever its annotation says
    nullable_aliases: frozenset[str] = frozenset()
    # module-level names bound to a ``Mapped[...]`` (onegov's ``MappedUploadedFile = Mapped[UploadedFile]``,
    # under ``if TYPE_CHECKING: ... else:`` too): an annotation of one is a column's
    mapped_annotations: frozenset[str] = frozenset()
    # names other than ``Mapped`` its imports bind to it (``Mapped as SQLAlchemyMapped``)
    mapped_aliases: frozenset[str] = frozenset()
    # the module alias the columns' types are written through when it is not ``namespace``'s
    # way: ``types`` in ckan's ``Column('url', types.UnicodeText)`` (bare ``Column``)
    type_namespace: str | None = None
    # the SQLAlchemy module the file imports its column types from by name when it writes most of
    # them bare (``from sqlalchemy.types import Boolean, UnicodeText``): a new type is imported
    # there too, not written through a module alias the file keeps for other names (abilian's
    # ``sa.String`` beside its bare ``UnicodeText``)
    types_from: str | None = None
    # the names ``namespace`` gives when it is a module of the project that re-exports some of
    # SQLAlchemy's (keystone's ``from keystone.common import sql``, ``Column = sql.Column``
    # there); None: it gives them all (a Flask-SQLAlchemy object), or it is SQLAlchemy's own
    namespace_exports: frozenset[str] | None = None
    # the file's names that stand for a table's options in ``__table_args__``, which stay last
    # as a dict of options does: functions whose call gives other databases' options (ironic's
    # ``table_args()``) and dict constants (sopel's ``MYSQL_TABLE_ARGS = {"mysql_engine": ...}``)
    option_names: frozenset[str] = frozenset()
    # the mapped base -> the comment every class line deriving from it ends with, two classes or
    # more (cachito's ``class Request(db.Model):  # type: ignore[name-defined]``)
    class_comments: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    # the module-level dict of table options every class of the file ends its ``__table_args__`` with
    # (Kallithea's ``(UniqueConstraint(...), _table_args_default_dict)``): a new class's end with it too
    table_args_tail: str | None = None
    # every column call names its column, most of them after their attribute (LinOTP's
    # ``name = Column("name", Unicode(255), ...)``): a new column names itself too
    named_columns: bool = False
    # a blank line between a class's docstring and dunders (``__tablename__``) and its columns,
    # as most files write classes (the file's own habit where it has classes of both)
    blank_after_preamble: bool = True


def detect_style(text: str, tree: ast.Module, file: str = "",
                 imported_aliases: Mapping[str, ImportedAlias] = MappingProxyType({})) -> FileStyle:
    """The conventions of the file ``text`` (whose parsed ``tree`` is given; ``file``: where it
    is on disk, whose project's configuration decides what the text shows no habit for).
    ``imported_aliases``: the names it imports from the project that stand for Column /
    mapped_column there."""
    bindings = _bindings(tree)
    # ``from sqlalchemy.orm import mapped_column as sqlalchemy_mapped_column`` too
    aliases = {**{local: b.name for local, b in bindings.items() if b.name in _COLUMN_CALLS and local != b.name
                  and is_sqlalchemy_module(b.module)},
               **{local: alias.kind for local, alias in imported_aliases.items()}, **column_aliases(tree)}
    mapped_aliases = frozenset(local for local, b in bindings.items() if b.name == "Mapped" and local != "Mapped"
                               and is_sqlalchemy_module(b.module))
    lines = text.splitlines()
    namespace, kind, votes, callees, type_prefixes = _column_usage(tree, bindings, aliases, mapped_aliases)
    mapped_votes, column_votes, annotated_column_votes = votes
    annotated_columns = mapped_votes <= column_votes and annotated_column_votes * 2 > column_votes
    first, after = _import_run(tree)
    decorators = _class_decorators(text, tree)
    factories = _column_factories(tree) | {local for local, alias in imported_aliases.items() if alias.presets}
    return FileStyle(
        newline=_newline(text),
        indent=_indent(text, tree),
        quote=_quote(text),
        docstring_quote=_docstring_quote(text, tree),
        closing_hugged=_closing_hugged(lines, tree),
        namespace=namespace,
        namespace_kind=kind,
        mapped=mapped_votes > column_votes,
        annotated_columns=annotated_columns,
        plain_mapped_column=mapped_votes <= column_votes
        and _calls(callees, aliases, "mapped_column") > _calls(callees, aliases, "Column"),
        base_class=_base_class(tree, namespace if kind == FLASK else None, decorators),
        class_decorators=decorators,
        optional_union=(mapped_votes > 0 or annotated_columns or any(b.module == "sqlmodel" for b in bindings.values()))
        and _optional_union(text, file),
        bindings=MappingProxyType(bindings),
        import_first_line=first,
        import_after_line=after,
        docstring_end_line=_docstring_end(tree),
        defined=defined_names(tree),
        column_callees=MappingProxyType({kind: _preferred(callees, kind, aliases, bindings, factories)
                                         for kind in _COLUMN_CALLS}),
        namespaced_names=_namespaced_names(text, namespace, bindings),
        guarded_from=MappingProxyType(_guarded_from(tree, first, after)),
        column_aliases=frozenset(aliases),
        nullable_aliases=nullable_presets(tree) | {local.rsplit(".", 1)[-1] for local, alias in imported_aliases.items()
                                                   if alias.sets_nullable},
        mapped_aliases=mapped_aliases,
        mapped_annotations=_mapped_annotations(tree, mapped_aliases),
        type_namespace=_type_namespace(type_prefixes, bindings),
        types_from=_types_from(type_prefixes, bindings),
        option_names=_option_names(tree),
        class_comments=_class_comments(lines, tree),
        table_args_tail=_table_args_tail(tree),
        named_columns=_named_columns(tree, aliases),
        blank_lines=_blank_lines_before_classes(lines, tree),
        blank_after_preamble=_blank_after_preamble(lines, tree),
    )


def _blank_after_preamble(lines: list[str], tree: ast.Module) -> bool:
    """Whether most classes of the file with a docstring or dunder settings and other statements
    after them have a blank line between the two (yes where none says)."""
    votes = [0, 0]  # no blank line, a blank line
    for node in tree.body:
        if not isinstance(node, ast.ClassDef):
            continue
        body = node.body
        first = next((i for i, statement in enumerate(body) if not _preamble(statement, i)), None)
        if not first:  # no preamble, or nothing after it
            continue
        start = body[first - 1].end_lineno or body[first - 1].lineno
        end = min([body[first].lineno, *(d.lineno for d in getattr(body[first], "decorator_list", ()))])
        votes[any(not line.strip() for line in lines[start:end - 1])] += 1
    return votes[1] >= votes[0]


def _preamble(statement: ast.stmt, position: int) -> bool:
    """The class docstring, or a dunder setting (``__tablename__ = ...``)."""
    if position == 0 and isinstance(statement, ast.Expr) and isinstance(statement.value, ast.Constant) \
            and isinstance(statement.value.value, str):
        return True
    targets = statement.targets if isinstance(statement, ast.Assign) else \
        [statement.target] if isinstance(statement, ast.AnnAssign) else []
    return len(targets) == 1 and isinstance(targets[0], ast.Name) and targets[0].id.startswith("__") \
        and targets[0].id.endswith("__")


def _calls(callees: Counter, aliases: dict[str, str], kind: str) -> int:
    """How many of the column calls counted in ``callees`` (as written: ``db.Column``,
    ``mapped_column``, an alias) make a ``kind`` column."""
    return sum(count for callee, count in callees.items()
               if aliases.get(callee, callee.rsplit(".", 1)[-1]) == kind)


def _option_names(tree: ast.Module) -> frozenset[str]:
    """See ``FileStyle.option_names``."""
    names = set()
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and other_dialect_options(node):
            names.add(node.name)
        elif (isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name)
              and (isinstance(node.value, ast.Dict) or (isinstance(node.value, ast.Call)
                                                          and isinstance(node.value.func, ast.Name)
                                                          and node.value.func.id == "dict" and not node.value.args))):
            names.add(node.targets[0].id)
    return frozenset(names)


def _newline(text: str) -> str:
    match = _NEWLINE.search(text)
    return match.group() if match else "\n"


def _indent(text: str, tree: ast.Module) -> str:
    for node in tree.body:
        if isinstance(node, (ast.ClassDef, ast.FunctionDef)) and node.body:
            line = _line(text, node.body[0].lineno)
            indent = line[: len(line) - len(line.lstrip(" \t"))]
            if indent:
                return indent
    return "    "


def _line(text: str, lineno: int) -> str:
    """Line ``lineno`` (1-based) of ``text``, found without splitting the whole text."""
    start = 0
    for number, match in enumerate(_NEWLINE.finditer(text), start=2):
        if number > lineno:
            return text[start:match.start()]
        start = match.end()
    return text[start:]


# The quote opening ``__tablename__``'s value or a call's string argument.
# a string that is an argument (``("x"``, ``, "x"``, ``key="x"``: jowilf/starlette-admin's SQLModel fields
# write all theirs as keywords), a subscript's (``list["Article"]``) or the table's name
_STRING_START = re.compile(r"""(?:__tablename__\s*=\s*|[(,\[]\s*|\w=)(["'])""")
_QUOTE_VOTES = 200
_SCHEMA_LINE = re.compile(r"Column\(|mapped_column\(|__tablename__|ForeignKey\(|Table\(|Index\(|Constraint\(")
# The column statements (Column / mapped_column calls, Mapped annotations) that decide
# the column style, and the mapped classes that decide the base class: whole classes are
# read until as many have voted. Classes that cast no vote (an Enum, a helper) cost none.
_STYLE_VOTES = 100
_BASE_VOTES = 50


def _closing_hugged(lines: list[str], tree: ast.Module) -> bool:
    """Whether most statements of the file (module-level ones and those of its classes' bodies,
    the first 50) whose value is a call that spans lines close it on the line of its last
    argument (``)`` not first on its line). Statements, not every call: a walk of the whole
    tree costs a large file tens of milliseconds."""
    votes = [0, 0]  # closing on a line of its own, after the last argument
    for statement in _top_and_class_statements(tree):
        value = getattr(statement, "value", None)
        if isinstance(value, ast.Call) and value.end_lineno and value.end_lineno > value.lineno \
                and 0 < value.end_lineno <= len(lines) and (value.args or value.keywords):
            closing = lines[value.end_lineno - 1].lstrip()[:1]
            if closing in ("}", "]"):
                continue  # ``MetaData(naming_convention={...\n})``: a display's close, not the call's habit
            votes[closing != ")"] += 1
            if sum(votes) >= 50:
                break
    return votes[1] > votes[0]


def _top_and_class_statements(tree: ast.Module):
    for node in tree.body:
        if isinstance(node, ast.ClassDef):
            yield from node.body
        else:
            yield node


def _docstring_quote(text: str, tree: ast.Module) -> str:
    for node in (tree, *tree.body):
        body = getattr(node, "body", None) if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef)) else None
        first = body[0] if body else None
        if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant) and isinstance(first.value.value, str):
            return "'" if _line(text, first.lineno).lstrip().lstrip("rRuU").startswith("'") else '"'
    return '"'


def _quote(text: str) -> str:
    # The quote of ``__tablename__`` and of the first string arguments is the file's choice;
    # counting every quote character would let apostrophes in comments vote. The first
    # 200 votes decide: a file keeps one style, and a long file need not be read to the end.
    # Those on the lines of the schema's code decide first: a file may write its columns'
    # strings in one quote and its messages in the other (``__repr__`` text in "...").
    votes: Counter[str] = Counter()
    schema_votes: Counter[str] = Counter()
    for match in islice(_STRING_START.finditer(text), _QUOTE_VOTES):
        line_start = text.rfind("\n", 0, match.start()) + 1
        if text.find("#", line_start, match.start()) >= 0:
            continue  # code commented out (anchore-engine's '-quoted old classes) is not the file's
        votes[match.group(1)] += 1
        line_end = text.find("\n", match.end())
        if _SCHEMA_LINE.search(text, line_start, line_end if line_end >= 0 else len(text)):
            schema_votes[match.group(1)] += 1
    decisive = schema_votes or votes
    if decisive["'"] > decisive['"']:
        return "'"
    return '"'


_UNION_WITH_NONE = re.compile(r"\|\s*None\b|\bNone\s*\|")


def _optional_union(text: str, file: str) -> bool:
    """``X | None`` rather than ``Optional[X]``: as the file writes it more often; when it writes
    neither, as a project whose oldest Python runs it (3.10) would."""
    # both spellings hold a "|": a file without one (most files that write Optional[...]) is
    # not searched (2-3 ms a file otherwise)
    unions = len(_UNION_WITH_NONE.findall(text)) if "|" in text else 0
    optionals = text.count("Optional[")
    if unions == optionals == 0:
        return runs_on(file, (3, 10))
    return unions > optionals


def bindings_of(tree: ast.Module) -> dict[str, Binding]:
    """What each top-level import of ``tree`` binds."""
    return _bindings(tree)


def defined_names(tree: ast.Module) -> frozenset[str]:
    """The names ``tree`` defines at its top level: classes, functions, assigned names."""
    names = set()
    for node in tree.body:
        if isinstance(node, (ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            names.add(node.name)
        elif isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names.update(n.id for t in targets for n in ast.walk(t) if isinstance(n, ast.Name))
    return frozenset(names)


def _bindings(tree: ast.Module) -> dict[str, Binding]:
    bindings: dict[str, Binding] = {}
    # ``try: from sqlalchemy.orm import mapped_column`` / ``except ImportError: def mapped_column``
    # (Flask-AppBuilder) binds the name too: an import of it is not requested again
    for node in _with_try_bodies(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.asname:
                    bindings[alias.asname] = Binding(alias.name)
                else:
                    top = alias.name.split(".")[0]
                    bindings[top] = Binding(top)
        elif isinstance(node, ast.ImportFrom):
            module = "." * node.level + (node.module or "")
            for alias in node.names:
                if alias.name == "*":
                    continue
                # ``from sqlalchemy.dialects import postgresql`` binds a module: record it
                # both ways, a module-or-object is resolved by the renderer.
                bindings[alias.asname or alias.name] = Binding(module, alias.name)
    return bindings


def _with_try_bodies(tree: ast.Module) -> list[ast.stmt]:
    """The top-level statements, a ``try`` block's first branch and a ``with`` block's body in its
    place (haystack's imports in ``with LazyImport(...):``)."""
    return [inner for node in tree.body
            for inner in (node.body if isinstance(node, (ast.Try, ast.With)) else [node])]


def column_aliases(tree: ast.Module) -> dict[str, str]:
    """Module-level names bound to a column callable: ``Column = partial(db.Column,
    nullable=False)``, ``Col = sa.Column`` -> ``{"Column": "Column", "Col": "Column"}``
    (the name -> which callable it stands for)."""
    aliases: dict[str, str] = {}
    # optuna's ``try: from sqlalchemy.orm import mapped_column; _Column = mapped_column`` too
    for node in _with_try_bodies(tree):
        if not (isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name)):
            continue
        value = node.value
        if isinstance(value, ast.Call) and _base_name(value.func) == "partial" and value.args:
            value = value.args[0]
        called = _base_name(value) if isinstance(value, (ast.Name, ast.Attribute)) else None
        if called in _COLUMN_CALLS or called in aliases:
            aliases[node.targets[0].id] = aliases.get(called, called)
    return aliases


def _column_usage(
    tree: ast.Module, bindings: dict[str, Binding], aliases: dict[str, str], mapped_aliases: frozenset[str]
) -> tuple[str | None, str | None, tuple[int, int, int], Counter, Counter]:
    """The namespace of SQLAlchemy names (``db`` / ``sa`` / None), how often each column
    style appears (``Mapped`` statements of ``mapped_column`` or none, ``Column`` statements, those of
    them annotated ``Mapped``), and the callees of column calls as written. The prefix of a column
    call votes, and so does the prefix of its type argument (``Column(db.String)`` with a
    ``Column = partial(db.Column, ...)`` alias is a ``db.`` file). As with quotes, the
    first classes decide (their first ``_STYLE_VOTES`` column statements): a file keeps
    one style, and an edit should not cost a walk over every class."""
    prefixes: Counter[str | None] = Counter()
    type_prefixes: Counter[str | None] = Counter()
    callees: Counter[str] = Counter()
    mapped = column = annotated_column = 0
    votes = 0
    for node in tree.body:
        if isinstance(node, (ast.Assign, ast.AnnAssign)) and isinstance(node.value, ast.Call) \
                and _base_name(node.value.func) == "Table":  # its columns' types vote too
            for arg in node.value.args:
                if isinstance(arg, ast.Call) and aliases.get(_base_name(arg.func) or "", _base_name(arg.func)) \
                        in _COLUMN_CALLS:
                    if not isinstance(type_prefix := _type_prefix(arg), bool):
                        type_prefixes[type_prefix] += 1
                    if isinstance(arg.func, ast.Attribute) and isinstance(arg.func.value, ast.Name):
                        prefixes[arg.func.value.id] += 1  # db.Table("t", db.Column(...)): a db. file
        if not isinstance(node, ast.ClassDef):
            continue
        if votes >= _STYLE_VOTES:
            break
        for base in node.bases:
            # ``db.Model`` of a Flask-SQLAlchemy object; not a module's ``Model`` (Reflex's ``rx.Model`` of
            # ``import reflex as rx``, which gives no SQLAlchemy names)
            if isinstance(base, ast.Attribute) and base.attr == "Model" and isinstance(base.value, ast.Name) \
                    and not ((binding := bindings.get(base.value.id)) is not None and binding.name is None
                             and not is_sqlalchemy_module(binding.module)):
                prefixes[base.value.id] += 1
        for statement in _body_statements(node.body):
            value = getattr(statement, "value", None) if isinstance(statement, (ast.Assign, ast.AnnAssign)) else None
            annotated = isinstance(statement, ast.AnnAssign) and _is_mapped_annotation(statement.annotation,
                                                                                      mapped_aliases)
            func = value.func if isinstance(value, ast.Call) else None
            name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else None
            # ``entity.NotNull(...)``: an alias a module of the project makes, read as a bare alias is
            prefix = func.value.id if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) else None
            written = f"{prefix}.{name}" if prefix is not None else None
            aliased = written is not None and written in aliases
            if aliased:
                name = written
            kind = aliases.get(func.id, func.id) if isinstance(func, ast.Name) \
                else aliases[name] if aliased and name is not None else name
            # a relationship's annotation, or a Column's (1.4's mypy plugin), says nothing of mapped_column
            mapped += annotated and (value is None or kind == "mapped_column")
            votes += annotated or kind in _COLUMN_CALLS
            if kind not in _COLUMN_CALLS:
                continue
            if kind == "Column":
                column += 1
                annotated_column += annotated
            type_prefix = _type_prefix(value) if isinstance(value, ast.Call) else False
            if not isinstance(type_prefix, bool):
                type_prefixes[type_prefix] += 1
            if isinstance(func, ast.Attribute) and not aliased:
                if prefix is not None:
                    prefixes[prefix] += 1
                    callees[f"{prefix}.{name}"] += 1
                continue
            if name is None or not isinstance(value, ast.Call):
                continue
            callees[name] += 1
            # a bare callee (an alias, or an imported Column, maybe the project's ``Column =
            # db.Column``): the type says the prefix; the callee only for a type without one, or
            # with a type of the project's (FitTrackee's ``TZDateTime``), and not
            # ``mapped_column``, which Flask-SQLAlchemy's files import bare too
            if not isinstance(type_prefix, bool) and not (type_prefix is None and _imported_type(value, bindings)):
                prefixes[type_prefix] += 1
            elif name not in aliases and kind != "mapped_column":
                prefixes[None] += 1
    if not prefixes:
        return None, None, (mapped, column, annotated_column), callees, type_prefixes
    namespace = prefixes.most_common(1)[0][0]
    if namespace is None:
        return None, None, (mapped, column, annotated_column), callees, type_prefixes
    binding = bindings.get(namespace)
    is_module = binding is not None and is_sqlalchemy_module(binding.module)  # sa., or types. of sqlalchemy
    return namespace, MODULE if is_module else FLASK, (mapped, column, annotated_column), callees, type_prefixes


def _type_namespace(type_prefixes: Counter, bindings: dict[str, Binding]) -> str | None:
    """The prefix most of the file's column types are written with, when it is an alias of
    ``sqlalchemy`` or ``sqlalchemy.types`` (``from sqlalchemy import types``); None otherwise."""
    if not type_prefixes:
        return None
    prefix = type_prefixes.most_common(1)[0][0]
    binding = bindings.get(prefix) if prefix is not None else None
    if binding is None:
        return None
    path = binding.module if binding.name is None else f"{binding.module}.{binding.name}"
    return prefix if path in ("sqlalchemy", "sqlalchemy.types") else None


def _types_from(type_prefixes: Counter, bindings: dict[str, Binding]) -> str | None:
    """See ``FileStyle.types_from``: the module most of the file's SQLAlchemy types imported by
    name come from, when most column types are written bare; None otherwise."""
    if not type_prefixes or type_prefixes.most_common(1)[0][0] is not None:
        return None
    modules = Counter(binding.module for binding in bindings.values() if binding.name is not None
                      and is_sqlalchemy_module(binding.module) and "dialects" not in binding.module
                      and is_type_name(binding.name))
    return modules.most_common(1)[0][0] if modules else None


def _body_statements(body: list[ast.stmt]):
    """A class body's statements, with those of the branch of ``if TYPE_CHECKING: ... else:``
    that runs in the place of the block (the columns some classes declare there)."""
    for statement in body:
        running = run_time_branch(statement)
        if running is None:
            yield statement
        else:
            yield from _body_statements(running)


def _type_argument(call: ast.Call) -> ast.expr | None:
    """The type argument of a column call, called or not (``String`` of ``String(5)``)."""
    args = call.args
    first = args[0] if args else None
    if isinstance(first, ast.Constant):
        first = args[1] if len(args) > 1 else None
    return first.func if isinstance(first, ast.Call) else first


def _type_prefix(call: ast.Call) -> str | None | bool:
    """The prefix of a column call's type argument (``db`` for ``db.String(5)``, None for
    ``String``); False when the call has no type argument to go by."""
    node = _type_argument(call)
    if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
        return node.value.id
    if isinstance(node, ast.Name) and node.id[:1].isupper():
        return None
    return False


def _imported_type(call: ast.Call, bindings: dict[str, Binding]) -> bool:
    """Whether the column's type is a bare name the file imports from outside SQLAlchemy
    (FitTrackee's ``TZDateTime``): it says nothing of how the file writes SQLAlchemy's names."""
    node = _type_argument(call)
    binding = bindings.get(node.id) if isinstance(node, ast.Name) else None
    return binding is not None and not is_sqlalchemy_module(binding.module)


def _mapped_annotations(tree: ast.Module, mapped_aliases: frozenset[str]) -> frozenset[str]:
    """``FileStyle.mapped_annotations``."""
    statements = [inner for node in tree.body
                  for inner in ([*node.body, *node.orelse] if isinstance(node, ast.If) else [node])]
    return frozenset(
        target.id for node in statements if isinstance(node, (ast.Assign, ast.AnnAssign))
        and isinstance(node.value, ast.Subscript) and _base_name(node.value.value) in {"Mapped", *mapped_aliases}
        for target in (node.targets if isinstance(node, ast.Assign) else [node.target]) if isinstance(target, ast.Name))


def _guarded_from(tree: ast.Module, first: int, after: int) -> dict[str, tuple[int, int]]:
    """``FileStyle.guarded_from``."""
    leading = {node.module for node in tree.body if isinstance(node, ast.ImportFrom) and not node.level
               and first <= node.lineno <= after}
    found: dict[str, tuple[int, int]] = {}
    for node in tree.body:
        if not isinstance(node, ast.With):
            continue
        for inner in node.body:
            if not isinstance(inner, (ast.Import, ast.ImportFrom)):
                break
            if isinstance(inner, ast.ImportFrom) and not inner.level and inner.module not in leading \
                    and inner.module is not None and inner.names[0].name != "*":
                found.setdefault(inner.module, (inner.lineno, inner.end_lineno or inner.lineno))
    return found


def _namespaced_names(text: str, namespace: str | None, bindings: dict[str, Binding]) -> frozenset[str]:
    """SQLAlchemy's names imported bare that ``text`` writes as ``namespace.name`` more often than
    bare (``FileStyle.namespaced_names``). Counted as substrings (a word search of a whole file
    for each name took milliseconds a file): a bare name inside a longer one counts as a bare use,
    which keeps the file's bare names where the counts are near."""
    if namespace is None:
        return frozenset()
    found = []
    for local, binding in bindings.items():
        if binding.name == local and is_sqlalchemy_module(binding.module):
            through = text.count(f"{namespace}.{local}")
            if through > text.count(local) - through - 1:  # its import is no use
                found.append(local)
    return frozenset(found)


def _preferred(callees: Counter, kind: str, aliases: dict[str, str], bindings: dict[str, Binding],
               factories: frozenset[str]) -> str | None:
    """The callee the file writes most for a ``kind`` column when it is a plain name of
    the file's own: an alias it defines, or a name it imports from outside SQLAlchemy (a
    project's helper). SQLAlchemy's own name is None: the renderer reaches it as it
    reaches every name (``db.Column``, written most, too). An alias that presets more than
    ``nullable`` makes one kind of column (``factories``), never a new one."""
    for callee, _ in callees.most_common():
        if "." in callee:
            if callee.rsplit(".", 1)[1] == kind:
                return None
            continue
        if aliases.get(callee, callee) != kind:
            continue
        binding = bindings.get(callee)
        own = callee in aliases or (binding is not None and not is_sqlalchemy_module(binding.module))
        return callee if own and callee not in factories else None
    return None


def partial_calls(tree: ast.Module) -> dict[str, ast.Call]:
    """The module-level ``name = partial(...)`` assignments: name -> the ``partial`` call."""
    return {node.targets[0].id: node.value for node in _with_try_bodies(tree)
            if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name)
            and isinstance(node.value, ast.Call) and _base_name(node.value.func) == "partial"}


def _column_factories(tree: ast.Module) -> frozenset[str]:
    """The module-level ``partial`` aliases of a column callable that preset a type or a setting
    other than ``nullable`` (ara's ``std_pkey = functools.partial(db.Column, pkey_type,
    primary_key=True, nullable=False, default=mkuuid)``): each makes one kind of column."""
    return frozenset(name for name, call in partial_calls(tree).items()
                     if len(call.args) > 1 or any(k.arg != "nullable" for k in call.keywords))


def nullable_presets(tree: ast.Module) -> frozenset[str]:
    """The module-level ``partial`` aliases that set ``nullable=``, themselves or through the alias they
    are made from (``IndexedNotNull = partial(NotNull, index=True)``)."""
    calls = partial_calls(tree)
    found = {name for name, call in calls.items() if any(k.arg == "nullable" for k in call.keywords)}
    while True:
        more = {name for name, call in calls.items() if name not in found and call.args
                and isinstance(call.args[0], ast.Name) and call.args[0].id in found}
        if not more:
            return frozenset(found)
        found |= more


def _is_mapped_annotation(annotation: ast.expr, mapped_aliases: frozenset[str] = frozenset()) -> bool:
    if isinstance(annotation, ast.Subscript):
        head = annotation.value
        name = head.attr if isinstance(head, ast.Attribute) else getattr(head, "id", None)
        return name == "Mapped" or name in mapped_aliases
    return False


def _names_its_table(node: ast.ClassDef) -> bool:
    """Whether the class body says ``__tablename__ = ...`` (or ``__table__ = ...``)."""
    return any(isinstance(s, (ast.Assign, ast.AnnAssign))
               and any(getattr(t, "id", None) in ("__tablename__", "__table__") for t in _targets(s))
               for s in node.body)


def _mapped_classes(tree: ast.Module) -> list[ast.ClassDef]:
    """The module's classes that name their table."""
    return [node for node in tree.body if isinstance(node, ast.ClassDef) and _names_its_table(node)]


def _class_decorators(text: str, tree: ast.Module) -> tuple[str, ...]:
    """The decorators (as written) every class of the file that names its table has, in the
    first one's order; a registry's ``mapped_as_dataclass`` as its ``mapped`` where some class is
    mapped the other way (memobase's, all of one kind, stay: a base's ``init=False`` fields need it,
    and the new class's fields are laid out for a dataclass: ``AddModel.dataclass``). A call with
    arguments is one class's own (GeoNature's ``@serializable(exclude=[...])`` naming its attributes)
    unless two classes or more have it."""
    mapped = _mapped_classes(tree)
    if not mapped or not mapped[0].decorator_list:
        return ()
    dataclasses = all(any(_dotted(d).endswith(".mapped_as_dataclass") for d in node.decorator_list)
                      for node in mapped)

    def written(node: ast.ClassDef) -> list[str]:
        return [_dotted(d) if dataclasses else re.sub(r"\.mapped_as_dataclass$", ".mapped", _dotted(d))
                for d in node.decorator_list]

    first = written(mapped[0])
    common = first
    for node in mapped[1:]:
        theirs = written(node)
        common = [d for d in common if d in theirs]

    def own(decorator: ast.expr) -> bool:  # one class's call, not a registry's that maps it
        return len(mapped) < 2 and isinstance(decorator, ast.Call) and bool(decorator.args or decorator.keywords) \
            and _dotted(decorator.func).rsplit(".", 1)[-1] not in ("mapped", "mapped_as_dataclass")

    return tuple((ast.get_source_segment(text, d) or spelled) if isinstance(d, ast.Call) else spelled
                 for d, spelled in zip(mapped[0].decorator_list, first, strict=True)
                 if spelled in common and not own(d))


def _decorator_maps(decorators: tuple[str, ...]) -> bool:
    """Whether one of ``decorators`` maps the class (``@reg.mapped``): it needs no base."""
    return any(d.rsplit(".", 1)[-1] in ("mapped", "mapped_as_dataclass") for d in decorators)


def _base_class(tree: ast.Module, flask_namespace: str | None, decorators: tuple[str, ...]) -> str:
    """The base a new class names, as the file's mapped classes do; "" where ``decorators`` (those
    every mapped class has) map them and none has a base (``@reg.mapped class User:``)."""
    if _decorator_maps(decorators) and not any(node.bases for node in _mapped_classes(tree)):
        return ""
    votes: Counter[str] = Counter()
    declarative_bases = []
    for node in tree.body:
        if not isinstance(node, ast.ClassDef):
            continue
        if votes.total() >= _BASE_VOTES:
            break
        if any(_base_name(b) in ("DeclarativeBase", "DeclarativeBaseNoMeta") for b in node.bases):
            declarative_bases.append(node.name)
        if _names_its_table(node) and node.bases:
            # the mapped base is the last one: mixins come first (class A(TimestampMixin, Base))
            votes[_dotted(node.bases[-1])] += 1
    if votes:
        return votes.most_common(1)[0][0]
    if declarative_bases:
        return declarative_bases[0]
    return f"{flask_namespace}.Model" if flask_namespace else "Base"


_HEADER_COMMENT = re.compile(r"\)\s*:\s*(#.*?)\s*$")


def _named_columns(tree: ast.Module, aliases: dict[str, str]) -> bool:
    """See ``FileStyle.named_columns``: three column statements or more of the first classes
    (``_STYLE_VOTES``), each ``x = Column("...", ...)`` (or named by a string the module
    assigns: ``Column(session_column, ...)``), more than half of them ``"x"``."""
    strings = {target.id for node in tree.body if isinstance(node, ast.Assign)
               and (isinstance(node.value, ast.JoinedStr)
                    or (isinstance(node.value, ast.Constant) and isinstance(node.value.value, str)))
               for target in node.targets if isinstance(target, ast.Name)}
    named = after_attribute = 0
    for node in tree.body:
        if not isinstance(node, ast.ClassDef):
            continue
        for statement in _body_statements(node.body):
            value = getattr(statement, "value", None) if isinstance(statement, (ast.Assign, ast.AnnAssign)) else None
            callee = _base_name(value.func) if isinstance(value, ast.Call) else None
            if not isinstance(value, ast.Call) or callee is None or aliases.get(callee, callee) not in _COLUMN_CALLS:
                continue
            first = value.args[0] if value.args else None
            if not (isinstance(first, ast.Constant) and isinstance(first.value, str)
                    or isinstance(first, ast.Name) and first.id in strings):
                return False
            target = _targets(statement)
            named += 1
            after_attribute += (len(target) == 1 and isinstance(target[0], ast.Name) and isinstance(first, ast.Constant)
                                and target[0].id == first.value)
            if named >= _STYLE_VOTES:
                break
        if named >= _STYLE_VOTES:
            break
    return named >= 3 and after_attribute * 2 > named


def _blank_lines_before_classes(lines: list[str], tree: ast.Module) -> int:
    """The blank lines the file puts between a top-level statement and the class after it, when
    nothing else is between them: the most common count, one or two (black's and pep8's two when
    the file has no such class, or as many with two as with one; king-phisher's one)."""
    gaps: Counter[int] = Counter()
    for before, node in zip(tree.body, tree.body[1:], strict=False):
        if isinstance(node, ast.ClassDef):
            first = min([node.lineno, *(d.lineno for d in node.decorator_list)])
            between = lines[(before.end_lineno or before.lineno): first - 1]
            if between and all(not line.strip() for line in between):
                gaps[len(between)] += 1
    return 1 if gaps[1] > gaps[2] else 2


def _class_comments(lines: list[str], tree: ast.Module) -> Mapping[str, str]:
    """For each mapped base (a class's last), the comment every one-line ``class X(...):`` of
    it ends with, when two classes or more do and all the same."""
    found: dict[str, set[str | None]] = {}
    counts: Counter[str] = Counter()
    for node in tree.body:
        if not isinstance(node, ast.ClassDef) or not node.bases or node.bases[-1].end_lineno != node.lineno:
            continue
        header = lines[node.lineno - 1] if node.lineno <= len(lines) else ""
        match = _HEADER_COMMENT.search(header) if "#" in header else None
        base = _dotted(node.bases[-1])
        found.setdefault(base, set()).add(match.group(1) if match else None)
        counts[base] += 1
    return MappingProxyType({base: comment for base, comments in found.items()
                             if counts[base] >= 2 and len(comments) == 1 and (comment := next(iter(comments)))})


def _table_args_tail(tree: ast.Module) -> str | None:
    """The module-level dict of options alone (no ``schema``, no ``comment``: a table's own) every
    top-level class that names its table ends its ``__table_args__`` tuple with, when two classes or
    more do."""
    options = {node.targets[0].id for node in tree.body if isinstance(node, ast.Assign) and len(node.targets) == 1
               and isinstance(node.targets[0], ast.Name) and isinstance(node.value, ast.Dict)
               and all(isinstance(key, ast.Constant) and key.value not in ("schema", "comment")
                       for key in node.value.keys)}
    if not options:
        return None
    tails = []
    for node in tree.body:
        if not (isinstance(node, ast.ClassDef) and _names_its_table(node)):
            continue
        args = class_setting(node, "__table_args__")
        tails.append(args.elts[-1].id if isinstance(args, ast.Tuple) and args.elts
                     and isinstance(args.elts[-1], ast.Name) else None)
    return tails[0] if len(tails) >= 2 and len(set(tails)) == 1 and tails[0] in options else None


def _dotted(node: ast.expr) -> str:
    """``Base`` / ``db.Model`` as written (``ast.unparse`` for anything else, which is rare and slow)."""
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
        return f"{node.value.id}.{node.attr}"
    return ast.unparse(node)


def _base_name(node: ast.expr) -> str | None:
    return node.attr if isinstance(node, ast.Attribute) else getattr(node, "id", None)


def _targets(statement: ast.stmt) -> list[ast.expr]:
    if isinstance(statement, ast.Assign):
        return statement.targets
    if isinstance(statement, ast.AnnAssign):
        return [statement.target]
    return []


def _import_run(tree: ast.Module) -> tuple[int, int]:
    """First and last line of the first uninterrupted run of top-level imports; an ``if
    TYPE_CHECKING:`` block of imports among them does not end it (the imports after it
    are the run's too), though the block's own imports are never the run's to edit; a
    ``try:`` of imports guarded against ``ImportError`` is the run's (``guarded_imports``)."""
    first = last = 0
    for node in tree.body:
        if isinstance(node, (ast.Import, ast.ImportFrom)) or (first and guarded_imports(node)):
            first = first or node.lineno
            last = node.end_lineno or node.lineno
        elif first and _type_checking_imports(node):
            continue
        elif first:
            break
    return first, last


def guarded_imports(node: ast.stmt) -> bool:
    """``try:`` imports only ``except ImportError: ...`` (CAPE's ``try: from sqlalchemy import (...)``
    with a friendlier error when SQLAlchemy is missing): the run's too, and its imports take new
    names of their modules."""
    return (isinstance(node, ast.Try) and not node.orelse and not node.finalbody and bool(node.handlers)
            and all(isinstance(s, (ast.Import, ast.ImportFrom)) for s in node.body)
            and all(isinstance(h.type, ast.Name) and h.type.id in ("ImportError", "ModuleNotFoundError")
                    for h in node.handlers))


def _type_checking_imports(node: ast.stmt) -> bool:
    """``if TYPE_CHECKING:`` with imports only, and no ``else``."""
    checked = type_checkers_only(node)
    return (bool(checked) and run_time_branch(node) == []
            and all(isinstance(s, (ast.Import, ast.ImportFrom)) for s in checked))


def _docstring_end(tree: ast.Module) -> int:
    if tree.body and isinstance(tree.body[0], ast.Expr) and isinstance(tree.body[0].value, ast.Constant):
        if isinstance(tree.body[0].value.value, str):
            return tree.body[0].end_lineno or 0
    return 0
