"""``Table(...)`` calls whose name is made at run time, such as jupyterhub's association tables::

    for entity in ("user", "group", "service"):
        table = Table(f"{entity}_role_map", Base.metadata, ...)

The reader cannot read those tables. It lists each call in ``unresolved``, and records a pattern
for the names it can make (``*_role_map``): the database's tables that match it are not reported
as tables without a class, and no class is generated for them. A generated class would map the
table a second time ("Table ... is already defined").

Inside a function, only a name with a fixed part is recorded (``f"{prefix}_audit"``). A bare
parameter there (``Table(name, metadata)``) is a helper the reader cannot follow, and a pattern
that matched every table would hide every missing class.

A table made when a function or a method runs is not read even when its name is a literal
(``self.placex = sa.Table("placex", meta, ...)`` in ``SearchTables.__init__``): the reader reads
``Table`` objects at module level. Its name is recorded the same way, so that no class is
generated for it either.

So is a class made at run time with ``type(name, bases, {"__tablename__": ...})``, as timesketch's
mixins make one per model in a ``declared_attr`` (``f"{self.__tablename__:s}_label"``: ``*_label``).
A function that makes such a class (or a ``Table``) named by its parameter (baselayer's
``join_model(join_table, model_1, model_2)``) is followed to its module-level calls: each names one
table (``Source = join_model("sources", Group, Obj)``: ``sources``), and so is a function that calls such
a factory with a name it works out from what it is given: each call of it is worked out where its
statements are plain assignments and ``if`` statements on strings (cloudify's
``many_to_many_relationship(cls, Role)`` in a ``declared_attr`` of ``Group``, which gives
``get_secondary_table`` the name ``"{0}_{1}".format(current_table_name, other_table_name)``:
``groups_roles``). In a method, ``cls.__tablename__``
is the table of the class that defines it (skyportal's partitions: ``localizationtiles_*``).
One made without a ``__tablename__`` from a mapped class, with columns (piecash's ``type("SlotInt",
(SlotSimple,), {"int64_val": Column(...)})`` in ``define_simpleslot``), adds them to that class's table
(single-table inheritance): ``runtime_subclasses`` lists them, and that table's columns are not all seen.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Callable, Iterator, Mapping, Sequence

from .columns import ModuleInfo, Problems
from .exprs import SourceText, class_setting, last_name
from .name_functions import OPAQUE, class_of, value_in_call

# one table name a pattern may match: (regex, file, line)
UnnamedTable = tuple[str, str, int]
# ``Table(`` and then no quote: a name that may not be a literal (``u"x"`` too, which costs a look)
_NOT_A_LITERAL_NAME = re.compile(rb"Table\(\s*[^\s\"')]")
_TABLE_CALL = re.compile(rb"Table\(")
# a ``"__tablename__":`` key: a class made with ``type(name, bases, {...})``
_TABLENAME_KEY = re.compile(rb"[\"']__tablename__[\"']\s*:")
# ``type(`` with a comma inside its parentheses: ``type(name, bases, namespace)``, which makes a class
_TYPE_OF_SEVERAL_ARGUMENTS = re.compile(rb"\btype\(\s*[^()]*?(?:\([^()]*\)[^()]*?)*,")
# a printf-style field of ``"%s_x" % name`` (kept by split), ``%%`` included
_PERCENT_FIELD = re.compile(r"(%%|%(?:\([^)]*\))?[-#0 +]*\d*(?:\.\d+)?[a-zA-Z])")


def unnamed_tables(modules: list[ModuleInfo], wanted: set[str], problems: Problems,
                   value: Callable[[ast.expr, SourceText], object], read: set[str],
                   unparsed: Sequence[tuple[str, bytes]] = (),
                   tablenames: Mapping[str, str] | None = None,
                   made_name: Callable[[ast.expr, ModuleInfo], str | None] = lambda name, module: None,
                   ) -> tuple[tuple[UnnamedTable, ...], tuple[tuple[str, str], ...]]:
    """The unnamed tables of the ``wanted`` files, each one also a line in ``problems``; and
    (class, suffix) for each table a class's method makes for every class that uses it, named
    from that class's table (timesketch's ``LabelMixin.labels``: ``f"{self.__tablename__:s}_label"``,
    suffix ``_label``), in any file read: a class derives from it only where the database has
    its table + suffix. ``value`` reads a name the reader can resolve (a literal, or a constant
    of the files): the tables with such names are read as tables, so they are not unnamed,
    unless a function makes them and no class or module-level ``Table`` of the files maps that
    name (``read``: a migration's helper makes the table a class maps). ``unparsed``: (path, bytes)
    of the wanted files the reader did not parse (no model hint), where a class factory's calls
    may be (skyportal's ``group_joins.py``); ``tablenames``: the table of each class whose
    ``__tablename__`` is read, by class name (the classes a relaying function is given);
    ``made_name``: what a call of the project's functions makes of a name, ``OPAQUE`` where a
    part is not known (fief's ``get_prefixed_tablename("roles_permissions")``: the tables
    named ``*roles_permissions``, not every table)."""
    found, per_class = [], []
    factories: dict[str, tuple[int, str]] = {}  # function -> (position, name) of the parameter naming the table
    for module in modules:
        if not _may_make_unread_tables(module.source.utf8):
            continue  # the common case: no tree walked (nor parsed again)
        body = module.syntax_tree().body
        assigned = {id(statement.value) for statement in body if isinstance(statement, (ast.Assign, ast.AnnAssign))}
        own_tables = _literal_tablenames(body)
        for call, name, function in _table_calls(body, None):
            suffix = _suffix_of_own_table(name)
            if function is not None and "." in function and suffix:
                per_class.append((function.split(".", 1)[0], suffix))
            if function is not None and "." not in function and isinstance(name, ast.Name):
                parameter = _parameter(body, function, name.id)
                if parameter is not None:  # join_model(join_table, ...): the table each call names
                    factories[function] = parameter
            if module.path not in wanted:
                continue
            made = (f"Table({module.source.segment(name)}, ...)" if last_name(call.func) == "Table"
                    else f"a class with __tablename__ {module.source.segment(name)}")
            literal = value(name, module.source)
            if isinstance(literal, str):
                if function is not None and literal not in read:
                    found.append((re.escape(literal), module.path, call.lineno))
                    problems.add(module.path, call.lineno,
                                 f"{made}: made when {function} runs; the reader reads Table objects at module level "
                                 f"and classes, so the database's table {literal}, if no class maps it, is taken to "
                                 "be the one it makes (not compared, no class generated for it)")
                continue
            own = own_tables.get(function.split(".", 1)[0]) if function is not None and "." in function else None
            given = made_name(name, module)  # a name with a part of its own, beside any it cannot know
            pattern = ".*".join(map(re.escape, given.split(OPAQUE))) if given and given.replace(OPAQUE, "") \
                else _pattern(name, own)
            if pattern is None or (function is not None and not _has_fixed_part(pattern)):
                continue
            found.append((pattern, module.path, call.lineno))
            if id(call) in assigned:
                continue  # ``x = Table(...)`` at the top: the scan has said its name is not read
            problems.add(module.path, call.lineno,
                         f"{made}: a table whose name is made at run time; the database's tables named "
                         f"{_shown(pattern)} that no class maps are taken to be the ones it makes (not compared, "
                         "no class generated for them)")
    found += _factory_calls(modules, factories, problems, value, unparsed)
    found += _relayed_calls(modules, factories, problems, value, tablenames or {})
    return tuple(found), tuple(dict.fromkeys(per_class))


def _literal_tablenames(body: list[ast.stmt]) -> dict[str, str]:
    """Each class of ``body`` that says ``__tablename__ = "..."``: its table's name."""
    return {statement.name: written.value for statement in body if isinstance(statement, ast.ClassDef)
            if isinstance(written := class_setting(statement, "__tablename__"), ast.Constant)
            and isinstance(written.value, str)}


def _parameter(body: list[ast.stmt], function: str, name: str) -> tuple[int, str] | None:
    """(position, name) of the parameter ``name`` of the module-level function ``function``."""
    for statement in body:
        if isinstance(statement, (ast.FunctionDef, ast.AsyncFunctionDef)) and statement.name == function:
            names = [argument.arg for argument in (*statement.args.posonlyargs, *statement.args.args)]
            if name in names:
                return names.index(name), name
            if name in [argument.arg for argument in statement.args.kwonlyargs]:
                return -1, name
    return None


def _factory_calls(modules: list[ModuleInfo], factories: dict[str, tuple[int, str]],
                   problems: Problems, value: Callable[[ast.expr, SourceText], object],
                   unparsed: Sequence[tuple[str, bytes]]) -> list[UnnamedTable]:
    """The table each module-level call of a function that makes a class or a ``Table`` named
    by its parameter names (skyportal's ``Source = join_model("sources", Group, Obj)``), in the
    files read and the ``unparsed`` ones: made at run time, so neither compared nor given a
    generated class."""
    found: list[UnnamedTable] = []
    if not factories:
        return found
    callees = re.compile(rb"\b(?:" + b"|".join(re.escape(f.encode()) for f in factories) + rb")\s*\(")
    for path, body, source in _bodies_calling(modules, unparsed, callees):
        for statement in body:
            if isinstance(statement, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                continue
            for call in ast.walk(statement):
                if not (isinstance(call, ast.Call) and last_name(call.func) in factories):
                    continue
                given = _factory_name(call, factories)
                name = value(given, source) if given is not None else None
                if isinstance(name, str):
                    found.append((re.escape(name), path, call.lineno))
                    problems.add(path, call.lineno,
                                 f"{source.segment(call.func)}(...): its table {name} is made when it runs; "
                                 "the reader does not read it (not compared, no class generated for it)")
    return found


def _relayed_calls(modules: list[ModuleInfo], factories: dict[str, tuple[int, str]], problems: Problems,
                   value: Callable[[ast.expr, SourceText], object],
                   tablenames: Mapping[str, str]) -> list[UnnamedTable]:
    """The table each call of a module-level function that calls a factory with a name it works
    out makes, where that name is worked out for the call (cloudify's ``@declared_attr def
    roles(cls): return many_to_many_relationship(cls, Role)``, which calls ``get_secondary_table(
    "{0}_{1}".format(current_table_name, other_table_name), ...)``: ``groups_roles``)."""
    relays: dict[str, tuple[ast.FunctionDef, ast.expr, str]] = {}  # function -> (it, the name it gives, factory)
    if factories:
        callees = re.compile(rb"\b(?:" + b"|".join(re.escape(f.encode()) for f in factories) + rb")\s*\(")
        for module in modules:
            if not callees.search(module.source.utf8):
                continue
            for statement in module.syntax_tree().body:
                if isinstance(statement, ast.FunctionDef) and statement.name not in factories:
                    for call in ast.walk(statement):
                        given = _factory_name(call, factories)
                        if isinstance(call, ast.Call) and given is not None and not isinstance(given, ast.Constant):
                            relays[statement.name] = (statement, given, last_name(call.func) or "")
    found: list[UnnamedTable] = []
    if not relays:
        return found
    callers = re.compile(rb"\b(?:" + b"|".join(re.escape(f.encode()) for f in relays) + rb")\s*\(")
    for module in modules:
        if not callers.search(module.source.utf8):
            continue
        for call, owner in _calls_with_their_class(module.syntax_tree().body):
            relay = relays.get(last_name(call.func) or "") if isinstance(call.func, (ast.Name, ast.Attribute)) else None
            if relay is None:
                continue
            function, given, factory = relay

            def argument(node: ast.expr, owner: str | None = owner, source: SourceText = module.source) -> object:
                if isinstance(node, ast.Name) and node.id in ("cls", "self") and owner is not None:
                    return class_of(owner, tablenames.get(owner))
                if isinstance(node, ast.Name) and node.id in tablenames:
                    return class_of(node.id, tablenames[node.id])
                return value(node, source)

            name = value_in_call(function, call, given, argument)
            if isinstance(name, str):
                found.append((re.escape(name), module.path, call.lineno))
                problems.add(module.path, call.lineno,
                             f"{function.name}(...): its table {name} is made when it runs (Table(...) in {factory}); "
                             "the reader does not read it (not compared, no class generated for it)")
    return found


def _factory_name(node: ast.AST, factories: dict[str, tuple[int, str]]) -> ast.expr | None:
    """The argument a call of a factory gives it the table's name by; None for any other node."""
    if not (isinstance(node, ast.Call) and isinstance(node.func, (ast.Name, ast.Attribute))
            and last_name(node.func) in factories):
        return None
    position, keyword = factories[last_name(node.func) or ""]
    given = next((k.value for k in node.keywords if k.arg == keyword), None)
    return given if given is not None or not 0 <= position < len(node.args) else node.args[position]


def _calls_with_their_class(body: list[ast.stmt]) -> Iterator[tuple[ast.Call, str | None]]:
    """Every call of a module's statements, with the class whose body (or method) holds it."""
    for statement in body:
        owner = statement.name if isinstance(statement, ast.ClassDef) else None
        for node in ast.walk(statement):
            if isinstance(node, ast.Call):
                yield node, owner


def _bodies_calling(modules: list[ModuleInfo], unparsed: Sequence[tuple[str, bytes]],
                    callees: re.Pattern) -> Iterator[tuple[str, list[ast.stmt], SourceText]]:
    """(path, module body, text) of each file whose text calls one of ``callees``: the scanned
    files (a module outside the models makes its tables as it is imported: baselayer's
    ``UserRole = join_model("user_roles", User, Role)``) and the wanted files not parsed."""
    for module in modules:
        if callees.search(module.source.utf8):
            yield module.path, module.syntax_tree().body, module.source
    for path, data in unparsed:
        if callees.search(data):
            try:
                yield path, ast.parse(data).body, SourceText(data.decode("utf-8", "replace"))
            except (SyntaxError, ValueError):
                continue


def _suffix_of_own_table(name: ast.expr) -> str | None:
    """``suffix`` of a name written ``f"{self.__tablename__}suffix"`` or ``"%ssuffix" %
    self.__tablename__`` (``cls`` alike); None for any other."""
    def own(node: ast.expr) -> bool:
        return isinstance(node, ast.Attribute) and node.attr == "__tablename__" and isinstance(node.value, ast.Name)
    if isinstance(name, ast.JoinedStr) and len(name.values) == 2 and isinstance(first := name.values[0],
            ast.FormattedValue) and own(first.value) and isinstance(rest := name.values[1], ast.Constant):
        return str(rest.value)
    if isinstance(name, ast.BinOp) and isinstance(name.op, ast.Mod) and own(name.right) \
            and isinstance(name.left, ast.Constant) and isinstance(name.left.value, str) \
            and name.left.value.startswith("%s") and "%" not in name.left.value[2:]:
        return name.left.value[2:]
    return None


def tables_made_in_functions(modules: list[ModuleInfo], wanted: set[str]) -> list[tuple[str, str, str, int]]:
    """(name as written, function, file, line) of the ``Table(...)`` calls of the ``wanted``
    files that a function or a method makes, those named by a literal first."""
    named, computed = [], []
    for module in modules:
        if module.path in wanted and _may_make_unread_tables(module.source.utf8):
            for _, name, function in _table_calls(module.syntax_tree().body, None):
                if function is not None:
                    if isinstance(name, ast.Constant) and isinstance(name.value, str):
                        named.append((name.value, function, module.path, name.lineno))
                    else:
                        computed.append((module.source.segment(name), function, module.path, name.lineno))
    return named + computed


def _may_make_unread_tables(data: bytes) -> bool:
    """A ``Table(`` with a name that may not be a literal, or on an indented line (in a
    function, a method or a class body); a ``"__tablename__":`` key (``type(...)``'s)."""
    if _NOT_A_LITERAL_NAME.search(data) or _TABLENAME_KEY.search(data):
        return True
    for match in _TABLE_CALL.finditer(data):
        start = data.rfind(b"\n", 0, match.start()) + 1
        if data[start:start + 1] in (b" ", b"\t"):
            return True
    return False


def _table_calls(body: list[ast.stmt], function: str | None) -> Iterator[tuple[ast.Call, ast.expr, str | None]]:
    """The ``Table(...)`` calls with a first argument in ``body``, and the ``type(name, bases,
    {"__tablename__": ...})`` calls, outside class bodies (a class's ``__table__`` is the class's
    own business), with the table name as written and the function or method that makes them
    (``SearchTables.__init__``; None at module level)."""
    dicts = {statement.targets[0].id: statement.value for statement in body
             if isinstance(statement, ast.Assign) and len(statement.targets) == 1
             and isinstance(statement.targets[0], ast.Name) and isinstance(statement.value, ast.Dict)}
    # a name the function binds once to a string it makes (weasyl's ``table_name =
    # f"tag_suggestion_feedback_{content_table.name}"``, then ``Table(table_name, ...)``)
    assigned = [statement for statement in body if isinstance(statement, ast.Assign)] if function else []
    targets = [target.id for statement in assigned for target in statement.targets if isinstance(target, ast.Name)]
    names = {statement.targets[0].id: statement.value for statement in assigned
             if len(statement.targets) == 1 and isinstance(statement.targets[0], ast.Name)
             and targets.count(statement.targets[0].id) == 1
             and isinstance(statement.value, (ast.JoinedStr, ast.BinOp))}
    for statement in body:
        if isinstance(statement, ast.ClassDef):
            if function is None:  # its methods: a table made when one runs
                for member in statement.body:
                    if isinstance(member, (ast.FunctionDef, ast.AsyncFunctionDef)) and member.name != "__table__":
                        yield from _table_calls(member.body, f"{statement.name}.{member.name}")
            continue
        if isinstance(statement, (ast.FunctionDef, ast.AsyncFunctionDef)):
            yield from _table_calls(statement.body, f"{function}.{statement.name}" if function else statement.name)
            continue
        for node in ast.walk(statement):
            if isinstance(node, ast.Call) and last_name(node.func) == "Table" and node.args \
                    and not isinstance(node.args[0], ast.Starred):
                first = node.args[0]
                yield node, names.get(first.id, first) if isinstance(first, ast.Name) else first, function
            elif isinstance(node, ast.Call) and _makes_a_class(node.func) and len(node.args) == 3:
                # the namespace written in the call, or a dict the body binds first (baselayer's
                # ``model_attrs = {"__tablename__": join_table, ...}``)
                namespace = node.args[2] if isinstance(node.args[2], ast.Dict) else \
                    dicts.get(node.args[2].id) if isinstance(node.args[2], ast.Name) else None
                if namespace is None:
                    continue
                yield from ((node, _given(value), function)
                            for key, value in zip(namespace.keys, namespace.values, strict=True)
                            if isinstance(key, ast.Constant) and key.value == "__tablename__")


def _makes_a_class(func: ast.expr) -> bool:
    """``type`` (``type(name, bases, namespace)``), or the metaclass of a class: ``Base.__class__``
    (czgenepi's enum tables: ``declBase.__class__(typename, (declBase,), namespace)``), ``type(Base)``."""
    return (isinstance(func, ast.Name) and func.id == "type") \
        or (isinstance(func, ast.Attribute) and func.attr == "__class__") \
        or (isinstance(func, ast.Call) and isinstance(func.func, ast.Name) and func.func.id == "type"
            and len(func.args) == 1)


def _given(name: ast.expr) -> ast.expr:
    """A table name a parameter gives where it is given: ``tablename`` of ``tablename if tablename
    else convert_case(enum.__name__)`` (what a call without it makes is not known)."""
    if isinstance(name, ast.IfExp) and isinstance(name.body, ast.Name) and isinstance(name.test, ast.Name) \
            and name.test.id == name.body.id:
        return name.body
    return name


def _pattern(name: ast.expr, own_table: str | None = None) -> str | None:
    """A regular expression for the names ``name`` can make: its fixed parts as they are, each
    part computed at run time ``.+``; ``cls.__tablename__`` / ``self.__tablename__`` in a method
    of a class whose table is ``own_table``, that name (skyportal's partitions,
    ``f"{cls.__tablename__}_{name}"``: ``localizationtiles_*``). None for an expression that
    cannot be a string."""
    if own_table is not None and isinstance(name, ast.Attribute) and name.attr == "__tablename__" \
            and isinstance(name.value, ast.Name) and name.value.id in ("cls", "self"):
        return re.escape(own_table)
    if isinstance(name, ast.FormattedValue) and not name.format_spec and name.conversion == -1:
        return _pattern(name.value, own_table) if own_table is not None else ".+"
    if isinstance(name, ast.Constant):
        return re.escape(name.value) if isinstance(name.value, str) else None
    if isinstance(name, ast.JoinedStr):
        return "".join(_pattern(part, own_table) or ".+" for part in name.values)
    if isinstance(name, ast.IfExp):  # f"{a}_map" if x else b + "_roles"
        body, orelse = _pattern(name.body, own_table), _pattern(name.orelse, own_table)
        return None if body is None or orelse is None else f"(?:{body}|{orelse})"
    if isinstance(name, ast.BinOp) and isinstance(name.op, ast.Add):
        left, right = _pattern(name.left, own_table), _pattern(name.right, own_table)
        return None if left is None or right is None else left + right
    if isinstance(name, ast.BinOp) and isinstance(name.op, ast.Mod) and isinstance(name.left, ast.Constant) \
            and isinstance(name.left.value, str):  # "%s_accesscontrolentry" % self.__tablename__
        return "".join(".+" if piece.startswith("%") and piece != "%%" else re.escape(piece.replace("%%", "%"))
                       for piece in _PERCENT_FIELD.split(name.left.value) if piece)
    if isinstance(name, (ast.Name, ast.Attribute, ast.Call, ast.Subscript)):
        return ".+"
    return None


def _shown(pattern: str) -> str:
    """``*_role_map`` for ``.+_role_map``; ``a or b`` for ``(?:a|b)``."""
    text = pattern.replace(".+", "*").replace(".*", "*").replace("\\", "")
    return text[3:-1].replace("|", " or ") if text.startswith("(?:") and text.endswith(")") else text


def _has_fixed_part(pattern: str) -> bool:
    return bool(pattern.replace(".+", "").replace(".*", ""))


def runtime_subclasses(modules: list[ModuleInfo], wanted: set[str],
                       mapped: set[str]) -> list[tuple[str, str, int, str]]:
    """(mapped base, file, line, where) of each ``type(name, (Base, ...), {...})`` call of the
    ``wanted`` files whose namespace sets no ``__tablename__`` and makes a column (a
    ``Column(...)`` / ``mapped_column(...)`` value, or a key that is not a literal): a subclass of
    ``Base`` made at run time, whose columns go to ``Base``'s table."""
    found = []
    for module in modules:
        data = module.source.utf8
        if module.path not in wanted or b"type(" not in data or not _TYPE_OF_SEVERAL_ARGUMENTS.search(data):
            continue  # ``type(self).__name__`` of every ``__repr__`` walks no tree
        for statement in module.syntax_tree().body:
            where = statement.name if isinstance(statement, (ast.FunctionDef, ast.AsyncFunctionDef)) else "module level"
            for node in ast.walk(statement):
                if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "type"
                        and len(node.args) == 3 and isinstance(node.args[1], ast.Tuple)
                        and isinstance(node.args[2], ast.Dict)):
                    continue
                namespace = node.args[2]
                keys = [key.value if isinstance(key, ast.Constant) else None for key in namespace.keys]
                columns = any(key is None for key in keys) or any(
                    isinstance(value, ast.Call) and last_name(value.func) in ("Column", "mapped_column")
                    for value in namespace.values)
                bases = [last_name(base) for base in node.args[1].elts]
                base = next((name for name in bases if name in mapped), None)
                if columns and "__tablename__" not in keys and base is not None:
                    found.append((base, module.path, node.lineno, where))
    return found
