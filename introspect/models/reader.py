"""The static model reader: SQLAlchemy / Flask-SQLAlchemy model files -> ``ModelSet``.

``read_models(path)`` never imports user code. Every file is parsed once with ``ast``
(LibCST is 10-40x slower and is kept for the few statements a fix edits; past
``parse_python``'s budget a file's tree is let go once scanned, and a class body is parsed
again from its own lines when the build reads it), then:

1. ``scan``: what each file defines at module level (aliases, bases, enums, classes,
   ``Table`` objects); the project's modules outside the path that the models import from
   are scanned too (``imports``), for their types, enums and constants;
2. ``build``: classes linked across files and placed on tables (mixins,
   single-table and joined-table inheritance);
3. ``assemble``: the model ``Schema`` and the source map (class / column -> file:line).

What cannot be decided statically is listed in ``ModelSet.unresolved`` with file:line and
is never guessed; a file that cannot be parsed is listed in ``ModelSet.errors`` and the
other files are still read.

Server defaults are recorded in PostgreSQL's printed form where that is unambiguous:
``text("now()")`` -> ``now()`` (the SQL as written), ``func.now()`` -> ``now()``,
``func.current_timestamp()`` -> ``CURRENT_TIMESTAMP``, a plain string ``"x"`` -> the typed
literal PostgreSQL prints for it (``'x'::text``, ``'x'::character varying``, ``5`` on an
integer, ``true`` on a boolean; see ``exprs.literal_default``). The string
``"now()"`` therefore stays a literal, never the function. Python-side ``default=`` is not a
server default and is not recorded. A column whose type cannot be read has the type
``UNRESOLVED_TYPE`` (kind ``"unresolved"``) and an entry in ``unresolved``.
"""

from __future__ import annotations

import ast
import fnmatch
import heapq
import itertools
import os
import re
import sys
from collections.abc import Callable, Iterator
from pathlib import Path, PurePath

from ..errors import InputError
from ..naming_convention import NamingConvention
from .assemble import UNRESOLVED_TYPE, SchemaAssembler
from .build import ModelBuilder, is_sqlmodel_table
from .columns import ModuleInfo, Problems, frozen_record, import_name
from .exprs import SourceText, dotted, last_name, module_assignments
from .imports import (
    MAX_DEPTH,
    MAX_FILES,
    file_found,
    import_root,
    imported_files,
    installed_module,
)
from .library_rules import library_rules
from .listeners import index_listened_types
from .scan import (
    ScanResult,
    link_base_factories,
    link_nested_enums,
    link_type_decorators,
    scan_module,
)
from .source_files import (
    content_hash,
    decode_source,
    model_files,
    parse_python,
    without_cyclic_collector,
)
from .sourcemap import (
    ComputedTableName,
    EnumClassSource,
    EnumLabelsSource,
    ModelSet,
    Reference,
    Unresolved,
)
from .unnamed_tables import runtime_subclasses, tables_made_in_functions, unnamed_tables
from .versioning import history_tables, versioned_tables

# A file none of these words appear in cannot define models, bases or mixins; it is not
# parsed at all (a directory given to --models may hold a whole application).
_MODEL_HINT = re.compile(
    rb"Column|mapped_column|Mapped|Table|declarative|Declarative|generate_base|Model|Enum|"
    rb"TypeDecorator|Annotated|partial|__table"  # a class whose every column is a mixin's
)
# a class statement's bases; a name a module defines at its top level (a class, an assignment)
_CLASS_BASES = re.compile(rb"^[ \t]*class[ \t]+\w+[ \t]*\(([^)]*)\)", re.MULTILINE)
_TOP_LEVEL_NAME = re.compile(rb"^class[ \t]+([A-Za-z_]\w*)|^([A-Za-z_]\w*)[ \t]*(?::[^=\n]*)?=(?!=)", re.MULTILINE)
_NAME_BYTES = re.compile(rb"[A-Za-z_]\w*")
# ``.name`` with the name's possible first characters filled in (see ``_references``)
_ATTRIBUTE_USE = rb"\.[ \t]*([%s][A-Za-z0-9_]*)"
_NAME_STARTS = {bytes([c]) for c in b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_"}
_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def _matches(file: Path, root: Path, glob: str | None) -> bool:
    if glob is None or root.is_file():
        return True
    relative = PurePath(os.path.relpath(file, root))
    return fnmatch.fnmatch(file.name, glob) or relative.match(glob)


# Syntax of a newer Python than the one running, recognised on the line a SyntaxError
# points at: (pattern, version, what it is). The f-string rule is the message's own.
_NEWER_SYNTAX = (
    (re.compile(r"\s*type\s+[A-Za-z_]\w*\s*(\[.*\])?\s*="), (3, 12), "a `type` alias statement (PEP 695)"),
    (re.compile(r"\s*class\s+[A-Za-z_]\w*\s*\["), (3, 12), "a generic class `class C[T]` (PEP 695)"),
    (re.compile(r"\s*(async\s+)?def\s+[A-Za-z_]\w*\s*\["), (3, 12), "a generic function `def f[T]()` (PEP 695)"),
    (re.compile(r"\s*except\s*\*"), (3, 11), "`except*` (PEP 654)"),
    (re.compile(r"""(?i).*(?<![\w"'])t(?:r)?["']"""), (3, 14), "a template string `t\"...\"` (PEP 750)"),
    (re.compile(r"\s*except\s*\*?\s*[^\s(:][^:(]*,"), (3, 14), "`except A, B:` without parentheses (PEP 758)"),
)


def syntax_error_message(error: SyntaxError, text: str) -> str:
    """``syntax error: <Python's message>``, and when the line uses syntax of a newer Python
    than the one running, which syntax and which Python (``type X = ...`` under 3.11 is
    otherwise just "invalid syntax")."""
    message = f"syntax error: {error.msg}"
    lines = text.splitlines()
    line = lines[error.lineno - 1] if error.lineno and 0 < error.lineno <= len(lines) else ""
    running = sys.version_info[:2]
    newer = [(version, what) for pattern, version, what in _NEWER_SYNTAX if running < version and pattern.match(line)]
    if not newer and running < (3, 12) and error.msg.startswith("f-string"):
        newer = [((3, 12), "an f-string with its own quotes, a backslash or a comment inside `{}` (PEP 701)")]
    if not newer:
        return message
    version, what = newer[0]
    return (f"{message}: {what} needs Python {version[0]}.{version[1]}, and schema-inspector runs on Python "
            f"{sys.version.split()[0]} here; run it with Python {version[0]}.{version[1]} or later")


def _parse(name: str, data: bytes, errors: list[Unresolved]) -> ModuleInfo | None:
    try:
        source = SourceText(decode_source(data)[0].removeprefix("\ufeff"))
    except (SyntaxError, LookupError, UnicodeDecodeError) as error:
        errors.append(Unresolved(name, 1, f"cannot decode: {error}"))
        return None
    try:
        tree = parse_python(source.text)
    except SyntaxError as error:
        errors.append(Unresolved(name, error.lineno or 1, syntax_error_message(error, source.text)))
        return None
    except (ValueError, RecursionError, MemoryError) as error:
        errors.append(Unresolved(name, 1, f"cannot parse: {error}"))
        return None
    return ModuleInfo(name, source, tree)


def parse_model_files(path: Path, glob: str | None = None,
                      until: Callable[[], bool] = lambda: False) -> Iterator[tuple[Path, str]]:
    """The trees of the files ``read_models(path, glob)`` parses, in ``parse_python``'s cache,
    up to the first file after which ``until()`` holds: a process forked to edit the files while
    another reads them (``codemods.edit_process``) has them when its work comes. Each file and its
    text (without a BOM) is yielded once parsed, while its tree is the cache's last (past the cache's
    budget, the only one it keeps)."""
    for file in model_files(path, glob):
        if until():
            return
        try:
            data = file.read_bytes()
            if not _MODEL_HINT.search(data):
                continue
            text = decode_source(data)[0].removeprefix("\ufeff")
            parse_python(text)
        except (OSError, SyntaxError, LookupError, UnicodeDecodeError, ValueError, RecursionError, MemoryError):
            continue  # the reader says what is wrong with it
        yield file, text


def _hinted(contents: list[tuple[Path, bytes]]) -> set[str]:
    """The files to parse: those with a model hint, and those with a class derived from a name
    such a file defines, ``class Group(GroupMixin, Base)`` with nothing else of SQLAlchemy's in
    its file (its base and its columns a library mixin's: AppEnlight's on ziggurat_foundations),
    followed until no more are found."""
    hinted = {str(file) for file, data in contents if _MODEL_HINT.search(data)}
    pending = {str(file): bases for file, data in contents if str(file) not in hinted
               for bases in [_CLASS_BASES.findall(data)] if bases}
    defined: set[bytes] = set()
    grown = hinted
    while pending and grown:
        for file, data in contents:
            if str(file) in grown:
                defined.update(a or b for a, b in _TOP_LEVEL_NAME.findall(data))
        grown = {name for name, bases in pending.items()
                 if any(base in defined for written in bases for base in _NAME_BYTES.findall(written))}
        hinted |= grown
        for name in grown:
            del pending[name]
    return hinted


def read_models(path: Path, glob: str | None = None,
                on_file: Callable[[int, int], None] | None = None) -> ModelSet:
    """Read the models under ``path`` (a file, or a directory narrowed by ``glob``).

    Files that do not match ``glob`` are still read for the bases, mixins, aliases and
    enums they define, but their own models are not reported. Raises ``InputError`` when
    nothing mapped is found. ``on_file(done, total)`` is called after each file is read
    (a progress bar).
    """
    with without_cyclic_collector():
        return _read_models(Path(path), glob, on_file)


def _read_models(path: Path, glob: str | None, on_file: Callable[[int, int], None] | None) -> ModelSet:
    files = model_files(path, glob)
    errors: list[Unresolved] = []
    scan = ScanResult()
    wanted: list[str] = []
    dependency_files: dict[str, bytes] = {}
    rules = library_rules(path, dependency_files)
    # every file read, as the plan records it (the project's lock file, say, for the rules)
    hashes: dict[str, str] = {file: content_hash(data) for file, data in dependency_files.items()}
    skipped: dict[str, list[tuple[Path, bytes]]] = {}  # files without a model hint, by module name
    contents: list[tuple[Path, bytes]] = []
    for file in files:
        try:
            data = file.read_bytes()
        except OSError as error:
            errors.append(Unresolved(str(file), 0, f"cannot read: {error.strerror or error}"))
            continue
        hashes[str(file)] = content_hash(data)
        contents.append((file, data))
    hinted = _hinted(contents) if not path.is_file() else {str(file) for file, _ in contents}
    for done, (file, data) in enumerate(contents):
        if on_file is not None:
            on_file(done, len(contents))
        if str(file) not in hinted:
            skipped.setdefault(import_name(file), []).append((file, data))
            continue
        module = _parse(str(file), data, errors)
        if module is None:
            continue
        _scan(module, scan)
        if _matches(file, path, glob):
            wanted.append(module.path)
    if on_file is not None:
        on_file(len(contents), len(contents))
    _read_imported_constants(scan, skipped)
    outside = _read_project_imports(scan, files, hashes)
    library = _read_library_bases(scan, hashes)
    outside += library
    link_type_decorators(scan)
    link_base_factories(scan)
    link_nested_enums(scan)
    problems = Problems()
    builder = ModelBuilder(scan, problems, rules)
    build = builder.build()
    # the classes that map a table of columns (not indico's ``IndicoModel``, the class its declarative
    # base is made from, which the reader places on a table of its own name and no column)
    with_columns = {table.owner for table in build.tables.values() if table.columns}
    naming_convention = _naming_convention(scan.modules, _metadata_flask_ignores(builder),
                                           frozenset(p.class_name for p in build.placements
                                                     if p.table and p.class_name in with_columns))
    assembler = SchemaAssembler(builder, build, problems, NamingConvention(naming_convention))
    schema = assembler.schema()
    unparsed = [(str(file), data) for file, data in contents if str(file) not in hinted and _matches(file, path, glob)]
    unnamed, tables_per_class = unnamed_tables(scan.modules, set(wanted), problems, builder.resolver.value,
                                               {table.name for table in schema.tables}, unparsed,
                                               builder.resolver.tablenames, builder.made_name)
    for base, made_in, line, where in runtime_subclasses(scan.modules, set(wanted),
                                                         {builder.classes[key].name for key in builder.mapped}):
        problems.add(made_in, line, f"{base}: a subclass made at run time with type(...) ({where}) adds columns to "
                     f"{base}'s table that the reader cannot see; the database's columns it lacks are not added",
                     hides_columns_of=base)
    order = {name: index for index, name in enumerate(wanted)}
    all_classes = assembler.class_sources(order)
    version_table_name, versioned = versioned_tables(scan.modules, all_classes, problems)
    histories, history_mixins = history_tables(scan.modules, all_classes, problems)
    _say_columnless(schema, all_classes, problems)
    made_secondaries = tuple(made for made in build.made_secondaries if made[2] in order)
    for cls, target, where, line in made_secondaries:
        problems.add(where, line, (
            f"{cls}: a relationship's secondary= is a table a function makes at run time, which the reader does "
            f"not read; the database's table keyed to the tables of {cls} and {target} only is taken to be it "
            "(no class generated for it)"))
    classes = tuple(c for c in all_classes if c.file in order)
    library_classes = [c for c in all_classes if c.file in library]
    # what the reader could not read in a library's own files is the library's, not the project's,
    # and in another file of the project's, only what is about a class the models derive from
    unrelated = _unrelated_classes(scan, {c.class_name for c in classes}, order)
    unresolved = {Unresolved(*item) for item in problems.items
                  if item[0] not in library and not _in_a_class(item, unrelated)}
    # Inherited columns keep the mixin's file, which may lie outside the glob.
    reported_classes = {c.class_name for c in classes}
    columns = assembler.column_sources()
    if len(order) < len(scan.modules):  # some files were read only for their bases, mixins...
        columns = tuple(c for c in columns if c.file in order or c.class_name in reported_classes)
    reported = {(c.schema, c.table) for c in classes if c.table and c.kind != "mixin"}
    schema = _only_tables(schema, reported)
    if not any(c.kind != "mixin" for c in classes):
        raise InputError(_nothing_found(path, errors, [c for c in scan.classes if is_sqlmodel_table(c)],
                                        tables_made_in_functions(scan.modules, set(wanted))))
    if not schema.tables and not versioned and not histories:
        # every mapped class's table unknown: a comparison would find nothing to change whatever the
        # database holds (fief's names, prefixed by its base's __init_subclass__ from the settings)
        raise InputError(_no_table_read(path, classes, unresolved))
    hidden = _hidden_columns(unresolved, builder, all_classes)
    declarative_classes = {info.name for info in builder.classes.values() if builder.is_declarative(info)}
    # the classes of library files that derive from no declarative base, and those with columns of the
    # project's files outside the models read (by path or glob); a name the project gives a
    # declarative base too is none (keystone's ``ModelBase``, funding-service's
    # ``BaseModel(DeclarativeBase)`` beside pydantic's ``BaseModel``)
    library_mixins = tuple(sorted({info.name for info in builder.classes.values()
                                   if not builder.is_declarative(info) and (
                                       info.module.path in library
                                       or (info.module.path not in order and info.maps_in_body))}
                                  - scan.roots - declarative_classes))
    return ModelSet(
        schema=schema,
        classes=classes,
        columns=columns,
        unresolved=tuple(sorted(unresolved, key=lambda u: (order.get(u.file, len(order)), u.file, u.line, u.message))),
        errors=tuple(errors),
        files=tuple(wanted),
        references=_references(scan.modules, columns, build.references, set(wanted), unparsed),
        relationships=tuple(r for r in build.relationships if r.file in order),
        hidden=tuple(sorted((name, causes[0]) for name, causes in hidden.items())),
        hidden_attributes_of=tuple(sorted(
            (name, tuple(sorted({c.hidden_attribute for c in causes if c.hidden_attribute})))
            for name, causes in hidden.items() if all(c.hidden_attribute for c in causes))),
        naming_convention=naming_convention,
        enum_classes=_enum_classes(builder),
        # of the files read, a model's or not (``labels.py`` with ``PFS = [...]`` only)
        enum_labels=_enum_labels(builder, {str(file) for file, _ in contents if _matches(file, path, glob)}),
        # a library's class too: a foreign key to its table follows the name the database has
        computed_tablenames=_computed_tablenames(build, builder, set(reported_classes) | {
            c.class_name for c in library_classes}),
        listener_indexes=_listener_indexes(scan.modules),
        listener_defaults=_listener_defaults(scan.modules, {t.owner: t.name for t in build.tables.values()}),
        module_indexes=tuple(sorted(builder.module_indexes, key=lambda index: (index.name, index.file, index.line))),
        unread_tables=tuple(builder.unread_tables),
        bound_names=tuple((module.path, tuple(sorted(module.bound))) for module in scan.modules
                          if module.path in order),
        schema_unread=tuple(sorted((table.name, table.file, table.line) for table in build.tables.values()
                                   if table.items.schema_unread and table.file in order)),
        # and those of the project's files outside the path, read for what the models import
        # (skyportal's users, of baselayer's models): mapped there, neither compared nor generated
        library_tables=_library_tables([c for c in all_classes if c.file not in order], build),
        runtime_tables=unnamed + versioned + histories,
        made_secondaries=made_secondaries,
        tables_per_class=tables_per_class + history_mixins,
        version_table_name=version_table_name,
        serializing_types=_serializing_types(scan, builder),
        index_listened_types=index_listened_types(scan),
        outside=outside,
        library=library,
        library_mixins=library_mixins,  # (polar's ``MetadataMixin``; not gnocchi's classes of application logic)
        library_bases=tuple(sorted({(info.name, info.bases) for info in builder.classes.values()
                                    if info.name in library_mixins})),
        declarative_classes=tuple(sorted(declarative_classes)),
        hidden_items=_hidden_items(scan, builder, all_classes),
        file_hashes=tuple(sorted(hashes.items())),
        type_renames=tuple(sorted(
            (module.path, local, original) for module in scan.modules
            for local, original in module.source.renamed.items())),
    )


def _say_columnless(schema, classes, problems: Problems) -> None:
    """A mapped class of whose table not one column was read, with nothing said of why (its
    columns declared in a way the reader does not know: a project's own wrapper of
    ``dataclasses.field``, say): said once, and the planner adds no column to it."""
    explained = {item[3] for item in problems.items if item[3]}
    empty = {(table.schema, table.name) for table in schema.tables if not table.columns}
    for cls in classes:
        if cls.kind == "model" and cls.inherits_table is None and (cls.schema, cls.table) in empty \
                and cls.class_name not in explained:
            problems.add(cls.file, cls.line, f"{cls.class_name}: no column of its table {cls.table} was read (its "
                         "columns are declared in a way the reader does not know); none is added or compared",
                         hides_columns_of=cls.class_name)


def _unrelated_classes(scan: ScanResult, reported: set[str], wanted: dict[str, int]) -> dict[str, list[range]]:
    """The line ranges, by file, of the classes of files outside the models (read for their
    bases, types and enums) that are neither a base nor a subclass of a reported class: what
    the reader could not read there is no concern of the models (``class Batch(Base)`` of a
    module the models import a module of)."""
    bases = {info.name: {b for b in map(last_name, info.node.bases) if b is not None} for info in scan.classes}
    used, frontier = set(reported), list(reported)
    while frontier:  # the reported classes' bases, theirs...
        for base in bases.get(frontier.pop(), ()):
            if base not in used:
                used.add(base)
                frontier.append(base)
    below = set(reported)
    while grown := {name for name, of in bases.items() if name not in below and of & below}:
        below |= grown  # ...and their subclasses (a single-table subclass shares a reported table)
    used |= below
    unrelated: dict[str, list[range]] = {}
    for info in scan.classes:
        if info.module.path not in wanted and info.name not in used:
            node = info.node
            unrelated.setdefault(info.module.path, []).append(range(node.lineno, (node.end_lineno or node.lineno) + 1))
    return unrelated


def _in_a_class(item: tuple, unrelated: dict[str, list[range]]) -> bool:
    file, line = item[0], item[1]
    return any(line in lines for lines in unrelated.get(file, ()))


_CREATE_INDEX = re.compile(
    r"CREATE\s+(?:UNIQUE\s+)?INDEX\s+(?:CONCURRENTLY\s+)?(?:IF\s+NOT\s+EXISTS\s+)?(\"[^\"]+\"|[A-Za-z_][A-Za-z0-9_$]*)",
    re.IGNORECASE)


def _hidden_items(scan: ScanResult, builder: ModelBuilder, classes) -> tuple[tuple[str, str | None, str, int], ...]:
    """(table, schema, file, line) of the tables whose indexes and constraints the reader
    may not all see: a class whose ``__table_args__`` a function builds, and a class whose
    column or ``__table__`` a module-level call is given (``make_index(User.name)``)."""
    where = dict(builder.hidden_items)
    for indexed, place in _indexes_made_in_functions(scan.modules, builder.mapped):
        where.setdefault(indexed, place)
    for call, module in scan.other_calls:
        if last_name(call.func) == "listen":  # event listeners: their DDL is read (_listener_indexes)
            continue
        for argument in (*call.args, *(keyword.value for keyword in call.keywords)):
            path = dotted(argument)
            owner = path.split(".")[0] if path and "." in path else None
            if owner in builder.mapped:
                where.setdefault(owner, (module.path, call.lineno))
    found = {(c.table, c.schema, *where[c.class_name]) for c in classes
             if c.class_name in where and c.table is not None and c.kind != "mixin"}
    return tuple(sorted(found, key=lambda item: (item[0], item[1] or "", item[2], item[3])))


_MODULE_FUNCTION = re.compile(rb"^(?:async[ \t]+)?def[ \t]", re.MULTILINE)


def _indexes_made_in_functions(modules, mapped) -> list[tuple[str, tuple[str, int]]]:
    """(class, (file, line)) for each mapped class a module-level function makes an ``Index(...)``
    of: one naming the class's attributes (abilian's ``_postgres_indexes1()``: ``Index(name(...),
    RoleAssignment.user_id, ...)``, or through a local name, ``PA = PermissionAssignment``), or a
    listener of the class's events (``@listens_for(User, "mapper_configured")``, ``Index(...,
    func.lower(cls.email))``). Its table may have them."""
    found = []
    for module in modules:
        if b"Index(" not in module.source.utf8 or not _MODULE_FUNCTION.search(module.source.utf8):
            continue  # (past parse_python's budget, syntax_tree() parses the file again)
        for function in module.syntax_tree().body:
            if not isinstance(function, (ast.FunctionDef, ast.AsyncFunctionDef)) or not any(
                    isinstance(n, ast.Call) and last_name(n.func) == "Index" for n in ast.walk(function)):
                continue
            aliases = {n.targets[0].id: n.value.id for n in ast.walk(function)  # PA = PermissionAssignment
                       if isinstance(n, ast.Assign) and len(n.targets) == 1 and isinstance(n.targets[0], ast.Name)
                       and isinstance(n.value, ast.Name)}
            named = {aliases.get(n.value.id, n.value.id) for n in ast.walk(function)
                     if isinstance(n, ast.Attribute) and isinstance(n.value, ast.Name)}
            named |= {a.id for d in function.decorator_list if isinstance(d, ast.Call) for a in d.args
                      if isinstance(a, ast.Name)}
            found += [(owner, (module.path, function.lineno)) for owner in sorted(named & mapped)]
    return found


def _listener_indexes(modules) -> tuple[tuple[str, str, int], ...]:
    """Index names in the DDL strings of ``after_create`` event listeners:
    ``event.listen(target, "after_create", DDL("CREATE INDEX ..."))`` and functions
    decorated ``@event.listens_for(target, "after_create")`` (``_ddl_strings``)."""
    found = []
    for module in modules:
        if b"listen" not in module.source.utf8:
            continue
        tree = module.syntax_tree()
        values = module_assignments(tree)
        for node in ast.walk(tree):
            scope: ast.AST | None = None
            if isinstance(node, ast.Call) and last_name(node.func) == "listen" and _after_create(node):
                scope = node
            elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and any(
                    isinstance(d, ast.Call) and last_name(d.func) == "listens_for" and _after_create(d)
                    for d in node.decorator_list):
                scope = node
            if scope is None:
                continue
            for text, line in _ddl_strings(scope, tree, values):
                for match in _CREATE_INDEX.finditer(text):
                    found.append((_identifier(match[1]), module.path, line))
    return tuple(sorted(set(found)))


def _ddl_strings(scope: ast.AST, tree: ast.Module, values: dict[str, ast.expr]) -> Iterator[tuple[str, int]]:
    """The strings (with their lines) a listener's DDL may be in: in ``scope`` (the ``listen(...)``
    call, the listening function), in a module-level name it uses (``notify_ddl = DDL(...)``;
    ``values``: the module's assignments) and in a function of the module it calls."""
    used = [values[n.id] for n in ast.walk(scope) if isinstance(n, ast.Name) and n.id in values]
    for part in (scope, *used, *_called_definitions(scope, tree)):
        for inner in ast.walk(part):
            if isinstance(inner, ast.Constant) and isinstance(inner.value, str):
                yield inner.value, inner.lineno


# ``ALTER TABLE %(table)s ALTER COLUMN "xid" SET DEFAULT ...``: the table (the listener's own, or
# named) and the column whose default a DDL string sets
_SET_DEFAULT = re.compile(
    r"ALTER\s+TABLE\s+(?:ONLY\s+)?(%\(table\)s|\"[^\"]+\"|[A-Za-z_][A-Za-z0-9_$]*)\s+"
    r"ALTER\s+(?:COLUMN\s+)?(\"[^\"]+\"|[A-Za-z_][A-Za-z0-9_$]*)\s+SET\s+DEFAULT\b", re.IGNORECASE)


def _listener_defaults(modules, table_of: dict[str, str]) -> tuple[tuple[str, str, str, int], ...]:
    """(table, column, file, line) of each column default the DDL of an ``after_create``
    listener sets: ``event.listen(Model.__table__, "after_create", ddl)`` with the DDL in the
    call, in a module-level name it uses (``notify_ddl = DDL(...)``) or in a function it calls;
    ``%(table)s`` is the table of the class whose ``__table__`` it listens to (``table_of``:
    class -> table)."""
    found = []
    for module in modules:
        if b"after_create" not in module.source.utf8 or b"DEFAULT" not in module.source.utf8.upper():
            continue
        tree = module.syntax_tree()
        values = module_assignments(tree)
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and last_name(node.func) == "listen" and _after_create(node)
                    and node.args):
                continue
            target = node.args[0]
            listened = table_of.get(target.value.id) if isinstance(target, ast.Attribute) \
                and target.attr == "__table__" and isinstance(target.value, ast.Name) else None
            for text, line in _ddl_strings(node, tree, values):
                for match in _SET_DEFAULT.finditer(text):
                    table = listened if match[1] == "%(table)s" else _identifier(match[1])
                    if table is not None:
                        found.append((table, _identifier(match[2]), module.path, line))
    return tuple(sorted(set(found)))


def _identifier(written: str) -> str:
    """A SQL identifier as PostgreSQL stores it: quoted, as written; bare, in lower case."""
    return written[1:-1] if written.startswith('"') else written.lower()


def _called_definitions(scope: ast.AST, tree: ast.Module) -> list[ast.FunctionDef]:
    """The module's functions and its classes' methods that ``scope`` calls by name
    (``make_ddl()``, ``Document.index_ddl()``): a listener's DDL may be what they return."""
    functions: dict[str, ast.FunctionDef] = {}
    for statement in tree.body:
        if isinstance(statement, ast.FunctionDef):
            functions[statement.name] = statement
        elif isinstance(statement, ast.ClassDef):
            functions.update((f"{statement.name}.{item.name}", item) for item in statement.body
                             if isinstance(item, ast.FunctionDef))
    called = (dotted(node.func) for node in ast.walk(scope) if isinstance(node, ast.Call))
    return [functions[name] for name in dict.fromkeys(called) if name in functions]


def _after_create(call: ast.Call) -> bool:
    return any(isinstance(a, ast.Constant) and a.value == "after_create" for a in call.args)


def _library_tables(classes_elsewhere, build) -> tuple[tuple[str, str, str, int], ...]:
    """(table, class, file, line) of each table a mapped class of those files maps; a
    table named from the class's name (``cls.__name__.lower() + "s"``) under each name it may
    have, as the planner matches a project class's."""
    candidates = {class_name: names for class_name, _, names, _, _ in build.computed}
    return tuple(sorted({(table, c.class_name, c.file, c.line) for c in classes_elsewhere
                         if c.table and c.kind != "mixin" for table in candidates.get(c.class_name, (c.table,))}))


def _computed_tablenames(build, builder: ModelBuilder, reported: set[str]) -> tuple[ComputedTableName, ...]:
    found = []
    for class_name, expression, candidates, (file, line), prefixed in build.computed:
        key = build.table_keys.get(class_name)
        if key is None or class_name not in reported or build.tables.get(key) is None \
                or build.tables[key].owner != class_name:
            continue
        hook, prefix = prefixed or (None, None)
        found.append(ComputedTableName(class_name, expression, candidates, key[0], file, line,
                                       prefixed=prefixed is not None, prefix=prefix, hook=hook))
    return tuple(found)


def _read_project_imports(scan: ScanResult, listed: list[Path], hashes: dict[str, str]) -> tuple[str, ...]:
    """The project's modules outside the scanned path that the model files import from
    (``imports``), and the files under it without a model hint that they import,
    read for the types, enums, constants and bases they define; the files read outside the
    path. Their own models are not reported."""
    under = {file.resolve() for file in listed}
    seen = {Path(module.path).resolve() for module in scan.modules}
    read: list[str] = []
    frontier = list(scan.modules)
    for _ in range(MAX_DEPTH):
        found: list[Path] = []
        for module in frontier:
            imports = module.imports if module.tree is None else imported_files(module.tree, Path(module.path))
            for target in imports:
                resolved = target.resolve()
                if resolved not in seen and len(read) < MAX_FILES:
                    seen.add(resolved)
                    found.append(target)
        frontier = []
        for file in found:
            imported = _read_outside(file, scan, hashes)
            if imported is not None:
                frontier.append(imported)
                if file.resolve() not in under:
                    read.append(imported.path)
        if not frontier:
            break
    return tuple(read)


def _read_library_bases(scan: ScanResult, hashes: dict[str, str]) -> tuple[str, ...]:
    """The modules of installed libraries that model classes take a base from
    (``from fastapi_users_db_sqlalchemy import SQLAlchemyBaseUserTableUUID``: the mixin's
    columns and ``__tablename__``; or a function that returns one, ``BASE = get_base()``) or
    columns their type (oslo.db's ``types.JsonEncodedDict``, a TypeDecorator) or their type's
    arguments (neutron-lib's ``String(db_const.NAME_FIELD_SIZE)``, a constant), found where
    Python would find them on ``sys.path`` (never imported), with the modules they import from;
    the files read. SQLAlchemy's own modules, the standard library and the project are not
    looked for there."""
    defined = {info.name for info in scan.classes}
    # the modules a base (0) or a type (1) may be in, the likeliest first
    wanted: dict[tuple[str, ...], int] = {}
    bases = [(info.module, dotted(base.value if isinstance(base, ast.Subscript) else base))
             for info in scan.classes for base in info.node.bases]
    # ``class ModelBase(models.ModelBase)`` (ironic-inspector): a class of the name is the
    # project's, but the base is not that class
    self_named = {(info.module.path, name) for info in scan.classes for base in info.node.bases
                  if (name := dotted(base)) and "." in name and name.rsplit(".", 1)[-1] == info.name}
    types = [(user, name) for user in scan.modules for name in sorted(user.column_type_names)]
    # BASE = get_base(), where a class derives from BASE (not app = Flask(__name__))
    base_names = {name.rsplit(".", 1)[-1] for _, name in bases if name}
    factories = [(user, callee) for names, callee, user, _ in scan.factory_calls if base_names.intersection(names)]
    # ``from ..database import Base`` where database.py has ``from sqlalchemy_helpers.aio import Base``:
    # the base is the library's, found through the project module that imports it
    reexported = {name: module for module in scan.modules for name, origin in module.origins.items() if origin}
    bases += [(reexported[name], name) for user, name in bases  # origin "": imported from the project
              if name and "." not in name and user.origins.get(name) == "" and name in reexported]
    for user, name, skipped in [*((user, name, _NOT_LIBRARY_BASES) for user, name in bases + factories),
                                *((user, name, _NOT_LIBRARY_TYPES) for user, name in types)]:
        rank = 0 if skipped is _NOT_LIBRARY_BASES else 1
        root = (name or "").split(".")
        origin = user.origins.get(root[0], "")
        if not origin or origin.split(".")[0] in skipped or (root[-1] in defined
                                                             and (user.path, name) not in self_named):
            continue
        # ``from oslo_db.sqlalchemy import models`` then ``models.ModelBase``: the module
        # ``oslo_db.sqlalchemy.models`` when there is one, else an attribute of the package
        submodule = ".".join([origin, user.imported.get(root[0], root[0]), *root[1:-1]])
        key = (origin,) if len(root) == 1 else (submodule, ".".join([origin, *root[1:-1]]))
        wanted[key] = min(wanted.get(key, rank), rank)
    # the names the models take (a base's, then its own bases', and a function's that makes one; a
    # type's), and the ``base`` of ``base.UUIDAuditBase`` after ``from advanced_alchemy.extensions.litestar
    # import base``, a package that re-exports the module ``advanced_alchemy.base``
    taken = (base_names | {callee.rsplit(".", 1)[-1] for _, callee in factories},
             {name.rsplit(".", 1)[-1] for _, name in types})
    modules_taken = {root for user, name in bases if name and "." in name
                     for root in [name.split(".", 1)[0]] if (source := user.origins.get(root))
                     and source.split(".")[0] not in _NOT_LIBRARY_BASES}
    seen = {Path(module.path).resolve() for module in scan.modules}
    # (first, rank, depth, order, file): the modules the models name (and those they re-export) first,
    # then those that lead to a base the models take, then to a type, whatever their depth, then the
    # others (the files read are bounded, and a package's ``__init__`` may import a dozen others)
    queue: list[tuple[int, int, int, int, Path]] = []
    order = itertools.count()

    def push(rank: int, depth: int, file: Path) -> None:
        heapq.heappush(queue, (min(depth, 1), rank, depth, next(order), file))

    for names, rank in wanted.items():
        if (found := next(filter(None, map(installed_module, names)), None)) is not None:
            push(rank, 0, found)
    read: list[str] = []
    # read where its imports were too deep to follow, with the modules it re-exports
    unfollowed: dict[Path, tuple[ModuleInfo, dict[str, Path]]] = {}

    def modules_reexported(module: ModuleInfo) -> dict[str, Path]:
        """The modules the models take a base from that ``module`` imports (and so re-exports), by name."""
        return {name: found for name, origin in module.origins.items()
                if name in modules_taken and origin and origin.split(".")[0] not in _NOT_LIBRARY_BASES
                and (found := installed_module(f"{origin}.{module.imported.get(name, name)}")) is not None}

    def follow(module: ModuleInfo, file: Path, depth: int, reexports: dict[str, Path]) -> None:
        # (a module that binds the object the models' bases are attributes of, invenio-db's ``db`` of
        # ``db.Timestamp``, leads to them too; one that re-exports a module of them leads there instead)
        rank = 0 if (modules_taken & module.bound) - set(reexports) else \
            next((rank for rank, names in enumerate(taken) if names & module.bound), 2)
        if rank == 0:  # the bases of the classes it defines lead on (a base's mixins)
            taken[0].update(base for info in scan.classes if info.module is module and info.name in taken[0]
                            for node in info.node.bases if (base := last_name(node)) is not None)
        site = import_root(file)
        package = (site / file.relative_to(site).parts[0]).resolve()  # the library's top package
        imports = module.imports if module.tree is None else imported_files(module.tree, file)  # as _scan left it
        for imported in imports:
            if imported.resolve().is_relative_to(package):
                push(rank, depth + 1, imported)
        # a base or type the models take from it that it imports from another library
        # (``fastapi_users.db`` re-exports fastapi-users-db-sqlalchemy's user tables)
        for rank, names in enumerate(taken):
            for name, origin in module.origins.items():
                if name in names and origin and origin.split(".")[0] not in _NOT_LIBRARY_BASES \
                        and (found := installed_module(origin)) is not None:
                    push(rank, depth + 1, found)

    while queue and len(read) < _MAX_LIBRARY_FILES:
        _, _, depth, _, file = heapq.heappop(queue)
        resolved = file.resolve()
        if resolved in seen:
            # reached again nearer the models than where it was read: its imports are followed now
            if resolved in unfollowed and depth + 1 < MAX_DEPTH:
                kept, reexports = unfollowed.pop(resolved)
                follow(kept, file, depth, reexports)
            continue
        seen.add(resolved)
        module = _read_outside(file, scan, hashes)
        if module is None:
            continue
        read.append(str(file))
        # a module the models take a base from that it imports (and so re-exports): read as if the
        # models imported it themselves
        reexports = modules_reexported(module)
        for found in reexports.values():
            push(0, depth, found)
        if depth + 1 >= MAX_DEPTH:  # the module, and the modules of the same package it imports from
            unfollowed[resolved] = (module, reexports)
            continue
        follow(module, file, depth, reexports)
    return tuple(read)


# top-level modules whose classes are never a library's model bases to read: SQLAlchemy's own and
# the standard library's; for types, sqlalchemy-utils too (they are known:
# ``column_types._SQLALCHEMY_UTILS``), whose mixins (``Timestamp``: created, updated) are read
_NOT_LIBRARY_BASES = frozenset({"sqlalchemy", "flask_sqlalchemy", "sqlmodel", *sys.stdlib_module_names})
_NOT_LIBRARY_TYPES = _NOT_LIBRARY_BASES | {"sqlalchemy_utils"}
_MAX_LIBRARY_FILES = 20


def _read_imported_constants(scan: ScanResult, skipped: dict) -> None:
    """Files without a model hint that a model file imports from (``limits.py`` with
    ``NAME_MAX = 120``) are read after all, for the constants type arguments name."""
    wanted = set()
    for module in scan.modules:
        wanted |= module.imported_modules
    for stem in sorted(wanted & set(skipped)):
        for file, data in skipped[stem]:
            _parse_imported(file, data, scan)


def _read_outside(file: Path, scan: ScanResult, hashes: dict[str, str]) -> ModuleInfo | None:
    """A file outside the model files, read (its hash recorded), parsed and scanned; None when
    it cannot be read or parsed."""
    try:
        data = file.read_bytes()
    except OSError:
        return None
    hashes[str(file)] = content_hash(data)
    stub = file.with_suffix(".pyi")
    if file.name == "__init__.py" and _LAZY_ATTACH.search(data) and file_found(stub):
        # a package whose names lazy_loader gives at run time (Reflex's ``rx.Model``): its stub
        # lists them as imports, as lazy_loader's own ``attach_stub`` reads them
        try:
            data = stub.read_bytes()
        except OSError:
            return None
        hashes[str(stub)] = content_hash(data)
    return _parse_imported(file, data, scan)


# ``__getattr__, __dir__, __all__ = lazy_loader.attach(__name__, submod_attrs=...)``
_LAZY_ATTACH = re.compile(rb"^[^#\n]*=\s*(?:\w+\.)*attach(?:_stub)?\(", re.MULTILINE)


def _parse_imported(file: Path, data: bytes, scan: ScanResult) -> ModuleInfo | None:
    """A file the models import from, parsed and scanned. It is not a model file: its errors
    are not the models', they are kept for the names the models take from it."""
    errors: list[Unresolved] = []
    imported = _parse(str(file), data, errors)
    if imported is None:
        scan.unreadable.setdefault(import_name(file), (str(file), errors[0].message))
        return None
    _scan(imported, scan)
    return imported


def _scan(module: ModuleInfo, scan: ScanResult) -> None:
    """Scan one parsed file. A tree ``parse_python`` does not keep is let go once the file is
    scanned and the project files it imports from are known; its class bodies are parsed
    again where the build reads them (``ClassInfo.release``)."""
    first = len(scan.classes)
    scan.modules.append(module)
    scan_module(module, scan)
    if module.tree is not None and not parse_python.holds(module.source.text):
        module.imports = imported_files(module.tree, Path(module.path))
        module.tree = None
        for info in scan.classes[first:]:
            info.release()


def _hidden_columns(unresolved, builder: ModelBuilder, classes) -> dict[str, list[Unresolved]]:
    """Class name -> why the reader cannot see all its columns, first cause first: the
    entries of its own and of its scanned bases (in method resolution order), and for the
    class whose table a single-table subclass shares, the subclass's."""
    direct: dict[str, list[Unresolved]] = {}
    for item in sorted(unresolved, key=lambda u: (u.file, u.line)):
        if item.hides_columns_of:
            direct.setdefault(item.hides_columns_of, []).append(item)
    if not direct:
        return {}
    hidden: dict[str, list[Unresolved]] = {}
    for source in classes:
        names = builder.mro(source.class_name) if source.class_name in builder.classes else [source.class_name]
        causes = [item for name in names for item in direct.get(name, ())]
        if causes:
            hidden[source.class_name] = causes
    parents = {c.class_name: c.inherits_table for c in classes if c.inherits_table}
    for child in list(hidden):
        parent, seen = parents.get(child), {child}
        while parent is not None and parent not in seen:  # up to the class that holds the table
            held = hidden.setdefault(parent, [])
            held.extend(item for item in hidden[child] if item not in held)
            seen.add(parent)
            parent = parents.get(parent)
    return hidden


def _enum_classes(builder: ModelBuilder) -> tuple[EnumClassSource, ...]:
    found = []
    for (schema, type_name), (py_enum, labels_are) in sorted(builder.resolver.enum_classes.items(),
                                                              key=lambda kv: (kv[0][0] or "", kv[0][1])):
        found.append(EnumClassSource(
            py_enum.name, type_name, schema, py_enum.file, py_enum.line, py_enum.end_line, labels_are,
            py_enum.members, py_enum.values, py_enum.value_sources,
        ))
    return tuple(found)


def _serializing_types(scan: ScanResult, builder: ModelBuilder) -> tuple[str, ...]:
    """The files' TypeDecorators that turn values into text or bytes and back (JSON in a text column),
    their impl a text type as written or as a function of the files makes it (qinling's ``impl =
    LongText()`` of ``return sa.Text().with_variant(...)``), and the functions that return one, made
    mutable or not (``def JsonLongDictType(): return MutableDict.as_mutable(JsonEncodedLongText)``)."""
    found = {name for name, info in scan.decorators.items() if info.serializes or (
        info.converts and info.impl is not None and isinstance(info.impl, ast.Call)
        and (made := builder.resolver.resolve(info.impl, info.source)[0]) is not None and made.name in _STORED_AS_TEXT)}
    for module in scan.modules:
        for name, (returned, _) in module.type_helpers.items():
            if isinstance(returned, ast.Call) and last_name(returned.func) == "as_mutable" and returned.args:
                returned = returned.args[0]
            if last_name(returned.func if isinstance(returned, ast.Call) else returned) in found:
                found.add(name)
    return tuple(sorted(found))


# what a TypeDecorator that converts values stores them as when it serializes them
_STORED_AS_TEXT = frozenset({"text", "character varying", "character", "bytea"})


def _enum_labels(builder: ModelBuilder, wanted: set[str]) -> tuple[EnumLabelsSource, ...]:
    """The module-level statements of the files read (``wanted``) that write an enum type's labels: the
    ``Enum(...)`` call a name is bound to, or the list / tuple a ``*NAME`` spreads (where the
    module binds it itself, not by an import)."""
    found: list[EnumLabelsSource] = []
    dumps: dict[int, str] = {}  # each call's dump made once, however many spellings are compared with it

    def dumped(node: ast.expr) -> str:
        if id(node) not in dumps:
            dumps[id(node)] = ast.dump(node)
        return dumps[id(node)]

    for (schema, type_name), spellings in sorted(builder.resolver.enum_spellings.items(),
                                                 key=lambda kv: (kv[0][0] or "", kv[0][1])):
        labels = builder.resolver.enums[(schema, type_name)].labels
        for form, written in spellings:
            # a name two modules bind to the same call is one type to the reader (codo-cmdb's ``asset_type_enum``
            # of the package and of ``tree.py``): each module's call writes the labels
            same = dumped(written) if form == "call" and isinstance(written, ast.expr) else None
            for module in builder.scan.modules:
                if module.path not in wanted:
                    continue
                if form == "call":
                    variables = [name for name, value in module.type_values.items()
                                 if value is written or (isinstance(value, ast.Call) and dumped(value) == same)]
                elif written in module.constants and written not in module.origins \
                        and module.constants[written] == labels \
                        and _strings_display(module_assignments(module.syntax_tree()).get(str(written))):
                    variables = [str(written)]  # not cloudify's [AUDIT_OPERATION_CREATE, ...] of constants
                else:
                    variables = []
                found.extend(EnumLabelsSource(type_name, schema, module.path, variable, labels)
                             for variable in variables)
    return tuple(dict.fromkeys(found))


def _naming_convention(modules, ignored: frozenset[tuple[str, int, int]] = frozenset(),
                       mapped: frozenset[str] = frozenset()) -> tuple[tuple[str, str], ...]:
    """The ``naming_convention=`` of a ``MetaData(...)`` call in the files, or one assigned
    to a metadata's ``naming_convention``: a dict literal, ``dict(...)`` of pairs or keywords
    (aiida: ``dict(naming_convention)`` of a tuple of pairs), or a module-level name bound to
    one of these in the same file or in another file read (``from .manager import NAMING_CONVENTION``);
    its string keys (``"ck"``) and templates. The first one found; () when none is written so.
    ``ignored``: (file, line, column) of ``MetaData(...)`` calls no table is made in. One assigned
    after its module imported classes of ``mapped`` (compair's ``models/__init__.py``) names
    nothing: SQLAlchemy named their constraints and indexes when their tables were made."""
    for module in modules:
        if b"naming_convention" not in module.source.utf8:
            continue
        tree = module.syntax_tree()
        constants = module_assignments(tree)
        for written in _imported_convention_names(tree, constants, module.origins):
            name = written.rpartition(".")[2]  # NAMING of ``from .x import NAMING`` or of ``config.NAMING``
            bound = (module_assignments(other.syntax_tree()).get(name) for other in modules
                     if other is not module and name.encode() in other.source.utf8)
            value = next(filter(None, bound), None)
            if value is not None:
                constants[written] = value
        for node in ast.walk(tree):
            if (isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Attribute)
                    and node.targets[0].attr == "naming_convention"):
                # Base.metadata.naming_convention = {...}, set after the MetaData is made
                if _after_imports_of(tree.body, node, mapped, module.project_imports):
                    continue
                keywords = [ast.keyword("naming_convention", node.value)]
            elif isinstance(node, ast.Call) and (module.path, node.lineno, node.col_offset) not in ignored:
                keywords = node.keywords
            else:
                continue
            for keyword in keywords:
                if keyword.arg == "naming_convention":
                    pairs = _convention_pairs(keyword.value, constants)
                    if pairs is not None:
                        return pairs
    return ()


def _after_imports_of(body: list[ast.stmt], statement: ast.stmt, mapped: frozenset[str],
                      project_imports: set[str]) -> bool:
    """Whether ``statement``, a statement of ``body``, comes after one that imports a class of ``mapped``
    from the project (not SQLAlchemy's ``Session`` beside a model named so)."""
    if statement not in body:
        return False
    return any(isinstance(earlier, ast.ImportFrom) and any(
        alias.name in mapped and (alias.asname or alias.name) in project_imports for alias in earlier.names)
        for earlier in body[:body.index(statement)])


def _metadata_flask_ignores(builder: ModelBuilder) -> frozenset[tuple[str, int, int]]:
    """``metadata = MetaData(naming_convention=...)`` in the body of a Flask-SQLAlchemy model class
    (Mailu's abstract ``Base(db.Model)``): Flask-SQLAlchemy 3 gives every model class without a
    ``metadata`` of its own ``db.metadata``, so no table is made in that one and its convention
    names nothing (version 2 made the subclasses' tables in it). Not the ``DeclarativeBase`` given as
    ``SQLAlchemy(model_class=Base)`` (cabotage's): its metadata is ``db.metadata``. (file, line, column)
    of the calls."""
    if not builder.rules.flask_models_take_db_metadata:
        return frozenset()
    return frozenset(
        (info.module.path, statement.value.lineno, statement.value.col_offset)
        for info in builder.classes.values() if builder.is_flask_model(info)
        and not (info.declarative_root and info.name in builder.scan.flask_model_classes)
        for statement in info.node.body
        if isinstance(statement, ast.Assign) and isinstance(statement.value, ast.Call)
        and any(isinstance(t, ast.Name) and t.id == "metadata" for t in statement.targets))


def _strings_display(value: ast.expr | None) -> bool:
    """A list or tuple display of string literals (where new labels can be written)."""
    return isinstance(value, (ast.List, ast.Tuple)) and all(
        isinstance(item, ast.Constant) and isinstance(item.value, str) for item in value.elts)


def _imported_convention_names(tree: ast.Module, constants: dict[str, ast.expr], origins: dict[str, str]) -> list[str]:
    """The names given as ``naming_convention=`` that the module imports (and does not bind), as
    written: ``NAMING`` of ``from .x import NAMING``, ``config.NAMING`` of a module it imports
    (orchest's ``MetaData(naming_convention=_config.database_naming_convention)``)."""
    return sorted({written for node in ast.walk(tree) if isinstance(node, ast.Call)
                   for keyword in node.keywords
                   if keyword.arg == "naming_convention" and (written := dotted(keyword.value)) is not None
                   and written not in constants and written.partition(".")[0] in origins
                   and written.count(".") <= 1})


def _convention_pairs(value: ast.expr, constants: dict[str, ast.expr], depth: int = 0):
    """The (key, template) string pairs of a naming convention written ``{"ix": "..."}``,
    ``dict(ix="...")``, ``dict(PAIRS)`` / ``dict((("ix", "..."), ...))``, SQLAlchemy's
    ``util.immutabledict({...})`` (invenio-db's), or a name bound to one of these; None for
    anything else."""
    items: list[tuple[ast.expr | None, ast.expr]]
    if isinstance(value, (ast.Name, ast.Attribute)) and dotted(value) in constants and depth < 3:
        return _convention_pairs(constants[dotted(value) or ""], constants, depth + 1)
    if isinstance(value, ast.Dict):
        items = list(zip(value.keys, value.values, strict=False))
    elif isinstance(value, ast.Call) and last_name(value.func) in ("dict", "immutabledict") \
            and len(value.args) <= 1 and depth < 3:
        from_args = _convention_pairs(value.args[0], constants, depth + 1) if value.args else ()
        if from_args is None:
            return None
        return from_args + tuple((k.arg, k.value.value) for k in value.keywords
                                 if k.arg and isinstance(k.value, ast.Constant) and isinstance(k.value.value, str))
    elif isinstance(value, (ast.Tuple, ast.List)) and depth > 0:  # the pairs dict() is given
        pairs = [e.elts for e in value.elts if isinstance(e, (ast.Tuple, ast.List)) and len(e.elts) == 2]
        items = [(key, template) for key, template in pairs]
    else:
        return None
    return tuple(
        (key.value, template.value) for key, template in items
        if isinstance(key, ast.Constant) and isinstance(key.value, str)
        and isinstance(template, ast.Constant) and isinstance(template.value, str)
    )


def _only_tables(schema, reported):
    from dataclasses import replace

    tables = tuple(t for t in schema.tables if (t.schema, t.name) in reported)
    return replace(schema, tables=tables)


def _nothing_found(path: Path, errors: list[Unresolved], sqlmodel_tables: list,
                   function_tables: list[tuple[str, str, str, int]]) -> str:
    message = f"no mapped classes found under {path}; pass --models a file or directory with SQLAlchemy models"
    if function_tables:
        name, function, file, line = function_tables[0]
        count = (f"{len(function_tables)} Table(...) objects are" if len(function_tables) > 1
                 else "1 Table(...) object is")
        message += (f" ({count} made when a function runs, such as {name} in {function} at {file}:{line}; "
                    "schema-inspector reads Table objects made at module level or as a class's __table__)")
    if sqlmodel_tables:
        first = sqlmodel_tables[0]
        message += (f" ({len(sqlmodel_tables)} classes with table=True found whose bases do not lead to sqlmodel's "
                    f"SQLModel as the scanned files import it, such as {first.name} at {first.path}:"
                    f"{first.node.lineno}; add the module that defines their base to --models)")
    if errors:
        more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
        message = f"{errors[0]}{more}; {message}"
    return message


def _no_table_read(path: Path, classes, unresolved) -> str:
    """What ``read_models`` says when it found mapped classes but not one table: the first class and
    why its table is unknown."""
    models = [c for c in classes if c.kind == "model"]
    first = models[0] if models else classes[0]
    why = min((u for u in unresolved if u.message.startswith(f"{first.class_name}: ")),
              key=lambda u: (u.file, u.line), default=None)
    reason = f"{why.file}:{why.line}: {why.message}" if why else f"{first.file}:{first.line}: {first.class_name}"
    return (f"not one table of the {len(models)} mapped classes under {path} could be read ({reason}): nothing can be "
            "compared, and a plan would find nothing to change whatever the database holds")


def _references(modules, columns, relationship_uses, wanted: set[str],
                unparsed: list[tuple[str, bytes]]) -> tuple[Reference, ...]:
    """Uses of column attribute / database names as ``x.name`` anywhere in the files, the files of
    the path not parsed too (a module of ``mapper(...)`` calls with no model hint: the DDD sandbox's
    ``projects_table.c.deleted_at``), and in relationship arguments. The text scan also sees ``.name``
    in comments and strings (``"users.id"``): a reference errs on the side of warning before a drop."""
    names = {c.attribute for c in columns} | {c.column for c in columns}
    encoded = {name.encode() for name in names}
    # Only ``.x`` where x starts like some column name: most attribute uses in model files
    # (``db.Column``, ``sa.Integer``...) are then skipped by the regex engine itself.
    initials = {name[:1] for name in encoded} & _NAME_STARTS
    attribute_use = re.compile(_ATTRIBUTE_USE % b"".join(sorted(initials))) if initials else None
    found = set()  # (file, line, name): sorted and made References once, at the end
    for module in modules:
        if module.path not in wanted or attribute_use is None:
            continue
        line_of = module.source.line_of
        for used in attribute_use.finditer(module.source.utf8):
            if used[1] in encoded:
                found.add((module.path, line_of(used.start()), used[1].decode()))
    for path, data in unparsed:
        for used in attribute_use.finditer(data) if attribute_use is not None else ():
            if used[1] in encoded:
                found.add((path, data.count(b"\n", 0, used.start()) + 1, used[1].decode()))
    for text, file, line in relationship_uses:
        if file in wanted:
            for match in _IDENTIFIER.finditer(text):
                if match[0] in names:
                    found.add((file, line + text.count("\n", 0, match.start()), match[0]))
    return tuple(frozen_record(Reference, {"name": name, "file": file, "line": line})
                 for file, line, name in sorted(found))


__all__ = ["UNRESOLVED_TYPE", "decode_source", "model_files", "read_models"]
