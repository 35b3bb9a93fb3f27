"""A ``__tablename__`` computed from the class name, worked out for one class where it is made
of string operations alone: ``cls.__name__.lower()``, ``re.sub(pattern, replacement, name)``
(pycroft's ``_to_snake_case``), ``"_".join(...)``, f-strings, slices, a helper function or
method of the project whose body only binds names and returns one of these.

Nothing of the project is run: the expression is read node by node, and a node outside this
small set of operations on strings gives None, as does a call nesting deeper than a few helpers
(the planner then matches the class to the usual names of its table instead).
"""

from __future__ import annotations

import ast
import re
from collections.abc import Callable, Mapping

from .exprs import dotted

_MAX_DEPTH = 4
# str methods that compute a string, or a test, from their arguments and nothing else
_STRING_METHODS = frozenset({
    "lower", "upper", "casefold", "capitalize", "title", "swapcase", "strip", "lstrip", "rstrip", "replace",
    "removeprefix", "removesuffix", "join", "split", "isupper", "islower", "isdigit", "isalpha", "isalnum",
    "startswith", "endswith",
})
_REGEX_FUNCTIONS: Mapping[str, Callable] = {"re.sub": re.sub, "sub": re.sub}
# ``"%s_log" % name``: plain conversions only (a width would make any length of string)
_PLAIN_FORMAT = re.compile(r"(?:[^%]|%%|%s)*", re.DOTALL)
# ``"{0}_{1}".format(a, b)``: numbered or empty fields only (no attribute, index or width)
_PLAIN_FIELDS = re.compile(r"(?:[^{}]|\{\{|\}\}|\{\d*\})*", re.DOTALL)
_NOT_REACHED = object()  # no statement of a body holds the expression looked for
# what a name stands for that the files cannot give (``opaque`` of ``class_table_name``): no table name holds it
OPAQUE = "\x00"
_LONGEST_NAME = 200  # a regular expression is applied to a class name, never to more


class _Unknown(Exception):
    """The expression does something this reader does not follow."""


class _Class:
    """The class being mapped, as ``cls`` / ``self`` stands for it (or a class a call is given),
    with its table's name when known; a class the expression names (``Extension.table_prefix()``)
    with the string and number constants its body and bases bind (``name = "volumes"``) and its
    methods (``methods(name)``, looked up through its bases)."""

    def __init__(self, name: str, tablename: str | None = None, attributes: Mapping[str, object] | None = None,
                 methods: Callable[[str], ast.FunctionDef | None] | None = None) -> None:
        self.name = name
        self.tablename = tablename
        self.attributes = attributes or {}
        self.methods = methods


def class_table_name(expression: str, class_name: str,
                     functions: Callable[[str], ast.FunctionDef | None],
                     constants: Mapping[str, object] | None = None,
                     classes: Callable[[str], object | None] = lambda _: None,
                     tablename: str | None = None, opaque: str | None = None) -> str | None:
    """What ``expression`` (a ``declared_attr __tablename__``'s return, or a class's
    ``__tablename__`` value, as written) gives for a class named ``class_name``;
    ``functions(name)``: the helper it calls by that name (``cls.name(...)`` or ``name(...)``), if
    any; ``constants``: the module's string and number constants it may name (``PREFIX +
    "volumes"``); ``classes(name)``: the class a name of the module stands for, as
    :func:`class_of` makes it; ``tablename``: the class's own ``__tablename__`` (what
    ``cls.__tablename__`` is in an ``__init_subclass__`` that renames it). ``opaque``: what a name
    the expression cannot know stands for (a prefix from the application's settings), and an
    attribute of it: the value then holds it where that name is (``opaque + "users"``). None when
    it cannot be worked out statically."""
    try:
        tree = ast.parse(expression.strip(), mode="eval")
    except SyntaxError:
        return None
    this = _Class(class_name, tablename)
    names = {name: value for name, value in (constants or {}).items() if type(value) in (str, int)}
    try:
        value = _Evaluator(functions, classes, opaque).value(tree.body, {**names, "cls": this, "self": this}, 0)
    except (_Unknown, re.error, TypeError, ValueError, IndexError, RecursionError):
        return None
    return value if isinstance(value, str) and value else None


def value_in_call(function: ast.FunctionDef, call: ast.Call, target: ast.expr,
                  argument: Callable[[ast.expr], object]) -> object | None:
    """What ``target``, an expression in the body of ``function``, is when ``call`` runs it: the
    call's arguments (``argument`` gives each one's value, a class as :func:`class_of` makes it)
    and the parameters' literal defaults bound, the plain assignments and the ``if`` statements
    before it followed (cloudify's ``helper_table_name = "{0}_{1}".format(current_table_name,
    other_table_name)`` for ``many_to_many_relationship(cls, Role)``). None when any of it is
    not worked out statically (a call of another function too); nothing of the project is run."""
    evaluator = _Evaluator(lambda _: None)
    parameters = function.args
    positional = [p.arg for p in (*parameters.posonlyargs, *parameters.args)]
    scope: dict[str, object] = {}
    try:
        for name, default in zip(positional[len(positional) - len(parameters.defaults):], parameters.defaults,
                                 strict=True):
            scope[name] = evaluator.value(default, {}, 0)
        for name, kw_default in zip([p.arg for p in parameters.kwonlyargs], parameters.kw_defaults, strict=True):
            if kw_default is not None:
                scope[name] = evaluator.value(kw_default, {}, 0)
        if len(call.args) > len(positional) or any(isinstance(a, ast.Starred) for a in call.args):
            return None
        given = dict(zip(positional, call.args, strict=False))
        given.update({k.arg: k.value for k in call.keywords if k.arg in positional or k.arg in scope})
        for name, node in given.items():
            scope[name] = argument(node)
        found = evaluator.run(function.body, scope, target)
    except (_Unknown, re.error, TypeError, ValueError, IndexError, RecursionError):
        return None
    return found if isinstance(found, str) and found else None


def class_of(name: str, tablename: str | None, attributes: Mapping[str, object] | None = None,
             methods: Callable[[str], ast.FunctionDef | None] | None = None) -> object:
    """A class a call is given (``Role``, or ``cls`` in a class's method), as
    :func:`value_in_call` reads it: its name and its table's; or one an expression names, with
    its constants and methods (see ``_Class``)."""
    return _Class(name, tablename, attributes, methods)


class _Evaluator:
    def __init__(self, functions: Callable[[str], ast.FunctionDef | None],
                 classes: Callable[[str], object | None] = lambda _: None, opaque: str | None = None) -> None:
        self.functions = functions
        self.classes = classes
        self.opaque = opaque

    def value(self, node: ast.expr, names: dict[str, object], depth: int) -> object:
        if isinstance(node, ast.Constant) and (node.value is None or isinstance(node.value, (str, int, bool))):
            return node.value
        if isinstance(node, ast.Name):
            if node.id in names:
                return names[node.id]
            named = self.classes(node.id)
            if named is None:
                if self.opaque is not None:
                    return self.opaque
                raise _Unknown(node.id)
            return named
        if isinstance(node, ast.Attribute):
            owner = self.value(node.value, names, depth)
            if self.opaque is not None and owner == self.opaque:
                return self.opaque  # settings.table_prefix
            self._plain(owner)
            if not isinstance(owner, _Class):
                raise _Unknown(node.attr)
            found = owner.name if node.attr == "__name__" else owner.tablename if node.attr == "__tablename__" \
                else owner.attributes.get(node.attr)
            if found is None:
                raise _Unknown(node.attr)
            return found
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
            number = self.value(node.operand, names, depth)
            if type(number) is int:
                return -number
            raise _Unknown("operator")
        if isinstance(node, ast.JoinedStr):
            return "".join(self._formatted(part, names, depth) for part in node.values)
        if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Mod)):
            left, right = self.value(node.left, names, depth), self.value(node.right, names, depth)
            if isinstance(node.op, ast.Add) and isinstance(left, str) and isinstance(right, str):
                return left + right
            if isinstance(node.op, ast.Mod) and isinstance(left, str) and _PLAIN_FORMAT.fullmatch(self._text(left)) \
                    and isinstance(right, (str, tuple)):
                return left % right
            raise _Unknown("operator")
        if isinstance(node, ast.Subscript) and isinstance(node.slice, ast.Slice):
            text = self._plain(self.value(node.value, names, depth))  # the unknown part's length is not known
            bounds = [self._index(b, names, depth) for b in (node.slice.lower, node.slice.upper, node.slice.step)]
            if isinstance(text, str):
                return text[slice(*bounds)]
            raise _Unknown("subscript")
        if isinstance(node, ast.IfExp):
            return self.value(node.body if self._test(node.test, names, depth) else node.orelse, names, depth)
        if isinstance(node, (ast.GeneratorExp, ast.ListComp)):
            return self._comprehension(node, names, depth)
        if isinstance(node, ast.Tuple):
            return tuple(self.value(element, names, depth) for element in node.elts)
        if isinstance(node, ast.Compare) and len(node.ops) == 1 and isinstance(node.ops[0], (ast.Eq, ast.NotEq)):
            equal = self._plain(self.value(node.left, names, depth)) == self._plain(
                self.value(node.comparators[0], names, depth))
            return equal if isinstance(node.ops[0], ast.Eq) else not equal
        if isinstance(node, ast.Call):
            return self._call(node, names, depth)
        raise _Unknown(type(node).__name__)

    def run(self, body: list[ast.stmt], scope: dict[str, object], target: ast.expr) -> object:
        """``target``'s value where the statements of ``body`` reach it (``_NOT_REACHED`` when
        none holds it), ``scope`` updated by those before it: a name a statement binds
        otherwise than plainly is forgotten."""
        for statement in body:
            if isinstance(statement, ast.If):
                found = self.run(statement.body if self._truth(statement.test, scope) else statement.orelse,
                                 scope, target)
                if found is not _NOT_REACHED:
                    return found
            elif any(node is target for node in ast.walk(statement)):
                return self.value(target, scope, 0)
            elif isinstance(statement, ast.Assign) and len(statement.targets) == 1 \
                    and isinstance(statement.targets[0], ast.Name):
                try:
                    scope[statement.targets[0].id] = self.value(statement.value, scope, 0)
                except (_Unknown, re.error, TypeError, ValueError, IndexError):
                    scope.pop(statement.targets[0].id, None)
            else:  # a loop, a with, an augmented assignment...: what it binds is not known
                for node in ast.walk(statement):
                    if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
                        scope.pop(node.id, None)
        return _NOT_REACHED

    def _plain(self, value: object) -> object:
        """``value``, when no part of it is ``opaque``: a test, a slice or a method of a text whose
        part is not known is not known either."""
        if self.opaque is not None and (
                (isinstance(value, str) and self.opaque in value)
                or (isinstance(value, (tuple, list)) and any(isinstance(v, str) and self.opaque in v for v in value))):
            raise _Unknown("opaque")
        return value

    def _text(self, value: str) -> str:
        self._plain(value)
        return value

    def _truth(self, node: ast.expr, scope: dict[str, object]) -> bool:
        """``if table_prefix:`` of a parameter None: whether the test holds."""
        found = self._plain(self.value(node, scope, 0))
        if found is None or isinstance(found, (bool, str, int)):
            return bool(found)
        raise _Unknown("test")

    def _formatted(self, part: ast.expr, names: dict[str, object], depth: int) -> str:
        if isinstance(part, ast.Constant) and isinstance(part.value, str):
            return part.value
        if isinstance(part, ast.FormattedValue) and part.conversion == -1 and part.format_spec is None:
            found = self.value(part.value, names, depth)
            if isinstance(found, str):
                return found
        raise _Unknown("f-string")

    def _index(self, node: ast.expr | None, names: dict[str, object], depth: int) -> int | None:
        found = self.value(node, names, depth) if node is not None else None
        if found is None or type(found) is int:
            return found
        raise _Unknown("index")

    def _test(self, node: ast.expr, names: dict[str, object], depth: int) -> bool:
        found = self.value(node, names, depth)
        if not isinstance(found, bool):
            raise _Unknown("test")
        return found

    def _comprehension(self, node: ast.GeneratorExp | ast.ListComp, names: dict[str, object], depth: int) -> list:
        if len(node.generators) != 1 or node.generators[0].is_async:
            raise _Unknown("comprehension")
        generator = node.generators[0]
        items = self._plain(self.value(generator.iter, names, depth))
        if not isinstance(generator.target, ast.Name) or not isinstance(items, (str, list, tuple)):
            raise _Unknown("comprehension")
        found = []
        for item in items:
            scope = {**names, generator.target.id: item}
            if all(self._test(condition, scope, depth) for condition in generator.ifs):
                found.append(self.value(node.elt, scope, depth))
        return found

    def _call(self, node: ast.Call, names: dict[str, object], depth: int) -> object:
        if node.keywords or any(isinstance(argument, ast.Starred) for argument in node.args):
            raise _Unknown("call")
        func = node.func
        regex = _REGEX_FUNCTIONS.get(dotted(func) or "")
        if isinstance(func, ast.Name) and self.functions(func.id) is not None:
            regex = None  # the project's own ``sub``, not re's
        if regex is not None and len(node.args) == 3:
            pattern, replacement, text = (self._plain(self.value(argument, names, depth)) for argument in node.args)
            if isinstance(pattern, str) and isinstance(replacement, str) and isinstance(text, str) \
                    and len(text) <= _LONGEST_NAME:
                return regex(pattern, replacement, text)
            raise _Unknown("re.sub")
        if isinstance(func, ast.Attribute):
            owner = self.value(func.value, names, depth)
            if isinstance(owner, str) and func.attr == "format" and _PLAIN_FIELDS.fullmatch(self._text(owner)):
                arguments = [self.value(argument, names, depth) for argument in node.args]
                if all(type(argument) in (str, int) for argument in arguments):
                    return owner.format(*arguments)
                raise _Unknown("format")
            if isinstance(owner, str) and func.attr in _STRING_METHODS:
                arguments = [self.value(argument, names, depth) for argument in node.args]
                self._plain(owner)
                if func.attr != "join":  # "_".join of texts with unknown parts: those parts, joined
                    self._plain(arguments)
                if func.attr == "join" and not (len(arguments) == 1 and isinstance(arguments[0], (list, tuple))
                                                and all(isinstance(a, str) for a in arguments[0])):
                    raise _Unknown("join")
                return getattr(owner, func.attr)(*arguments)
            if isinstance(owner, _Class):
                return self._helper(func.attr, node.args, names, depth, owner)
            raise _Unknown("method")
        if isinstance(func, ast.Name):
            return self._helper(func.id, node.args, names, depth, None)
        raise _Unknown("call")

    def _helper(self, name: str, arguments: list[ast.expr], names: dict[str, object], depth: int,
                owner: _Class | None) -> object:
        """A function of the project's whose body binds names and returns a value."""
        methods = owner.methods if owner is not None and owner.methods is not None else self.functions
        function = methods(name) if depth < _MAX_DEPTH else None
        if function is None:
            raise _Unknown(name)
        values = [self.value(argument, names, depth) for argument in arguments]
        decorators = {dotted(d) for d in function.decorator_list}
        parameters = [p.arg for p in [*function.args.posonlyargs, *function.args.args]]
        if owner is not None and "staticmethod" not in decorators:
            values.insert(0, owner)  # cls or self
        if len(values) != len(parameters) or function.args.vararg or function.args.kwarg:
            raise _Unknown(name)
        scope: dict[str, object] = dict(zip(parameters, values, strict=True))
        for statement in function.body:
            if isinstance(statement, ast.Expr) and isinstance(statement.value, ast.Constant):
                continue  # the docstring
            if isinstance(statement, ast.Assign) and len(statement.targets) == 1 \
                    and isinstance(statement.targets[0], ast.Name):
                scope[statement.targets[0].id] = self.value(statement.value, scope, depth + 1)
            elif isinstance(statement, ast.Return) and statement.value is not None:
                return self.value(statement.value, scope, depth + 1)
            else:
                raise _Unknown(name)
        raise _Unknown(name)
