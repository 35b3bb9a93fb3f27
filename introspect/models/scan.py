"""First pass of the model reader: what each file defines at module level.

For every parsed file: column aliases (``Column = partial(db.Column, ...)``), ``Annotated``
aliases, Python enums, ``TypeDecorator`` subclasses, declarative bases
(``declarative_base()``, ``registry().generate_base()``, ``DeclarativeBase`` subclasses,
``db.Model``), classes, module-level ``Table(...)`` objects and ``Index(...)`` statements.
Classes are linked across files only after every file is scanned (``build``).
"""

from __future__ import annotations

import ast
import collections
import copy
import re
import sys
import weakref
from collections.abc import Iterator, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, cast

from ..sqltypes import is_sqlalchemy_module, is_type_name
from .column_types import (
    InitArguments,
    PyEnum,
    TypeDecoratorInfo,
    is_library_type_name,
    is_type_expression,
    members_listed,
    postgresql_variant,
)
from .columns import (
    COLUMN_CALLABLES,
    ModuleInfo,
    alias_from_assignment,
    column_call,
    helper_return,
    import_name,
    imported_module_names,
    single_return,
    static_or_class_method,
)
from .exprs import (
    SourceText,
    class_setting,
    dotted,
    joined_text,
    keyword_map,
    last_name,
    literal,
    sql_expression,
)

_ENUM_BASES = {"Enum", "IntEnum", "StrEnum", "Flag", "IntFlag"}
_DECLARATIVE_BASES = {"DeclarativeBase", "DeclarativeBaseNoMeta"}
BASE_FACTORIES = {"declarative_base", "generate_base"}
_COLUMN_CALLS = ("Column", "mapped_column")
_DECLARED_ATTR = {"declared_attr", "directive", "cascading"}
# a class body's settings for SQLAlchemy and Python, never its statements' constants (each class has
# its own: as constants they would make every class's statements read apart, slowly)
_CLASS_SETTINGS = {"__tablename__", "__table_args__", "__mapper_args__", "__abstract__", "__bind_key__",
                   "__versioned__", "__slots__", "__doc__", "__allow_unmapped__", "__module__", "__qualname__"}
_TABLE_ITEMS = {"Index", "UniqueConstraint", "CheckConstraint", "ForeignKeyConstraint", "PrimaryKeyConstraint"}
_SQL_CLAUSES = {"text", "and_", "or_", "not_", "literal_column"}  # a module constant of SQL (an index predicate)
SQLALCHEMY_MODULES = ("sqlalchemy", "flask_sqlalchemy")
# the table items a statement of their own attaches to the table whose columns they name
# pydantic's constrained types (``Annotated[int, Gt(0)]`` in pydantic 2, subclasses of ``int`` in 1):
# the Python type SQLAlchemy's type map gives a column of each
PYDANTIC_ALIASES = {
    **dict.fromkeys(("PositiveInt", "NegativeInt", "NonNegativeInt", "NonPositiveInt", "StrictInt"), "int"),
    **dict.fromkeys(("PositiveFloat", "NegativeFloat", "NonNegativeFloat", "NonPositiveFloat", "FiniteFloat",
                     "StrictFloat"), "float"),
    "StrictStr": "str", "StrictBool": "bool", "StrictBytes": "bytes",
    **dict.fromkeys(("UUID1", "UUID3", "UUID4", "UUID5"), "UUID"),
    **dict.fromkeys(("PastDate", "FutureDate"), "date"),
    **dict.fromkeys(("AwareDatetime", "NaiveDatetime", "PastDatetime", "FutureDatetime"), "datetime"),
}
MODULE_ITEMS = ("Index", "ForeignKeyConstraint", "UniqueConstraint")
# what a function of the file may call with keywords of its own and be read as SQLAlchemy's (``_preset_wrapper``)
PRESET_ITEMS = frozenset({"ForeignKey", "ForeignKeyConstraint", "UniqueConstraint", "Index", "CheckConstraint"})
# Class-body blocks whose statements run conditionally or repeatedly: a column in one
# exists or not depending on run time (the builder reports them).
BLOCKS: dict[type[ast.stmt], str] = {
    ast.If: "if", ast.For: "for", ast.AsyncFor: "async for", ast.While: "while", ast.Try: "try",
    ast.With: "with", ast.AsyncWith: "async with", ast.Match: "match",
}
if sys.version_info >= (3, 11):
    BLOCKS[ast.TryStar] = "try"


@dataclass(frozen=True)
class TableName:
    """How a class body sets ``__tablename__``.

    kind: absent | literal | none | lower (``declared_attr`` returning
    ``cls.__name__.lower()``) | dynamic (anything else computed).
    """

    kind: str = "absent"
    value: str | None = None
    line: int = 0
    from_class_name: bool = False  # dynamic, computed from ``cls.__name__``
    # a ``declared_attr`` naming each class's table from its class (``lower``, or dynamic from
    # the class name): SQLAlchemy calls it for every subclass, a mapped parent's too, so each
    # gets a table of its own (joined inheritance)
    per_class: bool = False


Member = tuple[ast.stmt, str | None, ast.expr | None, ast.expr | None]


def _type_params(node: ast.ClassDef) -> dict:
    return {"type_params": getattr(node, "type_params", [])} if sys.version_info >= (3, 12) else {}


@dataclass
class ClassInfo:
    name: str
    module: ModuleInfo
    node: ast.ClassDef
    bases: tuple[str, ...]  # as written
    tablename: TableName = field(default_factory=TableName)
    abstract: bool = False
    table_args: ast.expr | None = None
    table_args_dynamic: bool = False
    # ``table_args`` is what a declared_attr returns for each class, and reads the class
    # (``{"comment": cls.__doc__}``): a subclass cannot pass it on as ``Base.__table_args__``
    table_args_per_class: bool = False
    # the declared_attr's parameter when ``table_args`` reads the class's table name and columns
    # only (``Index("idx_%s_ts" % cls.__tablename__, cls.timestamp.desc())``): read for each class
    table_args_self: str | None = None
    # a declared_attr ``__table_args__`` that returns the items each class binds to this
    # attribute, plus checks and options (Rucio's ``ModelBase``: ``return cls._table_args +
    # (CheckConstraint(...), {"mysql_engine": "InnoDB"})``, branch by branch)
    table_args_from: str | None = None
    table_value: ast.expr | None = None  # __table__ = Table(...) / a Table variable
    decorated_mapped: bool = False  # @registry.mapped
    decorated_dataclass: bool = False  # @registry.mapped_as_dataclass
    declarative_root: bool = False  # class Base(DeclarativeBase) / @as_declarative
    annotation_map: ast.expr | None = None  # type_annotation_map = {...}
    # ``registry = orm_registry`` (a registry made elsewhere, at run time: advanced-alchemy's
    # ``create_registry()``): its ``type_annotation_map`` is not read; the text as written
    unread_registry: str | None = None
    metadata_schema: ast.expr | None = None  # metadata = MetaData(schema="app") in a base's body
    # the line of an ``__init_subclass__`` that sets ``cls.__tablename__``: the table names
    # of its subclasses are made at run time (``keeps_own_tablename``: except for a subclass
    # whose body sets ``__tablename__``, when the hook first tests ``"__tablename__" in
    # cls.__dict__``)
    renames_subclass_tables: int = 0
    keeps_own_tablename: bool = False
    # what it assigns, as written, when it is one plain ``cls.__tablename__ = <expression>`` in the
    # body (``get_prefixed_tablename(cls.__tablename__)``): worked out for each subclass in the build
    subclass_tablename: str | None = None
    # the hook renames only a class that has these attributes (``if hasattr(cls, "TABLE_PREFIX"):``)
    renames_when: frozenset[str] = frozenset()
    # a field an ``__init_subclass__`` takes out of a subclass's fields (Reflex 0.8's ``Model``: ``if
    # <another field is a primary key>: cls.__fields__.pop("id", None)``), and whether it does so
    # only under an ``if`` (taken to be: where the subclass declares a primary key of its own)
    drops_field: tuple[str, bool] | None = None
    # every name the body binds: attributes (columns, relationships...) and methods
    names: set[str] = field(default_factory=set)
    # the literals the body names (USER = "user", TYPES = [USER, GROUP]): its statements' scope
    constants: dict[str, object] = field(default_factory=dict)
    # the names bound in the branch of ``if TYPE_CHECKING: ... else:`` that runs
    guarded: set[str] = field(default_factory=set)
    # the line of each name's last binding in the body: a later ``def report`` (a property of
    # the same name) replaces ``report = Column(...)``, and the class has no such column
    last_bound: dict[str, int] = field(default_factory=dict)
    rebound: bool = False  # some name is bound more than once (most classes bind each once)
    # the body's statements that may define a column, in order (``members``); None while
    # the body is released
    held_members: list[Member] | None = field(default_factory=list)
    # how the builder tells it apart: its name, or ``name@path`` for a second class of one
    # name that other classes name as a base (``class Resource(LibraryResource)``)
    key: str = ""
    # defined inside a block (``if``, ``try``...) rather than directly in the module body or in a
    # top-level ``with`` block's (``unconditional_statements``)
    nested: bool = False
    # the top-level class whose body defines it (``class database: class Host(Base): ...``)
    held_by: str = ""
    # types its body binds names to, for its columns (okpy's ``status_enum = db.Enum(*values,
    # name="status")`` and ``status = db.Column(status_enum)``)
    type_values: dict[str, ast.expr] = field(default_factory=dict)
    # a member says the class is SQLAlchemy's: a column or relationship call, a ``Mapped[...]``
    # annotation (known without the body, once it is released)
    maps_in_body: bool = False
    # ``Owner.attribute = Column(...)`` at module level after the class (declarative adds the
    # column to the mapped class then): (statement, attribute, None, value), read after ``members``
    late_members: list[Member] = field(default_factory=list)
    # those of them in another module, which imports the class: statement -> that module
    late_modules: dict[int, ModuleInfo] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.key = self.key or self.name

    @property
    def path(self) -> str:
        return self.module.path

    @property
    def members(self) -> list[Member]:
        """The body's statements that may define a column, in order, as (statement, attribute,
        annotation, value): ``attribute = value`` and ``attribute: annotation [= value]`` (not
        dunder names); decorated methods and blocks (``if``...) as (statement, None, None, None)."""
        if self.held_members is None:
            self._reload()
        assert self.held_members is not None
        return self.held_members

    def holds(self, member: Member) -> bool:
        """Whether the class still holds what ``member`` binds once its body has run: not when
        a later statement binds the name again (``report = Column(...)``, then a property
        ``def report``)."""
        statement, attribute = member[0], member[1]
        name = attribute if attribute is not None else getattr(statement, "name", None)
        return name is None or self.last_bound.get(name, statement.lineno) == statement.lineno

    @property
    def full_node(self) -> ast.ClassDef:
        """``node`` with its body (``node`` of a released class has none)."""
        if self.held_members is None:
            self._reload()
        return self.node

    def release(self) -> None:
        """Let the body's syntax tree go once its module's tree is gone (a large codebase's
        trees do not fit in memory together); ``members`` and ``full_node`` parse the class's
        lines again when next asked. A class inside a block keeps its body (its lines are
        indented)."""
        if self.nested or self.held_by or self.held_members is None or self.module.tree is not None:
            return
        node = self.node
        shell = ast.ClassDef(name=node.name, bases=node.bases, keywords=node.keywords, body=[],
                             decorator_list=node.decorator_list, **_type_params(node))
        self.node = ast.copy_location(shell, node)
        self.node.end_lineno, self.node.end_col_offset = node.end_lineno, node.end_col_offset
        self.held_members = None

    def _reload(self) -> None:
        first = min([self.node.lineno, *(d.lineno for d in self.node.decorator_list)])
        lines = self.module.source.lines(first, self.node.end_lineno or first)
        module = ast.parse("\n" * (first - 1) + lines)
        node = module.body[0]
        assert isinstance(node, ast.ClassDef) and node.name == self.name
        scratch = ClassInfo(self.name, self.module, node, self.bases)
        for statement in node.body:
            _scan_class_statement(statement, scratch)
        self.node, self.held_members = node, scratch.held_members


@dataclass
class TableObject:
    """``name = Table("table", metadata, Column(...), ...)`` at module level."""

    variable: str
    call: ast.Call
    statement: ast.stmt
    module: ModuleInfo


@dataclass
class ScanResult:
    modules: list[ModuleInfo] = field(default_factory=list)
    classes: list[ClassInfo] = field(default_factory=list)
    py_enums: dict[str, PyEnum] = field(default_factory=dict)  # by name: the last read of a name
    # every module-level enum class of a name (two modules' ``class Language(Enum)``): a file's name
    # stands for its own, or the one of the module it imports it from (``ModelBuilder._file_enums``)
    enum_definitions: dict[str, list[PyEnum]] = field(default_factory=dict)
    # enum classes defined in a class's body (``class PipelineRun(Base): class Status(StrEnum)``),
    # by name, with their owners: one of a name is an enum like the others (``link_nested_enums``)
    nested_enums: dict[str, list[tuple[str, PyEnum]]] = field(default_factory=dict)
    # a name several enum classes have when one of them is nested: name -> their owners
    # (``PipelineRun.Status``, ``Job.Status``); a column's ``Enum(Status)`` is not guessed
    ambiguous_enums: dict[str, tuple[str, ...]] = field(default_factory=dict)
    decorators: dict[str, TypeDecoratorInfo] = field(default_factory=dict)
    table_objects: list[TableObject] = field(default_factory=list)
    roots: set[str] = field(default_factory=set)  # names of declarative bases
    flask_roots: set[str] = field(default_factory=set)  # Model = db.Model
    # Base = declarative_base(cls=Mixin) / db = SQLAlchemy(model_class=Mixin): the declarative
    # base's name (``Base``, ``db.Model``) -> the class it is made from (its columns and methods
    # are every model's; the name may be Mixin's own)
    root_classes: dict[str, str] = field(default_factory=dict)
    flask_model_classes: set[str] = field(default_factory=set)  # SQLAlchemy(model_class=...)
    # the project's subclasses of Flask-SQLAlchemy's ``SQLAlchemy`` (jazzband's ``JazzbandSQLAlchemy``,
    # with an ``init_app`` of its own): a call of one makes ``db`` as ``SQLAlchemy(...)`` does
    flask_extensions: set[str] = field(default_factory=lambda: {"SQLAlchemy"})
    # functions of the project that return a declarative base (``def versioned_base(...):``
    # a class under ``@as_declarative``, or ``declarative_base()``), and the module-level
    # names assigned a call of a function the scan did not know yet: (names, callee, module, the call)
    base_factories: set[str] = field(default_factory=set)
    factory_calls: list[tuple[list[str], str, ModuleInfo, ast.Call]] = field(default_factory=list)
    # functions whose last statement returns a module-level name: a declarative base's when
    # that name is one (sqlalchemy-helpers' ``def get_base(...): ... return Base``)
    name_factories: dict[str, str] = field(default_factory=dict)
    # classes a module-level function defines (def make_label(table): class Label(Base): ...),
    # as (function, class, module): a mapped one makes a table only the run knows
    # (function, class statement, module, the function's parameters)
    function_classes: list[tuple[str, ast.ClassDef, ModuleInfo, frozenset[str]]] = field(default_factory=list)
    # the project's files outside the models that the models import from and that cannot be
    # read: the module name they are imported by -> (file, why)
    unreadable: dict[str, tuple[str, str]] = field(default_factory=dict)
    # Index(...), ForeignKeyConstraint(...) and UniqueConstraint(...) statements at module level,
    # which attach to the table of the class whose columns they name (``module_item``)
    module_items: list[tuple[ast.Call, ModuleInfo]] = field(default_factory=list)
    # those that are a statement of their own in the module's body (``Index("ix", User.email)``), by id:
    # one a plan removes is its lines
    standalone_items: set[int] = field(default_factory=set)
    # (owner class or Table variable, the constraint, module): X.__table__.append_constraint(...)
    appended: list[tuple[str, ast.expr, ModuleInfo]] = field(default_factory=list)
    # class name -> the SQL a ``@compiles(Class, "postgresql")`` function returns as a
    # literal (``class GenerateUUID(FunctionElement)`` compiled to ``gen_random_uuid()``)
    compiled_sql: dict[str, str] = field(default_factory=dict)
    # a declarative base (``Base``, ``db.Model``) -> the schema= of its MetaData and the module
    # it is written in: the default schema of its tables
    root_schemas: dict[str, tuple[ast.expr, ModuleInfo]] = field(default_factory=dict)
    # module-level calls of other functions, with the module: ``make_index(User.name)`` may
    # add indexes to the table of the class it is given
    other_calls: list[tuple[ast.Call, ModuleInfo]] = field(default_factory=list)
    # module-level ``Owner.attribute = value`` (a column or relationship added to a class after it
    # is made): (owner, attribute, statement, module)
    assigned_after: list[tuple[str, str, ast.Assign, ModuleInfo]] = field(default_factory=list)
    # columns whose type a ``before_create`` listener on Table changes as the table is created
    # (rucio's ``target.columns.identity_type.type.name = ...``): (table or None for any, column,
    # the listener, file, line)
    retyped_at_create: list[tuple[str | None, str, str, str, int]] = field(default_factory=list)


def statements_alone(body: list[ast.stmt]) -> list[ast.stmt]:
    """The statements of ``body`` alone on their lines (not ``Index("a", ...); Index("b", ...)``): what
    removing its lines removes."""
    return [statement for index, statement in enumerate(body)
            if (index == 0 or (body[index - 1].end_lineno or 0) < statement.lineno)
            and (index + 1 == len(body) or body[index + 1].lineno > (statement.end_lineno or statement.lineno))]


def _names_its_column(value: ast.expr | None) -> bool:
    """A call whose first argument is a string: ``Column("name", ...)``."""
    return isinstance(value, ast.Call) and bool(value.args) and isinstance(value.args[0], ast.Constant) \
        and isinstance(value.args[0].value, str)


def bound_names(body: list[ast.stmt]) -> set[str]:
    """The names the top-level statements of ``body`` bind (those of ``if`` / ``try`` / ``with`` blocks too)."""
    names: set[str] = set()
    for statement in module_statements(body):
        if isinstance(statement, (ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            names.add(statement.name)
        elif isinstance(statement, (ast.Import, ast.ImportFrom)):
            names.update((alias.asname or alias.name).split(".")[0] for alias in statement.names if alias.name != "*")
        elif isinstance(statement, (ast.Assign, ast.AnnAssign)):
            targets = statement.targets if isinstance(statement, ast.Assign) else [statement.target]
            names.update(node.id for target in targets for node in ast.walk(target) if isinstance(node, ast.Name))
    return names


def module_statements(body: list[ast.stmt]):
    """Top-level statements, looking inside ``if`` / ``try`` / ``with`` blocks; of the branch of ``if
    TYPE_CHECKING:`` that only type checkers see, the imports alone (a class defined there
    is not the one the program runs with)."""
    for statement in body:
        running = run_time_branch(statement)
        if running is not None:
            yield from (s for s in module_statements(type_checkers_only(statement))
                        if isinstance(s, (ast.Import, ast.ImportFrom)))
            yield from module_statements(running)
        elif isinstance(statement, ast.If):
            yield from module_statements(statement.body)
            yield from module_statements(statement.orelse)
        elif isinstance(statement, ast.Try):
            for block in (statement.body, statement.orelse, statement.finalbody):
                yield from module_statements(block)
            for handler in statement.handlers:
                yield from module_statements(handler.body)
        elif isinstance(statement, ast.With):  # with warnings.catch_warnings(): class ...
            yield from module_statements(statement.body)
        else:
            yield statement


def unconditional_statements(body: list[ast.stmt]):
    """The module's statements that always run at import: its top-level ones, and those in the
    body of a top-level ``with`` block (mlrun's ``with warnings.catch_warnings():`` around every
    model class), which the program defines as it does a top-level class; not those of an ``if``
    or ``try`` (one of two definitions, or none)."""
    for statement in body:
        if isinstance(statement, ast.With):
            yield from unconditional_statements(statement.body)
        else:
            yield statement


def scan_module(module: ModuleInfo, result: ScanResult) -> None:
    assert module.tree is not None
    top_level = {id(statement) for statement in unconditional_statements(module.tree.body)}
    holds_tables = may_hold_tables(module.source.text)
    module.bound = bound_names(module.tree.body)
    alone = {id(statement) for statement in statements_alone(module.tree.body)}
    for statement in module_statements(module.tree.body):
        if isinstance(statement, ast.ImportFrom):
            _record_imports(statement, module)
        elif isinstance(statement, ast.Import):
            for alias in statement.names:
                # ``import a.b`` binds ``a``; ``import a.b as c`` binds ``c`` to ``a.b``
                module.imported_modules.add(alias.name.rsplit(".", 1)[-1])
                if alias.asname:
                    module.origins[alias.asname] = alias.name
                else:
                    module.origins[alias.name.split(".")[0]] = alias.name.split(".")[0]
        elif isinstance(statement, ast.ClassDef):
            if any(module.original(name) in result.flask_extensions for base in statement.bases
                   if (name := last_name(base)) is not None):
                result.flask_extensions.add(statement.name)
            _scan_class(statement, module, result, nested=id(statement) not in top_level)
            if id(statement) in top_level:
                for member in held_model_classes(statement):
                    _scan_class(member, module, result, nested=False, held_by=statement.name)
            if id(statement) in top_level and holds_tables:
                _scan_held_tables(statement, module, result)
        elif isinstance(statement, ast.FunctionDef):
            _scan_compiles(statement, result)
            result.retyped_at_create.extend((table, column, statement.name, module.path, line)
                                            for table, column, line in _retyped_at_create(statement))
            last = statement.body[-1]
            if isinstance(last, ast.Return) and isinstance(last.value, ast.Name):
                result.name_factories[statement.name] = last.value.id
            returned = _returned_class(statement)
            if _returns_declarative_base(statement) or (returned is not None and _declarative_class(returned)):
                result.base_factories.add(statement.name)
                continue
            parameters = frozenset(a.arg for a in (*statement.args.posonlyargs, *statement.args.args,
                                                    *statement.args.kwonlyargs))
            result.function_classes.extend((statement.name, node, module, parameters)
                                           for node in statement.body if isinstance(node, ast.ClassDef))
            if statement.name in COLUMN_CALLABLES and id(statement) in top_level:
                # ``def mapped_column(*args, sqla_info=None, **kwargs)``: the project's, under SQLAlchemy's name
                module.column_wrappers[statement.name] = (_wrapper_settings(statement, module), statement.lineno)
                continue
            preset = _preset_wrapper(statement)
            if preset is not None and id(statement) in top_level and (
                    module.original(preset[0]) in PRESET_ITEMS or preset[0] in module.preset_wrappers):
                # of a schema item (a type's, ``String(*args, **kwargs, collation="C")``, is a type helper)
                module.preset_wrappers[statement.name] = preset
                continue
            if returned is None and builds_column(statement):  # a class factory builds no column
                module.column_functions.add(statement.name)
                if helper_return(statement) is not None:
                    module.column_helpers[statement.name] = (statement, weakref.ref(module))  # not a cycle
            elif isinstance(made := _only_return(statement), (ast.Call, ast.ListComp)):
                # maybe a type (a column's), or an enum's values_callable ([e.value for e in x]);
                # a type made of the function's parameters is made of the call's arguments
                setattr(made, "helper_parameters", tuple(a.arg for a in statement.args.args))  # noqa: B010
                module.type_helpers[statement.name] = (made, module.source)
            elif other_dialect_options(statement):
                module.other_dialect_options.add(statement.name)
        elif isinstance(statement, (ast.Assign, ast.AnnAssign)) and statement.value is not None:
            targets = statement.targets if isinstance(statement, ast.Assign) else [statement.target]
            names = [target.id for target in targets if isinstance(target, ast.Name)]
            _unpacked_constants(targets, statement.value, module)
            if names:
                _scan_assignment(names, statement, statement.value, module, result)
            elif isinstance(statement, ast.Assign) and len(targets) == 1 and isinstance(target := targets[0],
                    ast.Attribute) and target.attr == "__table_args__" and isinstance(statement.value, ast.Tuple):
                # Candidate.__table_args__ = (Index("...", Candidate.obj_id, ...),) after the class (skyportal):
                # SQLAlchemy reads no __table_args__ then, but each item of its columns joins their table
                result.module_items.extend((call, module) for call in statement.value.elts
                                           if isinstance(call, ast.Call) and _module_item(call, module))
            elif isinstance(statement, ast.Assign) and len(targets) == 1 and isinstance(target := targets[0],
                    ast.Attribute) and isinstance(target.value, ast.Name) \
                    and _maps(None, statement.value, module.imported):
                # ActionExecution.task_execution_id = sa.Column(...) after the class
                result.assigned_after.append((target.value.id, target.attr, statement, module))
        elif isinstance(statement, ast.Expr) and isinstance(statement.value, ast.Tuple):
            # ``Index(...),``: a stray comma makes the statement a tuple; the Index is made all the same
            result.module_items.extend((call, module) for call in statement.value.elts
                                       if isinstance(call, ast.Call) and _module_item(call, module))
        elif isinstance(statement, ast.Expr) and isinstance(statement.value, ast.Call):
            call = statement.value
            if _module_item(call, module):
                result.module_items.append((call, module))
                if last_name(call.func) == "Index" and id(statement) in alone:
                    result.standalone_items.add(id(call))  # (not ``SaIndex(...)``: the codemods find ``Index``)
            elif isinstance(call.func, ast.Attribute) and call.func.attr == "append_constraint" and call.args:
                # User.__table__.append_constraint(UniqueConstraint(...)) / users.append_constraint(...)
                owner = dotted(call.func.value)
                if owner is not None:
                    result.appended.append((owner.removesuffix(".__table__"), call.args[0], module))
            else:
                result.other_calls.append((call, module))


_TABLE_CALL = re.compile(r"Table\s*\(")


def may_hold_tables(text: str) -> bool:
    """Whether a file's text calls a ``Table`` at all (a class of it may hold Table objects)."""
    return _TABLE_CALL.search(text) is not None


def held_tables(node: ast.ClassDef) -> list[tuple[str, ast.Assign, ast.Call]]:
    """``name = Table(...)`` statements of a class body (name, statement, call): Table objects
    a class holds as attributes (buildbot's ``class Model: builds = sautils.Table("builds",
    metadata, ...)``, an association table in a model's body). SQLAlchemy puts them in their
    metadata as it does module-level ones; a mapped class's own ``__table__`` is not one."""
    return [(target.id, statement, call) for statement in node.body
            if isinstance(statement, ast.Assign) and len(statement.targets) == 1
            and isinstance(target := statement.targets[0], ast.Name) and not target.id.startswith("__")
            and isinstance(call := statement.value, ast.Call) and last_name(call.func) == "Table"]


def _scan_held_tables(node: ast.ClassDef, module: ModuleInfo, result: ScanResult) -> None:
    """The Table objects ``node`` holds (``held_tables``); when it maps no table itself, the
    ``Index(...)`` statements of its body as well (they name its tables' columns)."""
    tables = [held for held in held_tables(node) if held[2].args and _is_table(held[2], module)]
    for name, statement, call in tables:
        result.table_objects.append(TableObject(name, call, statement, module))
        for item in call.args:
            record_column_type(item, module)
    if tables and not any(isinstance(target, ast.Name) and target.id in ("__tablename__", "__table__")
                          for member in node.body if isinstance(member, (ast.Assign, ast.AnnAssign))
                          for target in (member.targets if isinstance(member, ast.Assign) else [member.target])):
        result.module_items.extend((member.value, module) for member in node.body
                                     if isinstance(member, ast.Expr) and isinstance(member.value, ast.Call)
                                     and last_name(member.value.func) == "Index")


def _classes_by_name(function: ast.FunctionDef) -> dict[str, str]:
    """What a ``__getattr__`` gives for a name, where its body says so in the open: each
    ``if name == "Timestamp": return Timestamp`` of it (invenio-db's ``db.Timestamp``)."""
    params = function.args.args
    if len(params) != 2:
        return {}
    asked = params[1].arg
    given = {}
    for statement in function.body:
        if not isinstance(statement, ast.If):
            continue
        test = statement.test
        if (isinstance(test, ast.Compare) and isinstance(test.left, ast.Name) and test.left.id == asked
                and len(test.ops) == 1 and isinstance(test.ops[0], ast.Eq)
                and isinstance(name := test.comparators[0], ast.Constant) and isinstance(name.value, str)
                and len(statement.body) == 1 and isinstance(returned := statement.body[0], ast.Return)
                and isinstance(returned.value, ast.Name)):
            given[name.value] = returned.value.id
    return given


def _only_return(function: ast.FunctionDef) -> ast.expr | None:
    """What a function returns when its last statement is its one ``return`` (``if type_in is
    None: type_in = Text()`` may come before it), else None."""
    last = function.body[-1] if function.body else None
    if not isinstance(last, ast.Return) or len(list(_returns(function.body))) != 1:
        return None
    return last.value


def _returns(statements: list[ast.stmt]) -> Iterator[ast.Return]:
    """The ``return`` statements of a function body, in order, not those of the functions and
    classes it defines (bitcart's ``MutableModel(model)`` defines a class with methods, then
    returns ``MutableModel.as_mutable(PydanticJSON(model))``)."""
    pending = list[ast.AST](reversed(statements))
    while pending:
        node = pending.pop()
        if isinstance(node, ast.Return):
            yield node
        elif not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda)):
            pending.extend(reversed(list(ast.iter_child_nodes(node))))


_OTHER_DIALECTS = ("mysql_", "mariadb_", "sqlite_", "mssql_", "oracle_")


def other_dialect_options(function: ast.FunctionDef) -> bool:
    """Whether ``function`` (called without arguments) returns only None or dicts of other
    databases' table options (``{"mysql_engine": ..., "mysql_charset": "utf8mb4"}``, as
    OpenStack's ironic builds them from its configuration)."""
    arguments = function.args
    if arguments.posonlyargs or len(arguments.args) > len(arguments.defaults) or arguments.kwonlyargs:
        return False
    if any(isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.Yield, ast.YieldFrom))
           for statement in function.body for node in ast.walk(statement)):
        return False
    returns = [node for statement in function.body for node in ast.walk(statement) if isinstance(node, ast.Return)]
    return bool(returns) and all(
        node.value is None or (isinstance(node.value, ast.Constant) and node.value.value is None)
        or (isinstance(node.value, ast.Dict) and node.value.keys and all(
            isinstance(key, ast.Constant) and isinstance(key.value, str) and key.value.startswith(_OTHER_DIALECTS)
            for key in node.value.keys))
        for node in returns)


def _record_imports(statement: ast.ImportFrom, module: ModuleInfo) -> None:
    from_sqlalchemy = (statement.module or "").startswith(SQLALCHEMY_MODULES)
    origin = "" if statement.level else (statement.module or "")
    if statement.module:
        module.imported_modules.add(statement.module.rsplit(".", 1)[-1])
    else:  # from . import limits
        module.imported_modules.update(alias.name for alias in statement.names)
    for alias in statement.names:
        if alias.name == "*" and statement.module:
            module.star_imports.add(statement.module.rsplit(".", 1)[-1])
            continue
        module.origins[alias.asname or alias.name] = origin
        module.import_from[alias.asname or alias.name] = (statement.level, statement.module or "")
        if statement.module:
            module.from_modules[alias.asname or alias.name] = statement.module.rsplit(".", 1)[-1]
        if alias.asname and alias.asname != alias.name:
            module.imported[alias.asname] = alias.name
        if not from_sqlalchemy:
            # May name an alias / Annotated type defined in another scanned file.
            module.project_imports.add(alias.asname or alias.name)
        if origin in ("pydantic", "pydantic.types") and alias.name in PYDANTIC_ALIASES:
            # ``Mapped[PositiveInt]`` (collabry): ``Annotated[int, Gt(0)]``, an int to SQLAlchemy
            python_type = ast.copy_location(ast.Name(id=PYDANTIC_ALIASES[alias.name], ctx=ast.Load()), statement)
            module.annotated[alias.asname or alias.name] = (python_type, module.source)


def _scan_compiles(function: ast.FunctionDef, result: ScanResult) -> None:
    """``@compiles(GenerateUUID, "postgresql") def f(element, compiler, **kw): return "..."``:
    the SQL the construct is on PostgreSQL (one for every dialect when none is named)."""
    returned = single_return(function)
    if not (isinstance(returned, ast.Constant) and isinstance(returned.value, str)):
        return
    for decorator in function.decorator_list:
        if not (isinstance(decorator, ast.Call) and last_name(decorator.func) == "compiles" and decorator.args):
            continue
        construct = last_name(decorator.args[0])
        dialects = [a.value for a in decorator.args[1:] if isinstance(a, ast.Constant)]
        if construct is None or (dialects and "postgresql" not in dialects):
            continue
        if dialects or construct not in result.compiled_sql:  # the PostgreSQL one wins
            result.compiled_sql[construct] = returned.value.strip()


def _retyped_at_create(function: ast.FunctionDef) -> list[tuple[str | None, str, int]]:
    """``@event.listens_for(Table, "before_create")`` over a function that sets a column's type
    (``target.columns.path.type = String(255)``, ``target.c.kind.type.name = "..."``): the
    (table, column, line) it retypes, the table the one ``target.name == "..."`` names (None: any)."""
    if not any(isinstance(d, ast.Call) and last_name(d.func) == "listens_for" and len(d.args) >= 2
               and last_name(d.args[0]) == "Table" and isinstance(d.args[1], ast.Constant)
               and d.args[1].value == "before_create" for d in function.decorator_list):
        return []
    target = function.args.args[0].arg if function.args.args else None
    tables = {str(c.comparators[0].value) for c in ast.walk(function)
              if isinstance(c, ast.Compare) and len(c.comparators) == 1 and isinstance(c.comparators[0], ast.Constant)
              and isinstance(c.left, ast.Attribute) and c.left.attr == "name"
              and isinstance(c.left.value, ast.Name) and c.left.value.id == target}
    table = next(iter(tables)) if len(tables) == 1 else None
    found: list[tuple[str | None, str, int]] = []
    for node in ast.walk(function):
        if not isinstance(node, ast.Assign):
            continue
        for assigned in node.targets:
            chain = []
            while isinstance(assigned, ast.Attribute):
                chain.append(assigned.attr)
                assigned = assigned.value
            chain.reverse()  # target.columns.path.type -> ["columns", "path", "type"]
            if isinstance(assigned, ast.Name) and assigned.id == target and len(chain) >= 3 \
                    and chain[0] in ("columns", "c") and chain[2] == "type":
                found.append((table, chain[1], node.lineno))
    return found


def _returns_declarative_base(function: ast.FunctionDef) -> bool:
    """``return declarative_base(...)`` as the body's last statement."""
    last = function.body[-1]
    return (isinstance(last, ast.Return) and isinstance(last.value, ast.Call)
            and last_name(last.value.func) in BASE_FACTORIES)


def _returned_class(function: ast.FunctionDef) -> ast.ClassDef | None:
    """The class the function defines and returns (its body's last statement)."""
    last = function.body[-1]
    if not (isinstance(last, ast.Return) and isinstance(last.value, ast.Name)):
        return None
    name = last.value.id
    return next((node for node in function.body if isinstance(node, ast.ClassDef) and node.name == name), None)


def _declarative_class(node: ast.ClassDef) -> bool:
    """A class under ``@as_declarative`` or on ``DeclarativeBase``."""
    return as_declarative(node) or any(last_name(b) in _DECLARATIVE_BASES for b in node.bases)


def as_declarative(node: ast.ClassDef) -> bool:
    """A class under ``@as_declarative`` (``@as_declarative(metadata=...)``)."""
    return any(last_name(decorator) == "as_declarative" for decorator in node.decorator_list)


def link_base_factories(result: ScanResult) -> None:
    """Once every file is scanned: a name assigned a call of a function of the project (or of a
    library the models take a base from) that returns a declarative base is a declarative base."""
    declarative = result.roots | {info.name for info in result.classes if info.declarative_root}
    for names, callee, module, _ in result.factory_calls:
        if callee in result.base_factories or result.name_factories.get(callee) in declarative:
            result.roots.update(names)
            module.roots.update(names)


def _wrapper_settings(function: ast.FunctionDef, module: ModuleInfo) -> frozenset[str]:
    """The column settings a project's ``def mapped_column(*args, **kwargs)`` may give besides the
    call's own: the keys it puts in its ``**kwargs`` (``kwargs["comment"] = ...``, ``setdefault``,
    ``update(comment=...)``) and the keywords it passes itself (``_mapped_column(*args, info=info,
    **kwargs)``), when it returns SQLAlchemy's column call with them; ``{"*"}`` (any) otherwise."""
    kwargs = function.args.kwarg.arg if function.args.kwarg is not None else None
    returned = [node.value for node in ast.walk(function) if isinstance(node, ast.Return)]
    call = returned[0] if len(returned) == 1 else None
    if kwargs is None or not (isinstance(call, ast.Call) and isinstance(call.func, ast.Name)
                              and module.original(call.func.id) in COLUMN_CALLABLES
                              and any(k.arg is None and isinstance(k.value, ast.Name) and k.value.id == kwargs
                                      for k in call.keywords)):
        return frozenset({"*"})
    settings = {k.arg for k in call.keywords if k.arg is not None}
    for node in ast.walk(function):
        if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name) and node.value.id == kwargs \
                and isinstance(node.ctx, ast.Store):
            key = literal(node.slice, module.source)
            if not isinstance(key, str):
                return frozenset({"*"})
            settings.add(key)
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                and isinstance(node.func.value, ast.Name) and node.func.value.id == kwargs:
            key = literal(node.args[0], module.source) if node.args else None
            if node.func.attr == "setdefault" and isinstance(key, str):
                settings.add(key)
            elif node.func.attr == "update" and not node.args and all(k.arg for k in node.keywords):
                settings.update(k.arg for k in node.keywords if k.arg)
            elif node.func.attr not in ("get", "pop", "items", "keys", "values", "copy"):
                return frozenset({"*"})
    return frozenset(settings)


def _preset_wrapper(function: ast.FunctionDef) -> tuple[str, tuple[ast.keyword, ...]] | None:
    """(the name it calls, its own keywords) of ``def name(*args, **kwargs): return f(*args,
    **kwargs, key=value)`` (weasyl's ``ForeignKey`` making every key deferrable); None for another."""
    parameters = function.args
    body = [s for s in function.body if not (isinstance(s, ast.Expr) and isinstance(s.value, ast.Constant))]
    if parameters.posonlyargs or parameters.args or parameters.kwonlyargs or parameters.vararg is None \
            or parameters.kwarg is None or len(body) != 1 or not isinstance(body[0], ast.Return):
        return None
    call = body[0].value
    if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Name) and len(call.args) == 1
            and isinstance(call.args[0], ast.Starred) and isinstance(call.args[0].value, ast.Name)
            and call.args[0].value.id == parameters.vararg.arg):
        return None
    spread = [k for k in call.keywords if k.arg is None]
    if len(spread) != 1 or not (isinstance(spread[0].value, ast.Name) and spread[0].value.id == parameters.kwarg.arg):
        return None
    return call.func.id, tuple(k for k in call.keywords if k.arg is not None)


def builds_column(function: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
    """Whether ``Column(...)`` / ``mapped_column(...)`` is called anywhere in ``function``."""
    return any(
        isinstance(node, ast.Call) and last_name(node.func) in ("Column", "mapped_column")
        for node in ast.walk(function)
    )


def _unpacked_constants(targets: Sequence[ast.expr], value: ast.expr, module: ModuleInfo) -> None:
    """``STATES = (INITIAL, BOUND) = ("Initial", "Bound")`` (cyborg): each name of a tuple
    target is its element of a literal tuple, as Python unpacks it."""
    for target in targets:
        if isinstance(target, (ast.Tuple, ast.List)) and isinstance(value, (ast.Tuple, ast.List)) \
                and len(target.elts) == len(value.elts):
            for name, element in zip(target.elts, value.elts, strict=True):
                constant = _literal_constant(element, module.source, module.constants)
                if isinstance(name, ast.Name) and constant is not None:
                    module.constants[name.id] = constant


def _module_item(call: ast.Call, module: ModuleInfo) -> bool:
    """``Index(...)``, ``ForeignKeyConstraint(...)`` or ``UniqueConstraint(...)``, imported under
    its own name or another (``ForeignKeyConstraint as _ForeignKeyConstraint``)."""
    name = module.original(call.func.id) if isinstance(call.func, ast.Name) else last_name(call.func)
    return name in MODULE_ITEMS


def _scan_assignment(names: list[str], statement: ast.Assign | ast.AnnAssign, value: ast.expr, module: ModuleInfo,
                     result: ScanResult) -> None:
    # NAME_MAX = 80; TYPES = ["user", "group"] / (USER, GROUP): labels an Enum(*TYPES) spreads
    constant = _literal_constant(value, module.source, module.constants)
    if constant is not None:
        for name in names:
            module.constants[name] = constant
        return
    if isinstance(value, (ast.Constant, ast.UnaryOp)):
        return
    if isinstance(value, ast.JoinedStr):
        for name in names:
            module.deferred_constants[name] = value
        return
    if (isinstance(value, ast.Attribute) and value.attr in ("c", "columns") and isinstance(value.value, ast.Subscript)
            and last_name(value.value.value) == "tables" and isinstance(value.value.slice, ast.Constant)
            and isinstance(value.value.slice.value, str)):
        # columns = Base.metadata.tables["failed"].c: Index("ix", columns.title) is on that table
        schema, _, table = value.value.slice.value.rpartition(".")
        for name in names:
            module.table_columns[name] = (schema or None, table)
        return
    alias = alias_from_assignment(value, module, module.aliases)
    if alias is not None:
        for name in names:
            module.aliases[name] = alias
        return
    if isinstance(value, ast.Call) and last_name(value.func) in _SQL_CLAUSES \
            and (sql := sql_expression(value, module.source)) is not None:
        module.sql_constants.update(dict.fromkeys(names, sql))
        return
    if isinstance(value, ast.Call) and (decorated := _declared_by_call(value, module)) is not None:
        # Base = as_declarative(metadata=metadata)(Base): the decorator called (cms's), as
        # declarative_base(cls=Base, metadata=metadata)
        result.roots.update(names)
        module.roots.update(names)
        result.root_classes.update(dict.fromkeys(names, decorated))
        _record_root_schema(names, cast(ast.Call, value.func), module, result)
        return
    if isinstance(value, ast.Call):
        callee = last_name(value.func)
        if callee is not None:
            module.made_by.update(dict.fromkeys(names, callee))
        if callee in BASE_FACTORIES:
            result.roots.update(names)
            module.roots.update(names)
            made_from = _class_keyword(value, "cls", module)
            if made_from is not None:
                result.root_classes.update(dict.fromkeys(names, made_from))
            _record_root_schema(names, value, module, result)
        elif callee == "MetaData" and (default_schema := keyword_map(value).get("schema")) is not None:
            module.metadata_schemas.update(dict.fromkeys(names, default_schema))
        elif callee == "registry" and (default_schema := metadata_schema(keyword_map(value).get("metadata"),
                                                                         module)) is not None:
            # mapper_registry = registry(metadata=meta): its generate_base() is of meta's schema (czgenepi)
            module.metadata_schemas.update(dict.fromkeys(names, default_schema))
        elif callee is not None and (module.original(callee) in result.flask_extensions
                                     or "model_class" in keyword_map(value)):
            # SQLAlchemy(...), SQLAlchemy as _SQLAlchemy, a subclass of it (jazzband's), one of another file:
            # model_class= is Flask-SQLAlchemy's
            _record_root_schema([f"{name}.Model" for name in names], value, module, result)
            if (made_from := _class_keyword(value, "model_class", module)) is not None:
                result.root_classes.update({f"{name}.Model": made_from for name in names})
                result.flask_model_classes.add(made_from)
        elif callee == "Table" and value.args and _is_table(value, module):
            result.table_objects.append(TableObject(names[0], value, statement, module))
            for item in value.args:
                record_column_type(item, module)
        elif column_call(value, module, module.aliases) is not None:
            module.column_variables.update(names)
        elif _type_expression(value, module):  # Money = Numeric(12, 2): names a type, like a TypeDecorator
            for name in names:
                result.decorators.setdefault(name, TypeDecoratorInfo(name, value, module.source))
                module.type_values[name] = value
        elif _module_item(value, module):
            # tag_name_index = Index("tag_name_index", Tag.name) (sample-platform's): made all the same
            result.module_items.append((value, module))
        elif callee is not None:  # Base = versioned_base("backlog", 3): a base factory, maybe
            result.factory_calls.append((names, callee, module, value))
    elif isinstance(value, ast.Attribute) and value.attr == "Model":
        result.flask_roots.update(names)
        module.base_aliases.update(dict.fromkeys(names, value))
    elif isinstance(value, (ast.Name, ast.Attribute)):
        for name in names:  # JSONText = MyJSON: may name a TypeDecorator
            module.name_aliases[name] = last_name(value)
            module.base_aliases[name] = value
            # UserID = uuid.UUID (evidently's): ``Mapped[UserID]`` is a ``Mapped[uuid.UUID]``
            module.annotated[name] = (value, module.source)
    elif isinstance(value, ast.Subscript):
        for name in names:  # intpk = Annotated[int, ...]; Role: TypeAlias = Literal["ADMIN", "MEMBER"];
            module.annotated[name] = (value, module.source)  # JSON_FIELD = Dict[str, Any]


def _type_expression(value: ast.expr, module: ModuleInfo) -> bool:
    """``is_type_expression``, a type imported under a name of the file's own too (``from sqlalchemy
    import Enum as SAEnum``: argilla's ``UserRoleEnum = SAEnum(UserRole, name="user_role_enum")``)."""
    if is_type_expression(value):
        return True
    call = postgresql_variant(value)
    if not isinstance(call, ast.Call) or not isinstance(call.func, ast.Name):
        return False
    local = call.func.id
    return module.origins.get(local, "").split(".")[0] in SQLALCHEMY_MODULES \
        and is_type_name(module.imported.get(local, ""))  # sqlalchemy_utils' are not SQLAlchemy's


def metadata_schema(node: ast.expr | None, module: ModuleInfo) -> ast.expr | None:
    """The ``schema=`` of a MetaData written as ``MetaData(schema=...)`` or named by a
    module-level variable bound to one; None when it has none (or is another expression)."""
    if isinstance(node, ast.Call) and last_name(node.func) == "MetaData":
        return keyword_map(node).get("schema")
    if isinstance(node, ast.Name):
        return module.metadata_schemas.get(node.id)
    return None


def _record_root_schema(names: list[str], call: ast.Call, module: ModuleInfo, result: ScanResult) -> None:
    """``declarative_base(metadata=MetaData(schema="app"))`` / ``SQLAlchemy(metadata=metadata)`` /
    ``registry(metadata=metadata).generate_base()``, the registry a module-level name too."""
    metadata = keyword_map(call).get("metadata")
    if metadata is None and isinstance(call.func, ast.Attribute):  # the registry's
        made_by = call.func.value
        metadata = keyword_map(made_by).get("metadata") if isinstance(made_by, ast.Call) else made_by
    schema = metadata_schema(metadata, module)
    if schema is not None:
        result.root_schemas.update(dict.fromkeys(names, (schema, module)))


def _declared_by_call(call: ast.Call, module: ModuleInfo) -> str | None:
    """The class ``as_declarative(...)(Cls)`` makes a declarative base of, by its own name; None
    for another call."""
    if not (isinstance(call.func, ast.Call) and last_name(call.func.func) == "as_declarative"
            and len(call.args) == 1 and not call.keywords and isinstance(call.args[0], ast.Name)):
        return None
    return module.original(call.args[0].id)


def _class_keyword(call: ast.Call, keyword: str, module: ModuleInfo) -> str | None:
    """The class ``keyword=`` names in ``call`` (``cls=Mixin``), if it names one plainly, by
    its own name (``cls=KottiBase`` after ``from .sqla import Base as KottiBase``: ``Base``)."""
    value = keyword_map(call).get(keyword)
    if isinstance(value, ast.Attribute) and isinstance(value.value, ast.Name) and value.value.id in module.origins \
            and _of_the_project(module.origins[value.value.id], module):
        return value.attr  # cls=mx.BaseMixin of ``from ...models import mixins as mx`` (czgenepi)
    return module.original(value.id) if isinstance(value, ast.Name) else None


def _of_the_project(origin: str, module: ModuleInfo) -> bool:
    """Whether a module imported from ``origin`` in ``module`` is the project's: a relative import, or one of
    the package ``module`` is in (``aspen.database.models``), not a library's (fuel-web's ``cls=models.ModelBase``
    of oslo.db, Flask-SQLAlchemy's ``model.Model``: never a project class of that name)."""
    top = origin.split(".")[0]
    return not top or f"/{top}/" in "/" + module.path.replace("\\", "/")


def _is_table(call: ast.Call, module: ModuleInfo) -> bool:
    """A SQLAlchemy ``Table(...)``: named by a string, or holding columns (its name
    computed; the builder reports it)."""
    return isinstance(literal(call.args[0], module.source), str) or any(
        column_call(argument, module, module.aliases) is not None for argument in call.args[1:])


def held_model_classes(node: ast.ClassDef) -> list[ast.ClassDef]:
    """The classes a top-level class defines in its body that name a table (NetExec's ``class
    database(BaseDB):`` holding ``class Host(BaseTable): __tablename__ = "hosts"``): declarative maps
    them when the body runs, as it does top-level ones."""
    return [member for member in node.body if isinstance(member, ast.ClassDef) and member.bases
            and (class_setting(member, "__tablename__") is not None or class_setting(member, "__table__") is not None)]


def _scan_class(node: ast.ClassDef, module: ModuleInfo, result: ScanResult, nested: bool,
                held_by: str = "") -> None:
    source = module.source
    bases = tuple(source.segment(base) for base in node.bases)
    base_names = _base_names(node, module)
    py_enum = _enum_class(node, module, result, base_names)
    if py_enum is not None:
        result.py_enums[node.name] = py_enum
        result.enum_definitions.setdefault(node.name, []).append(py_enum)
        return
    for member in node.body:
        if isinstance(member, ast.ClassDef) and (inner := _enum_class(member, module, result)) is not None:
            result.nested_enums.setdefault(member.name, []).append((node.name, inner))
        elif isinstance(member, ast.FunctionDef) and static_or_class_method(member) and builds_column(member) \
                and single_return(member) is not None:
            # ``hash = HashMatchMixin.hash_column()``: read as a module-level helper is
            module.column_helpers[f"{node.name}.{member.name}"] = (member, weakref.ref(module))
    if "TypeDecorator" in base_names:
        result.decorators[node.name] = _type_decorator(node, source)
        return
    library_type = _library_type_base(node, module)
    if library_type is not None:  # class SetType(sqlalchemy_utils.JSONType): that type, unless it says otherwise
        found = _type_decorator(node, source)  # (or a @compiles function: ``compiled_types`` come first)
        result.decorators[node.name] = found if found.impl is not None or found.dialect_impl \
            else replace(found, impl=library_type)
    getattr_method = next((member for member in node.body if isinstance(member, ast.FunctionDef)
                           and member.name == "__getattr__"), None)
    if getattr_method is not None and (given := _classes_by_name(getattr_method)):
        module.attribute_classes[node.name] = given
    info = ClassInfo(node.name, module, node, bases, constants=_class_constants(node, module), nested=nested,
                     held_by=held_by)
    info.declarative_root = any(_declarative_base_name(base, module) and _sqlalchemys(base, module)
                                for base in node.bases) or _declarative_metaclass(node, module)
    # declarative maps it to no table of its own and copies its columns into its subclasses,
    # as for an ``__abstract__`` base (SQLAlchemy: "it behaves like a declarative mixin")
    info.abstract = "AbstractConcreteBase" in base_names
    for decorator in node.decorator_list:
        decorator_name = last_name(decorator)
        if decorator_name == "as_declarative":
            info.declarative_root = True
        elif decorator_name in ("mapped", "mapped_as_dataclass"):
            info.decorated_mapped = True
            info.decorated_dataclass = decorator_name == "mapped_as_dataclass"
    for statement in node.body:
        _scan_class_statement(statement, info)
    info.maps_in_body = any(_maps(annotation, value, module.imported) for _, _, annotation, value in info.members)
    result.classes.append(info)


def _maps(annotation: ast.expr | None, value: ast.expr | None, imported: dict[str, str]) -> bool:
    """Whether a class member is SQLAlchemy's: a ``Mapped[...]`` annotation, a column or
    relationship call (of a name imported under another: ``Mapped as SQLAlchemyMapped``)."""
    def named(node: ast.expr) -> str:
        name = last_name(node) or ""
        return imported.get(name, name) if isinstance(node, ast.Name) else name

    if isinstance(annotation, ast.Subscript) and named(annotation.value) in ("Mapped", "WriteOnlyMapped",
                                                                               "DynamicMapped"):
        return True
    return isinstance(value, ast.Call) and named(value.func) in (
        "Column", "mapped_column", "relationship", "column_property", "deferred", "synonym")


def _declarative_metaclass(node: ast.ClassDef, module: ModuleInfo) -> bool:
    """``class Base(metaclass=DeclarativeMeta)`` with SQLAlchemy's ``DeclarativeMeta`` (its
    documentation's base of a ``registry``: nextgisweb's)."""
    written = next((keyword.value for keyword in node.keywords if keyword.arg == "metaclass"), None)
    if written is None or last_name(written) != "DeclarativeMeta":
        return False
    root = (dotted(written) or "").split(".")[0]
    return module.origins.get(root, "").startswith(SQLALCHEMY_MODULES)  # ``DeclarativeMeta``, ``orm.DeclarativeMeta``


def _declarative_base_name(base: ast.expr, module: ModuleInfo) -> bool:
    """Whether a base is named as SQLAlchemy's ``DeclarativeBase`` is: under that name, or
    imported from SQLAlchemy under another (``from sqlalchemy.orm import DeclarativeBase as
    SABase``); not a class imported from elsewhere under that name (``from sqlalchemy_helpers
    import Base as DeclarativeBase``), which is looked up as any other base."""
    node = base.value if isinstance(base, ast.Subscript) else base
    if isinstance(node, ast.Name) and node.id in module.imported:
        return module.imported[node.id] in _DECLARATIVE_BASES and \
            module.origins.get(node.id, "").startswith(SQLALCHEMY_MODULES)
    return last_name(node) in _DECLARATIVE_BASES


def _sqlalchemys(base: ast.expr, module: ModuleInfo) -> bool:
    """Whether a base may name SQLAlchemy's class rather than the module's own of that name
    (``DeclarativeBase = declarative_base(metadata=metadata)``); one imported from another
    module of the project is decided once every file is scanned (``project_root_bases``)."""
    node = base.value if isinstance(base, ast.Subscript) else base
    while isinstance(node, ast.Attribute):
        node = node.value
    return isinstance(node, ast.Name) and node.id not in module.roots


def _class_constants(node: ast.ClassDef, module: ModuleInfo) -> dict[str, object]:
    """The literals a class body names (``USER = "user"``, ``TYPES = [USER, GROUP]``), which
    its own statements may use (``Enum(*TYPES)``), and those of a class nested in it that names
    nothing else (``class Status: PENDING = "pending"`` -> ``Status.PENDING``). A class that
    names nothing else, bar methods (``class RefActions: CASCADE: Final = "CASCADE"``), gives
    its module the constants ``RefActions.CASCADE``, as module-level names are."""
    found, only_constants = _body_constants(node, module.source, module.constants)
    for name, value in found.items():  # ``Enum(*Vulnerability.STATUSES)`` in another class
        if only_constants:
            module.constants[f"{node.name}.{name}"] = value
        else:
            module.constants.setdefault(f"{node.name}.{name}", value)
    return found


def _body_constants(node: ast.ClassDef, source: SourceText,
                    outer: dict[str, object]) -> tuple[dict[str, object], bool]:
    """A class body's constants (see ``_class_constants``) and whether it names nothing else;
    a list of them may name the module's constants (``outer``) too (``TYPES = [LDAP_TYPE,
    LOCAL_TYPE]``)."""
    found: dict[str, object] = {}
    scope = collections.ChainMap(found, outer)
    only_constants = True
    for statement in node.body:
        if isinstance(statement, ast.Assign):
            target = statement.targets[0] if len(statement.targets) == 1 else None
        elif isinstance(statement, ast.AnnAssign):
            target = statement.target
        else:
            if isinstance(statement, ast.ClassDef):
                nested, nested_only = _body_constants(statement, source, outer)
                if nested_only:
                    found.update({f"{statement.name}.{name}": value for name, value in nested.items()})
                    continue
            if not (isinstance(statement, (ast.FunctionDef, ast.AsyncFunctionDef))
                    or (isinstance(statement, ast.Expr) and isinstance(statement.value, ast.Constant))):
                only_constants = False  # anything but a docstring or a method
            continue
        value = statement.value
        constant = _literal_constant(value, source, scope) if value is not None else None
        if constant is not None and isinstance(target, ast.Name) and target.id not in _CLASS_SETTINGS:
            # lastuser's ``__title_length__ = 80`` then ``Unicode(__title_length__)``: in the body's
            # scope too, but a class of such names is no class of constants
            found[target.id] = constant
            only_constants = only_constants and not target.id.startswith("__")
        else:
            only_constants = False
    return found, only_constants


class DictKeys(tuple):
    """The keys of a dict constant whose values are not literals: what iterating it gives
    (``Enum(*CHOICES)``), never its items (``**CHOICES``, ``CHOICES["x"]`` are not read)."""


def _literal_constant(value: ast.expr, source: SourceText, scope: Mapping[str, object]) -> object | None:
    """What a constant holds: a string or number, a list / tuple of strings (literals or
    names of ``scope``, the module's or a class body's constants so far; ``ADMIN_ROLES + [...]``,
    two of them joined), a dict of literals by string keys (its keys alone, ``DictKeys``, where its
    values are not literals), or another constant of ``scope`` it names; None otherwise."""
    if isinstance(value, ast.BinOp) and isinstance(value.op, ast.Add):
        left, right = (scope.get(side.id) if isinstance(side, ast.Name) else _literal_constant(side, source, scope)
                       for side in (value.left, value.right))
        return left + right if isinstance(left, tuple) and isinstance(right, tuple) \
            and not isinstance(left, DictKeys) and not isinstance(right, DictKeys) else None
    if isinstance(value, ast.Name):  # TABLE_NAME = APP_NAME: another constant of the scope
        found = scope.get(value.id)
        return found if isinstance(found, (int, float, str, tuple)) and not isinstance(found, bool) else None
    if isinstance(value, ast.JoinedStr):  # f"{PREFIX}session"
        return joined_text(value, lambda field: str(found) if isinstance(field, ast.Name) and isinstance(
            found := scope.get(field.id), (str, int)) and not isinstance(found, bool) else None)
    if isinstance(value, ast.Dict) and value.keys:
        # LENGTHS = {"action": 50, ...}: a length a type reads as LENGTHS["action"] / .get("action");
        # UBICACIONES = {"ARCHIVO": "Archivo", ...}: the labels of Enum(*UBICACIONES), its keys
        keys = [literal(k, source) if k is not None else None for k in value.keys]
        if not all(isinstance(k, str) for k in keys):
            return None
        values = [literal(v, source) for v in value.values]
        if all(isinstance(v, (int, float, str)) and not isinstance(v, bool) for v in values):
            return dict(zip(keys, values, strict=True))
        # CHOICES = {"pending": set(["actioned"]), ...} (merou): the labels of Enum(*CHOICES), its keys
        return DictKeys(dict.fromkeys(keys))
    if not isinstance(value, (ast.Constant, ast.UnaryOp, ast.List, ast.Tuple)):
        return None  # a column, a relationship...: not read as a literal (no source text taken)
    if isinstance(value, (ast.List, ast.Tuple)):
        items = [scope.get(e.id) if isinstance(e, ast.Name) else literal(e, source) for e in value.elts]
        return tuple(items) if items and all(isinstance(item, str) for item in items) else None
    constant = literal(value, source)
    return constant if isinstance(constant, (int, float, str)) and not isinstance(constant, bool) else None


def _scan_class_statement(statement: ast.stmt, info: ClassInfo, guarded: bool = False) -> None:
    """One statement of the class body (``guarded``: of the branch of ``if TYPE_CHECKING:``
    that runs, read as the body)."""
    if isinstance(statement, ast.Assign):
        targets, annotation = statement.targets, None
    elif isinstance(statement, ast.AnnAssign):
        targets, annotation = [statement.target], statement.annotation
    elif isinstance(statement, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
        _bind(info, statement.name, statement.lineno)
        if not isinstance(statement, ast.ClassDef):
            _scan_method(statement, info)
        if guarded:
            info.guarded.add(statement.name)
        return
    else:
        running = run_time_branch(statement)
        if running is not None:  # if TYPE_CHECKING: ... else: <what runs>, read as the body
            for inner in running:
                _scan_class_statement(inner, info, guarded=True)
            if type_checkers_only(statement):
                info.members.append((statement, None, None, None))
        elif type(statement) in BLOCKS:
            info.members.append((statement, None, None, None))
        return
    value = dataclass_field_item(_cast_away(statement.value, info.module) if info.module.casts else statement.value)
    record_column_type(value, info.module)
    for target in targets:
        if not isinstance(target, ast.Name):
            continue
        name = target.id
        info.names.add(name)
        if statement.value is not None:  # ``name: Mapped[int]`` alone binds nothing
            _bind(info, name, statement.lineno)
        if guarded:
            info.guarded.add(name)
        if not name.startswith("__") or (not name.endswith("__") and _names_its_column(value)):
            # ``__name = Column("name", ...)``: its column (one named after it is ``_Class__name``, mangled)
            if len(targets) == 1:
                info.members.append((statement, name, annotation, value))
            if name == "type_annotation_map" and value is not None:
                info.annotation_map = value
            elif name == "metadata" and value is not None:
                info.metadata_schema = metadata_schema(value, info.module)
            elif isinstance(value, ast.Call) and last_name(value.func) == "registry":
                # registry = registry(type_annotation_map={...}) in a DeclarativeBase body
                mapping = next((kw.value for kw in value.keywords if kw.arg == "type_annotation_map"), None)
                if mapping is not None:
                    info.annotation_map = mapping
            elif name == "registry" and value is not None:
                info.unread_registry = info.module.source.segment(value)
            elif value is not None and annotation is None and _callee(value) not in _NO_TYPES \
                    and _type_expression(value, info.module) \
                    and column_call(value, info.module, info.module.aliases) is None:
                info.type_values[name] = value  # status_enum = db.Enum(*values, name="status")
        elif value is not None:
            _scan_class_setting(name, value, statement.lineno, info)


# the calls class-body statements make most, none of them a type: not looked at as one (there are many)
_NO_TYPES = frozenset({*_COLUMN_CALLS, "relationship", "backref", "column_property", "deferred", "synonym",
                       "association_proxy", "hybrid_property", "Field", "composite", "declared_attr"})


def _callee(value: ast.expr) -> str | None:
    """The last name a call calls (``Column`` of ``db.Column(...)``); None for anything else."""
    func = value.func if isinstance(value, ast.Call) else None
    return func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else None


def _bind(info: ClassInfo, name: str, line: int) -> None:
    info.rebound = info.rebound or name in info.last_bound
    info.last_bound[name] = line


def _cast_away(value: ast.expr | None, module: ModuleInfo) -> ast.expr | None:
    """The value of ``typing.cast(T, value)`` (Flask-Security's ``active = cast(bool, Column(Boolean(),
    nullable=False))``, for type checkers: at run time the column); ``value`` itself otherwise."""
    if not isinstance(value, ast.Call):
        return value
    func = value.func  # the name first: most class-body values are calls, few of them casts
    if isinstance(func, ast.Name):
        cast = module.original(func.id) == "cast" and module.origins.get(func.id) == "typing"
    else:
        cast = isinstance(func, ast.Attribute) and func.attr == "cast" and isinstance(func.value, ast.Name) \
            and module.origins.get(func.value.id) == "typing"
    return value.args[1] if cast and len(value.args) == 2 and not value.keywords else value


def dataclass_field_item(value: ast.expr | None) -> ast.expr | None:
    """``field(init=False, metadata={"sa": Column(...)})`` of SQLAlchemy's declarative mapping of
    a dataclass (``__sa_dataclass_metadata_key__ = "sa"``): the column or relationship the field's
    metadata holds under its one key; ``value`` itself otherwise."""
    if isinstance(value, ast.Call) and last_name(value.func) == "field":
        metadata = next((kw.value for kw in value.keywords if kw.arg == "metadata"), None)
        if isinstance(metadata, ast.Dict) and len(metadata.keys) == 1 and isinstance(metadata.keys[0], ast.Constant) \
                and isinstance(metadata.values[0], ast.Call):
            return metadata.values[0]
    return value


def record_column_type(value: ast.expr | None, module: ModuleInfo) -> None:
    """The dotted name ``Column(...)`` / ``mapped_column(...)`` gives as its type, called or
    not (``Column("stats", types.JsonEncodedDict)``), and the class its ``ForeignKey(User.id)``
    names, in ``module.column_type_names``, when it is reached through a name imported from
    outside SQLAlchemy (every column statement comes here: the common case is let go first)."""
    if not isinstance(value, ast.Call) or not value.args and not value.keywords:
        return
    func = value.func
    if (func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)) not in _COLUMN_CALLS:
        return
    args = value.args[1:] if value.args and isinstance(value.args[0], ast.Constant) else value.args
    for node in args:  # ForeignKey(User.id) of ``from invenio_accounts.models import User``: its class
        if isinstance(node, ast.Call) and last_name(node.func) == "ForeignKey" and node.args \
                and isinstance(target := node.args[0], ast.Attribute):
            _record_outside_name(target.value, module)
    for node in [*args[:1], *(k.value for k in value.keywords if k.arg == "type_")]:
        if not isinstance(node, ast.Call):
            _record_outside_name(node, module)
            continue
        _record_outside_name(node.func, module)
        if node.args or node.keywords:  # String(db_const.NAME_FIELD_SIZE): a library's constant, maybe
            for argument in [*node.args, *(keyword.value for keyword in node.keywords)]:
                if isinstance(argument, ast.Starred):  # Enum(*rc_def.ROUTE_TYPES): a library's list
                    argument = argument.value
                if type(argument) is ast.Attribute or type(argument) is ast.Name:
                    _record_outside_name(argument, module)


def _record_outside_name(node: ast.expr, module: ModuleInfo) -> None:
    """``node``'s dotted name in ``module.column_type_names`` when it is reached through a name
    imported from outside SQLAlchemy."""
    root = node
    while isinstance(root, ast.Attribute):
        root = root.value
    if isinstance(root, ast.Name) and not is_sqlalchemy_module(module.origins.get(root.id, "sqlalchemy")) \
            and (name := dotted(node)) is not None:
        module.column_type_names.add(name)


def _sets_tablename(function: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
    """Whether the method assigns ``<its first parameter>.__tablename__`` (or ``setattr``s it)."""
    owner = _first_parameter(function)
    return owner is not None and any(_assigns_tablename(node, owner) for node in ast.walk(function))


def _assigns_tablename(node: ast.AST, owner: str) -> bool:
    """``owner.__tablename__ = ...`` (``: T =``, ``+=``) or ``setattr(owner, "__tablename__", ...)``."""
    targets = node.targets if isinstance(node, ast.Assign) else (
        [node.target] if isinstance(node, (ast.AnnAssign, ast.AugAssign)) else [])
    if any(isinstance(t, ast.Attribute) and t.attr == "__tablename__" and isinstance(t.value, ast.Name)
           and t.value.id == owner for t in targets):
        return True
    return (isinstance(node, ast.Call) and last_name(node.func) == "setattr" and len(node.args) >= 2
            and isinstance(node.args[0], ast.Name) and node.args[0].id == owner
            and isinstance(node.args[1], ast.Constant) and node.args[1].value == "__tablename__")


def _assigned_tablename(function: ast.FunctionDef | ast.AsyncFunctionDef) -> str | None:
    """The expression of a hook's one ``cls.__tablename__ = <expression>``, a statement of its body
    itself (not under an ``if`` or a loop), as written; None for any other way of setting it."""
    owner = _first_parameter(function)
    settings = [node for node in ast.walk(function) if owner is not None and _assigns_tablename(node, owner)]
    if len(settings) != 1 or not isinstance(settings[0], ast.Assign) or len(settings[0].targets) != 1 \
            or not any(statement is settings[0] for statement in function.body):
        return None
    # after ``super().__init_subclass__()`` (DeclarativeBase maps the class there) it names no table
    for statement in function.body:
        if statement is settings[0]:
            return ast.unparse(settings[0].value)
        if any(isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
               and node.func.attr == "__init_subclass__" for node in ast.walk(statement)):
            return None
    return None


def _first_parameter(function: ast.FunctionDef | ast.AsyncFunctionDef) -> str | None:
    params = function.args.posonlyargs + function.args.args
    return params[0].arg if params else None


def _renames_when(function: ast.FunctionDef | ast.AsyncFunctionDef) -> frozenset[str]:
    """The attributes a class must have for the hook to set its ``__tablename__``: those of the
    ``if hasattr(cls, "X"):`` blocks (without ``else``) around every such assignment."""
    owner = _first_parameter(function)
    if owner is None:
        return frozenset()
    guards: dict[int, set[str]] = {id(node): set() for node in ast.walk(function) if _assigns_tablename(node, owner)}
    for node in ast.walk(function):
        test = node.test if isinstance(node, ast.If) and not node.orelse else None
        if (isinstance(test, ast.Call) and last_name(test.func) == "hasattr" and len(test.args) == 2
                and isinstance(test.args[0], ast.Name) and test.args[0].id == owner
                and isinstance(test.args[1], ast.Constant) and isinstance(test.args[1].value, str)):
            for inner in ast.walk(node):
                if id(inner) in guards:
                    guards[id(inner)].add(test.args[1].value)
    return frozenset(set.intersection(*guards.values())) if guards else frozenset()


def _tests_own_tablename(function: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
    """Whether the method tests ``"__tablename__" in cls.__dict__`` (or ``vars(cls)``)."""
    for node in ast.walk(function):
        if (isinstance(node, ast.Compare) and isinstance(node.left, ast.Constant)
                and node.left.value == "__tablename__" and len(node.ops) == 1
                and isinstance(node.ops[0], (ast.In, ast.NotIn))):
            owner = node.comparators[0]
            if (isinstance(owner, ast.Attribute) and owner.attr == "__dict__") or (
                    isinstance(owner, ast.Call) and last_name(owner.func) == "vars"):
                return True
    return False


def type_checkers_only(statement: ast.stmt) -> list[ast.stmt]:
    """The statements of an ``if TYPE_CHECKING:`` block (``typing.TYPE_CHECKING``) that only
    type checkers see (``if not TYPE_CHECKING:``: its ``else``); [] for any other statement."""
    branches = _type_checking_branches(statement)
    return branches[0] if branches else []


def run_time_branch(statement: ast.stmt) -> list[ast.stmt] | None:
    """The statements of an ``if TYPE_CHECKING:`` block that run (its ``else``; the body of
    ``if not TYPE_CHECKING:``); None for any other statement."""
    branches = _type_checking_branches(statement)
    return branches[1] if branches else None


def _type_checking_branches(statement: ast.stmt) -> tuple[list[ast.stmt], list[ast.stmt]] | None:
    """(what type checkers see, what runs) of an ``if [not] TYPE_CHECKING:`` block, and of ``if
    TYPE_CHECKING and MYPY:`` (CodeGra.de's), false as well when the program runs."""
    if not isinstance(statement, ast.If):
        return None
    test, negated = statement.test, False
    if isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not):
        test, negated = test.operand, True
    elif isinstance(test, ast.BoolOp) and isinstance(test.op, ast.And):
        test = test.values[0]
    if not isinstance(test, (ast.Name, ast.Attribute)) or last_name(test) != "TYPE_CHECKING":
        return None
    return (statement.orelse, statement.body) if negated else (statement.body, statement.orelse)


def _scan_class_setting(name: str, value: ast.expr, line: int, info: ClassInfo) -> None:
    """``__tablename__ = ...`` and the other dunder settings of a class body."""
    if name == "__tablename__":
        info.tablename = _literal_tablename(value, info.module.source, line)
    elif name == "__abstract__":
        info.abstract = literal(value, info.module.source) is True
    elif name == "__table_args__":
        info.table_args = _holding(value, info.table_args)
    elif name == "__table__":
        info.table_value = value


def _holding(value: ast.expr, earlier: ast.expr | None) -> ast.expr:
    """``__table_args__ = (UniqueConstraint(...), __table_args__)`` after an earlier
    ``__table_args__ = {...}`` in the class body (lcfs): the tuple with the earlier value in
    the name's place (``*__table_args__`` spreads an earlier tuple)."""
    if earlier is None or not isinstance(value, (ast.Tuple, ast.List)):
        return value
    elements: list[ast.expr] = []
    for element in value.elts:
        if isinstance(element, ast.Name) and element.id == "__table_args__":
            elements.append(earlier)
        elif (isinstance(element, ast.Starred) and isinstance(element.value, ast.Name)
              and element.value.id == "__table_args__" and isinstance(earlier, (ast.Tuple, ast.List))):
            elements.extend(earlier.elts)
        else:
            elements.append(element)
    if len(elements) == len(value.elts) and all(a is b for a, b in zip(elements, value.elts, strict=True)):
        return value
    return ast.copy_location(type(value)(elts=elements, ctx=ast.Load()), value)


def _scan_method(function: ast.FunctionDef | ast.AsyncFunctionDef, info: ClassInfo) -> None:
    """A decorated method may be a ``declared_attr`` column (a member) or a declared
    ``__tablename__`` / ``__table_args__``."""
    info.names.add(function.name)
    if function.name == "__init_subclass__" and _sets_tablename(function):
        info.renames_subclass_tables = function.lineno
        info.keeps_own_tablename = _tests_own_tablename(function)
        info.renames_when = _renames_when(function)
        info.subclass_tablename = _assigned_tablename(function)
    if function.name == "__init_subclass__":
        info.drops_field = _dropped_field(function)
    if not isinstance(function, ast.FunctionDef) or not function.decorator_list:
        return
    if not function.name.startswith("__"):
        info.members.append((function, None, None, None))
        if any(last_name(decorator) in _DECLARED_ATTR for decorator in function.decorator_list):
            # ``return db.Column(db.ForeignKey(User.id))`` of an invenio mixin: the class its key names
            record_column_type(single_return(function), info.module)
        return
    if function.name not in ("__tablename__", "__table_args__") or not any(
            last_name(decorator) in _DECLARED_ATTR for decorator in function.decorator_list):
        return
    returned = single_return(function, through_name=function.name == "__table_args__")
    if function.name == "__tablename__":
        # imports first (``from .util import camel_case_to_name`` against an import cycle) do not
        # change what the name is made from
        returned = returned or single_return(function, after_imports=True) or _return_of_local_names(function)
        info.tablename = _declared_tablename(returned, info.module.source, function.lineno)
    elif (attribute := _items_attribute(function, info)) is not None:
        info.table_args_from = attribute
    elif returned is not None and (isinstance(returned, ast.Call) or not (
            per_class := _reads_its_class(function, returned)) or _options_only(returned)
            or _checks_and_options(returned, info.module)):
        # a call: built by a function, read as such (its options, its items hidden); a dict:
        # options only, what it reads of the class (``cls.__doc__``) a comment not compared
        info.table_args = returned
        info.table_args_per_class = not isinstance(returned, ast.Call) and per_class
    elif returned is not None and _reads_table_name_and_columns(function, returned):
        # doorman's ``Index("idx_%s_node_id_timestamp_desc" % cls.__tablename__, "node_id",
        # cls.timestamp.desc())``: read for each class, with its own table name
        info.table_args, info.table_args_per_class = returned, True
        info.table_args_self = function.args.args[0].arg
    else:  # built per class (advanced-alchemy's SlugKey: name=f"uq_{cls.__tablename__}_slug")
        info.table_args_dynamic = True


def _dropped_field(function: ast.FunctionDef | ast.AsyncFunctionDef) -> tuple[str, bool] | None:
    """``ClassInfo.drops_field`` of an ``__init_subclass__``: ``cls.__fields__.pop("id", None)`` (or
    pydantic 2's ``model_fields``, or ``del cls.__fields__["id"]``), and whether under an ``if``."""
    if not function.args.args:
        return None
    this = function.args.args[0].arg

    def fields_of_cls(node: ast.expr) -> bool:
        return isinstance(node, ast.Attribute) and node.attr in ("__fields__", "model_fields") \
            and isinstance(node.value, ast.Name) and node.value.id == this

    def dropped(statement: ast.stmt) -> str | None:
        if isinstance(statement, ast.Expr) and isinstance(call := statement.value, ast.Call) \
                and isinstance(call.func, ast.Attribute) and call.func.attr == "pop" \
                and fields_of_cls(call.func.value) and call.args \
                and isinstance(call.args[0], ast.Constant) and isinstance(call.args[0].value, str):
            return call.args[0].value
        if isinstance(statement, ast.Delete) and len(statement.targets) == 1 \
                and isinstance(target := statement.targets[0], ast.Subscript) and fields_of_cls(target.value) \
                and isinstance(target.slice, ast.Constant) and isinstance(target.slice.value, str):
            return target.slice.value
        return None

    for statement in function.body:
        if (name := dropped(statement)) is not None:
            return name, False
        if isinstance(statement, ast.If):
            for inner in statement.body:
                if (name := dropped(inner)) is not None:
                    return name, True
    return None


def _return_of_local_names(function: ast.FunctionDef) -> ast.expr | None:
    """What a body of plain assignments to names and then a ``return`` returns, each name it reads
    replaced by what it was assigned (RootTheBox's ``name = cls.__name__`` before ``return
    name[0].lower() + re.sub(..., name[1:])``); None for any other body."""
    body = function.body
    if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):  # its docstring
        body = body[1:]
    if len(body) < 2 or not isinstance(body[-1], ast.Return) or body[-1].value is None:
        return None
    bound: dict[str, ast.expr] = {}
    for statement in body[:-1]:
        if not (isinstance(statement, ast.Assign) and len(statement.targets) == 1
                and isinstance(statement.targets[0], ast.Name)):
            return None
        bound[statement.targets[0].id] = _with_names(statement.value, bound)
    return _with_names(body[-1].value, bound)


def _with_names(node: ast.expr, bound: dict[str, ast.expr]) -> ast.expr:
    """``node`` with the names of ``bound`` replaced by their expressions (a copy; ``node`` as it is
    when it reads none of them)."""
    if not any(isinstance(n, ast.Name) and n.id in bound for n in ast.walk(node)):
        return node

    class Replace(ast.NodeTransformer):
        def visit_Name(self, name: ast.Name) -> ast.expr:
            return copy.deepcopy(bound[name.id]) if name.id in bound else name

    return Replace().visit(copy.deepcopy(node))


def _items_attribute(function: ast.FunctionDef, info: ClassInfo) -> str | None:
    """``X`` when every ``return`` of a declared_attr ``__table_args__`` is ``cls.X + (...)`` (or
    ``(...) + cls.X``) and what it adds are CHECK constraints and options dicts (literal, or a
    module constant, or an attribute the class binds to one): the items are each class's own
    ``X``, the rest is not compared. Rucio's ``ModelBase`` returns ``cls._table_args +
    (CheckConstraint(..., name=cls.__tablename__.upper() + "_CREATED_NN"), {"mysql_engine":
    "InnoDB"})`` in each branch of an ``if`` on the table; ichnaea's ``BaseModel`` returns
    ``cls._indices + (cls._settings,)``, ``_settings = MYSQL_SETTINGS`` in its body."""
    if not function.args.args:
        return None
    this = function.args.args[0].arg
    module = info.module

    def check_or_options(item: ast.expr) -> bool:
        if isinstance(item, ast.Attribute) and isinstance(item.value, ast.Name) and item.value.id == this:
            bound = class_setting(info.node, item.attr)
            return bound is not None and _check_or_options(bound, module)
        return _check_or_options(item, module)

    found: set[str] = set()
    for statement in _returns(function.body):
        returned = statement.value
        if not isinstance(returned, ast.BinOp) or not isinstance(returned.op, ast.Add):
            return None
        for attribute, added in ((returned.left, returned.right), (returned.right, returned.left)):
            if isinstance(attribute, ast.Attribute) and isinstance(attribute.value, ast.Name) \
                    and attribute.value.id == this and isinstance(added, ast.Tuple):
                break
        else:
            return None
        if not all(map(check_or_options, added.elts)):
            return None
        found.add(attribute.attr)
    return found.pop() if len(found) == 1 else None



def _checks_and_options(returned: ast.expr, module: ModuleInfo) -> bool:
    """``(CheckConstraint(..., name="ck_{}_started".format(cls.__tablename__)), COMMON_ARGS)``:
    a tuple of CHECK constraints and options, made for each class (gnocchi's ``ResourceMixin``)."""
    return isinstance(returned, ast.Tuple) and all(_check_or_options(item, module) for item in returned.elts)


def _check_or_options(item: ast.expr, module: ModuleInfo) -> bool:
    if isinstance(item, ast.Call):
        return last_name(item.func) == "CheckConstraint"
    if isinstance(item, ast.Name):
        return isinstance(module.constants.get(item.id), dict)
    return isinstance(item, ast.Dict)


def _options_only(returned: ast.expr) -> bool:
    """``{"comment": cls.__doc__}``: a dict gives the table options, never an index or a
    constraint; one whose keys are written out, and whose schema (when it names one) too."""
    return isinstance(returned, ast.Dict) and all(
        isinstance(key, ast.Constant) and isinstance(key.value, str)
        and (key.value != "schema" or isinstance(value, ast.Constant))
        for key, value in zip(returned.keys, returned.values, strict=True))


def _reads_its_class(function: ast.FunctionDef, returned: ast.expr) -> bool:
    """Whether what a ``declared_attr`` returns differs from class to class: it reads the class's
    name or table name (``f"uq_{cls.__tablename__}_slug"``), uses the class itself, or adds what the
    next class of its method resolution order gives (``super().__table_args__``); its column
    attributes (``Index("ix", cls.started)``) are the same columns in every class."""
    params = function.args.args
    if not params:
        return False
    this = params[0].arg
    if any(isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id == "super"
           for n in ast.walk(returned)):
        return True  # lingvodoc's ``(ForeignKeyConstraint(...),) + super().__table_args__``: the class's own chain
    attributes = {id(n.value) for n in ast.walk(returned)
                  if isinstance(n, ast.Attribute) and not n.attr.startswith("__")}
    return any(isinstance(n, ast.Name) and n.id == this and id(n) not in attributes for n in ast.walk(returned))


def _reads_table_name_and_columns(function: ast.FunctionDef, returned: ast.expr) -> bool:
    """Whether ``returned`` is a tuple of table items and options, and what it reads of the class
    is only its table name and its columns: ``cls.__tablename__`` and ``cls.<column>``, the first
    parameter used no other way (not advanced-alchemy's ``UniqueConstraint(...).ddl_if(callable_=
    cls._on_postgresql)``)."""
    if not isinstance(returned, ast.Tuple) or not all(
            isinstance(item, ast.Dict) or (isinstance(item, ast.Call) and last_name(item.func) in _TABLE_ITEMS)
            for item in returned.elts):
        return False
    this = function.args.args[0].arg if function.args.args else None
    allowed = {id(n.value) for n in ast.walk(returned) if isinstance(n, ast.Attribute)
               and (n.attr == "__tablename__" or not n.attr.startswith("__"))}
    return this is not None and all(id(n) in allowed for n in ast.walk(returned)
                                    if isinstance(n, ast.Name) and n.id == this)


def _literal_tablename(value: ast.expr, source: SourceText, line: int) -> TableName:
    constant = literal(value, source)
    if isinstance(constant, str):
        return TableName("literal", constant, line)
    if constant is None:
        return TableName("none", None, line)
    return TableName("dynamic", source.segment(value), line)


def _declared_tablename(returned: ast.expr | None, source: SourceText, line: int) -> TableName:
    if returned is None:
        return TableName("dynamic", None, line)
    if isinstance(returned, ast.Constant) and isinstance(returned.value, str):
        return TableName("literal", returned.value, line)
    # return cls.__name__.lower()
    if (
        isinstance(returned, ast.Call)
        and not returned.args
        and isinstance(returned.func, ast.Attribute)
        and returned.func.attr == "lower"
        and (dotted(returned.func.value) or "").endswith(".__name__")
    ):
        return TableName("lower", None, line, per_class=True)
    from_class_name = any(isinstance(node, ast.Attribute) and node.attr == "__name__" for node in ast.walk(returned))
    return TableName("dynamic", source.segment(returned), line, from_class_name, per_class=from_class_name)


def _base_names(node: ast.ClassDef, module: ModuleInfo) -> set[str | None]:
    """The last names of the class's bases; ``from enum import Enum as EnumType``: the standard
    library's class under its own name."""
    return {module.original(name) if name is not None and module.origins.get(name) == "enum" else name
            for name in map(last_name, node.bases)}


def _enum_class(node: ast.ClassDef, module: ModuleInfo, result: ScanResult,
                base_names: set[str | None] | None = None) -> PyEnum | None:
    """The Python enum the class defines, None when it is no enum class."""
    base_names = _base_names(node, module) if base_names is None else base_names
    # a TypeDecorator of this module named like an enum base (``class Enum(TypeDecorator)``)
    # is that class, not the standard library's
    own_decorators = {name for name in base_names if name in result.decorators
                      and result.decorators[name].source is module.source}
    if not (base_names - own_decorators) & _ENUM_BASES and not any(name in result.py_enums for name in base_names):
        return None
    str_valued = bool(base_names & {"str", "StrEnum"}) or any(
        result.py_enums[name].str_valued for name in base_names if name in result.py_enums)
    parents = [result.py_enums[name] for name in base_names if name in result.py_enums]
    return _py_enum(node, module.source, str_valued, module.path, parents, base_names)


def link_nested_enums(result: ScanResult) -> None:
    """An enum class defined in a class's body is an enum of the files like the others when
    its name is its own; a name several enum classes share, one of them nested, names none
    (Python's scoping decides which one a column means, and the reader does not follow it)."""
    for name, owned in result.nested_enums.items():
        if len(owned) == 1 and name not in result.py_enums:
            result.py_enums[name] = owned[0][1]
            continue
        owners = [f"{owner}.{name}" for owner, _ in owned]
        if name in result.py_enums:
            owners.insert(0, f"{Path(result.py_enums.pop(name).file).name}: {name}")
        result.ambiguous_enums[name] = tuple(owners)


def _py_enum(node: ast.ClassDef, source: SourceText, str_valued: bool, path: str,
             parents: Sequence[PyEnum] = (), base_names: AbstractSet[str | None] = frozenset()) -> PyEnum:
    auto = _auto_rule(node) or next((p.auto for p in parents if p.auto), None)
    if auto is None and "StrEnum" in base_names:
        auto = "lower"
    members: list[str] = []
    values: list[object] = []
    value_sources: list[str] = []
    literal_values = True
    for statement in node.body:
        if isinstance(statement, ast.AnnAssign) and statement.value is not None and isinstance(
                statement.target, ast.Name):
            # lcfs' ``Draft: str = "Draft"``: a member all the same (as Python makes it)
            statement = ast.Assign(targets=[statement.target], value=statement.value)
        if not isinstance(statement, ast.Assign) or len(statement.targets) != 1:
            continue
        target = statement.targets[0]
        if isinstance(target, (ast.Tuple, ast.List)):  # (completed, due, expired) = range(3)
            names = [t.id for t in target.elts if isinstance(t, ast.Name)]
            unpacked = _unpacked_values(statement.value, len(target.elts), source)
            if len(names) != len(target.elts) or unpacked is None:
                literal_values = False
                unpacked = [None] * len(names)
            for name, value in zip(names, unpacked, strict=True):
                if not name.startswith("_"):
                    members.append(name)
                    value_sources.append(repr(value) if value is not None else "")
                    values.append(value)
            continue
        if not isinstance(target, ast.Name) or target.id.startswith("_"):
            continue
        members.append(target.id)
        value_sources.append(source.segment(statement.value))
        value = literal(statement.value, source)
        if isinstance(statement.value, ast.Call) or not isinstance(value, (str, int, float, bool, tuple)):
            literal_values = False
        values.append(value)
    # def values(cls): return [member.value for member in cls.__members__.values()]
    value_lists = tuple(statement.name for statement in node.body if isinstance(statement, ast.FunctionDef)
                        and any(last_name(d) == "classmethod" for d in statement.decorator_list)
                        and (returned := single_return(statement)) is not None
                        and members_listed(returned, "value") == _first_parameter(statement))
    str_is_value = "StrEnum" in base_names or any(parent.str_is_value for parent in parents) or any(
        isinstance(statement, ast.FunctionDef) and statement.name == "__str__"
        and _is_own_value(single_return(statement), _first_parameter(statement)) for statement in node.body)
    return PyEnum(node.name, tuple(members), tuple(values) if literal_values else None, str_valued,
                  path, node.lineno, node.end_lineno or node.lineno, tuple(value_sources), auto, value_lists,
                  str_is_value)


def _unpacked_values(node: ast.expr, count: int, source: SourceText) -> list[object] | None:
    """The ``count`` values a tuple assignment of an enum's members unpacks: of ``range(...)`` of
    constants, or of a tuple of literals; None for anything else."""
    if isinstance(node, ast.Call) and last_name(node.func) == "range" and not node.keywords:
        bounds = [a.value for a in node.args if isinstance(a, ast.Constant) and type(a.value) is int]
        readable = len(bounds) == len(node.args) and 1 <= len(bounds) <= 3 and bounds[2:] != [0]
        numbers = range(*bounds) if readable else range(0)
        return list(numbers) if len(numbers) == count else None
    if isinstance(node, (ast.Tuple, ast.List)) and len(node.elts) == count:
        found = [literal(element, source) for element in node.elts]
        return found if all(isinstance(v, (str, int, float, bool)) for v in found) else None
    return None


def _is_own_value(node: ast.expr | None, parameter: str | None) -> bool:
    """``self.value`` or ``str(self.value)`` (``self``: ``parameter``)."""
    if isinstance(node, ast.Call) and last_name(node.func) == "str" and len(node.args) == 1 and not node.keywords:
        node = node.args[0]
    return isinstance(node, ast.Attribute) and node.attr == "value" and isinstance(node.value, ast.Name) \
        and node.value.id == parameter


def _auto_rule(node: ast.ClassDef) -> str | None:
    """"name" when the class defines ``_generate_next_value_`` as ``return name`` (its first
    parameter): ``auto()`` then gives each member its name."""
    for statement in node.body:
        if isinstance(statement, ast.FunctionDef) and statement.name == "_generate_next_value_":
            returned = single_return(statement)
            params = statement.args.args
            first = params[1] if params and params[0].arg in ("self", "cls") and len(params) > 1 else (
                params[0] if params else None)
            if first is not None and isinstance(returned, ast.Name) and returned.id == first.arg:
                return "name"
    return None


# SQLAlchemy's types a subclass of which is not the type with other methods
_NOT_CONCRETE_TYPES = frozenset({"Enum", "ARRAY", "TypeEngine", "UserDefinedType", "TypeDecorator", "Variant"})


def _library_type_base(node: ast.ClassDef, module: ModuleInfo) -> ast.expr | None:
    """The one base of a class that is a type of SQLAlchemy or sqlalchemy-utils the reader
    knows (``class SetType(sqlalchemy_utils.JSONType)``, ``class Label(sa.String)``); else None."""
    if len(node.bases) != 1 or node.keywords or any(
            isinstance(s, ast.Assign) and any(getattr(target, "id", None) == "__visit_name__" for target in s.targets)
            for s in node.body):
        return None  # class PGNAME(Text): __visit_name__ = "NAME", a type of its own (@compiles)
    base = node.bases[0]
    name, root = last_name(base), (dotted(base) or "").split(".")[0]
    origin = module.origins.get(root, "").split(".")[0]
    if origin not in ("sqlalchemy", "sqlalchemy_utils") or name in _NOT_CONCRETE_TYPES:
        return None
    return base if is_type_name(name) or is_library_type_name(name) else None


def _type_decorator(
    node: ast.ClassDef, source: SourceText, parent: TypeDecoratorInfo | None = None,
) -> TypeDecoratorInfo:
    """A TypeDecorator class; a subclass of one (``parent``) keeps its impl unless it sets its
    own, and an ``__init__`` of the parent's (which takes the arguments the impl would)."""
    impl = None
    methods = {s.name for s in node.body if isinstance(s, ast.FunctionDef)}
    own_init = "__init__" in methods or (parent is not None and parent.own_init)
    converts = bool(methods & _VALUE_PROCESSORS) or (parent is not None and parent.converts)
    init = next((s for s in node.body if isinstance(s, ast.FunctionDef) and s.name == "__init__"), None)
    arguments = _init_arguments(init, _body_constants(node, source, {})[0]) if init is not None \
        else parent.init if parent is not None else None

    def info(impl: ast.expr | None, impl_source: SourceText = source, dialect_impl: bool = False) -> TypeDecoratorInfo:
        return TypeDecoratorInfo(node.name, impl, impl_source, dialect_impl, own_init, converts, arguments)

    for statement in node.body:
        if isinstance(statement, ast.FunctionDef) and statement.name == "load_dialect_impl":
            postgresql = _postgresql_impl(statement)
            if postgresql is not None:
                return info(postgresql)
            fallback = _postgresql_fallback(statement)
            if fallback is None:
                return info(None, dialect_impl=True)
            if fallback is not _OWN_IMPL:
                return info(fallback)
        if isinstance(statement, (ast.Assign, ast.AnnAssign)) and statement.value is not None:
            targets = statement.targets if isinstance(statement, ast.Assign) else [statement.target]
            if any(isinstance(target, ast.Name) and target.id == "impl" for target in targets):
                impl = statement.value
    if impl is None and parent is not None:
        return info(parent.impl, parent.source, parent.dialect_impl)
    return info(impl)


def _init_arguments(init: ast.FunctionDef, literals: dict[str, object]) -> InitArguments | None:
    """What a TypeDecorator's ``__init__`` gives the impl (``InitArguments``), from its parameters
    and its statements: ``kwargs.setdefault(...)`` / ``kwargs[...] = ...`` with a literal (or a
    class attribute), ``self.x = ...``, and the call of the parent's ``__init__``; None for
    anything else in it, which may change them (a condition, a computed value). ``literals``: the
    class body's constants, which ``self.NAME`` reads."""
    kwargs_name = init.args.kwarg.arg if init.args.kwarg is not None else None
    args_name = init.args.vararg.arg if init.args.vararg is not None else None
    positional = [a.arg for a in [*init.args.posonlyargs, *init.args.args]][1:]  # without self
    keywords: dict[str, Any] = {}
    passes_args = passes_kwargs = False
    forwarded: tuple[tuple[str, Any], ...] = ()
    defaults = dict(zip(positional[len(positional) - len(init.args.defaults):], init.args.defaults, strict=True))

    def value(expression: ast.expr) -> object:
        if isinstance(expression, ast.Constant):
            return expression.value
        if isinstance(expression, ast.Attribute) and isinstance(expression.value, ast.Name) \
                and expression.value.id in ("self", "cls") and expression.attr in literals:
            return literals[expression.attr]  # the class's attribute (a subclass's of its own is not read)
        raise ValueError(ast.dump(expression))

    try:
        for statement in init.body:
            call = statement.value if isinstance(statement, ast.Expr) else None
            if isinstance(statement, (ast.Assert, ast.Pass)) or (
                    isinstance(statement, ast.Expr) and isinstance(statement.value, ast.Constant)):
                continue  # a check, a docstring: nothing given to the impl
            if isinstance(statement, ast.Assign) and all(
                    isinstance(t, ast.Attribute) and isinstance(t.value, ast.Name) and t.value.id == "self"
                    for t in statement.targets):
                continue  # self.enum_class = enum_class: the decorator's own state
            if isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute) and call.func.attr == "setdefault" \
                    and isinstance(call.func.value, ast.Name) and call.func.value.id == kwargs_name \
                    and len(call.args) == 2 and isinstance(call.args[0], ast.Constant):
                keywords.setdefault(str(call.args[0].value), value(call.args[1]))
            elif isinstance(statement, ast.Assign) and len(statement.targets) == 1 \
                    and isinstance(target := statement.targets[0], ast.Subscript) \
                    and isinstance(target.value, ast.Name) and target.value.id == kwargs_name \
                    and isinstance(target.slice, ast.Constant):
                keywords[str(target.slice.value)] = value(statement.value)
            elif isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute) and call.func.attr == "__init__":
                arguments = [a for a in call.args if not (isinstance(a, ast.Name) and a.id == "self")]
                leading = [a.id for a in arguments if isinstance(a, ast.Name)]
                if arguments and len(leading) == len(arguments) and leading == positional[:len(arguments)]:
                    # its own parameters, in order, as the impl's: the caller's (or their literal defaults)
                    forwarded = tuple((name, value(defaults[name]) if name in defaults else _MISSING)
                                      for name in leading)
                    if _MISSING in (default for _, default in forwarded):
                        return None  # a parameter the caller must give: read from the call alone
                    arguments = []
                if not all(isinstance(a, ast.Starred) and isinstance(a.value, ast.Name) and a.value.id == args_name
                           for a in arguments):
                    return None  # super().__init__(255), or a parameter of its own: the impl's positionals
                passes_args = passes_args or bool(arguments)
                for keyword in call.keywords:
                    if keyword.arg is None:
                        if not (isinstance(keyword.value, ast.Name) and keyword.value.id == kwargs_name):
                            return None
                        passes_kwargs = True
                    else:
                        keywords[keyword.arg] = value(keyword.value)
            else:
                return None
    except ValueError:
        return None
    own = frozenset([*positional, *(a.arg for a in init.args.kwonlyargs)])
    return InitArguments(tuple(keywords.items()), len(positional), own, passes_args, passes_kwargs, forwarded)


_MISSING = object()  # a parameter without a default


# A TypeDecorator's methods that turn values on their way in or out
_VALUE_PROCESSORS = frozenset({"process_bind_param", "process_result_value", "bind_processor", "result_processor"})


def _postgresql_impl(function: ast.FunctionDef) -> ast.expr | None:
    """The type ``load_dialect_impl`` returns on PostgreSQL when it says so plainly:
    ``if dialect.name == "postgresql": return dialect.type_descriptor(JSONB())`` (or
    ``dialect.name in ("postgresql", ...)``, or the type returned without
    ``type_descriptor``); None otherwise."""
    params = function.args.args
    dialect = params[1].arg if len(params) > 1 else "dialect"
    for statement in ast.walk(function):
        if not (isinstance(statement, ast.If) and _names_postgresql(statement.test, dialect)):
            continue
        body = [s for s in statement.body if not (isinstance(s, ast.Expr) and isinstance(s.value, ast.Constant))]
        if len(body) == 1 and isinstance(body[0], ast.Return) and body[0].value is not None:
            return _described(body[0].value, dialect)
    return None


# ``load_dialect_impl`` returns ``self.impl`` on PostgreSQL: the class's ``impl`` is its type
_OWN_IMPL = ast.Name("impl")


def _postgresql_fallback(function: ast.FunctionDef) -> ast.expr | None:
    """The type ``load_dialect_impl`` gives PostgreSQL when it picks types for other dialects only
    and returns one for the rest: ``if dialect.name == "mysql": return ...LONGTEXT()`` then
    ``return self.impl`` (``_OWN_IMPL``) or ``return dialect.type_descriptor(String())``
    (``String()``); ``elif`` chains and ``if``s one after the other too. None otherwise."""
    params = function.args.args
    this = params[0].arg if params else "self"
    dialect = params[1].arg if len(params) > 1 else "dialect"

    def fallback(statements: list[ast.stmt]) -> ast.expr | None:
        body = [s for s in statements if not (isinstance(s, ast.Expr) and isinstance(s.value, ast.Constant))]
        if len(body) == 1 and isinstance(body[0], ast.Return) and body[0].value is not None:
            returned = _described(body[0].value, dialect)
            if dotted(returned) == f"{this}.impl":
                return _OWN_IMPL
            # a type built from nothing of the call's (``self.length``, ``dialect``...)
            names = {n.id for n in ast.walk(returned) if isinstance(n, ast.Name)}
            return returned if isinstance(returned, (ast.Call, ast.Name, ast.Attribute)) and \
                not names & {this, dialect} else None
        if body and isinstance(body[0], ast.If) and _names_other_dialects(body[0].test, dialect) \
                and all(isinstance(s, ast.Return) for s in body[0].body):
            return fallback(body[0].orelse + body[1:])
        return None

    return fallback(function.body)


def _names_other_dialects(test: ast.expr, dialect: str) -> bool:
    """``dialect.name == "mysql"`` / ``dialect.name in ("mysql", "sqlite")``: not PostgreSQL."""
    names, every_one = _dialects_named(test, dialect)
    return bool(names) and every_one and "postgresql" not in names


def _names_postgresql(test: ast.expr, dialect: str) -> bool:
    return "postgresql" in _dialects_named(test, dialect)[0]


def _dialects_named(test: ast.expr, dialect: str) -> tuple[set[str], bool]:
    """The dialect names ``dialect.name == "x"`` / ``dialect.name in ("x", "y")`` holds for, and
    whether each is a literal; nothing for any other test."""
    if not (isinstance(test, ast.Compare) and len(test.ops) == 1 and dotted(test.left) == f"{dialect}.name"):
        return set(), False
    right = test.comparators[0]
    elements = [right] if isinstance(test.ops[0], ast.Eq) else (
        right.elts if isinstance(test.ops[0], ast.In) and isinstance(right, (ast.Tuple, ast.List, ast.Set)) else [])
    names = {e.value for e in elements if isinstance(e, ast.Constant) and isinstance(e.value, str)}
    return names, len(names) == len(elements)


def _described(returned: ast.expr, dialect: str) -> ast.expr:
    """The type of ``dialect.type_descriptor(X)``: X; any other expression as it is."""
    if isinstance(returned, ast.Call) and dotted(returned.func) == f"{dialect}.type_descriptor" \
            and len(returned.args) == 1:
        return returned.args[0]
    return returned


def _names_a_scanned_class(base: ast.expr, info: ClassInfo, result: ScanResult) -> bool:
    """``module.Point`` names the class ``Point`` of the scanned module the file imports as
    ``module`` (skyportal's ``class Obj(Base, conesearch_alchemy.Point)``), not a TypeDecorator of
    that name elsewhere (healpix_alchemy's ``Point``)."""
    if not (isinstance(base, ast.Attribute) and isinstance(base.value, ast.Name)):
        return False
    names = imported_module_names(base.value.id, info.module)
    return bool(names) and any(other.name == base.attr and import_name(other.module.path) in names
                               for other in result.classes)


def link_type_decorators(result: ScanResult) -> None:
    """Once every file is scanned: a class whose base is a TypeDecorator of the files is one
    too (inheritance chains, in any file order), likewise a class whose base is an enum
    class of the files, a name bound to one (``JSONText = MyJSON``, ``from .types import GUID
    as UUIDType``) names it, and so does a name bound to an instance of one (``SQLINET =
    INETLiteral()``)."""
    changed = True
    while changed:
        changed = False
        for info in list(result.classes):
            base_names = [last_name(base) for base in info.node.bases
                          if not (last_name(base) in result.decorators and _names_a_scanned_class(base, info, result))]
            parents = [result.decorators[name] for name in base_names if name in result.decorators]
            if parents and info.name not in result.decorators:
                result.decorators[info.name] = _type_decorator(info.full_node, info.module.source, parents[0])
                result.classes.remove(info)
                changed = True
            enums = [result.py_enums[name] for name in base_names if name in result.py_enums]
            if enums and not parents and info.name not in result.py_enums:
                # an enum whose base enum class was scanned after it (another file)
                result.py_enums[info.name] = _py_enum(info.full_node, info.module.source,
                                                      any(e.str_valued for e in enums), info.module.path, enums,
                                                      set(base_names))
                result.enum_definitions.setdefault(info.name, []).append(result.py_enums[info.name])
                result.classes.remove(info)
                changed = True
    changed = True
    while changed:  # SQLINET = INETLiteral(), then SQLINET_KEY = SQLINET.with_variant(String(64), "duckdb")
        changed = False
        for names, callee, module, call in result.factory_calls:
            # an instance of a type class of the files (or that instance with variants) names that type
            made_of = postgresql_variant(call)
            made_of = made_of.func if isinstance(made_of, ast.Call) else made_of
            original = last_name(made_of) or callee
            if module.imported.get(original, module.name_aliases.get(original, original)) in result.decorators:
                for name in names:
                    if name not in result.decorators:
                        result.decorators[name] = TypeDecoratorInfo(name, call, module.source)
                        changed = True
    for module in result.modules:
        for local, original in (*module.imported.items(), *module.name_aliases.items()):
            if original in result.decorators and local not in result.decorators:
                result.decorators[local] = result.decorators[original]
