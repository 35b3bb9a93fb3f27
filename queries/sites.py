"""What one Python file references and executes, read with ``ast`` (nothing is imported).

ORM references are resolved through the file's imports to the model classes: ``Model.attr``
(anywhere: expressions, ``select()``, ``query()``, ``order_by``, ``where``),
``filter_by(attr=...)`` on a query whose entity is known (``Model.query``,
``session.query(Model)``, ``select(Model)``, the last ``join(Model)``), ``Model(attr=...)``,
``getattr``/``setattr`` with a literal name, ``load_only("attr")``, ``order_by("attr")`` and the
strings of ``relationship(...)`` (``order_by=``, ``primaryjoin=``, ``secondaryjoin=``,
``foreign_keys=``, ``remote_side=``).

SQL execution sites: the first argument of ``text()``, ``literal_column()``, ``.execute()``,
``.executemany()``, ``.exec_driver_sql()``; a variable is followed to its one assignment in
the function or module. A site whose SQL is only known at run time is kept with the reason.
"""

from __future__ import annotations

import ast
import bisect
import re
from dataclasses import dataclass, field
from typing import cast

from .placeholders import DRIVER, NAMED, NONE
from .pysource import SourceText, is_string_node

SQLALCHEMY_MODULES = ("sqlalchemy", "flask_sqlalchemy", "sqlmodel")
DB_MODULES = SQLALCHEMY_MODULES + ("psycopg2", "psycopg", "asyncpg", "databases", "records", "pg8000")
QUERY_CONSTRUCTS = {"select", "insert", "update", "delete", "union", "union_all", "exists", "values", "table",
                    "join", "outerjoin", "lambda_stmt", "DDL", "CreateTable", "DropTable"}
# query methods that keep the entity the chain started with
_CHAIN_METHODS = {"filter", "filter_by", "where", "order_by", "group_by", "having", "limit", "offset", "options",
                  "distinct", "execution_options", "with_for_update", "params", "correlate", "select_from",
                  "enable_eagerloads", "autoflush", "populate_existing", "yield_per"}
_DATABASE_RECEIVER = re.compile(r"(?i)(?:^|[._])(db|session|conn|connection|cursor|cur|engine|tx|transaction)"
                                r"(?:$|[._(\]])")
_RELATIONSHIP_STRINGS = ("order_by", "primaryjoin", "secondaryjoin", "foreign_keys", "remote_side")


@dataclass(frozen=True)
class OrmRef:
    line: int
    column: int  # 0-based character column of the name
    class_name: str
    attribute: str
    how: str  # attribute | filter_by | constructor | getattr | setattr | load_only | order_by | relationship
    quoted: bool = False  # the name is inside a string literal


@dataclass
class SqlSite:
    line: int
    column: int  # 0-based character column of the SQL expression (or of the call)
    callee: str  # text | literal_column | execute | executemany | exec_driver_sql
    node: ast.expr | None  # the string expression, or None when not checkable
    style: str = NONE  # placeholder style of the execution path
    reason: str = ""  # why it is not checked (node is None)
    fragment: bool = False  # literal_column: an expression, not a statement


@dataclass
class FileScan:
    refs: list = field(default_factory=list)  # the references that may be wrong
    counted: int = 0  # every ORM reference seen
    sites: list = field(default_factory=list)


def _callee(func: ast.AST) -> str | None:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return None


class _Scanner:
    def __init__(self, source: SourceText, classes: dict[str, list], models_only: bool = False,
                 fine=None) -> None:
        self.source = source
        self.fine = fine  # (class, attribute) -> True when the reference is certainly fine
        self.classes = classes  # model class name -> [ClassRef] (orm.py)
        self.models_only = models_only  # a models file: only relationship strings
        self.names: dict[str, str] = {}  # local name -> model class
        self.modules: set[str] = set()  # local names bound to modules (import x / from p import mod)
        self.sqlalchemy_names: set[str] = set()  # local names for sqlalchemy modules / db objects
        self.text_names: set[str] = set()  # local names of sqlalchemy's text / literal_column
        self.uses_database = False
        self.scan = FileScan()
        self.scopes: list[ast.AST] = []
        self.assignments: dict[int, dict[str, list[ast.AST | None]]] = {}
        self.handled: set[int] = set()  # string nodes already taken as a site

    # -- imports and names ---------------------------------------------------------------

    def _class_for(self, name: str, module: str = "") -> str | None:
        found = self.classes.get(name)
        if not found:
            return None
        if len(found) == 1:
            return name
        stem = module.rsplit(".", 1)[-1]
        matching = [c for c in found if c.file.rsplit("/", 1)[-1].removesuffix(".py") == stem]
        return name if len(matching) == 1 else None

    def read_imports(self, tree: ast.Module) -> None:
        for node in _module_level(tree.body):
            if isinstance(node, ast.Import):
                for alias in node.names:
                    local = alias.asname or alias.name.split(".")[0]
                    self.modules.add(local)
                    if alias.name.split(".")[0] in DB_MODULES:
                        self.uses_database = True
                        if alias.name.split(".")[0] in SQLALCHEMY_MODULES:
                            self.sqlalchemy_names.add(local)
            elif isinstance(node, ast.ImportFrom):
                module = node.module or ""
                root = module.split(".")[0]
                if root in DB_MODULES:
                    self.uses_database = True
                for alias in node.names:
                    local = alias.asname or alias.name
                    if root in SQLALCHEMY_MODULES:
                        if alias.name in ("text", "literal_column"):
                            self.text_names.add(local)
                        if alias.name in ("SQLAlchemy", "sql", "sa"):
                            self.sqlalchemy_names.add(local)
                        continue
                    model = self._class_for(alias.name, module)
                    if model is not None:
                        self.names[local] = model
                    else:
                        self.modules.add(local)
                        if alias.name == "db":
                            self.sqlalchemy_names.add(local)
            elif isinstance(node, ast.ClassDef) and node.name in self.names and not self.models_only:
                del self.names[node.name]  # the file's own class shadows the import
        if self.models_only:
            for name in self.classes:
                self.names.setdefault(name, name)

    def model_of(self, node: ast.AST) -> str | None:
        """The model class an expression names: ``User``, ``models.User``, ``app.models.User``."""
        if isinstance(node, ast.Name):
            return self.names.get(node.id)
        if isinstance(node, ast.Attribute) and node.attr in self.classes:
            base = node.value
            while isinstance(base, ast.Attribute):
                base = base.value
            if isinstance(base, ast.Name) and base.id in self.modules:
                return self._class_for(node.attr, _dotted(node.value))
        return None

    def entity_of(self, node: ast.AST) -> str | None:
        """The entity a query chain is about (filter_by's keywords name its attributes)."""
        while True:
            if isinstance(node, ast.Attribute) and node.attr == "query":  # Model.query (Flask-SQLAlchemy)
                return self.model_of(node.value)
            if not isinstance(node, ast.Call):
                return None
            name = _callee(node.func)
            if name in ("join", "outerjoin") and node.args:
                joined = self.model_of(node.args[0])
                if joined is not None:
                    return joined
                return None  # a relationship join: the entity changes to one we cannot name
            if name in ("query", "select") and node.args:
                return self.model_of(node.args[0])
            if name in _CHAIN_METHODS and isinstance(node.func, ast.Attribute):
                node = node.func.value
                continue
            return None

    # -- scopes and assignments ------------------------------------------------------------

    def _assignments(self, scope: ast.AST) -> dict[str, list[ast.AST | None]]:
        key = id(scope)
        if key not in self.assignments:
            found: dict[str, list[ast.AST | None]] = {}  # None: `x: int` without a value
            body = scope.body if hasattr(scope, "body") else []
            stack = list(body)
            while stack:
                node = stack.pop()
                if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda)):
                    continue
                if isinstance(node, ast.Assign):
                    for target in node.targets:
                        if isinstance(target, ast.Name):
                            found.setdefault(target.id, []).append(node.value)
                elif isinstance(node, ast.AugAssign) and isinstance(node.target, ast.Name):
                    found.setdefault(node.target.id, []).append(node)
                elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
                    found.setdefault(node.target.id, []).append(node.value)
                elif isinstance(node, (ast.For, ast.With, ast.NamedExpr)):
                    bound = getattr(node, "target", None)
                    if isinstance(bound, ast.Name):
                        found.setdefault(bound.id, []).append(node)
                stack.extend(ast.iter_child_nodes(node))
            self.assignments[key] = found
        return self.assignments[key]

    def _resolve_name(self, name: str) -> tuple[ast.expr | None, str]:
        """The one value a variable is assigned in the enclosing function (else the module)."""
        for scope in reversed(self.scopes):
            values = self._assignments(scope).get(name)
            if values is None:
                if isinstance(scope, (ast.FunctionDef, ast.AsyncFunctionDef)):
                    params = scope.args
                    every = params.posonlyargs + params.args + params.kwonlyargs + [params.vararg, params.kwarg]
                    if any(a is not None and a.arg == name for a in every):
                        return None, f"the SQL is the parameter `{name}` of {scope.name}()"
                continue
            value = values[0] if len(values) == 1 else None
            if not isinstance(value, ast.expr):
                return None, f"the SQL in `{name}` is assigned more than once or built up"
            return value, ""
        return None, f"the SQL in `{name}` comes from outside this file"

    # -- visiting ----------------------------------------------------------------------------

    def walk(self, node: ast.AST) -> None:
        """Every node once, depth first (``ast.NodeVisitor`` costs twice as much: this is
        most of the time of a large code base)."""
        kind = type(node)
        if kind in _LEAVES:
            return
        if kind is ast.Call:
            self.visit_Call(cast(ast.Call, node))
        elif kind is ast.Attribute:
            self.visit_Attribute(cast(ast.Attribute, node))
        scope = kind in _SCOPES
        if scope:
            self.scopes.append(node)
        walk, node_type = self.walk, ast.AST
        for name in kind._fields:
            value = getattr(node, name, None)
            if type(value) is list:
                for item in value:
                    if isinstance(item, node_type):
                        walk(item)
            elif isinstance(value, node_type):
                walk(value)
        if scope:
            self.scopes.pop()

    def walk_statements(self, statements: list[ast.stmt], lines: list[int]) -> None:
        """The statements that span one of ``lines`` (sorted), walked; a class's statements
        one by one. In a models file only ``relationship(...)`` calls are read, and the
        statements on no line that names one (its columns) are most of the file."""
        for statement in statements:
            first = bisect.bisect_left(lines, statement.lineno)
            if first == len(lines) or lines[first] > (statement.end_lineno or statement.lineno):
                continue
            if not isinstance(statement, ast.ClassDef):
                self.walk(statement)
                continue
            self.scopes.append(statement)
            for part in (*statement.decorator_list, *statement.bases, *statement.keywords):
                self.walk(part)
            self.walk_statements(statement.body, lines)
            self.scopes.pop()

    def _ref(self, node: ast.expr | ast.keyword, class_name: str, attribute: str, how: str, line=None, column=None,
             quoted=False) -> None:
        self.scan.counted += 1
        if self.fine is not None and self.fine(class_name, attribute):
            return  # nothing to report: where it is does not matter
        if line is None:
            line, column = self._position(node)
        self.scan.refs.append(OrmRef(line, column, class_name, attribute, how, quoted))

    def _position(self, node: ast.expr | ast.keyword, end: bool = False) -> tuple[int, int]:
        if end:
            index = self.source.index(node.end_lineno or node.lineno, node.end_col_offset or node.col_offset)
        else:
            index = self.source.index(node.lineno, node.col_offset)
        return self.source.position(index)

    def visit_Attribute(self, node: ast.Attribute) -> None:
        if not self.models_only:
            model = self.model_of(node.value)
            if model is not None and not node.attr.startswith("__"):
                if self.fine is not None and self.fine(model, node.attr):
                    self.scan.counted += 1
                    return
                line, column = self._position(node, end=True)
                self._ref(node, model, node.attr, "attribute", line, column - len(node.attr))

    def visit_Call(self, node: ast.Call) -> None:
        name = _callee(node.func)
        if self.models_only:
            if name == "relationship":
                self._relationship_strings(node)
            return
        if name == "relationship":
            self._relationship_strings(node)
        elif name == "filter_by" and isinstance(node.func, ast.Attribute):
            entity = self.entity_of(node.func.value)
            if entity is not None:
                for keyword in node.keywords:
                    if keyword.arg is not None:
                        self._ref(keyword, entity, keyword.arg, "filter_by")
        elif name in ("getattr", "setattr", "hasattr") and isinstance(node.func, ast.Name) and len(node.args) >= 2:
            model = self.model_of(node.args[0])
            target = node.args[1]
            if model is not None and name != "hasattr" and isinstance(target, ast.Constant) \
                    and isinstance(target.value, str):
                self._string_ref(target, model, target.value, name)
        elif name == "options" and isinstance(node.func, ast.Attribute):
            self._string_args(node)
        elif name == "order_by" and isinstance(node.func, ast.Attribute):
            entity = self.entity_of(node.func.value)
            if entity is not None:
                for arg in node.args:
                    if isinstance(arg, ast.Constant) and isinstance(arg.value, str) and _is_identifier(arg.value):
                        self._string_ref(arg, entity, arg.value, "order_by")
        model = self.model_of(node.func)
        if model is not None:
            for keyword in node.keywords:
                if keyword.arg is not None:
                    self._ref(keyword, model, keyword.arg, "constructor")
        self._sql_site(node, name)

    def _string_args(self, node: ast.Call) -> None:
        """``.options(load_only("a", "b"))`` on a query whose entity is known."""
        entity = self.entity_of(node.func.value) if isinstance(node.func, ast.Attribute) else None
        if entity is None:
            return
        for option in node.args:
            if isinstance(option, ast.Call) and _callee(option.func) in ("load_only", "defer", "undefer"):
                for arg in option.args:
                    if isinstance(arg, ast.Constant) and isinstance(arg.value, str) and _is_identifier(arg.value):
                        self._string_ref(arg, entity, arg.value, _callee(option.func) or "")

    def _string_ref(self, node: ast.Constant, model: str, name: str, how: str, offset: int = 0) -> None:
        from .pysource import string_pieces

        pieces = string_pieces(self.source, node)
        if pieces is not None and pieces.exact and offset < len(pieces.origins) and pieces.origins[offset]:
            line, column = self.source.position(pieces.origins[offset][0])
        else:
            line, column = self._position(node)
        self._ref(node, model, name, how, line, column, quoted=True)

    def _relationship_strings(self, node: ast.Call) -> None:
        for keyword in node.keywords:
            if keyword.arg not in _RELATIONSHIP_STRINGS:
                continue
            value = keyword.value
            if not (isinstance(value, ast.Constant) and isinstance(value.value, str)):
                continue
            try:
                expression = ast.parse(value.value.strip(), mode="eval")
            except SyntaxError:
                continue
            lead = len(value.value) - len(value.value.lstrip())
            for inner in ast.walk(expression):
                if isinstance(inner, ast.Attribute) and isinstance(inner.value, ast.Name):
                    model = self.names.get(inner.value.id) or (
                        inner.value.id if inner.value.id in self.classes else None
                    )
                    if model is not None:
                        # one line: columns are offsets
                        offset = lead + (inner.end_col_offset or 0) - len(inner.attr)
                        self._string_ref(value, model, inner.attr, "relationship", offset)

    # -- SQL execution sites -------------------------------------------------------------------

    def _is_text_call(self, node: ast.AST) -> bool:
        if not isinstance(node, ast.Call):
            return False
        func = node.func
        if isinstance(func, ast.Name):
            return func.id in self.text_names
        if isinstance(func, ast.Attribute) and func.attr in ("text", "literal_column"):
            base = func.value
            while isinstance(base, ast.Attribute):
                base = base.value
            return isinstance(base, ast.Name) and (base.id in self.sqlalchemy_names or base.id == "db")
        return False

    def _sql_site(self, node: ast.Call, name: str | None) -> None:
        if name in ("text", "literal_column") and self._is_text_call(node):
            if not node.args:
                return
            self._site_for(
                node.args[0], node, name, NAMED if name == "text" else NONE, fragment=name == "literal_column"
            )
        elif name in ("execute", "executemany", "exec_driver_sql") and isinstance(node.func, ast.Attribute):
            if not node.args:
                return
            params = len(node.args) > 1 or any(k.arg in ("parameters", "params", "vars", "args") for k in node.keywords)
            style = DRIVER if (params or name == "executemany") else NONE
            receiver = node.func.value
            if isinstance(receiver, ast.Call):
                receiver = receiver.func
            self._database_receiver = bool(_DATABASE_RECEIVER.search(_dotted(receiver)))
            self._site_for(node.args[0], node, name, style)

    def _is_database_call(self) -> bool:
        """The file imports a database library, or the receiver is named like a database
        handle (``db.session``, ``conn``, ``cursor``...)."""
        return self.uses_database or getattr(self, "_database_receiver", False)

    def _site_for(self, arg: ast.expr, call: ast.Call, callee: str, style: str, fragment: bool = False) -> None:
        line, column = self._position(arg)
        value: ast.expr | None = arg
        reason = ""
        if isinstance(arg, ast.Name):
            value, reason = self._resolve_name(arg.id)
            if value is None and callee in ("execute", "executemany") and not self._is_database_call():
                return  # not a database call we can tell
        if value is not None:
            if self._is_text_call(value):
                return  # the text() call is the site
            if isinstance(value, ast.Call):
                called = _callee(_root_call(value).func)
                if called in QUERY_CONSTRUCTS or (called and called[0].isupper()):
                    return  # a SQLAlchemy construct (or an object), not SQL text
                if called == "format" and isinstance(value.func, ast.Attribute) and is_string_node(value.func.value):
                    reason = "built with str.format(); the parts are only known at run time"
                    value = None
                else:
                    if callee in ("execute", "executemany") and not self._is_database_call():
                        return
                    reason = f"the SQL comes from a call to {ast.unparse(value.func)[:60]}()"
                    value = None
            elif isinstance(value, ast.BinOp) and isinstance(value.op, ast.Mod) and is_string_node(value.left):
                reason = "built with %-formatting; the parts are only known at run time"
                value = None
            elif _is_string_expression(value):
                if id(value) in self.handled:
                    return
                self.handled.add(id(value))
            elif isinstance(value, (ast.Attribute, ast.Subscript)):
                if callee in ("execute", "executemany") and not self._is_database_call():
                    return
                reason = f"the SQL is in {ast.unparse(value)}, only known at run time"
                value = None
            else:
                if callee in ("execute", "executemany") and not self._is_database_call():
                    return
                reason = f"the SQL is {ast.unparse(value)[:60]}, only known at run time"
                value = None
        self.scan.sites.append(SqlSite(line, column, callee, value, style, reason, fragment))


_LEAVES = frozenset(
    {
        ast.Name,
        ast.Constant,
        ast.Load,
        ast.Store,
        ast.Del,
        ast.Pass,
        ast.Import,
        ast.ImportFrom,
        ast.alias,
        ast.Break,
        ast.Continue,
        ast.Global,
        ast.Nonlocal,
    }
)
_SCOPES = frozenset({ast.Module, ast.FunctionDef, ast.AsyncFunctionDef})


def _module_level(body: list):
    """The statements that run when the module is imported (into if / try / with blocks,
    not into functions and classes)."""
    stack = list(body)
    while stack:
        node = stack.pop()
        yield node
        if isinstance(node, (ast.If, ast.Try, ast.With)) or type(node).__name__ == "TryStar":
            for field in ("body", "orelse", "finalbody", "handlers"):
                for item in getattr(node, field, ()) or ():
                    stack.extend(item.body if isinstance(item, ast.ExceptHandler) else [item])


def _root_call(node: ast.Call) -> ast.Call:
    """The first call of a method chain: ``select(X)`` of ``select(X).where(...).limit(1)``."""
    while isinstance(node.func, ast.Attribute) and isinstance(node.func.value, ast.Call):
        node = node.func.value
    return node


def _is_identifier(text: str) -> bool:
    return text.isidentifier()


def _is_string_expression(node: ast.expr) -> bool:
    if is_string_node(node):
        return True
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return _is_string_expression(node.left) or _is_string_expression(node.right)
    return False


def _dotted(node: ast.AST) -> str:
    parts = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if isinstance(node, ast.Name):
        parts.append(node.id)
    return ".".join(reversed(parts))


def scan_file(
    source: SourceText, tree: ast.Module, classes: dict[str, list], models_only: bool = False, fine=None
) -> FileScan:
    scanner = _Scanner(source, classes, models_only, fine)
    scanner.read_imports(tree)
    if models_only:
        lines = sorted({source.position(match.start())[0] for match in re.finditer("relationship", source.text)})
        scanner.walk_statements(tree.body, lines)
    else:
        scanner.walk(tree)
    return scanner.scan
