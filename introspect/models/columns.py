"""One column statement of a model (or one ``Column(...)`` of a ``Table``) -> ``ColumnSpec``.

A ``ColumnSpec`` is what a statement says, before the class is placed on a table:
the type may still wait for its foreign key target (``Column(None, ForeignKey(...))``)
and the server default is rendered once the type is known.
"""

from __future__ import annotations

import ast
import copy
import dataclasses
import weakref
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path, PurePath

from ..naming_convention import ConvertedName
from ..schema import CheckConstraint, ColumnType
from .column_types import AnnotationType, TypeResolver
from .exprs import (
    SourceText,
    dotted,
    has_star_args,
    joined_text,
    keyword_map,
    last_name,
    literal,
    sql_expression,
)


def import_name(path: str | PurePath) -> str:
    """The module name a file is imported by: ``core`` for sql/core.py, its package's
    (``sql``) for sql/__init__.py."""
    file = PurePath(path)
    return file.parent.name if file.name == "__init__.py" else file.stem


def imported_module_names(local: str, module: ModuleInfo) -> set[str]:
    """The names of the module a file imports as ``local`` (``from app import schema``: schema;
    ``import cone as c``: cone) that a scanned file's ``import_name`` may have; none when it
    imports no module under that name."""
    if local not in module.origins:
        return set()
    return {module.imported.get(local, local), module.origins[local].rsplit(".", 1)[-1]}


Arg = tuple[ast.expr, SourceText]  # an argument node with the file text it belongs to

COLUMN_CALLABLES = {"Column": "column", "mapped_column": "mapped_column"}
# The style of a column made by a call the plan does not edit: a helper function
# (``primary_key("X")``) or an alias not named Column / mapped_column (``NotNullColumn(...)``)
HELPER_STYLE = "helper"
WRAPPERS = {"column_property", "deferred"}  # column_property(Column(...)) maps that column
# what a comparison leaves alone when the reader says it could not read it (``ColumnSpec.unread``)
WRAPPED_SETTINGS = ("comment", "nullable", "server_default")
SCHEMA_ITEMS = {"ForeignKey", "Sequence", "Identity", "Computed", "CheckConstraint", "FetchedValue", "DefaultClause"}


@dataclass(frozen=True)
class ColumnAlias:
    """``Column = functools.partial(db.Column, nullable=False)`` or ``Col = db.Column``."""

    kind: str  # column | mapped_column
    args: tuple[Arg, ...] = ()
    keywords: tuple[tuple[str, Arg], ...] = ()


_PLAIN_CALLABLES = {name: ColumnAlias(kind) for name, kind in COLUMN_CALLABLES.items()}


@dataclass
class ModuleInfo:
    """The module-level names of one file that change how its class bodies read."""

    path: str
    source: SourceText
    tree: ast.Module | None  # None once the reader let it go (``syntax_tree``)
    # the project files it imports from, found before its tree was let go
    imports: list[Path] = field(default_factory=list)
    aliases: dict[str, ColumnAlias] = field(default_factory=dict)
    annotated: dict[str, Arg] = field(default_factory=dict)  # intpk = Annotated[int, ...]
    imported: dict[str, str] = field(default_factory=dict)  # local name -> imported name
    project_imports: set[str] = field(default_factory=set)  # names imported from non-SQLAlchemy modules
    # every name its top-level statements bind (classes of any kind, functions, variables, imports): a new
    # class of the file is named otherwise (czgenepi's ``class Color(enum.Enum)`` beside table ``colors``)
    bound: set[str] = field(default_factory=set)
    # local name -> the module it is imported from ("" for a relative import):
    # ``from typing import Generic``, ``import sqlalchemy as sa``
    origins: dict[str, str] = field(default_factory=dict)
    # local name -> the last part of the module a ``from ... import`` takes it from, relative
    # or not (``from .mixins import Stamped``: mixins)
    from_modules: dict[str, str] = field(default_factory=dict)
    # local name -> (dots, module) of the ``from ... import`` that binds it (``from ..b.limits
    # import NAME_MAX``: (2, "b.limits"); ``from . import limits``: (1, ""))
    import_from: dict[str, tuple[int, str]] = field(default_factory=dict)
    column_variables: set[str] = field(default_factory=set)  # X = Column(...) at module level
    # columns = Base.metadata.tables["failed"].c: the variable -> the table ("schema.table" keys split)
    table_columns: dict[str, tuple[str | None, str]] = field(default_factory=dict)
    column_functions: set[str] = field(default_factory=set)  # def f(): return Column(...)
    constants: dict[str, object] = field(default_factory=dict)  # NAME_MAX = 80 at module level
    # UNIQUE_WHERE = text("deleted IS NOT TRUE") / and_(...) at module level: the SQL, as an index's
    # ``postgresql_where=UNIQUE_WHERE`` in the file reads it
    sql_constants: dict[str, str] = field(default_factory=dict)
    # session_column = f"{COL_PREFIX}session" of a constant it imports: read once the module
    # knows its imported constants (``ModelBuilder._share_constants``)
    deferred_constants: dict[str, ast.JoinedStr] = field(default_factory=dict)
    imported_modules: set[str] = field(default_factory=set)  # last part of each module it imports from
    # last part of each module it re-exports whole (``from .core import *`` in a package's
    # __init__.py): ``package.Name`` may name a class of that module
    star_imports: set[str] = field(default_factory=set)
    roots: set[str] = field(default_factory=set)  # Base = declarative_base() at module level
    name_aliases: dict[str, str] = field(default_factory=dict)  # X = Y / X = mod.Y at module level
    # Model = db.Model / Model = Base at module level: the expression, which a class's base may name
    # through the alias (kitchenowl's ``class Item(Model)``)
    base_aliases: dict[str, ast.expr] = field(default_factory=dict)
    # def primary_key(name): return Column(...) -- a single return of a column: name ->
    # (the function, the module that defines it); imported ones too (``build``). The module is
    # weakly referred to: it holds its own helpers, and a strong reference would be a cycle
    column_helpers: dict[str, tuple[ast.FunctionDef, weakref.ref[ModuleInfo]]] = field(default_factory=dict)
    # def mapped_column(*args, sqla_info=None, **kwargs): ... return _mapped_column(*args, **kwargs) - a
    # function of the project's under SQLAlchemy's name (ukrdc's): name -> the settings it may give a
    # column besides those a call writes ("*": any), and the line it is defined on; imported ones too
    column_wrappers: dict[str, tuple[frozenset[str], int]] = field(default_factory=dict)
    # ``def ForeignKey(*args, **kwargs): return _ForeignKey(*args, **kwargs, deferrable=True)``: name ->
    # (the function it calls, as written, and its own keywords) (``SourceText.presets`` once resolved)
    preset_wrappers: dict[str, tuple[str, tuple[ast.keyword, ...]]] = field(default_factory=dict)
    # def encrypted_type(type_in=None): return StringEncryptedType(...) -- a single return of a
    # call that a column may use as its type, or of a list an enum's values_callable may make
    # ([e.value for e in x]): name -> (what it returns, the text of the file that defines it; not
    # the module, which would make a reference cycle)
    type_helpers: dict[str, tuple[ast.expr, SourceText]] = field(default_factory=dict)
    # status_enum = Enum("a", "b", name="status_enum") -- a type instance bound at module level: name
    # -> the expression (several modules may bind one name to different types)
    type_values: dict[str, ast.expr] = field(default_factory=dict)
    # def table_args(): return {"mysql_engine": ...} or None: a __table_args__ item of another
    # database's options only, nothing on PostgreSQL
    other_dialect_options: set[str] = field(default_factory=set)
    # metadata = MetaData(schema="app"): the variable -> its schema= (the tables' default schema)
    metadata_schemas: dict[str, ast.expr] = field(default_factory=dict)
    # the dotted names column calls give as their types (``db_types.JsonEncodedDict``,
    # ``UtcDateTime``) or their types' arguments (``db_const.NAME_FIELD_SIZE``): where one is
    # imported from a library, the reader reads its module
    column_type_names: set[str] = field(default_factory=set)
    # db = SQLAlchemy(metadata=metadata): the variable -> the class it is made of (as called)
    made_by: dict[str, str] = field(default_factory=dict)
    # a class of the module whose ``__getattr__`` gives classes by name (invenio-db's
    # ``if name == "Timestamp": return Timestamp``): class -> {attribute: class of the module}
    attribute_classes: dict[str, dict[str, str]] = field(default_factory=dict)

    def original(self, name: str) -> str:
        return self.imported.get(name, name)

    @cached_property
    def casts(self) -> bool:
        """Whether the file may call ``typing.cast`` (its text has ``cast(``): most files do not,
        and their class bodies' values need not be looked at for it."""
        return "cast(" in self.source.text

    def syntax_tree(self) -> ast.Module:
        """The file's tree, parsed again if the reader let it go."""
        return self.tree if self.tree is not None else ast.parse(self.source.text)

    @property
    def reading_context(self) -> str | None:
        """What, besides its text, decides how a column statement of this file reads: its
        column aliases, renamed imports and ``Annotated`` aliases. None for a file with
        none of them: the same statement reads the same in all such files."""
        return self.path if (self.aliases or self.imported or self.annotated or self.column_helpers
                             or self.constants) else None


# the owner of ``ForeignKey(id)``'s target until the build knows the class it is read in
OWN_CLASS = ""


@dataclass(frozen=True)
class ForeignKeySpec:
    """``ForeignKey(target, ...)``; ``target`` is "table.column", "schema.table.column",
    or ``(owner, attribute)`` for ``ForeignKey(User.id)`` / ``ForeignKey(users.c.id)``."""

    target: str | tuple[str, str]
    name: str | None = None
    ondelete: str | None = None
    onupdate: str | None = None
    deferrable: bool = False
    initially_deferred: bool = False


@dataclass
class ColumnSpec:
    """What one column statement says. Statements with the same text read the same, so one
    spec may stand for many of them: ``attribute``, ``name`` (unless ``explicit_name``),
    ``file`` and the lines are those of the statement it was read from; the builder's
    ``PlacedColumn`` holds each column's own."""

    attribute: str
    name: str
    style: str
    file: str
    line: int
    end_line: int
    explicit_name: bool = False
    # the name written as a constant or a str enum's member (``Column(EventFieldType.UID, ...)``)
    name_from: str | None = None
    column_type: ColumnType | None = None
    type_from_key: bool = False  # no type of its own: SQLAlchemy gives it its ForeignKey's target's
    type_source: str | None = None
    nullable: bool = True
    explicit_nullable: bool = False
    optional_annotation: bool | None = None
    primary_key: bool = False
    unique: bool = False
    index: bool = False
    # index=getattr(cls, "index_created_at", True) (baselayer's): the attribute each class may set,
    # and the value where none does; the builder reads it for each class
    index_from: tuple[str, bool] | None = None
    default: Arg | None = None  # server_default, rendered once the type is known
    comment: str | None = None
    identity: str | None = None
    generated: str | None = None
    generated_kind: str | None = None
    foreign_keys: list[ForeignKeySpec] = field(default_factory=list)
    checks: list[CheckConstraint] = field(default_factory=list)
    declared_attr: bool = False  # the column a ``@declared_attr`` function returns
    # that function does more than return it, or reads the class it is given: the column is made for
    # each class, and an override cannot be its copy
    per_class: bool = False
    # use_existing_column=True: in a single-table subclass, the table's column of that name
    # if it has one (its annotation, a ``Literal[...]`` say, is then not the column's type)
    use_existing: bool = False
    # what the statement says of the column that is not a literal (``nullable=not required``,
    # ``ForeignKey(module.Class.id)``): "nullable", "server_default", "foreign_key"... never compared
    unread: tuple[str, ...] = ()
    presets: tuple[str, ...] = ()  # the keywords the column's alias sets (``ColumnCall.presets``)
    forwarded: tuple[str, ...] = ()  # the keywords a helper's call gives its column (``ColumnCall.forwarded``)
    foreign_key_presets: tuple[str, ...] = ()  # the keywords its ForeignKey's function sets (``SourceText.presets``)


def frozen_record(cls, fields: dict):
    """``cls(**fields)`` for a frozen dataclass with ``slots=True``, without its generated
    ``__init__``.

    That ``__init__`` sets each field through ``object.__setattr__`` (the price of
    ``frozen=True``): for the 11,000 columns of a large codebase, building every ``Column``
    and ``ColumnSource`` that way took a sixth of the reader's own time. The slots are set
    through their descriptors instead. Slots, not a ``__dict__``: a record with a dict of its
    own takes 530 bytes against 150 (72 MB of the 5,000-table benchmark's peak). Every
    field must be given and the class must have no ``__post_init__``; tests compare the
    records the reader builds with ``cls(**fields)``.
    """
    record = object.__new__(cls)
    setters = _SLOT_SETTERS.get(cls) or _slot_setters(cls)
    for name, value in fields.items():
        setters[name](record, value)
    return record


_SLOT_SETTERS: dict[type, dict] = {}


def _slot_setters(cls) -> dict:
    setters = {f.name: getattr(cls, f.name).__set__ for f in dataclasses.fields(cls)}
    _SLOT_SETTERS[cls] = setters
    return setters


class Problems:
    """Collects unresolved items of one file as ``(line, message)``."""

    def __init__(self) -> None:
        self.items: list[tuple[str, int, str, str | None, str | None]] = []

    def add(self, file: str, line: int, message: str, hides_columns_of: str | None = None,
            hidden_attribute: str | None = None) -> None:
        """``hides_columns_of``: the class this leaves with columns the reader cannot see;
        ``hidden_attribute``: the attribute whose column it is, when known."""
        self.items.append((file, line, message, hides_columns_of, hidden_attribute))

    def withdraw(self, file: str, line: int) -> None:
        """Forget the items of a statement that turned out not to matter."""
        self.items = [item for item in self.items if item[:2] != (file, line)]


# -- recognising column expressions -------------------------------------------------------


def column_callable(func: ast.expr, module: ModuleInfo, aliases: dict[str, ColumnAlias]) -> ColumnAlias | None:
    """The column callable ``func`` names (``db.Column``, an alias...), or None."""
    if isinstance(func, ast.Name):
        if func.id in aliases:
            return aliases[func.id]
        return _PLAIN_CALLABLES.get(module.original(func.id))
    if isinstance(func, ast.Attribute):
        if aliases and isinstance(func.value, ast.Name) and f"{func.value.id}.{func.attr}" in aliases:
            return aliases[f"{func.value.id}.{func.attr}"]  # ``entity.NotNull(...)``, of ``from . import entity``
        return _PLAIN_CALLABLES.get(func.attr)
    return None


@dataclass(frozen=True)
class ColumnCall:
    """A recognised column expression with the alias presets merged in."""

    kind: str  # column | mapped_column
    style: str  # column | mapped_column | column_property
    args: tuple[Arg, ...]
    keywords: dict[str, Arg]
    star: bool  # *args / **kwargs present
    written: frozenset[str] = frozenset()  # keywords written in the statement (not an alias preset)
    # settings a project's function of SQLAlchemy's name may give the column where the call
    # writes none (``ModuleInfo.column_wrappers``): not compared
    unread: frozenset[str] = frozenset()
    # of a helper's column: the keywords the call gives the column as they are (a parameter of the
    # helper's that its column takes under the same name, ``nullable=nullable``; one its ``**kwargs``
    # pass on): the call's own keyword is the column's, which an edit may set there
    forwarded: frozenset[str] = frozenset()

    @property
    def presets(self) -> tuple[str, ...]:
        """The keywords an alias sets that the statement does not write (``nullable`` of
        ``partial(Column, nullable=False)``)."""
        return tuple(sorted(set(self.keywords) - self.written))


def column_call(value: ast.expr, module: ModuleInfo, aliases: dict[str, ColumnAlias],
                depth: int = 0) -> ColumnCall | None:
    if not isinstance(value, ast.Call):
        return None
    style = None
    if last_name(value.func) in WRAPPERS and value.args and isinstance(value.args[0], ast.Call):
        style, value = "column_property", value.args[0]
    alias = column_callable(value.func, module, aliases)
    if alias is None:
        # ``id_column()``, ``mb.id_column()`` of a module, ``Mixin.hash_column()`` of a static or
        # class method (no other method is a helper)
        helper = module.column_helpers.get(dotted(value.func) or "") if depth < 4 else None
        if helper is not None:
            return helper_call(value, module, helper, depth)
        return None
    if style is None and last_name(value.func) not in COLUMN_CALLABLES and alias.args:
        # IdColumn(...) of partial(Column, Integer, primary_key=True): a name or a type written
        # in its statement would follow the alias's own arguments. One of keywords only, made in
        # the file or imported (``BlankColumn = partial(Column, nullable=False)``), is edited as
        # Column is: the statement's keywords win over the alias's (``ColumnCall.presets``), and
        # the codemods follow the import to the alias (``imported_column_aliases``)
        style = HELPER_STYLE
    source = module.source
    keywords = dict(alias.keywords)
    star = False
    for keyword in value.keywords:
        if keyword.arg is None:
            star = True
        else:
            keywords[keyword.arg] = (keyword.value, source)
    args = alias.args + tuple((node, source) for node in value.args)
    star = star or any(isinstance(node, ast.Starred) for node in value.args)
    written = frozenset(kw.arg for kw in value.keywords if kw.arg)
    unread: frozenset[str] = frozenset()
    wrapper = module.column_wrappers.get(value.func.id) if isinstance(value.func, ast.Name) else None
    if wrapper is not None:  # the project's mapped_column: what it may set itself, where the call does not
        settings = frozenset(WRAPPED_SETTINGS) if "*" in wrapper[0] else wrapper[0] & frozenset(WRAPPED_SETTINGS)
        unread = settings - written
    return ColumnCall(alias.kind, style or alias.kind, args, keywords, star, written, unread)


def single_return(function: ast.FunctionDef | ast.AsyncFunctionDef, after_imports: bool = False,
                  after_definitions: bool = False, through_name: bool = False) -> ast.expr | None:
    """The expression of a function whose body is one ``return`` (after a docstring, and
    with ``after_imports`` after import statements too, with ``after_definitions`` after the
    functions and classes it defines: Mailu's ``def updater(ctx): ...`` for ``onupdate=``;
    with ``through_name``, also the value of a name assigned and then returned: cloudkitty's
    ``args = (...); return args``)."""
    body = function.body
    if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
        body = body[1:]
    while after_imports and body and isinstance(body[0], (ast.Import, ast.ImportFrom)):
        body = body[1:]
    while after_definitions and body and isinstance(body[0], (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
        body = body[1:]
    if len(body) == 1 and isinstance(body[0], ast.Return):
        return body[0].value
    if through_name and len(body) == 2 and isinstance(body[0], ast.Assign) and len(body[0].targets) == 1 \
            and isinstance(body[0].targets[0], ast.Name) and isinstance(body[1], ast.Return) \
            and isinstance(body[1].value, ast.Name) and body[1].value.id == body[0].targets[0].id:
        return body[0].value
    return None


def helper_return(function: ast.FunctionDef) -> tuple[ast.expr, frozenset[str], dict[str, tuple[str, ...]]] | None:
    """What a column helper returns, the parameters it defaults to an empty dict first
    (cookiecutter-flask's ``reference_col``: ``foreign_key_kwargs = foreign_key_kwargs or {}``, then
    ``return Column(db.ForeignKey(..., **foreign_key_kwargs), nullable=nullable, **column_kwargs)``),
    and the dicts it takes out of its ``**kwargs`` by key (PasarGuard's ``fk_kwargs = {key:
    column_kwargs.pop(key) for key in ("ondelete", "onupdate") if key in column_kwargs}``): name ->
    the keys; None for a body of anything else."""
    returned = single_return(function)
    if returned is not None:
        return returned, frozenset(), {}
    body = function.body[1:] if function.body and isinstance(function.body[0], ast.Expr) \
        and isinstance(function.body[0].value, ast.Constant) else function.body
    parameters = {a.arg for a in (*function.args.posonlyargs, *function.args.args, *function.args.kwonlyargs)}
    kwargs = function.args.kwarg.arg if function.args.kwarg is not None else None
    defaulted, taken = set(), {}
    for statement in body[:-1]:
        if not (isinstance(statement, ast.Assign) and len(statement.targets) == 1
                and isinstance(statement.targets[0], ast.Name)):
            return None
        name, value = statement.targets[0].id, statement.value
        if (keys := _taken_from(value, kwargs)) is not None and name not in parameters:
            taken[name] = keys
            continue
        if not (name in parameters and isinstance(value, ast.BoolOp) and isinstance(value.op, ast.Or)
                and len(value.values) == 2 and isinstance(value.values[0], ast.Name) and value.values[0].id == name
                and isinstance(value.values[1], ast.Dict) and not value.values[1].keys):
            return None
        defaulted.add(name)
    if not body or not isinstance(body[-1], ast.Return) or body[-1].value is None:
        return None
    return body[-1].value, frozenset(defaulted), taken


def _taken_from(value: ast.expr, kwargs: str | None) -> tuple[str, ...] | None:
    """The keys of ``{key: kwargs.pop(key) for key in ("a", "b") if key in kwargs}``; None for
    anything else."""
    if kwargs is None or not isinstance(value, ast.DictComp) or len(value.generators) != 1:
        return None
    loop = value.generators[0]
    key = loop.target.id if isinstance(loop.target, ast.Name) else None
    elements = loop.iter.elts if isinstance(loop.iter, (ast.Tuple, ast.List, ast.Set)) else []
    keys = tuple(e.value for e in elements if isinstance(e, ast.Constant) and isinstance(e.value, str))
    popped = value.value
    if key is None or not keys or len(keys) != len(elements) or loop.is_async or not (
            isinstance(value.key, ast.Name) and value.key.id == key
            and isinstance(popped, ast.Call) and isinstance(popped.func, ast.Attribute) and popped.func.attr == "pop"
            and isinstance(popped.func.value, ast.Name) and popped.func.value.id == kwargs
            and len(popped.args) == 1 and isinstance(popped.args[0], ast.Name) and popped.args[0].id == key):
        return None
    if loop.ifs != [] and ast.dump(loop.ifs[0]) != ast.dump(ast.parse(f"{key} in {kwargs}", mode="eval").body) \
            or len(loop.ifs) > 1:
        return None
    return keys


class _SpreadDicts(ast.NodeTransformer):
    """``**p`` of a parameter defaulted to ``{}`` replaced by the keywords the call gives it as a
    dict literal (``foreign_key_kwargs={"ondelete": "CASCADE"}``), or by none when it gives none."""

    def __init__(self, spread: dict[str, ast.Dict | None]) -> None:
        self.spread = spread

    def visit_Call(self, node: ast.Call) -> ast.Call:
        self.generic_visit(node)
        keywords: list[ast.keyword] = []
        for keyword in node.keywords:
            name = keyword.value.id if keyword.arg is None and isinstance(keyword.value, ast.Name) else None
            if name not in self.spread:
                keywords.append(keyword)
            elif (given := self.spread[name]) is not None:
                keywords.extend(ast.keyword(arg=key.value, value=value)
                                for key, value in zip(given.keys, given.values, strict=True)
                                if isinstance(key, ast.Constant) and isinstance(key.value, str))
        node.keywords = keywords
        return node


def helper_call(call: ast.Call, caller: ModuleInfo, helper: tuple[ast.FunctionDef, weakref.ref[ModuleInfo]],
                depth: int) -> ColumnCall | None:
    """``primary_key("DataSource")`` where ``def primary_key(name): return Column(...)``: the
    column the function returns, its parameters bound to the call's arguments (or their
    defaults). A parameter passed on as an argument keeps the caller's expression; one used
    inside an argument (``ForeignKey(f"{table}.id")``) is replaced when its value is a
    literal or an attribute of a name (``ForeignKey(column)`` of ``foreign_key(User.id)``). None
    when the call does not bind the parameters plainly."""
    function, home_ref = helper
    home = home_ref()
    found = helper_return(function)
    if home is None or found is None or has_star_args(call):
        return None
    returned, defaulted, taken = found
    returned = _sa_column(returned, home) or returned
    params = function.args
    positional = [a.arg for a in (*params.posonlyargs, *params.args)]
    if any(last_name(d) == "classmethod" for d in function.decorator_list):
        # ``cls`` is the class the call names; a column that reads it is the class's own business
        if not positional or any(isinstance(n, ast.Name) and n.id == positional[0] for n in ast.walk(returned)):
            return None
        positional = positional[1:]
    keyword_only = [a.arg for a in params.kwonlyargs]
    if len(call.args) > len(positional):
        return None
    # def enum_column(name, enum_type, **kwargs): return mapped_column(..., **kwargs): the
    # call's other keywords are the column's
    passed_on = _passed_on_keywords(function, returned)
    extra: dict[str, Arg] = {}
    bound: dict[str, Arg] = {}
    for name, default in zip(positional[len(positional) - len(params.defaults):], params.defaults, strict=False):
        bound[name] = (default, home.source)
    for argument, kw_default in zip(params.kwonlyargs, params.kw_defaults, strict=False):
        if kw_default is not None:
            bound[argument.arg] = (kw_default, home.source)
    for name, node in zip(positional, call.args, strict=False):
        bound[name] = (node, caller.source)
    for keyword in call.keywords:
        if keyword.arg not in positional and keyword.arg not in keyword_only:
            if passed_on is None or keyword.arg is None:
                return None
            extra[keyword.arg] = (keyword.value, caller.source)
            continue
        bound[keyword.arg] = (keyword.value, caller.source)
    if any(name not in bound for name in (*positional, *keyword_only)):
        return None
    spread: dict[str, ast.Dict | None] = {}
    for name, keys in taken.items():  # the call's keywords of those keys go there, not to the column
        moved = {key: extra.pop(key)[0] for key in keys if key in extra}
        if not all(isinstance(node, ast.Constant) for node in moved.values()):
            return None
        spread[name] = ast.Dict([ast.Constant(key) for key in moved], list(moved.values())) if moved else None
    if defaulted:
        for name in defaulted:
            given = bound.get(name, (None, None))[0]
            if isinstance(given, ast.Constant) and given.value is None:
                spread[name] = None  # not given: ``or {}`` spreads nothing
            elif isinstance(given, ast.Dict) and all(isinstance(k, ast.Constant) and isinstance(k.value, str)
                                                     for k in given.keys) \
                    and all(isinstance(v, ast.Constant) for v in given.values):  # literals: read in any file
                spread[name] = given
            else:
                return None
    if spread:
        returned = _SpreadDicts(spread).visit(copy.deepcopy(returned))
        passed_on = _passed_on_keywords(function, returned)  # the copy's
    inner = column_call(returned, home, home.aliases, depth + 1)
    if inner is None:
        return None
    args = tuple(_bind(pair, home, bound) for pair in inner.args)
    keywords = {key: _bind(pair, home, bound) for key, pair in inner.keywords.items()}
    star = inner.star
    if passed_on is not None and isinstance(returned, ast.Call):
        keywords.update(extra)
        star = any(isinstance(node, ast.Starred) for node in returned.args) or any(
            keyword.arg is None and keyword is not passed_on for keyword in returned.keywords)
    # (not one the call gives by position: a keyword for it too would be a second value)
    parameters = {*positional[len(call.args):], *keyword_only}
    forwarded = {key for key, (node, source) in inner.keywords.items()
                 if source is home.source and isinstance(node, ast.Name) and node.id == key and key in parameters}
    return ColumnCall(inner.kind, HELPER_STYLE, args, keywords, star, inner.written | frozenset(extra),
                      inner.unread - frozenset(extra), frozenset(forwarded) | frozenset(extra))


def _sa_column(returned: ast.expr, home: ModuleInfo) -> ast.expr | None:
    """The ``sa_column=`` of a helper that returns SQLModel's ``Field(sa_column=Column(...))``
    (ell's ``UTCTimestampField``): the column the field is, whatever its other keywords say."""
    if isinstance(returned, ast.Call) and home.original(last_name(returned.func) or "") == "Field":
        return next((k.value for k in returned.keywords if k.arg == "sa_column"), None)
    return None


def _passed_on_keywords(function: ast.FunctionDef, returned: ast.expr) -> ast.keyword | None:
    """The ``**kwargs`` of ``returned`` (a call) that passes the function's own on, if any."""
    if function.args.kwarg is None or not isinstance(returned, ast.Call):
        return None
    return next((keyword for keyword in returned.keywords if keyword.arg is None
                 and isinstance(keyword.value, ast.Name) and keyword.value.id == function.args.kwarg.arg), None)


def static_or_class_method(function: ast.FunctionDef) -> bool:
    """A static or class method (a helper called through its class: ``Mixin.hash_column()``)."""
    return any(last_name(d) in ("staticmethod", "classmethod") for d in function.decorator_list)


def _bind(pair: Arg, home: ModuleInfo, bound: dict[str, Arg]) -> Arg:
    node, source = pair
    if source is not home.source:
        return pair
    if isinstance(node, ast.Name) and node.id in bound:
        return bound[node.id]
    # literals, and attributes of names (cloudify's ``foreign_key(NodeInstance._storage_id)`` for
    # ``db.ForeignKey(foreign_key_column, ...)``: a foreign key's target is read by its names)
    literals = {name: value for name, (value, _) in bound.items()
                if isinstance(value, ast.Constant) or (isinstance(value, ast.Attribute) and dotted(value))}
    if not literals or not any(isinstance(n, ast.Name) and n.id in literals for n in ast.walk(node)):
        return pair
    bound_node = _Substitute(literals).visit(copy.deepcopy(node))
    for inner in ast.walk(bound_node):  # its text is the helper's, its values the call's (see TypeResolver.resolve)
        inner.bound = True  # type: ignore[attr-defined]
    return bound_node, source


class _Substitute(ast.NodeTransformer):
    """Parameters bound to literals (or attributes of names) replaced by them; an f-string of
    literals made one."""

    def __init__(self, literals: dict[str, ast.Constant | ast.Attribute]) -> None:
        self.literals = literals

    def visit_Name(self, node: ast.Name) -> ast.expr:
        value = self.literals.get(node.id)
        if value is None or not isinstance(node.ctx, ast.Load):
            return node
        if isinstance(value, ast.Attribute):
            return ast.copy_location(copy.deepcopy(value), node)
        return ast.copy_location(ast.Constant(value.value), node)

    def visit_JoinedStr(self, node: ast.JoinedStr) -> ast.expr:
        self.generic_visit(node)
        text = joined_text(node, lambda value: str(value.value) if isinstance(value, ast.Constant) else None)
        return node if text is None else ast.copy_location(ast.Constant(text), node)


def alias_from_assignment(value: ast.expr, module: ModuleInfo, aliases: dict[str, ColumnAlias]) -> ColumnAlias | None:
    """``functools.partial(db.Column, ...)`` / ``partial(Column, ...)`` / ``db.Column``."""
    if isinstance(value, (ast.Name, ast.Attribute)):
        if isinstance(value, ast.Name) and value.id not in aliases and module.original(value.id) == value.id:
            return None  # ``Column = Column`` style no-ops and plain names stay themselves
        return column_callable(value, module, aliases)
    if isinstance(value, ast.Call) and last_name(value.func) == "partial" and value.args:
        base = column_callable(value.args[0], module, aliases)
        if base is None or has_star_args(value):
            return None
        source = module.source
        keywords = dict(base.keywords)
        keywords.update({kw.arg: (kw.value, source) for kw in value.keywords if kw.arg is not None})
        args = base.args + tuple((node, source) for node in value.args[1:])
        return ColumnAlias(base.kind, args, tuple(keywords.items()))
    return None


# -- one statement -> ColumnSpec ------------------------------------------------------------


def _is_schema_item(node: ast.expr, source: SourceText) -> bool:
    """``ForeignKey(...)``, ``Identity(...)``...: as SQLAlchemy names them (``ForeignKey as _ForeignKey``)."""
    return isinstance(node, ast.Call) and source.sqlalchemy_name(node.func) in SCHEMA_ITEMS


def _class_attribute_or(node: ast.expr) -> tuple[str, bool] | None:
    """(name, default) of ``getattr(cls, "name", default)`` with a literal boolean default."""
    if isinstance(node, ast.Call) and last_name(node.func) == "getattr" and len(node.args) == 3 \
            and isinstance(node.args[0], ast.Name) and node.args[0].id == "cls" \
            and isinstance(name := node.args[1], ast.Constant) and isinstance(name.value, str) \
            and isinstance(default := node.args[2], ast.Constant) and isinstance(default.value, bool):
        return name.value, default.value
    return None


def _flag(keywords: dict[str, Arg], key: str, spec: ColumnSpec, problems: Problems) -> bool | None:
    if key not in keywords:
        return None
    node, source = keywords[key]
    value = literal(node, source)
    if isinstance(value, bool):
        return value
    if key == "index" and (setting := _class_attribute_or(node)) is not None:
        spec.index_from = setting
        return setting[1]
    if value is None:
        return None
    if key == "nullable":  # then NULL / NOT NULL is not compared
        spec.unread = (*spec.unread, key)
        problems.add(spec.file, spec.line, f"{spec.attribute}: {key}={source.segment(node)} is not a literal; "
                     "whether the column takes NULL is not compared")
        return None
    if key == "index":  # then its index is not compared
        spec.unread = (*spec.unread, key)
        problems.add(spec.file, spec.line, f"{spec.attribute}: {key}={source.segment(node)} is not a literal; "
                     "the column's own index is not compared")
        return None
    if key == "unique":  # funnel's ``unique=cls.__email_unique__`` of a mixin's declared_attr
        spec.unread = (*spec.unread, key)
        problems.add(spec.file, spec.line, f"{spec.attribute}: {key}={source.segment(node)} is not a literal; "
                     "the column's own unique constraint is not compared")
        return None
    problems.add(spec.file, spec.line,
                 f"{spec.attribute}: {key}={source.segment(node)} is not a literal; assumed unset")
    return None


def read_column(
    attribute: str,
    call: ColumnCall,
    statement: ast.stmt | ast.expr,  # the statement, or a Table(...) argument
    module: ModuleInfo,
    resolver: TypeResolver,
    problems: Problems,
    annotation: AnnotationType | None = None,
) -> ColumnSpec:
    """Everything one ``Column(...)`` / ``mapped_column(...)`` statement says."""
    spec = ColumnSpec(attribute, attribute, call.style, module.path, statement.lineno,
                      statement.end_lineno or statement.lineno)
    spec.unread = tuple(sorted(call.unread))
    if call.star:
        problems.add(spec.file, spec.line, f"{attribute}: column takes *args/**kwargs; only the literal part is read")
    keywords = dict(call.keywords)
    if annotation is not None and annotation.annotated_call is not None and annotation.annotated_source is not None:
        # Annotated[int, mapped_column(...)]: the attribute's own arguments win.
        preset = {kw.arg: (kw.value, annotation.annotated_source) for kw in annotation.annotated_call.keywords
                  if kw.arg is not None}
        keywords = {**preset, **keywords}
    args = list(call.args)
    first = args[0][0] if args else None
    if isinstance(first, ast.Constant) and isinstance(first.value, str):
        args.pop(0)
        spec.name, spec.explicit_name = first.value, True
    elif isinstance(first, (ast.Name, ast.Attribute)) and (named := resolver.text(first, args[0][1])) is not None:
        _, source = args.pop(0)  # Column(EventFieldType.UID, String(40)): a string constant names the column
        spec.name, spec.explicit_name, spec.name_from = named, True, source.segment(first)
    if "name" in keywords:
        node, source = keywords["name"]
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            spec.name, spec.explicit_name = node.value, True
        else:
            problems.add(spec.file, spec.line, f"{attribute}: name={source.segment(node)} is not a literal")
    type_arg = keywords.get("type_")
    if args and not _is_schema_item(*args[0]):
        type_arg = args.pop(0)
    if annotation is not None and annotation.annotated_call is not None and annotation.annotated_source is not None:
        # Annotated[int, mapped_column(ForeignKey(Group.id))]: SQLAlchemy adds its foreign keys and
        # constraints to the attribute's own (pycroft's ``fkey_pgroup``)
        args += [(node, annotation.annotated_source) for node in annotation.annotated_call.args
                 if _is_schema_item(node, annotation.annotated_source)]
    for node, source in args:
        read_schema_item(node, source, spec, problems, resolver.value)
    _read_type(type_arg, spec, resolver, problems, annotation)
    _read_options(keywords, spec, problems)
    spec.primary_key = bool(_flag(keywords, "primary_key", spec, problems))
    spec.use_existing = bool(_flag(keywords, "use_existing_column", spec, problems))
    explicit = _flag(keywords, "nullable", spec, problems)
    spec.explicit_nullable = "nullable" in call.written
    spec.presets = call.presets
    spec.forwarded = tuple(sorted(call.forwarded))
    if annotation is not None:
        spec.optional_annotation = annotation.optional
    if spec.primary_key:
        spec.nullable = False  # PostgreSQL makes every primary key column NOT NULL
    elif explicit is not None:
        spec.nullable = explicit
    elif call.kind == "mapped_column" and annotation is not None:
        spec.nullable = annotation.optional
    else:
        spec.nullable = True
    return spec


def _read_type(type_arg, spec: ColumnSpec, resolver, problems, annotation) -> None:
    if type_arg is not None and not (isinstance(type_arg[0], ast.Constant) and type_arg[0].value is None):
        node, source = type_arg
        spec.type_source = source.segment(node)
        spec.column_type, problem = resolver.resolve(node, source)
        if problem:
            problems.add(spec.file, spec.line, f"{spec.attribute}: {problem}")
        return
    if annotation is not None and annotation.annotated_call is not None and annotation.annotated_call.args:
        first = annotation.annotated_call.args[0]
        if not _is_schema_item(first, annotation.annotated_source):
            spec.column_type, problem = resolver.resolve(first, annotation.annotated_source)
            if problem:
                problems.add(spec.file, spec.line, f"{spec.attribute}: {problem}")
            return
    if annotation is not None and not spec.foreign_keys:
        # with a ForeignKey and no type, SQLAlchemy takes the target column's type and leaves
        # the annotation's alone (``specification_id: Mapped[str] = mapped_column(ForeignKey(
        # "specification.id"))`` is an integer when specification.id is)
        spec.column_type = annotation.column_type
        if annotation.enum is not None:
            resolver.enums.setdefault((None, annotation.enum.name), annotation.enum)
        if annotation.problem:
            problems.add(spec.file, spec.line, f"{spec.attribute}: {annotation.problem}")
        return
    if not spec.foreign_keys:
        problems.add(spec.file, spec.line, f"{spec.attribute}: column has no type")
    # else: the type comes from the foreign key target, resolved once every file is read


def _read_options(keywords: dict[str, Arg], spec: ColumnSpec, problems: Problems) -> None:
    spec.unique = bool(_flag(keywords, "unique", spec, problems))
    spec.index = bool(_flag(keywords, "index", spec, problems))
    if "server_default" in keywords:
        node, source = keywords["server_default"]
        if not (isinstance(node, ast.Constant) and node.value is None):
            spec.default = keywords["server_default"]
    if "comment" in keywords:
        node, source = keywords["comment"]
        value = literal(node, source)
        if isinstance(value, str):
            spec.comment = value
        elif value is not None:
            spec.unread = (*spec.unread, "comment")
            problems.add(spec.file, spec.line, f"{spec.attribute}: comment={source.segment(node)} is not a literal; "
                         "the comment is not compared")


def read_schema_item(node: ast.expr, source: SourceText, spec: ColumnSpec, problems: Problems, value) -> None:
    if not isinstance(node, ast.Call):
        problems.add(spec.file, spec.line, f"{spec.attribute}: argument `{source.segment(node)}` is not understood")
        return
    preset = source.presets.get(node.func.id) if isinstance(node.func, ast.Name) else None
    if preset is not None and preset[0] == "ForeignKey":
        spec.foreign_key_presets = tuple(keyword.arg for keyword in preset[1] if keyword.arg)
    node = source.with_presets(node)
    kind = source.sqlalchemy_name(node.func)
    keywords = {key: value(argument, source) for key, argument in keyword_map(node).items()}
    if kind == "ForeignKey":
        fk = foreign_key_spec(node, source, value)
        if fk is None:  # its foreign key is not compared (the database's may be any)
            spec.unread = (*spec.unread, "foreign_key")
            problems.add(
                spec.file, spec.line, f"{spec.attribute}: foreign key target `{source.segment(node)}` is not static"
            )
        else:
            spec.foreign_keys.append(fk)
    elif kind == "Identity":
        spec.identity = "always" if keywords.get("always") is True else "by default"
    elif kind == "Computed" and node.args:
        expression = literal(node.args[0], source)
        if isinstance(expression, str):
            spec.generated = expression
            spec.generated_kind = "virtual" if keywords.get("persisted") is False else "stored"
        else:
            problems.add(spec.file, spec.line, f"{spec.attribute}: Computed expression is not a literal")
    elif kind == "CheckConstraint" and node.args:
        check = check_constraint(node, source)
        if check is not None:
            spec.checks.append(check)
    elif kind == "DefaultClause" and node.args:  # Column(T, DefaultClause(func.now())): a server default
        spec.default = (node.args[0], source)


def _option(keywords: dict, key: str) -> str | None:
    value = keywords.get(key)
    return value.upper() if isinstance(value, str) else None


def reference_target(node: ast.expr, source: SourceText, value=literal) -> str | tuple[str, str] | None:
    """The column a foreign key refers to: "table.column" / "schema.table.column" (a string,
    or a constant that holds one), or ``(owner, attribute)`` for ``User.id`` / ``users.c.id``,
    also through the module that defines them (``standard_attr.StandardAttribute.id``); None
    for anything else."""
    target = value(node, source)
    if isinstance(target, str):
        return target if target.count(".") in (1, 2) else None
    if isinstance(node, ast.Name):  # ForeignKey(id): a column the class body defined above
        return OWN_CLASS, node.id
    path = dotted(node)
    parts = path.split(".") if path else []
    if len(parts) >= 3 and parts[-2] == "c":  # users.c.id, tables.users.c.id
        return parts[-3], parts[-1]
    if len(parts) >= 2:  # User.id, models.User.id
        return parts[-2], parts[-1]
    return None


def foreign_key_spec(node: ast.Call, source: SourceText, value=literal) -> ForeignKeySpec | None:
    """``value(node, source)`` reads the target: a literal, or a module-level constant the
    file names (``ForeignKey(USER_ID)`` with ``USER_ID = "user.id"``)."""
    written = node.args[0] if node.args else keyword_map(node).get("column")  # ForeignKey(column="t.id")
    if written is None:
        return None
    target = reference_target(written, source, value)
    if target is None:
        return None
    keywords = {key: value(argument, source) for key, argument in keyword_map(node).items()}
    return ForeignKeySpec(
        target,
        name=keywords.get("name") if isinstance(keywords.get("name"), str) else None,
        ondelete=_option(keywords, "ondelete"),
        onupdate=_option(keywords, "onupdate"),
        deferrable=keywords.get("deferrable") is True,
        initially_deferred=_option(keywords, "initially") == "DEFERRED",
    )


def check_constraint(node: ast.Call, source: SourceText) -> CheckConstraint | None:
    expression = node.args[0]
    if isinstance(expression, ast.Call) and last_name(expression.func) == "text" and expression.args:
        expression = expression.args[0]
    text = literal(expression, source)
    if not isinstance(text, str) and isinstance(expression, (ast.Compare, ast.BinOp, ast.BoolOp, ast.UnaryOp)):
        text = sql_expression(expression, source)  # CheckConstraint(tries >= 0): a Python comparison
    if not isinstance(text, str):
        return None
    name_node = keyword_map(node).get("name")
    name = literal(name_node, source) if name_node is not None else None
    if not isinstance(name, str) and isinstance(name_node, ast.Call) and last_name(name_node.func) in ("conv", "f"):
        value = name_node.args[0] if len(name_node.args) == 1 else None
        name = ConvertedName(value.value) if isinstance(value, ast.Constant) and isinstance(value.value, str) else None
    return CheckConstraint(text, name if isinstance(name, str) else None)
