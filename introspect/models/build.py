"""Second pass of the model reader: classes -> tables, once every file is scanned.

Decides which classes are mapped (their bases reach a declarative base), which are
mixins, where each class's columns go (own table, single-table inheritance into the
parent's, joined-table inheritance), collects inherited mixin columns, and reads
``Table(...)`` objects. ``assemble`` then turns the result into a ``Schema``.
"""

from __future__ import annotations

import ast
import re
import weakref
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import PurePath
from typing import TypeVar

from ..schema import ColumnType
from ..sqltypes import canonical, is_type_name
from .column_types import (
    PyEnum,
    TypeDecoratorInfo,
    TypeResolver,
    annotation_key,
    literal_strings,
)
from .columns import (
    COLUMN_CALLABLES,
    OWN_CLASS,
    WRAPPED_SETTINGS,
    ColumnCall,
    ColumnSpec,
    ModuleInfo,
    Problems,
    column_call,
    helper_call,
    import_name,
    imported_module_names,
    read_column,
    single_return,
    static_or_class_method,
)
from .constraints import (
    TableItems,
    other_dialects_call,
    read_table_args,
    read_table_item,
    read_table_keywords,
    sort_wrapped,
)
from .exprs import (
    SourceText,
    class_setting,
    dotted,
    keyword_map,
    last_name,
    literal,
    module_assignments,
    written_string,
)
from .library_rules import TODAYS_RULES, LibraryRules
from .name_functions import OPAQUE, class_of, class_table_name
from .relationships import read_relationship
from .scan import (
    BASE_FACTORIES,
    BLOCKS,
    PRESET_ITEMS,
    SQLALCHEMY_MODULES,
    ClassInfo,
    ScanResult,
    TableName,
    as_declarative,
    builds_column,
    metadata_schema,
    run_time_branch,
    type_checkers_only,
)
from .sourcemap import ModuleIndex, RelationshipSource
from .sqlmodel_fields import is_sqlmodel_base, is_sqlmodel_field, read_field

T = TypeVar("T")

_DECLARED_ATTR = {"declared_attr", "directive", "cascading"}
# the type of a column the reader knows it cannot read (``assemble.UNRESOLVED_TYPE``)
_UNREAD_TYPE = ColumnType("unresolved", kind="unresolved")
_DECLARATIVE_NAMES = frozenset({"DeclarativeBase", "DeclarativeBaseNoMeta"})
_ORM_CALLS = {"relationship", "backref", "synonym", "association_proxy", "column_property",
              "composite", "dynamic_loader", "deferred", "query_expression", "hybrid_property"}
# Packages whose classes add no mapped columns when a model inherits them
# (``MappedAsDataclass``, ``AsyncAttrs``, ``Generic[T]``, ``ABC``, flask_login's ``UserMixin``).
_COLUMN_FREE_PACKAGES = {"sqlalchemy", "flask_sqlalchemy", "typing", "typing_extensions", "abc", "collections",
                         "flask_login", "builtins"}  # builtins: python-future's ``from builtins import object``


# Classes of packages that also ship mixins with columns, known to add none themselves:
# flask_security's UserMixin / RoleMixin (methods only; its models.fsqla* mixins declare
# columns and stay unseen), Flask-User's UserMixin (Flask-Login's, with methods).
_COLUMN_FREE_CLASSES = {("flask_security", "UserMixin"), ("flask_security", "RoleMixin"),
                        ("flask_security.core", "UserMixin"), ("flask_security.core", "RoleMixin"),
                        ("flask_user", "UserMixin")}


def _column_free_class(origin: str, name: str) -> bool:
    """Whether the base ``name`` (as written), imported from ``origin``, is one of
    ``_COLUMN_FREE_CLASSES``: ``from flask_security import UserMixin`` or
    ``import flask_security`` + ``flask_security.UserMixin``."""
    parts = name.split(".")
    same_package = parts[0] == origin.split(".")[0] and len(parts) > 1
    module = ".".join(parts[:-1]) if same_package else ".".join([origin, *parts[:-1]])
    return (module, parts[-1]) in _COLUMN_FREE_CLASSES


def camel_to_snake_case(name: str) -> str:
    """Flask-SQLAlchemy's generated ``__tablename__`` (``flask_sqlalchemy.model``)."""
    name = re.sub(r"((?<=[a-z0-9])[A-Z]|(?!^)[A-Z](?=[a-z]))", r"_\1", name)
    return name.lower().lstrip("_")


def _plural(word: str) -> str:
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    if word.endswith("y") and word[-2:-1] not in ("a", "e", "i", "o", "u", "_", ""):
        return word[:-1] + "ies"
    return word + "s"


def name_candidates(class_name: str) -> tuple[str, ...]:
    """The table names a ``__tablename__`` computed from ``class_name`` usually gives, most
    usual first: snake_case (two spellings of acronyms), lower case, their plurals, the
    name itself."""
    simple = re.sub(r"(?<!^)(?=[A-Z])", "_", class_name).lower()  # HTTPLog -> h_t_t_p_log
    found = []
    for base in (camel_to_snake_case(class_name), simple, class_name.lower()):
        for candidate in (base, _plural(base)):
            if candidate not in found:
                found.append(candidate)
    if class_name not in found:
        found.append(class_name)
    return tuple(found)


@dataclass(slots=True)
class PlacedColumn:
    """A column of a class: what its statement says (``spec``, shared by statements with the
    same text), its attribute and database name, where it is written, the class it belongs
    to and the class whose body holds it (a mixin, for an inherited column)."""

    spec: ColumnSpec
    attribute: str
    name: str
    file: str
    line: int
    end_line: int
    class_name: str
    defined_in: str
    guarded: bool = False  # in the branch of ``if TYPE_CHECKING: ... else:`` that runs

    @classmethod
    def read(cls, spec: ColumnSpec, class_name: str) -> PlacedColumn:
        """The column of the statement ``spec`` was read from."""
        return cls(spec, spec.attribute, spec.name, spec.file, spec.line, spec.end_line, class_name, class_name)


@dataclass
class TableBuild:
    name: str
    schema: str | None
    owner: str  # class or Table variable that owns the table
    columns: list[PlacedColumn] = field(default_factory=list)
    items: TableItems = field(default_factory=TableItems)
    file: str = ""  # where the owner is defined
    line: int = 0


@dataclass
class ClassPlacement:
    """Where one scanned class landed."""

    info: ClassInfo | None
    class_name: str
    kind: str  # model | mixin | table-object
    table: str | None = None
    schema: str | None = None
    inherits_table: str | None = None
    style: str = "column"
    file: str = ""
    line: int = 0
    end_line: int = 0
    bases: tuple[str, ...] = ()
    names: tuple[str, ...] = ()  # class-level names of the class and its scanned bases
    table_name_from: str | None = None  # __tablename__ = TABLE_NAME: the constant (or PREFIX + "x")
    nested: bool = False  # defined inside a module-level with / if / try block
    joins: tuple[str, ...] = ()  # __table__ = outerjoin(A.__table__, B.__table__): the classes A, B
    run_time_columns: tuple[str, ...] = ()  # a class made at run time: the column names its body writes


@dataclass
class BuildResult:
    tables: dict[tuple[str | None, str], TableBuild] = field(default_factory=dict)
    placements: list[ClassPlacement] = field(default_factory=list)
    references: list[tuple[str, str, int]] = field(default_factory=list)  # (call text, file, line)
    relationships: list = field(default_factory=list)  # RelationshipSource, in reading order
    # (class, target class, file, line): relationships whose secondary= a function makes (``ModelSet``)
    made_secondaries: list[tuple[str, str, str, int]] = field(default_factory=list)
    # computed __tablename__: (class, expression, candidates, (file, line), and for a name a base's
    # __init_subclass__ puts a prefix before, (the hook's file:line, the prefix: None when the database tells it))
    computed: list = field(default_factory=list)
    table_keys: dict[str, tuple[str | None, str]] = field(default_factory=dict)  # class -> table key

    def place(self, placement: ClassPlacement) -> None:
        self.placements.append(placement)
        if placement.table is not None:
            self.table_keys.setdefault(placement.class_name, (placement.schema, placement.table))
            if placement.info is not None:  # a second class of one name, under its key (``Name@file``)
                self.table_keys.setdefault(placement.info.key, (placement.schema, placement.table))


# methods SQLAlchemy calls while it maps a class, which may add columns to its table
_MAPPING_HOOKS = frozenset({"__mapper_cls__", "__declare_first__", "__declare_last__"})
# calls by which such a method adds a column
_ADDS_COLUMNS = frozenset({"append_column", "add_property", "Column", "mapped_column"})


def _a_secondary(attribute: str, info: ClassInfo) -> bool:
    """Whether a relationship of the class body is given ``secondary=attribute``: a table, no column."""
    return any(isinstance(value, ast.Call) and isinstance(secondary := keyword_map(value).get("secondary"), ast.Name)
               and secondary.id == attribute for _, _, _, value in info.members)


def _secondary_made_by_a_call(relationship: ast.Call, bound: Callable[[str], ast.expr | None]) -> bool:
    """Whether the relationship's ``secondary=`` is a table a function makes, which the reader does
    not read: a call (not ``Table(...)``), or a name ``bound`` to one (in the class body, or in the
    ``declared_attr`` that returns the relationship: ActiveDriverDB's ``site_type_table =
    make_association_table("site.id", SiteType.id)`` and then ``secondary=site_type_table``)."""
    secondary = keyword_map(relationship).get("secondary")
    if isinstance(secondary, ast.Name):
        secondary = bound(secondary.id)
    return isinstance(secondary, ast.Call) and last_name(secondary.func) != "Table"


def _bound_in(statements: list[ast.stmt]) -> Callable[[str], ast.expr | None]:
    """What the last of ``statements`` that assigns a name binds it to."""
    def bound(name: str) -> ast.expr | None:
        return next((s.value for s in reversed(statements) if isinstance(s, ast.Assign)
                     and any(isinstance(t, ast.Name) and t.id == name for t in s.targets)), None)
    return bound


def _joined_classes(value: ast.expr | None) -> tuple[str, ...]:
    """``A``, ``B`` of ``join(A.__table__, B.__table__[, onclause])`` / ``outerjoin(...)`` and of
    ``A.__table__.join(B.__table__)`` (joins of joins too); () for anything else."""
    if not isinstance(value, ast.Call) or last_name(value.func) not in ("join", "outerjoin"):
        return ()
    if isinstance(value.func, ast.Attribute) and _table_of_class(value.func.value) is not None:
        operands = [value.func.value, *value.args[:1]]  # A.__table__.join(B.__table__, onclause)
    else:
        operands = value.args[:2]
    names: list[str] = []
    for operand in operands:
        inner = _joined_classes(operand) or ((found,) if (found := _table_of_class(operand)) else ())
        if not inner:
            return ()
        names.extend(inner)
    return tuple(names) if len(operands) == 2 else ()


def _selected_classes(value: ast.expr | None, classes: Mapping[str, object]) -> tuple[str, ...]:
    """The classes of ``classes`` a ``select(A.id, B.name)...subquery()`` (``.alias()``, ``.cte()``)
    names; () for anything else."""
    if not (isinstance(value, ast.Call) and isinstance(value.func, ast.Attribute)
            and value.func.attr in ("subquery", "alias", "cte")):
        return ()
    query = value.func.value
    while isinstance(query, ast.Call) and isinstance(query.func, ast.Attribute):  # .where(...).group_by(...)
        query = query.func.value
    if not (isinstance(query, ast.Call) and last_name(query.func) == "select"):
        return ()
    return tuple(dict.fromkeys(node.value.id for node in ast.walk(value) if isinstance(node, ast.Attribute)
                               and isinstance(node.value, ast.Name) and node.value.id in classes))


def _table_of_class(node: ast.expr) -> str | None:
    """``A`` of ``A.__table__``."""
    if isinstance(node, ast.Attribute) and node.attr == "__table__" and isinstance(node.value, ast.Name):
        return node.value.id
    return None


def _table_column_or(returned: ast.expr | None) -> ast.expr | None:
    """``Column(...)`` of ``Parent.__table__.c.get("name", Column(...))``: a single-table
    subclass's column that is the table's when another subclass has added it (SQLAlchemy 1.x's
    ``use_existing_column=True``); else None."""
    if isinstance(returned, ast.Call) and len(returned.args) == 2 and not returned.keywords \
            and (dotted(returned.func) or "").endswith((".__table__.c.get", ".__table__.columns.get")):
        return returned.args[1]
    return None


def _mapping_hook_of(holder: ClassInfo) -> tuple[str, int] | None:
    for statement in holder.full_node.body:
        if not isinstance(statement, ast.FunctionDef) or statement.name not in _MAPPING_HOOKS:
            continue
        calls = (last_name(node.func) for node in ast.walk(statement) if isinstance(node, ast.Call))
        if statement.name == "__mapper_cls__" or any(name in _ADDS_COLUMNS for name in calls):
            return statement.name, statement.lineno
    return None


def _maps_nothing(node: ast.ClassDef) -> bool:
    """Whether a class body adds nothing to a table: no column call, no ``__tablename__`` /
    ``__table_args__`` / ``__mapper_args__``, no ``declared_attr``, and no base of its own."""
    if node.bases or node.keywords:
        return False
    for inner in ast.walk(node):
        if isinstance(inner, ast.Call) and last_name(inner.func) in ("Column", "mapped_column", "column_property"):
            return False
        if isinstance(inner, ast.Name) and inner.id in ("__tablename__", "__table_args__", "__mapper_args__"):
            return False
        if isinstance(inner, (ast.Name, ast.Attribute)) and last_name(inner) == "declared_attr":
            return False
    return True


def _attached_through_columns(call: ast.Call) -> bool:
    """Whether ``call`` is an ``Index``, a ``UniqueConstraint`` or a ``PrimaryKeyConstraint`` given
    a column (an attribute of the class body), which attaches it to the column's table."""
    kind = last_name(call.func)
    if kind not in ("Index", "UniqueConstraint", "PrimaryKeyConstraint"):
        return False
    elements = call.args[1:] if kind == "Index" else call.args
    return any(not (isinstance(e, ast.Constant) and isinstance(e.value, str)) for e in elements)


class ModelBuilder:
    """Links scanned classes across files and places their columns on tables."""

    def __init__(self, scan: ScanResult, problems: Problems, rules: LibraryRules = TODAYS_RULES) -> None:
        self.scan = scan
        self.problems = problems
        self.rules = rules  # what the project's SQLModel, pydantic and Flask-SQLAlchemy make of a model
        self.classes: dict[str, ClassInfo] = {}
        # (file, name) of classes another class of the same name stands for: in that file,
        # the name is its own class (a base written so is not the kept one).
        self.shadowed: set[tuple[str, str]] = set()
        # (table, file, line): tables of classes not read (a second model class of one name)
        self.unread_tables: list[tuple[str, str, int]] = []
        # class -> (file, line) of what may give its table indexes or constraints the reader
        # cannot see: __table_args__ built by a function, a module-level call given its columns
        self.hidden_items: dict[str, tuple[str, int]] = {}
        # class -> "Base.__table_args__ = {...}": the __table_args__ it inherits, having none of its own
        self.inherited_table_args: dict[str, str] = {}
        self.module_indexes: list[ModuleIndex] = []  # of Index(...) calls at module level
        # a file -> its module-level functions, which a computed __tablename__ may call
        self._module_functions: dict[str, dict[str, ast.FunctionDef]] = {}
        # an Index / UniqueConstraint in a class body given only other classes' columns, the class, and
        # those columns by their class (``_other_classes_named``)
        self.items_of_other_classes: list[tuple[ast.Call, ClassInfo, dict[str, str]]] = []
        # the classes among those whose inherited __table_args__ a declared_attr makes per class
        self.table_args_per_class: set[str] = set()
        self.own_table_args: set[str] = set()  # the classes whose body assigns __table_args__
        # class -> the attribute its table's items are in (``ClassSource.items_attribute``)
        self.items_attributes: dict[str, str] = {}
        self._hooks: dict[str, tuple[str, int] | None] = {}  # class key -> its mapping hook (_mapping_hook)
        # (importer, dots, module) of a relative import -> the scanned modules at that place
        self._relative_modules: dict[tuple[str, int, str], list[ModuleInfo]] = {}
        self._hook_files: dict[int, bool] = {}  # id(SourceText) -> whether its text names a mapping hook
        # the names model classes derive from: two plain classes of one such name matter
        base_names = {last_name(base) for info in scan.classes if _declares_mapping(info) for base in info.node.bases}
        # every scanned class by (file, name): a base is looked up where its name comes from
        self._defined: dict[tuple[str, str], ClassInfo] = {}
        for info in scan.classes:
            self._defined.setdefault((info.path, info.name), info)
        for owner, attribute, statement, module in scan.assigned_after:
            target = self._defined.get((module.path, owner))
            if target is None:  # Obj.snapshot_id = Column(...) in a module that imports Obj (analysispreservation)
                target = self._imported_class(owner, module)
                if target is not None:
                    target.late_modules[id(statement)] = module
            elif target.node.end_lineno is None or statement.lineno <= target.node.end_lineno:
                continue
            if target is not None:
                target.late_members.append((statement, attribute, None, statement.value))
                target.names.add(attribute)
        named_as_base = {id(target) for info in scan.classes for base in info.node.bases
                         if (target := self._base_target(base, info)) is not None}
        for info in scan.classes:
            if info.name in scan.root_classes.values():
                info.declarative_root = True  # declarative_base(cls=info): the base's own class
            elif info.declarative_root and self._on_a_project_root(info):
                info.declarative_root = False  # class User(DeclarativeBase), the project's base of that name
            if info.name in self.classes:
                first = self.classes[info.name]
                if id(info) in named_as_base and first.path != info.path and info.tablename.kind != "literal" \
                        and info.table_value is None:
                    # ``class Resource(LibraryResource)``, or a base module's ``class Wrapped(Resource)``:
                    # a second class of one name, which other classes name where it is the one
                    info.key = f"{info.name}@{info.path}"
                    self.classes[info.key] = info
                    continue
                if self._two_tables_of_one_class_name(first, info):
                    info.key = f"{info.name}@{info.path}"
                    self.classes[info.key] = info
                    continue
                if _declares_mapping(info) and not _declares_mapping(first):
                    # A plain class (a pydantic schema, a dataclass) and a model of one
                    # name in two modules: the model is the one the mapping is about. The
                    # first stays under a key of its own when classes import it as a base
                    # (abilian's mixin ``Indexable``, and a test's model of that name).
                    self.classes[info.name] = info
                    if id(first) in named_as_base:
                        first.key = f"{first.name}@{first.path}"
                        self.classes[first.key] = first
                    else:
                        self.shadowed.add((first.path, first.name))
                    continue
                self.shadowed.add((info.path, info.name))
                if _declares_mapping(first) and not _declares_mapping(info):
                    continue
                if id(info) not in named_as_base and self._mixin_like(info):
                    continue  # a mixin of one name as another's that no class uses (h's dataclass Timestamps)
                if not _declares_mapping(first) and info.name not in base_names:
                    continue  # two plain classes of one name (API schemas...) that no model derives from
                unread = ""
                if info.tablename.kind == "literal" and info.tablename.value:  # mapped, though not read here
                    self.unread_tables.append((info.tablename.value, info.path, info.node.lineno))
                    unread = f" (its table {info.tablename.value} is not compared, and no class is generated for it)"
                problems.add(info.path, info.node.lineno,
                             f"class {info.name} is also defined at {first.path}:{first.node.lineno}; the first is "
                             f"read, not this one{unread}")
                continue
            self.classes[info.name] = info
        counted = Counter(info.name for info in scan.classes)
        self._named_twice = {name for name, count in counted.items() if count > 1}
        # Classes that inherit from each other have no MRO: reported and left out.
        self.cyclic: set[str] = set()
        for cycle in self._inheritance_cycles():
            self.cyclic.update(cycle)
            for name in cycle:
                info = self.classes[name]
                problems.add(info.path, info.node.lineno,
                             f"{name}: inheritance cycle {' -> '.join([*cycle, cycle[0]])} among the scanned classes "
                             "(two classes of one name in different modules?); these classes are not read")
        for name in self.cyclic:
            del self.classes[name]
        # Each class's bases among the scanned classes (the MRO and the declarative test
        # need them, class by class and again for subclasses).
        self.local_bases = {name: self._local_bases(info) for name, info in self.classes.items()}
        self._report_column_wrappers()
        self._share_aliases()
        self._follow_reexports()
        self.class_aliases = self._class_aliases()
        self._declarative: dict[str, bool] = {}
        self._flask: dict[str, bool] = {}
        self._sqlmodel: dict[str, bool] = {}
        self._mro: dict[str, list[str]] = {}
        self.mapped = {name for name, info in self.classes.items() if self._is_mapped(info)}
        mapped_names = {self.classes[key].name for key in self.mapped} | {t.variable for t in scan.table_objects}
        self.resolver = TypeResolver(scan.py_enums, scan.decorators, mapped_names,
                                     ambiguous_enums=scan.ambiguous_enums)
        self.resolver.compiled_types = _compiled_types(scan)
        self.resolver.tablenames = {name: info.tablename.value for name, info in self.classes.items()
                                    if info.tablename.kind == "literal" and info.tablename.value}
        self._share_constants()
        self.resolver.sqlalchemy_names = {
            id(module.source): frozenset(local for local, origin in module.origins.items()
                                         if origin.split(".")[0] in ("sqlalchemy", "flask_sqlalchemy"))
            for module in self.scan.modules}
        self.resolver.shadowing = frozenset(source for source, names in self.resolver.sqlalchemy_names.items()
                                            if not names.isdisjoint(scan.decorators))
        for module in self.scan.modules:  # ``Enum as SQLEnum``, ``true as sql_true``: read as SQLAlchemy's names
            module.source.renamed = {local: module.imported[local] for local in
                                     self.resolver.sqlalchemy_names[id(module.source)] if local in module.imported}
            module.source.presets = _presets(module)
        self.resolver.type_helpers = {id(module.source): module.type_helpers
                                      for module in self.scan.modules if module.type_helpers}
        self.resolver.sql_constants = {id(module.source): module.sql_constants
                                       for module in self.scan.modules if module.sql_constants}
        self.resolver.file_types = self._file_types()
        self.resolver.file_enums = self._file_enums()
        self.resolver.literal_aliases = {id(module.source): literals for module in self.scan.modules
                                         if (literals := _literal_aliases(module))}
        self.resolver.enum_aliases = {
            id(module.source): aliases for module in self.scan.modules
            if (aliases := {local: original for local, original in module.imported.items()
                            if original in scan.py_enums and local != original})}
        if scan.unreadable:
            self.resolver.unreadable_imports = {
                id(module.source): {local: scan.unreadable[origin] for local, origin in module.from_modules.items()
                                    if origin in scan.unreadable}
                for module in self.scan.modules}
        self._read_annotation_maps()
        self._columns: dict[str, list[PlacedColumn]] = {}
        self._templates: dict[tuple, ColumnSpec] = {}
        self._composites: dict[int, bool] = {}  # id(module) -> whether its text calls composite(...)
        self.result = BuildResult()
        # (file, line) of use_existing_column statements: naming a column the single table has,
        # and made a column of a table
        self._existing_kept: set[tuple[str, int]] = set()
        self._columns_added: set[tuple[str, int]] = set()

    # -- linking -------------------------------------------------------------------------

    def _report_column_wrappers(self) -> None:
        """Each function of the project's under SQLAlchemy's name that may give a column a setting
        the comparison reads (``ModuleInfo.column_wrappers``), said once where it is defined."""
        for module in self.scan.modules:
            for name, (settings, line) in module.column_wrappers.items():
                given = sorted(WRAPPED_SETTINGS) if "*" in settings else sorted(settings & set(WRAPPED_SETTINGS))
                if given:
                    self.problems.add(module.path, line, f"{name}: the project's own function of SQLAlchemy's name, "
                                      f"which may set {', '.join(given)}; not compared where a call does not write it")

    def _share_aliases(self) -> None:
        """A file that imports ``Column`` from a scanned file that defines it as an alias
        uses that alias (and likewise ``Annotated`` aliases)."""
        aliases, annotated, helpers, type_helpers, functions = {}, {}, {}, {}, set()
        wrappers: dict[str, tuple[frozenset[str], int]] = {}
        # def table_args(): return {"mysql_engine": ...}: another database's options only (solum's,
        # given as ``sql.table_args()`` or imported)
        dialect_options = {name for module in self.scan.modules for name in module.other_dialect_options}
        for module in self.scan.modules:
            wrappers.update(module.column_wrappers)
            aliases.update(module.aliases)
            annotated.update(module.annotated)
            helpers.update({name: helper for name, helper in module.column_helpers.items() if helper[1]() is module})
            type_helpers.update({name: h for name, h in module.type_helpers.items() if h[1] is module.source})
            functions |= module.column_functions
        # a class -> its static / class methods that return a column: (".hash_column", helper)
        methods: dict[str, list[tuple[str, tuple[ast.FunctionDef, weakref.ref[ModuleInfo]]]]] = {}
        for qualified, found in helpers.items():
            owner, dot, attribute = qualified.partition(".")
            if dot and "." not in attribute:
                methods.setdefault(owner, []).append((f".{attribute}", found))
        for module in self.scan.modules:
            for local in module.project_imports:
                original = module.imported.get(local, local)
                if local not in module.aliases and original in aliases:
                    module.aliases[local] = aliases[original]
                if local not in module.annotated and original in annotated:
                    module.annotated[local] = annotated[original]
                if (annotated or aliases) and original not in annotated and local in module.import_from \
                        and f"{local}.".encode() in module.source.utf8:
                    # ``from . import types`` then ``Mapped[types.JsonbDict]`` (funnel), ``entity.NotNull(...)``
                    # (conbench's): the module's aliases
                    level, dotted_name = module.import_from[local]
                    for given in self._modules_at(module, level, f"{dotted_name}.{original}".strip(".")):
                        module.annotated.update({f"{local}.{name}": alias for name, alias in given.annotated.items()})
                        module.aliases.update({f"{local}.{name}": alias for name, alias in given.aliases.items()
                                               if "." not in name})
                if local not in module.column_helpers and original in helpers:
                    module.column_helpers[local] = helpers[original]
                if local not in module.column_wrappers and original in wrappers:
                    module.column_wrappers[local] = wrappers[original]
                for suffix, class_helper in methods.get(original, ()):  # Mixin.hash_column of an imported Mixin
                    module.column_helpers.setdefault(local + suffix, class_helper)
                if local not in module.type_helpers and original in type_helpers:
                    module.type_helpers[local] = type_helpers[original]
                if original in dialect_options:
                    module.other_dialect_options.add(local)
                # ``from nova.db import types``, then ``types.MediumText()``: that module's types
                dotted = ".".join(filter(None, (module.origins.get(local), original)))
                for other in self._by_stem.get(original, []):
                    if other is not module and _is_module(other, dotted):
                        for name, helper in other.type_helpers.items():
                            if helper[1] is other.source:
                                module.type_helpers.setdefault(name, helper)
                        # ``from mistral.db.sqlalchemy import model_base as mb``, ``mb.id_column()``
                        for name, column_helper in other.column_helpers.items():
                            if column_helper[1]() is other and "." not in name:
                                module.column_helpers.setdefault(f"{local}.{name}", column_helper)
                        module.other_dialect_options.update(f"{local}.{name}" for name in other.other_dialect_options
                                                            if "." not in name)
                if original in functions:  # a column-building function of another file
                    module.column_functions.add(local)

    def _file_types(self) -> dict[int, dict[str, TypeDecoratorInfo]]:
        """id(SourceText) -> the type a name bound at module level stands for in that file, where
        modules bind one name to different types (truenth-portal's ``status_types_enum = Enum(...,
        name=...)`` in three modules), or one binds a type to the name of another's TypeDecorator
        class (``Status = SAEnum(Kind, ...)`` beside ``class Status(TypeDecorator)``). Other names
        are global, as TypeDecorators are."""
        bound: dict[str, dict[str, tuple[str, TypeDecoratorInfo]]] = {}  # name -> path -> (as written, type)
        for module in self.scan.modules:
            for name, value in module.type_values.items():
                bound.setdefault(name, {})[module.path] = (module.source.segment(value),
                                                           TypeDecoratorInfo(name, value, module.source))
        modules = {id(module.source): module for module in self.scan.modules}
        for name, per_module in bound.items():
            decorator = self.scan.decorators.get(name)
            holder = modules.get(id(decorator.source)) if decorator is not None else None
            if decorator is not None and holder is not None and holder.path not in per_module:
                per_module[holder.path] = (f"class {name}", decorator)
        return self._per_file({name: {path: info for path, (_, info) in per_module.items()}
                               for name, per_module in bound.items()
                               if len({written for written, _ in per_module.values()}) > 1})

    def _file_enums(self) -> dict[int, dict[str, PyEnum]]:
        """id(SourceText) -> the enum class a name stands for in that file, where several modules
        define an enum class of that name (funding-service's application store: ``class
        Language(Enum)`` in ``application/enums.py`` and in ``feedback/enums.py``). Other names are
        global."""
        return self._per_file({name: {py_enum.file: py_enum for py_enum in defined}
                               for name, defined in self.scan.enum_definitions.items()
                               if len({py_enum.file for py_enum in defined}) > 1})

    def _per_file(self, several: dict[str, dict[str, T]]) -> dict[int, dict[str, T]]:
        """id(SourceText) -> what each name of ``several`` (name -> module path -> what that module
        binds it to) stands for in that file: its own binding, or that of the module it imports the
        name from (under whatever name it imports it)."""
        found: dict[int, dict[str, T]] = {}
        if not several:
            return found
        for module in self.scan.modules:
            for local in {*several, *module.project_imports}:
                original = module.imported.get(local, local)
                if original not in several:
                    continue
                holder = module.path if local == original and module.path in several[original] else None
                if holder is None and local in module.project_imports:
                    level, source = module.import_from.get(local, (0, module.origins.get(local, "")))
                    holder = next((m.path for m in self._modules_at(module, level, source)
                                   if m.path in several[original]), None)
                if holder is not None:
                    found.setdefault(id(module.source), {})[local] = several[original][holder]
        return found

    def _class_aliases(self) -> dict[str, str]:
        """Names the files import a scanned class under (``from app.models import Dataset as
        CtlDataset``) -> the class's name, for ``ForeignKey(CtlDataset.id)``; a name imported as
        two different classes, or that is a class's own, is left out."""
        found: dict[str, set[str]] = {}
        for module in self.scan.modules:
            for local, original in module.imported.items():
                if local in module.project_imports and local not in self.classes \
                        and self._defined_in(self._import_source(local, module), original) is not None:
                    found.setdefault(local, set()).add(original)
        return {local: next(iter(originals)) for local, originals in found.items() if len(originals) == 1}

    def _follow_reexports(self) -> None:
        """``from app.util import EnumColumn`` where ``app/util.py`` imports it from SQLAlchemy
        (``from sqlalchemy import Enum as EnumColumn``): SQLAlchemy's class, as if imported from
        there."""
        for module in self.scan.modules:
            for local in sorted(module.project_imports):
                name = module.original(local)
                giver = next((m for m in self._import_source(local, module) if m is not module
                              and m.origins.get(name, "").startswith(SQLALCHEMY_MODULES)), None)
                if giver is None:
                    continue
                module.origins[local] = giver.origins[name]
                module.imported[local] = giver.original(name)
                if module.imported[local] == local:
                    del module.imported[local]
                module.project_imports.discard(local)

    def _share_constants(self) -> None:
        """Module-level constants each file can name in a type's arguments: its own, those it
        imports by name (``from .limits import NAME_MAX``) and ``module.NAME`` for a scanned
        module it imports (``import limits``, ``from . import limits``). The module an import
        names is the file at that place (two ``constants.py`` of two packages are two modules);
        a module found by its name alone must be the only one of that name, and a name imported
        from a module that is not scanned must be defined by one scanned module only."""
        in_package: dict[str, list[tuple[str, ModuleInfo]]] = {}  # directory -> (stem, module with constants)
        definers: dict[str, list[ModuleInfo]] = {}  # constant -> the modules that define it
        members: dict[str, set[str]] = {}  # class -> its constants' names (RefActions.CASCADE)
        for module in self.scan.modules:
            path, stem = PurePath(module.path), import_name(module.path)
            directory = str(path.parent)
            if module.constants:
                if path.name != "__init__.py":
                    in_package.setdefault(directory, []).append((stem, module))
                for name in module.constants:
                    definers.setdefault(name, []).append(module)
                    owner, dot, _ = name.partition(".")
                    if dot:
                        members.setdefault(owner, set()).add(name)
        if not definers:
            return
        self.resolver.class_members = {name: modules[0].constants[name] for name, modules in definers.items()
                                       if "." in name and len(modules) == 1}
        # each module's own constants, as written: a scope made below adds names seen through
        # imports, which must not be passed on again (they would multiply, module after module)
        own = {id(module): dict(module.constants) for module in self.scan.modules}
        for module in self.scan.modules:
            scope = dict(module.constants)
            for local, origin in module.origins.items():
                real = module.imported.get(local, local)
                level, source = module.import_from.get(local, (0, origin))
                if local in module.project_imports:
                    # from .limits import NAME_MAX; from .common import RefActions (its RefActions.X)
                    at = self._modules_at(module, level, source) if source or level else []
                    holders = self._with_star_imports(at)
                    for name in [real, *sorted(members.get(real, ()))]:
                        # else the one module that defines it (re-exported by a package's __init__...)
                        found = [m for m in holders if name in own[id(m)]] or definers.get(name, [])
                        if len(found) == 1 and found[0] is not module:
                            scope.setdefault(local + name[len(real):], own[id(found[0])][name])
                # import limits / from . import limits / import app.limits as limits: limits.NAME
                named = (f"{source}.{real}" if source else real) if local in module.import_from else origin
                for held in self._modules_at(module, level, named, by_name=True):
                    if held is not module:
                        for name, value in own[id(held)].items():
                            scope.setdefault(f"{local}.{name}", value)
                    # from app import schemas: schemas.core.NAME of app/schemas/core.py (the name
                    # imported is the package; not every name imported from a package)
                    package = str(PurePath(held.path).parent) if PurePath(held.path).name == "__init__.py" else ""
                    for submodule, holder in in_package.get(package, ()):
                        for name, value in own[id(holder)].items():
                            scope.setdefault(f"{local}.{submodule}.{name}", value)
            if module.deferred_constants:  # f"{COL_PREFIX}session", read in the module's scope
                self.resolver.constants[id(module.source)] = scope
            for name, node in module.deferred_constants.items():
                if isinstance(text := self.resolver.value(node, module.source), str):
                    scope[name] = text
            if scope:
                module.constants = scope
                self.resolver.constants[id(module.source)] = scope
            elif module.deferred_constants:  # the scope the f-strings were read in, empty
                self.resolver.constants.pop(id(module.source), None)

    def _modules_at(self, importer: ModuleInfo, level: int, dotted_name: str,
                    by_name: bool = False) -> list[ModuleInfo]:
        """The scanned module an import of ``dotted_name`` with ``level`` dots in ``importer``
        names: the file at that place; else (``by_name``) the one module of that name, if
        there is only one."""
        named = self._modules_named(dotted_name.rsplit(".", 1)[-1]) if dotted_name else []
        if level:
            base = PurePath(importer.path).parent
            for _ in range(level - 1):
                base = base.parent
            target = base.joinpath(*dotted_name.split(".")) if dotted_name else base
            places = {str(target) + ".py", str(target / "__init__.py")}
            found = [m for m in self.scan.modules if m.path in places]
        else:
            found = [m for m in named if _is_module(m, dotted_name)]
        if not found and by_name and len(named) == 1:
            found = named
        return found

    def _two_tables_of_one_class_name(self, first: ClassInfo, second: ClassInfo) -> bool:
        """Two models of one name in two modules, each on a table of its own (DB-GPT's
        ``ServeEntity`` in each service's ``models.py``): both are read, the second under a key
        of its own, as SQLAlchemy maps both."""
        names = (self._table_name_written(first), self._table_name_written(second))
        if first.path == second.path or None in names:
            return False
        schemas = (self._schema_written(first), self._schema_written(second))
        return names[0] != names[1] or (None not in schemas and schemas[0] != schemas[1])

    def _schema_written(self, info: ClassInfo, depth: int = 4) -> str | None:
        """The schema the MetaData of the class or of its bases gives its table, where it is a string
        written in a body (``metadata = MetaData(schema="pools")``, or a variable bound to one):
        renku's ``UserORM`` of each component, each on ``users`` of its own schema."""
        if info.metadata_schema is not None:
            value = literal(info.metadata_schema, info.module.source)
            return value if isinstance(value, str) else None
        if depth:
            for base in info.node.bases:
                target = self._base_target(base, info)
                if target is not None and target is not info and (found := self._schema_written(target, depth - 1)):
                    return found
        return None

    def _table_name_written(self, info: ClassInfo) -> str | None:
        """The class's own ``__tablename__``: a string, or a module-level string constant, its
        module's or one it imports by name (``from ..config import SERVER_APP_TABLE_NAME``);
        None otherwise."""
        tablename, module = info.tablename, info.module
        if tablename.kind == "literal":
            return tablename.value
        name = tablename.value
        if tablename.kind != "dynamic" or not name or not name.isidentifier():
            return None
        constant = module.constants.get(name)
        if constant is None and name in module.project_imports:
            level, source = module.import_from.get(name, (0, module.origins.get(name, "")))
            holders = self._modules_at(module, level, source) if source or level else []
            constant = next((m.constants[module.imported.get(name, name)] for m in holders
                             if module.imported.get(name, name) in m.constants), None)
        return constant if isinstance(constant, str) else None

    def _mixin_like(self, info: ClassInfo) -> bool:
        """No table of its own and no base that is a declarative base or a class with a table:
        a class that maps nothing unless a model derives from it."""
        if info.tablename.kind != "absent" or info.table_value is not None or info.table_args is not None \
                or info.declarative_root or info.decorated_mapped:
            return False
        roots = self.scan.roots | self.scan.flask_roots | set(self.scan.root_classes)
        for base in info.node.bases:
            target = self._base_target(base, info)
            if (dotted(base) or "") in roots or last_name(base) in ("Model", "Base") or (
                    target is not None and (target.tablename.kind != "absent" or target.table_value is not None)):
                return False
        return True

    def _inheritance_cycles(self) -> list[list[str]]:
        """Groups of scanned classes that inherit from each other, in definition order."""
        # A class without bases among the scanned classes is in no cycle.
        graph = {name: bases for name, info in self.classes.items() if (bases := self._local_bases(info))}
        return _Cycles(graph).groups

    def _local_bases(self, info: ClassInfo) -> list[str]:
        names = (self.base_class_name(base, info) for base in info.node.bases)
        return [name for name in names if name in self.classes and name != info.key
                and (info.path, name) not in self.shadowed]

    def base_class_name(self, base: ast.expr, info: ClassInfo, depth: int = 0) -> str | None:
        """The key of the scanned class a base names (see ``_base_target``), else None (or,
        for a plain name, the name: a class of that name elsewhere may be meant)."""
        if isinstance(base, ast.Subscript):
            base = base.value
        if isinstance(base, ast.Name):
            if base.id in self.scan.root_classes:
                return self.scan.root_classes[base.id]
            # Base = declarative_base() in this module: not a class of that name elsewhere
            if base.id in info.module.roots:
                return None
            aliased = info.module.base_aliases.get(base.id)
            if aliased is not None and depth < 3 and (info.path, base.id) not in self._defined:
                # Model = db.Model / Model = Base in this module (kitchenowl): the class it names
                found = self.base_class_name(aliased, info, depth + 1)
                if found is not None and found in self.classes:
                    return found
            target = self._base_target(base, info)
            if target is None:
                return None if self._third_party_namesake(base.id, info.module) \
                    or self._bound_where_imported(base.id, info.module) else base.id
            return target.key if self.classes.get(target.key) is target else target.name
        if isinstance(base, ast.Attribute) and isinstance(base.value, ast.Name) \
                and (made_from := self.scan.root_classes.get(f"{base.value.id}.{base.attr}")) is not None:
            return made_from  # db.Model of db = SQLAlchemy(model_class=...)
        if isinstance(base, ast.Attribute) and base.attr in self.scan.root_classes \
                and any(base.attr in module.roots for module in self._modules_of(base, info)):
            # mb.ModelBase, ``from app import base as mb``: ModelBase = declarative_base(cls=...) there
            return self.scan.root_classes[base.attr]
        target = self._base_target(base, info)
        return target.key if target is not None and self.classes.get(target.key) is target else None

    def _imported_class(self, local: str, module: ModuleInfo, depth: int = 3) -> ClassInfo | None:
        """The scanned class ``from X import Name as local`` names: defined in X, or in the module X
        itself imports it from (a package's ``from .models import Timestamp``: sqlalchemy-utils'
        ``from sqlalchemy_utils import Timestamp as ModelsTimestamp``), a few modules deep."""
        sources, name = self._import_source(local, module), module.original(local)
        found = self._defined_in(sources, name)
        if found is None and depth > 0:
            found = next((cls for source in sources if name in source.from_modules
                          if (cls := self._imported_class(name, source, depth - 1)) is not None), None)
        return found

    def _bound_where_imported(self, name: str, module: ModuleInfo) -> bool:
        """Whether the scanned module ``name`` is imported from binds it to a declarative base by an
        assignment (CodeGra.de's ``Base = db.Model`` in ``psef/models/__init__.py``): that base, never
        a class of that name in another module (its ``cg_sqlalchemy_helpers.types.Base``)."""
        imported = module.import_from.get(name)
        if imported is None:
            return False
        level, dotted_name = imported
        sources = self._import_source(name, module) or self._modules_at(module, level, dotted_name)
        return any(module.original(name) in source.base_aliases or module.original(name) in source.roots
                   for source in sources)

    def _third_party_namesake(self, name: str, module: ModuleInfo) -> bool:
        """Whether ``name`` is imported from a package none of the scanned files is in (``from
        pydantic import BaseModel``) while a scanned class has that name (funding-service's
        ``BaseModel(DeclarativeBase)``): another class, not the project's."""
        origin = module.origins.get(name)
        if not origin or module.import_from.get(name, (0, ""))[0] or name not in self._class_names:
            return False
        return origin.split(".")[0] not in self._scanned_packages

    @cached_property
    def _class_names(self) -> set[str]:
        return {info.name for info in self.scan.classes}

    @cached_property
    def _scanned_packages(self) -> set[str]:
        """Every directory and module name on the scanned files' paths: the packages an import
        of the project's (or of a library read) may start with."""
        return {part.removesuffix(".py") for module in self.scan.modules for part in PurePath(module.path).parts}

    def _base_target(self, base: ast.expr, info: ClassInfo, depth: int = 2) -> ClassInfo | None:
        """The scanned class a base of ``info`` names, looked up where the name comes from:
        ``Mixin`` / ``Mixin[int]`` defined in the class's own module or imported
        (``from .mixins import Stamped as StampedMixin``), or ``module.Class`` where
        ``module`` is a module the file imports and ``Class`` is defined in a scanned file of
        that name (``domain_object.DomainObject``, ``pkg.utils.db.BaseModel`` after
        ``import pkg.utils.db``); else None."""
        if isinstance(base, ast.Subscript):
            base = base.value
        module = info.module
        if isinstance(base, ast.Name):
            own = self._defined.get((info.path, base.id))
            if own is not None and own is not info:  # class Resource(Resource) names the import
                return own
            return self._imported_class(base.id, module)
        if isinstance(base, ast.Attribute) and isinstance(base.value, ast.Attribute):
            # mlrun.utils.db.BaseModel after ``import mlrun.utils.db``: the class of the module db
            parts = (dotted(base) or "").split(".")
            if len(parts) > 2 and parts[0] in module.origins:
                return self._defined_in(self._modules_named(parts[-2]), base.attr)
            return None
        if not isinstance(base, ast.Attribute):
            return None
        modules = self._modules_of(base, info)
        found = self._defined_in([m for m in modules if m is not module or base.attr != info.name], base.attr)
        if found is None and isinstance(base.value, ast.Name):
            found = self._given_by_getattr(modules, module.original(base.value.id), base.attr)
        if found is None and depth:
            found = self._bound_by_assignment(modules, base.attr, info, depth)
        return found

    def _bound_by_assignment(self, modules: list[ModuleInfo], name: str, info: ClassInfo,
                             depth: int) -> ClassInfo | None:
        """The class ``module.name`` is where a module of ``modules`` binds ``name`` to another's
        (networking-cisco's compatibility module: ``HasProject = model_base.HasProject``, used as
        ``bc.HasProject``) or imports it, looked up where that module's names come from."""
        for module in modules:
            if module is not info.module and name in module.from_modules:
                imported = self._imported_class(name, module)
                if imported is not None:
                    return imported
            bound = module.annotated.get(name)
            if bound is not None and isinstance(bound[0], (ast.Name, ast.Attribute)) and module is not info.module:
                there = ClassInfo(name, module, info.node, ())
                found = self._base_target(bound[0], there, depth - 1)
                if found is not None:
                    return found
        return None

    def _given_by_getattr(self, modules: list[ModuleInfo], name: str, attribute: str,
                          depth: int = 3) -> ClassInfo | None:
        """The class ``name.attribute`` is when ``name`` is an object of one of ``modules`` (or
        of the module they import it from) whose class's ``__getattr__`` gives that class by
        name (invenio-db: ``db = SQLAlchemy(...)``, ``db.Timestamp``)."""
        for module in modules:
            made_by = module.made_by.get(name)
            if made_by is not None:
                given = module.attribute_classes.get(made_by, {}).get(attribute)
                if given is not None:
                    return self._defined.get((module.path, given))
            elif depth and name in module.from_modules:  # from .shared import db
                found = self._given_by_getattr(self._import_source(name, module), module.original(name),
                                               attribute, depth - 1)
                if found is not None:
                    return found
        return None

    def _modules_of(self, base: ast.expr, info: ClassInfo) -> list[ModuleInfo]:
        """The scanned modules ``module`` of a base written ``module.Class`` may be, when
        ``module`` is a name the class's file imports."""
        if not (isinstance(base, ast.Attribute) and isinstance(base.value, ast.Name)):
            return []
        names = imported_module_names(base.value.id, info.module)
        return [m for name in sorted(names) for m in self._modules_named(name)]

    def _defined_in(self, modules: list[ModuleInfo], name: str) -> ClassInfo | None:
        return next((found for module in modules if (found := self._defined.get((module.path, name)))), None)

    @cached_property
    def _by_stem(self) -> dict[str, list[ModuleInfo]]:
        found: dict[str, list[ModuleInfo]] = {}
        for module in self.scan.modules:
            found.setdefault(import_name(module.path), []).append(module)
        return found

    def _modules_named(self, name: str) -> list[ModuleInfo]:
        """The scanned modules ``name`` (a module a file imports) gives access to: the module
        (or package) of that name, and the modules it re-exports (``from .core import *``)."""
        return self._with_star_imports(self._by_stem.get(name, []))

    def _with_star_imports(self, direct: list[ModuleInfo]) -> list[ModuleInfo]:
        return [*direct, *(m for d in direct for stem in sorted(d.star_imports) for m in self._by_stem.get(stem, []))]

    def _import_source(self, local: str, module: ModuleInfo) -> list[ModuleInfo]:
        """The scanned modules ``from X import local`` in ``module`` takes ``local`` from: the
        module X names (its dotted name ends the file's path: ``app.mixins`` is
        ``.../app/mixins.py``, not ``flask_sqlalchemy.session`` for ``models/session.py``; a
        relative import by its last part), and the modules X re-exports."""
        stem, origin = module.from_modules.get(local), module.origins.get(local)
        if stem is None or origin is None:
            return []
        level, dotted_name = module.import_from.get(local, (0, ""))
        if level:  # from .models import Timestamp: the file at that place, not any models.py
            key = (module.path, level, dotted_name)
            if key not in self._relative_modules:
                self._relative_modules[key] = self._modules_at(module, level, dotted_name)
            if self._relative_modules[key]:
                return self._with_star_imports(self._relative_modules[key])
        return self._with_star_imports([m for m in self._by_stem.get(stem, []) if not origin or _is_module(m, origin)])

    def mro(self, name: str, visiting: frozenset = frozenset()) -> list[str]:
        """C3 linearisation over the scanned classes (external bases are left out)."""
        if name in self._mro:
            return self._mro[name]
        if name in visiting:
            return [name]
        bases = self.local_bases[name]
        sequences = [list(self.mro(base, visiting | {name})) for base in bases] + [list(bases)]
        result = [name]
        while True:
            sequences = [sequence for sequence in sequences if sequence]
            if not sequences:
                break
            for sequence in sequences:
                head = sequence[0]
                if not any(head in other[1:] for other in sequences):
                    break
            else:  # inconsistent hierarchy: Python would refuse it; keep a depth-first order
                head = sequences[0][0]
            result.append(head)
            for sequence in sequences:
                if sequence and sequence[0] == head:
                    del sequence[0]
        self._mro[name] = result
        return result

    def _external_root(self, base: ast.expr, info: ClassInfo) -> str | None:
        """'flask' / 'plain' when an external base is a declarative base, else None."""
        name = dotted(base)
        if name is None:
            return None
        prefix, _, last = name.rpartition(".")
        if prefix and "." not in prefix and prefix in info.module.origins and any(
                last in module.roots for module in self._modules_named(info.module.imported.get(prefix, prefix))):
            return "plain"  # sql.ModelBase: ModelBase = declarative_base() in the module sql names
        if name in self.scan.flask_roots or name.split(".")[-1] == "Model":
            return "flask"
        if (name in self.scan.roots and self._project_name(name, info)) \
                or info.module.original(name).split(".")[-1] in ("Base", "DeclarativeBase", "DeclarativeBaseNoMeta"):
            return "plain"
        return None

    def _on_a_project_root(self, info: ClassInfo) -> bool:
        """A class whose base named like SQLAlchemy's ``DeclarativeBase`` is a declarative base
        another module of the project makes under that name (``from app.meta import
        DeclarativeBase``, ``DeclarativeBase = declarative_base()`` there, or piecash's
        ``@as_declarative(...) class DeclarativeBase(object)``)."""
        if as_declarative(info.node):
            return False
        for base in info.node.bases:
            if not (isinstance(base, ast.Name) and base.id in _DECLARATIVE_NAMES):
                continue
            origin = info.module.origins.get(base.id)
            if origin is None or origin.startswith(SQLALCHEMY_MODULES):  # "": a relative import, the project's
                continue
            modules, seen = self._import_source(base.id, info.module), set()
            while modules:  # through the modules that import it on (piecash's ``_declbase``)
                module = modules.pop()
                if module.path in seen:
                    continue
                seen.add(module.path)
                defined = self._defined.get((module.path, base.id))
                if base.id in module.roots or (defined is not None and as_declarative(defined.node)):
                    return True
                if base.id in module.from_modules:
                    modules.extend(self._import_source(base.id, module))
        return False

    def _project_name(self, name: str, info: ClassInfo) -> bool:
        """Whether ``name`` in ``info``'s module may be one the project binds: not imported,
        or imported from a scanned module that binds or imports it (``AuthBase`` of
        ``requests.auth`` is not the ``AuthBase = versioned_base(...)`` of another module)."""
        origin = info.module.origins.get(name)
        if origin is None or origin == "" or name in info.module.roots:
            return True
        modules = self._modules_named(origin.rsplit(".", 1)[-1])
        return any(name in module.roots or name in module.origins for module in modules)

    def is_declarative(self, info: ClassInfo) -> bool:
        """Whether the class is a declarative base or derives from one (a mixin does not)."""
        return self._is_declarative(info)

    def is_flask_model(self, info: ClassInfo) -> bool:
        """Whether the class derives from a Flask-SQLAlchemy ``db.Model``."""
        self._is_declarative(info)
        return self._flask.get(info.key, False)

    def _is_declarative(self, info: ClassInfo, visiting: frozenset = frozenset()) -> bool:
        if info.key in self._declarative:
            return self._declarative[info.key]
        if self.in_sqlmodel(info):  # a table of SQLModel's, or a class whose fields its tables take
            self._declarative[info.key], self._flask[info.key] = is_sqlmodel_table(info), False
            return self._declarative[info.key]
        declarative, flask = info.declarative_root or info.decorated_mapped, info.name in self.scan.flask_model_classes
        local = set(self.local_bases[info.key])
        for base in info.node.bases:
            base_name = self.base_class_name(base, info)
            if base_name is not None and base_name in local:
                parent = self.classes[base_name]
                if parent.key not in visiting and self._is_declarative(parent, visiting | {info.key}):
                    declarative = True
                    flask = flask or self._flask.get(parent.key, False)
            else:
                kind = self._external_root(base, info)
                declarative = declarative or kind is not None
                flask = flask or kind == "flask"
        if not declarative and not local and info.node.bases and not all(_plain_base(b, info) for b in info.node.bases):
            # ``class User(SomeBase)`` with an explicit table, or ``class Model(SomeBase)`` with
            # ``__abstract__ = True`` (only declarative reads it): SomeBase is declarative even
            # though it is defined outside the scanned files (not ``Generic[ID]``: a mixin's).
            declarative = info.tablename.kind in ("literal", "none") or info.table_value is not None or info.abstract
        self._declarative[info.key] = declarative
        self._flask[info.key] = flask
        return declarative

    def in_sqlmodel(self, info: ClassInfo, visiting: frozenset = frozenset()) -> bool:
        """Whether the class derives from SQLModel: its annotated fields are columns."""
        if info.key in self._sqlmodel:
            return self._sqlmodel[info.key]
        local = set(self.local_bases[info.key])
        found = False
        for base in info.node.bases:
            name = self.base_class_name(base, info)
            if name is not None and name in local:
                parent = self.classes[name]
                found = parent.key not in visiting and self.in_sqlmodel(parent, visiting | {info.key})
            else:
                found = is_sqlmodel_base(base, info.module)
            if found:
                break
        if not found and not info.node.bases:
            # a plain class of ``Field(...)`` annotations that table classes derive from (SQLBot's
            # ``AiModelBase``): SQLModel makes its fields columns of theirs
            found = any(isinstance(s, ast.AnnAssign) and isinstance(s.value, ast.Call)
                        and is_sqlmodel_field(s.value.func, info.module) for s in info.node.body)
        self._sqlmodel[info.key] = found
        return found

    def _is_mapped(self, info: ClassInfo) -> bool:
        if info.decorated_mapped:
            return True
        return self._is_declarative(info) and not info.abstract and not info.declarative_root

    def _read_annotation_maps(self) -> None:
        for info in self.classes.values():
            if info.unread_registry is not None and info.declarative_root:
                self.resolver.unread_annotation_map = f"{info.name}.registry = {info.unread_registry}"
            if isinstance(info.annotation_map, ast.Dict):
                for key, value in zip(info.annotation_map.keys, info.annotation_map.values, strict=False):
                    name = annotation_key(key) if key is not None else None
                    if name:
                        self.resolver.annotation_map[name] = (value, info.module.source)
                    # {JSON_FIELD: JSON} of ``JSON_FIELD = Dict[str, Any]``: SQLAlchemy looks the type up
                    # by equality, so ``Mapped[Dict[str, Any]]`` is the same key (evidently's)
                    alias = info.module.annotated.get(key.id) if isinstance(key, ast.Name) else None
                    if alias is not None and (spelled := annotation_key(alias[0])):
                        self.resolver.annotation_map.setdefault(spelled, (value, info.module.source))

    # -- class bodies --------------------------------------------------------------------

    def class_columns(self, info: ClassInfo) -> list[PlacedColumn]:
        """The columns one class body defines, in source order (read once per class); an
        inherited column is placed on each subclass as a copy naming it."""
        if info.key in self._columns:
            return self._columns[info.key]
        columns: list[PlacedColumn] = []
        module = info.module
        scope = self.resolver.constants.get(id(module.source))
        if info.constants:  # names of the class body, before the module's
            self.resolver.constants[id(module.source)] = {**(scope or {}), **info.constants}
        self.resolver.class_types = info.type_values
        try:
            self._read_members(info, module, columns)
        finally:
            self.resolver.class_types = {}
            if info.constants:
                if scope is None:
                    del self.resolver.constants[id(module.source)]
                else:
                    self.resolver.constants[id(module.source)] = scope
        self._columns[info.key] = columns
        return columns

    def _read_members(self, info: ClassInfo, module: ModuleInfo, columns: list[PlacedColumn]) -> None:
        members = [m for m in info.members if info.holds(m)] if info.rebound else info.members
        composites = self._composites.get(id(module))
        if composites is None:
            composites = self._composites[id(module)] = b"composite(" in module.source.utf8
        elsewhere = info.late_modules
        for statement, attribute, annotation, value in [*members, *info.late_members]:
            if composites and attribute is not None and isinstance(value, ast.Call) \
                    and last_name(value.func) == "composite":
                columns.extend(self._composite_columns(value, statement, info, module))
            if attribute is not None:
                column = self._statement_column(statement, attribute, annotation, value,
                                                elsewhere.get(id(statement), module) if elsewhere else module, info)
            elif type(statement) in BLOCKS:
                self._report_block_columns(statement, info, module)
                continue
            elif isinstance(statement, (ast.FunctionDef, ast.AsyncFunctionDef)):
                column = self._declared_attr_column(statement, info, module)
            else:
                column = None
            if column is not None:
                if column.attribute in info.guarded:
                    column = replace(column, guarded=True)
                columns.append(column)

    def _composite_columns(self, call: ast.Call, statement: ast.stmt, info: ClassInfo,
                           module: ModuleInfo) -> list[PlacedColumn]:
        """The columns a ``composite(...)`` declares in its arguments, named by their string
        (teamhide's ``location: Mapped[Location] = composite(mapped_column("lat"), mapped_column("lng"))``):
        the table's, compared by name, and by type and nullability where they write them (else the
        composite class's fields give them, which are not read); no statement of their own to edit."""
        found = []
        for argument in call.args:
            column = column_call(argument, module, module.aliases)
            first = column.args[0][0] if column is not None and column.args else None
            if column is None or not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
                continue
            spec = read_column(first.value, column, statement, module, self.resolver, self.problems)
            unread = () if "nullable" in column.written else ("nullable",)
            if spec.column_type is None:  # the composite class's field's: not compared
                spec.column_type = _UNREAD_TYPE
            spec.unread = tuple(sorted({*spec.unread, *unread}))
            found.append(PlacedColumn.read(spec, info.name))
        return found

    def _report_block_columns(self, block: ast.stmt, info: ClassInfo, module: ModuleInfo) -> None:
        """A column assigned inside an ``if`` / ``for`` / ``try`` / ``with``... block of a class
        body exists or not at run time: reported, never guessed either way."""
        declared = type_checkers_only(block)
        # of ``if TYPE_CHECKING: ... else: ...`` only the first branch: the scan read the other
        statements = _statements_in(declared) if run_time_branch(block) is not None else _block_statements(block)
        for statement in statements:
            target = self._column_target(statement, module)
            if target is None:
                continue
            if any(statement is inner for inner in declared):
                # no column at run time; one may come from elsewhere (a backref, a factory)
                why = ("declared under `if TYPE_CHECKING:`, for type checkers only: the class has no such "
                       "column at run time, and whatever adds one (a backref, a factory) is not read")
            else:
                why = (f"column assigned under `{BLOCKS[type(block)]}` in the class body is not read (whether "
                       "it exists is decided at run time); define it directly in the class body")
            self.problems.add(module.path, statement.lineno, f"{info.name}.{target}: {why}",
                              hides_columns_of=info.name, hidden_attribute=_column_named(statement, module))

    def _column_target(self, statement: ast.stmt, module: ModuleInfo) -> str | None:
        """The target, as written, of a statement that assigns a column; else None."""
        value: ast.expr | None
        if isinstance(statement, ast.Assign):
            targets, value, annotation = statement.targets, statement.value, None
        elif isinstance(statement, ast.AnnAssign):
            targets, value, annotation = [statement.target], statement.value, statement.annotation
        else:
            return None
        if value is not None:
            is_column = column_call(value, module, module.aliases) is not None
        elif annotation is None:
            return None
        else:
            mapped = self._mapped_annotation(annotation, module)
            is_column = mapped is not None and not mapped.relationship
        return " = ".join(module.source.segment(target) for target in targets) if is_column else None

    def _declared_attr_column(
        self, function: ast.FunctionDef | ast.AsyncFunctionDef, info: ClassInfo, module: ModuleInfo,
    ) -> PlacedColumn | None:
        """The column a ``@declared_attr`` method returns (a decorated method member), or the
        one sqlalchemy-utils' ``@aggregated("relationship", Column(...))`` makes of it."""
        aggregate = aggregated_column(function, module)
        if aggregate is None and not any(last_name(d) in _DECLARED_ATTR for d in function.decorator_list):
            return None
        returned = single_return(function, after_imports=True, after_definitions=True) if aggregate is None \
            else aggregate
        existing_or = _table_column_or(returned)
        call = column_call(existing_or or returned, module, module.aliases) if returned is not None else None
        method = self._class_method_called(returned, function, info)
        if call is None and method is not None and isinstance(returned, ast.Call):
            call = helper_call(returned, module, method, 0)
        if call is not None:
            # ``-> Mapped[str]`` types the column as a class annotation does (SQLAlchemy 2.0)
            mapped = self._mapped_annotation(function.returns, module) if function.returns is not None else None
            spec = read_column(function.name, call, function, module, self.resolver, self.problems, mapped)
            spec.declared_attr = True
            parameters = {a.arg for a in (*function.args.posonlyargs, *function.args.args)}
            body = [s for s in function.body if not (isinstance(s, ast.Expr) and isinstance(s.value, ast.Constant))]
            spec.per_class = len(body) != 1 or any(isinstance(n, ast.Name) and n.id in parameters
                                                   for n in ast.walk(returned or function))
            spec.use_existing = spec.use_existing or existing_or is not None
            return PlacedColumn.read(spec, info.name)
        last = function.body[-1].value if isinstance(function.body[-1], ast.Return) else None
        if isinstance(last, ast.Call) and module.original(last_name(last.func) or "") in _ORM_CALLS \
                and (made := read_relationship(info.name, function.name, last, function, module.path,
                                               module.original(last_name(last.func) or ""))) is not None:
            # MutatedMotifs' ``return relationship(SiteMotif, secondary=table)``: the table of each class
            self._made_secondary(made, last, _bound_in(function.body))
        if (returned is None or builds_column(function) or (method is not None and builds_column(method[0]))) \
                and not _returns_a_relationship(function):
            self.problems.add(module.path, function.lineno,
                              f"{info.name}.{function.name}: declared_attr is not a single return of a column",
                              hides_columns_of=info.name, hidden_attribute=function.name)
        return None

    def _class_method_called(self, returned: ast.expr | None, function: ast.FunctionDef | ast.AsyncFunctionDef,
                             info: ClassInfo) -> tuple[ast.FunctionDef, weakref.ref[ModuleInfo]] | None:
        """The static or class method of ``info`` or of a base that a declared_attr's ``return
        cls.user_column()`` calls (letta's ``_created_by_id``), with its module; None for another return."""
        parameters = [*function.args.posonlyargs, *function.args.args]
        if not (isinstance(returned, ast.Call) and isinstance(returned.func, ast.Attribute) and parameters
                and isinstance(returned.func.value, ast.Name) and returned.func.value.id == parameters[0].arg):
            return None
        for key in self.mro(info.key):
            owner = self.classes.get(key)
            if owner is None:
                continue
            for member in owner.full_node.body:
                if isinstance(member, ast.FunctionDef) and member.name == returned.func.attr:
                    return (member, weakref.ref(owner.module)) if static_or_class_method(member) else None
        return None

    def _statement_column(self, statement: ast.stmt, attribute: str, annotation: ast.expr | None,
                          value: ast.expr | None, module: ModuleInfo, info: ClassInfo) -> PlacedColumn | None:
        """The column ``attribute [: annotation] [= value]`` defines, if it is one."""
        # Model files repeat column statements verbatim (``id = db.Column(db.Integer,
        # primary_key=True)`` in every class): a statement ``attribute<rest>`` read once
        # without problems stands for every statement with the same <rest> read in the
        # same context (its annotation and value are in <rest>).
        text = module.source.segment(statement)
        own: str | None = module.path if id(module.source) in self.resolver.shadowing else module.reading_context
        context = (own, info.key) if info.constants else own
        # a statement reads otherwise in a SQLModel class (a field, not a column call)
        key = (context, self.in_sqlmodel(info), text[len(attribute):]) if text.startswith(attribute) else None
        spec = self._templates.get(key) if key is not None else None
        if spec is not None:
            name = spec.name if spec.explicit_name else attribute
            return PlacedColumn(spec, attribute, name, module.path, statement.lineno,
                                statement.end_lineno or statement.lineno,
                                info.name, info.name)
        problems_before = len(self.problems.items)
        spec = self._read_statement(attribute, value, annotation, statement, info, module)
        if spec is None:
            return None
        if any(isinstance(fk.target, tuple) and fk.target[0] == OWN_CLASS for fk in spec.foreign_keys):
            # ``specs_id = Column(String(36), ForeignKey(id))``: this class's own column
            spec.foreign_keys = [replace(fk, target=(info.name, fk.target[1]))
                                 if isinstance(fk.target, tuple) and fk.target[0] == OWN_CLASS else fk
                                 for fk in spec.foreign_keys]
            key = None  # another class's statement of the same text names its own column
        owners = [self._owner_meant(fk.target[0], info) if isinstance(fk.target, tuple) else None
                  for fk in spec.foreign_keys]
        if any(owners):
            # ``ForeignKey(UserORM.id)`` where two modules define a ``UserORM``: the class the name means here
            spec.foreign_keys = [replace(fk, target=(owner, fk.target[1])) if owner and isinstance(fk.target, tuple)
                                 else fk for fk, owner in zip(spec.foreign_keys, owners, strict=True)]
            key = None
        if key is not None and len(self.problems.items) == problems_before:
            self._templates[key] = spec
        return PlacedColumn.read(spec, info.name)

    def _owner_meant(self, owner: str, info: ClassInfo) -> str | None:
        """The key of the class ``owner`` (a name written in ``info``'s module) means there, when it
        is not the class of that name read first (a second class of one name, read under a key of
        its own, or not read: an owner no table is found for); None otherwise."""
        if owner not in self._named_twice:
            return None
        meant = self._base_target(ast.Name(owner), info)
        if meant is None or self.classes.get(owner) is meant:
            return None
        return meant.key if meant.key != owner else f"{owner}@{meant.path}"

    def _read_statement(self, attribute, value, annotation, statement, info, module) -> ColumnSpec | None:
        if self.in_sqlmodel(info):
            if annotation is None or self._mapped_annotation(annotation, module) is not None:
                return None  # SQLModel maps annotated fields only; Mapped[...] is SQLAlchemy's own
            if isinstance(value, ast.Call) and (last_name(value.func) or "") in module.column_functions:
                # ell's ``created_at: datetime = UTCTimestampField(index=True)``, a function of the project's
                # that returns ``Field(sa_column=Column(...))``: the field is that column, not the annotation's
                found = column_call(value, module, module.aliases)
                if found is not None:
                    return read_column(attribute, found, statement, module, self.resolver, self.problems)
                self.problems.add(module.path, statement.lineno,
                                  f"{info.name}.{attribute}: field built by a function call "
                                  f"`{module.source.segment(value.func)}(...)`; cannot read it statically",
                                  hides_columns_of=info.name, hidden_attribute=attribute)
                return None
            return read_field(attribute, annotation, value, statement, module, self.resolver, self.problems,
                              self.rules)
        mapped = self._mapped_annotation(annotation, module) if annotation is not None else None
        if mapped is not None and mapped.unreadable:
            self.problems.add(module.path, statement.lineno, f"{info.name}.{attribute}: {mapped.problem}",
                              hides_columns_of=info.name, hidden_attribute=attribute)
            return None
        if value is None or (mapped is not None and isinstance(value, ast.Constant) and value.value is None):
            # ``x: Mapped[...]``, or ``x: Mapped[Optional[datetime]] = None`` (evidently's): declarative
            # maps a column of the annotation; any other plain value is a class attribute
            if mapped is None:
                return None
            if mapped.relationship:
                return None
            call = ColumnCall("mapped_column", "annotation", (), {}, False)
            return read_column(attribute, call, statement, module, self.resolver, self.problems, mapped)
        found = column_call(value, module, module.aliases)
        if found is not None:
            return read_column(attribute, found, statement, module, self.resolver, self.problems, mapped)
        self._not_a_column(attribute, value, statement, info, module)
        return None

    def _mapped_annotation(self, annotation: ast.expr, module: ModuleInfo):
        source = module.source
        if isinstance(annotation, ast.Constant) and isinstance(annotation.value, str):
            # A quoted annotation: parse the string on its own, positions relative to it.
            source = SourceText(annotation.value.strip())
            try:
                annotation = ast.parse(source.text, mode="eval").body
            except SyntaxError:
                return None
        if isinstance(annotation, ast.Name) and (alias := module.annotated.get(annotation.id)) is not None \
                and isinstance(alias[0], ast.Subscript) and last_name(alias[0].value) == "Mapped":
            # onegov's ``MappedUploadedFile = Mapped[UploadedFile]`` then ``reference: MappedUploadedFile``
            annotation, source = alias[0], alias[1]
        # ``Mapped as SQLAlchemyMapped`` too
        if isinstance(annotation, ast.Subscript) and (last_name(annotation.value) == "Mapped" or (
                module.source.renamed and module.source.sqlalchemy_name(annotation.value) == "Mapped")):
            return self.resolver.annotation(annotation.slice, source, module.annotated)
        return None

    def _not_a_column(
        self, attribute: str, value: ast.expr, statement: ast.stmt, info: ClassInfo, module: ModuleInfo,
    ) -> None:
        """Records relationship references; reports columns that cannot be read statically."""
        if isinstance(value, ast.Name) and value.id in module.column_variables:
            self.problems.add(module.path, statement.lineno,
                              f"{info.name}.{attribute}: column object `{value.id}` comes from a variable",
                              hides_columns_of=info.name, hidden_attribute=attribute)
            return
        if not isinstance(value, ast.Call):
            return
        callee = last_name(value.func) or ""
        if module.original(callee) in _ORM_CALLS:  # relationship, or ``relationship as relation``
            self._relationship_references(value, module)
            relationship = read_relationship(info.name, attribute, value, statement, module.path,
                                             module.original(callee))
            if relationship is not None:
                self.result.relationships.append(relationship)
                if relationship.secondary:
                    self._made_secondary(relationship, value, _bound_in([m[0] for m in info.members]))
        elif (callee in module.column_functions or "column" in callee.lower() or any(
                column_call(argument, module, module.aliases) is not None for argument in value.args)) \
                and not _a_secondary(attribute, info):
            # funnel's ``with_roles(mapped_column(...), read={...})``: what the call makes of the column
            # it is given is not read
            self.problems.add(module.path, statement.lineno,
                              f"{info.name}.{attribute}: column built by a function call "
                              f"`{module.source.segment(value.func)}(...)`; cannot read it statically",
                              hides_columns_of=info.name, hidden_attribute=attribute)

    def _made_secondary(self, relationship: RelationshipSource, call: ast.Call,
                        bound: Callable[[str], ast.expr | None]) -> None:
        """Records ``relationship`` (its ``call``) where its ``secondary=`` a function makes."""
        if relationship.target is not None and _secondary_made_by_a_call(call, bound):
            self.result.made_secondaries.append((relationship.class_name, relationship.target,
                                                 relationship.file, relationship.line))

    def _relationship_references(self, call: ast.Call, module: ModuleInfo) -> None:
        # Identifiers in the call's text, names and string arguments alike
        # (``foreign_keys=[user_id]``, ``order_by="desc(created_at)"``); filtered against the
        # column names later, so a keyword like ``back_populates`` costs nothing.
        self.result.references.append((module.source.segment(call), module.path, call.lineno))

    # -- placing classes on tables --------------------------------------------------------

    def build(self) -> BuildResult:
        placed_mixins: set[str] = set()
        # Parents before children (a parent's MRO is shorter), otherwise in file order.
        models = sorted((info for info in self.classes.values() if info.key in self.mapped),
                        key=lambda info: len(self.mro(info.key)))
        # a class others derive from is read again for each of them: its body is kept
        bases = {name for names in self.local_bases.values() for name in names}
        for info in models:
            placed_mixins.update(self._place_model(info))
            if info.key not in bases:
                info.release()
        self._report_unseen_bases()
        # a use_existing_column statement that only ever names the table's own column: what it
        # would make of itself (its annotation's type) does not matter
        for file, line in self._existing_kept - self._columns_added:
            self.problems.withdraw(file, line)
        for info in self.scan.classes:
            if self.classes.get(info.key) is not info or info.key in self.mapped:
                continue
            if is_sqlmodel_table(info):
                self._report_sqlmodel(info)
                continue
            if info.key in placed_mixins or (self._is_declarative(info) and self.class_columns(info)):
                self.result.place(self._placement(info, "mixin"))
        for function, node, module, parameters in self.scan.function_classes:
            if self._maps_a_table(node, module, parameters):
                # def make_label(table): class Label(Base): __tablename__ = f"{table}_labels"
                written = class_setting(node, "__tablename__")
                named = literal(written, module.source) if written is not None else None
                table = f"its table {named} is not compared" if isinstance(named, str) else "its table decided then"
                columns = _written_column_names(node, module)
                which = f" that have its columns ({', '.join(columns)})" if columns else ""
                self.problems.add(module.path, node.lineno,
                                  f"{node.name}: a mapped class that {function}() makes at run time, {table}: the "
                                  f"database tables no class maps{which} are not given a generated class")
                self.result.place(ClassPlacement(None, f"{function}().{node.name}", "model", file=module.path,
                                                 line=node.lineno, end_line=node.end_lineno or node.lineno,
                                                 run_time_columns=columns))
        for table_object in self.scan.table_objects:
            self._place_table_object(table_object.variable, table_object.call, table_object.module,
                                     table_object.statement, None)
        for call, module in self.scan.module_items:
            self._module_item(call, module)
        for call, info, named in self.items_of_other_classes:
            self._item_of_other_class(call, info, named)
        for owner, item, module in self.scan.appended:
            self._appended_constraint(owner, item, module)
        self._retyped_at_create()
        return self.result

    def _retyped_at_create(self) -> None:
        """A column a ``before_create`` listener retypes has the type the listener gives it in the
        database: its type is not read (reported, never guessed)."""
        for table, column, listener, file, line in self.scan.retyped_at_create:
            for build in self.result.tables.values():
                if table not in (None, build.name):
                    continue
                for index, placed in enumerate(build.columns):
                    if placed.name == column:
                        build.columns[index] = replace(placed, spec=replace(placed.spec, column_type=_UNREAD_TYPE))
                        self.problems.add(placed.file, placed.line, (
                            f"{build.name}.{column}: {listener}() ({file}:{line}) changes its type when the table is "
                            "created (a before_create listener); its type is not compared"))

    def _maps_a_table(self, node: ast.ClassDef, module: ModuleInfo, parameters: frozenset[str]) -> bool:
        """Whether a class a function defines names a table and derives from a declarative base,
        or from a base the function is given (pyramid_oereb's ``def get_office(base, ...): class
        Office(base)``, called with the declarative base)."""
        if class_setting(node, "__tablename__") is None and class_setting(node, "__table__") is None:
            return False
        info = ClassInfo(node.name, module, node, (), nested=True)
        for base in node.bases:
            if isinstance(base, ast.Name) and base.id in parameters and _writes_columns(node):
                return True  # (a pydantic schema a function makes over the class it is given writes none)
            name = self.base_class_name(base, info)
            if (name in self.classes and self._is_declarative(self.classes[name])) \
                    or self._external_root(base, info) is not None:
                return True
        return False

    def _report_sqlmodel(self, info: ClassInfo) -> None:
        """A class with ``table=True`` whose bases do not lead to sqlmodel's ``SQLModel`` (a base
        re-exported by a module outside the scanned files): its fields are not read, and its
        table (``__tablename__``, else the class name in lower case) is neither compared nor given
        a generated class."""
        table = info.tablename.value if info.tablename.kind == "literal" and info.tablename.value \
            else info.name.lower()
        self.unread_tables.append((table, info.path, info.node.lineno))
        self.problems.add(info.path, info.node.lineno,
                          f"{info.name}: a table class (table=True) whose bases do not lead to sqlmodel's SQLModel as "
                          "the scanned files import it; its fields are not read, so its "
                          f"table {table} is not compared and no class is generated for it")

    def _placement(self, info: ClassInfo, kind: str, **values) -> ClassPlacement:
        columns = self.class_columns(info)
        if columns:
            modern = any(column.spec.style in ("mapped_column", "annotation") for column in columns)
        else:  # no columns of its own (an STI subclass): new ones follow the file's style
            modern = b"mapped_column" in info.module.source.utf8 or b"Mapped[" in info.module.source.utf8
        style = "sqlmodel" if self.in_sqlmodel(info) else "mapped_column" if modern else "column"
        names = set()
        for key in self.mro(info.key):
            names |= self.classes[key].names
        return ClassPlacement(info, info.name, kind, file=info.path, line=info.node.lineno,
                              end_line=info.node.end_lineno or info.node.lineno, bases=info.bases, style=style,
                              names=tuple(sorted(names)), nested=info.nested,
                              **values)

    def _report_unseen_bases(self) -> None:
        """Bases the reader cannot look into, on the classes whose columns they may change:
        every class in a mapped class's MRO, and unmapped classes that assign columns (a
        base outside the files may be what maps them)."""
        relevant = {key: None for info in self.classes.values() if info.key in self.mapped
                    for key in self.mro(info.key)}
        for info in self.classes.values():
            if info.key not in self.mapped and info.key not in relevant and any(
                    self._column_target(statement, info.module) for statement, *_ in info.members):
                relevant[info.key] = None
        for key in relevant:
            info = self.classes[key]
            for base in info.node.bases:
                reason = self._unseen_base(base, info)
                if reason is not None:
                    self.problems.add(info.path, info.node.lineno,
                                      f"{info.name}: base class {info.module.source.segment(base)} {reason}",
                                      hides_columns_of=info.name)
            metaclass = self._making_metaclass(info)
            if metaclass is not None:
                self.problems.add(info.path, info.node.lineno, (
                    f"{info.name}: its metaclass {metaclass.name} ({metaclass.path}:{metaclass.node.lineno}) runs "
                    "when each class of it is made and may add columns (abilian's EntityMeta adds id); the columns "
                    "it adds are not seen"), hides_columns_of=info.name)

    def _making_metaclass(self, info: ClassInfo) -> ClassInfo | None:
        """The scanned metaclass ``info`` names (``metaclass=EntityMeta``) when it defines
        ``__new__`` or ``__init__``: it may change every class made of it."""
        written = next((k.value for k in info.node.keywords if k.arg == "metaclass"), None)
        key = self.base_class_name(written, info) if written is not None else None
        metaclass = self.classes.get(key) if key is not None else None
        if metaclass is None or not {"__new__", "__init__"} & metaclass.names:
            return None
        return metaclass

    def _unseen_base(self, base: ast.expr, info: ClassInfo) -> str | None:
        """Why the reader cannot see what ``base`` adds to ``info``; None when it can: a
        scanned class, a declarative base, ``object``, or a class of a package that adds
        no columns (``typing.Generic[T]``, ``sqlalchemy.orm.MappedAsDataclass``...)."""
        node = base.value if isinstance(base, ast.Subscript) else base  # Generic[T]
        name = dotted(node)
        if name is None and isinstance(node, ast.Call) and (self._column_free_factory(node)
                                                            or _plain_declarative_base(node, info.module)):
            return None
        if name is None:
            return "is an expression the reader does not follow; what it adds to the class is not seen"
        if name in self.cyclic:
            return "is in an inheritance cycle; what it adds to the class is not seen"
        resolved = self.base_class_name(node, info)
        if (resolved in self.classes and resolved != info.key) or self._external_root(node, info) is not None \
                or is_sqlmodel_base(node, info.module):
            return None
        root = name.split(".")[0]
        origin = info.module.origins.get(root)
        if (origin is None and name == "object") or (origin and origin.split(".")[0] in _COLUMN_FREE_PACKAGES):
            return None
        if origin and _column_free_class(origin, name):
            return None
        unreadable = self.resolver.unreadable_imports.get(id(info.module.source), {}).get(root)
        if unreadable is not None:
            file, why = unreadable
            return (f"is imported from {file}, which cannot be read ({why}): the columns, __tablename__ and "
                    f"__table_args__ {name} may add are not seen")
        return (f"is not defined in the scanned files and is not a known declarative base: the columns, "
                f"__tablename__ and __table_args__ it may add are not seen (add the file that defines {name} "
                "to --models)")

    def _column_free_factory(self, call: ast.Call) -> bool:
        """Whether ``call`` calls a function of the files that defines and returns a class
        which maps nothing (querybook's ``TruncateString("name")``, a class of ``@validates``
        methods only): no column, ``__tablename__``, ``__table_args__`` or ``declared_attr``."""
        callee = last_name(call.func)
        returned = self.scan.name_factories.get(callee or "")
        made = [node for function, node, _, _ in self.scan.function_classes
                if function == callee and node.name == returned]
        return len(made) == 1 and _maps_nothing(made[0])

    def _metadata_schema(self, info: ClassInfo, contributors: list[str], items: TableItems) -> None:
        """The ``schema=`` of the MetaData of the class's declarative base (``metadata =
        MetaData(schema="app")`` in its body, ``declarative_base(metadata=...)``,
        ``SQLAlchemy(metadata=...)``), the default schema of its table, set on ``items``."""
        for holder in [info, *(self.classes[key] for key in contributors)]:
            if holder.metadata_schema is not None:
                return self._schema_value(holder.metadata_schema, holder.module, items)
            for base in holder.node.bases:
                found = self.scan.root_schemas.get(dotted(base) or "")
                if found is not None:
                    return self._schema_value(*found, items)

    def _table_metadata_schema(self, node: ast.expr, module: ModuleInfo) -> tuple[ast.expr, ModuleInfo] | None:
        """The ``schema=`` of the MetaData a ``Table(...)`` is made in: a variable bound to
        ``MetaData(schema=...)``, or a declarative base's (``Base.metadata``, ``db.metadata``)."""
        schema = metadata_schema(node, module)
        if schema is not None:
            return schema, module
        # one of another module's: ``_core.METADATA`` after ``from . import _core``, or
        # ``METADATA`` after ``from ._core import METADATA``
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id in module.origins:
            places = [(other, node.attr) for other in self._modules_named(node.value.id)]
        elif isinstance(node, ast.Name):
            places = [(other, module.original(node.id)) for other in self._import_source(node.id, module)]
        else:
            places = []
        for other, name in places:
            if (schema := other.metadata_schemas.get(name)) is not None:
                return schema, other
        if isinstance(node, ast.Attribute) and node.attr == "metadata" and isinstance(node.value, ast.Name):
            # a declarative class's, set in its body (renku's ``BaseORM.metadata``, ``metadata = metadata_obj``)
            holder = self._defined.get((module.path, node.value.id)) or self._imported_class(node.value.id, module)
            if holder is not None and holder.metadata_schema is not None:
                return holder.metadata_schema, holder.module
        owner = (dotted(node) or "").removesuffix(".metadata")
        return self.scan.root_schemas.get(owner) or self.scan.root_schemas.get(f"{owner}.Model")

    def _schema_value(self, node: ast.expr, module: ModuleInfo, items: TableItems) -> None:
        """``items.schema``: the MetaData's ``schema=``; one that is not a literal
        (``MetaData(schema=settings.schema)``) is unread, and the table is looked for by its name."""
        value = self.resolver.value(node, module.source)
        if isinstance(value, str):
            items.schema, items.metadata_schema = value, True
            return
        items.schema_unread = True
        # once for the MetaData, however many tables it holds
        self.problems.add(module.path, node.lineno, f"the schema= of a MetaData `{module.source.segment(node)}` is "
                          "not a literal; its tables are looked for by their names in the schemas read")

    def _outside_base(self, info: ClassInfo, contributors: list[str]) -> str:
        """For a class without ``__tablename__``: the declarative base it takes from a module
        outside the scanned files, which may name its tables (``@declared_attr def
        __tablename__``); "" when there is none."""
        for holder in [info, *(self.classes[key] for key in contributors)]:
            for base in holder.node.bases:
                root = (dotted(base) or "").split(".")[0]
                origin = holder.module.origins.get(root)
                if origin and self.base_class_name(base, holder) not in self.classes \
                        and self._external_root(base, holder) is not None:
                    return (f"; its base {holder.module.source.segment(base)} comes from {origin}, outside the "
                            "scanned files, and may set it (a declared_attr): add that module's file to --models")
        return ""

    def _mapped_parent(self, info: ClassInfo) -> str | None:
        return next((key for key in self.mro(info.key)[1:] if key in self.mapped), None)

    def _prefixed(self, info: ClassInfo, hook: ClassInfo, written: str, prefix: str | None) -> None:
        """The class stands on the name it writes, and the planner puts the prefix before it: the
        constant's (``prefix``), or the one the database's table names tell (None: a setting)."""
        if prefix is None:
            self.problems.add(info.path, info.node.lineno, (
                f"{info.name}: __tablename__ {written!r} is given a prefix at run time by "
                f"{hook.name}.__init_subclass__ ({hook.subclass_tablename}); plan takes the prefix from the "
                "database's table names"))
        self.result.computed.append((info.name, f"{hook.name}.__init_subclass__", (written,),
                                     (info.path, info.node.lineno), (f"{hook.path}:{hook.renames_subclass_tables}",
                                                                     prefix)))

    def _renamed_by_hook(self, info: ClassInfo, hook: ClassInfo, tablename: TableName) -> str | None:
        """The table name ``hook``'s ``__init_subclass__`` gives the class (from the literal
        ``__tablename__`` it has, when it reads it), worked out with the hook module's constants and functions; a name
        that module cannot give (a prefix read from the settings) is ``OPAQUE`` in it. None when
        it cannot be worked out."""
        if hook.subclass_tablename is None:
            return None
        constants = hook.module.constants

        def named(name: str) -> object | None:
            constant = constants.get(name)  # a constant a helper function of the module reads
            return constant if isinstance(constant, str) else self._named_class(hook.module, name)

        return class_table_name(hook.subclass_tablename, info.name,
                                lambda name: self._name_function(hook, hook.path, name), constants, named,
                                tablename=tablename.value if tablename.kind == "literal" else None, opaque=OPAQUE)

    def _name_function(self, info: ClassInfo, tablename_file: str, name: str) -> ast.FunctionDef | None:
        """The function ``name`` a computed ``__tablename__`` calls: a method of the class or of a
        base, else a function of the module that computes it."""
        found = self._method(info, name)
        if found is not None:
            return found
        return self._module_function(tablename_file, name)

    def _module_function(self, file: str, name: str) -> ast.FunctionDef | None:
        """The function ``name`` defined at the top level of the scanned ``file``."""
        if file not in self._module_functions:
            module = next((m for m in self.scan.modules if m.path == file), None)
            self._module_functions[file] = {
                s.name: s for s in (module.syntax_tree().body if module is not None else ())
                if isinstance(s, ast.FunctionDef)}
        return self._module_functions[file].get(name)

    def made_name(self, name: ast.expr, module: ModuleInfo) -> str | None:
        """The table name a call of the project's functions gives, ``Table(get_prefixed_tablename(
        "roles_permissions"), ...)``, worked out with the functions of ``module`` and of the
        modules it imports them from, and its constants; a name they cannot give (a prefix from
        the settings) is ``OPAQUE`` in it. None when it cannot be worked out."""
        if not isinstance(name, ast.Call):
            return None

        def function(local: str) -> ast.FunctionDef | None:
            for holder in (module, *self._import_source(local, module)):
                found = self._module_function(holder.path, local)
                if found is not None:
                    return found
            return None

        def constant(local: str) -> object | None:
            value = module.constants.get(local)
            return value if isinstance(value, str) else None

        return class_table_name(ast.unparse(name), "", function, module.constants, constant, opaque=OPAQUE)

    def _method(self, info: ClassInfo, name: str) -> ast.FunctionDef | None:
        """The method ``name`` of the class or of its first base that defines it."""
        for key in self.mro(info.key):
            found = next((s for s in self.classes[key].full_node.body
                          if isinstance(s, ast.FunctionDef) and s.name == name), None) if key in self.classes else None
            if found is not None:
                return found
        return None

    def _named_class(self, module: ModuleInfo, name: str) -> object | None:
        """The scanned class ``name`` stands for in ``module`` (defined there or imported), for a
        computed ``__tablename__`` that calls its method (fuel-web's
        ``VolumeManagerExtension.table_prefix()``): its string and number constants, a subclass's
        first, and its methods."""
        found = self._defined.get((module.path, name)) or self._imported_class(name, module)
        if found is None or self.classes.get(found.key) is not found:
            return None
        attributes: dict[str, object] = {}
        for key in reversed(self.mro(found.key)):
            owner = self.classes[key]
            for bound in owner.names:  # a name a subclass binds otherwise hides the base's constant
                attributes.pop(bound, None)
            attributes.update((n, v) for n, v in owner.constants.items() if type(v) in (str, int))
        return class_of(found.name, None, attributes, lambda method: self._method(found, method))

    def _contributors(self, info: ClassInfo, parent: str | None) -> list[str]:
        """Unmapped classes whose columns this class copies: mixins, abstract bases and
        the declarative base itself, unless they sit behind a mapped parent."""
        behind = set(self.mro(parent)) if parent else set()
        return [key for key in self.mro(info.key)[1:] if key not in self.mapped and key not in behind]

    def _tablename(self, info: ClassInfo, contributors: list[str]) -> tuple[TableName, str]:
        """How the class's ``__tablename__`` is set, and the file that sets it (a base's,
        for an inherited one: its line is in that file)."""
        if info.tablename.kind != "absent":
            return info.tablename, info.path
        for name in contributors:
            inherited = self.classes[name].tablename
            if inherited.kind != "absent":
                return inherited, self.classes[name].path
        for name in self.mro(info.key)[1:]:  # behind a mapped parent too
            if name not in self.classes:
                continue
            if self.classes[name].tablename.per_class:
                return self.classes[name].tablename, self.classes[name].path
            if self.classes[name].tablename.kind != "absent":
                # a parent's own name comes first (SQLAlchemy reads ``cls.__tablename__``): the class
                # is on its table (group-based-policy's mapping classes on neutron-lib's base)
                break
        if self.in_sqlmodel(info):  # SQLModel's own __tablename__: the class name in lower case
            return TableName("lower", None, 0), info.path
        return info.tablename, info.path

    def _place_model(self, info: ClassInfo) -> list[str]:
        parent = self._mapped_parent(info)
        contributors = self._contributors(info, parent)
        if parent is None and info.table_value is not None:
            # a class that gives its __table__ maps it, whatever __tablename__ says (aurweb's
            # ``__tablename__ = __table__.name``: SQLAlchemy does not read it)
            self._place_table_value(info)
            return contributors
        tablename, tablename_file = self._tablename(info, contributors)
        hook = next((self.classes[key] for key in self.mro(info.key)[1:]
                     if self.classes[key].renames_subclass_tables), None)
        if hook is not None and not all(any(attribute in self.classes[key].names for key in self.mro(info.key))
                                        for attribute in hook.renames_when):
            hook = None  # if hasattr(cls, "TABLE_PREFIX"): ... and this class has none
        table_name_from = None
        if hook is not None and not (hook.keeps_own_tablename and info.tablename.kind == "literal"):
            renamed = self._renamed_by_hook(info, hook, tablename)
            written = tablename.value if tablename.kind == "literal" and tablename.value else ""
            prefix = renamed[:-len(written)] if renamed is not None and written and renamed.endswith(written) else None
            if prefix is not None and (OPAQUE not in prefix or prefix == OPAQUE):
                # a prefix before the name the class writes: a constant's, or a setting's the database tells
                self._prefixed(info, hook, written, None if prefix == OPAQUE else prefix)
            elif renamed is not None and OPAQUE not in renamed:  # cls.__name__.lower(): the name itself
                table_name_from = hook.subclass_tablename
                tablename, tablename_file = TableName("literal", renamed, hook.renames_subclass_tables), hook.path
            else:  # whatever the body says, the hook decides at run time
                tablename = TableName("dynamic", f"set by {hook.name}.__init_subclass__ at run time",
                                      hook.renames_subclass_tables)
                tablename_file = hook.path
        # a line of the statement that sets __tablename__ is in the file that holds it
        where = (tablename_file, tablename.line) if tablename.line else (info.path, info.node.lineno)
        if tablename.kind == "dynamic" and tablename.value and not tablename.from_class_name:
            holder = next((self.classes[n].module for n in [info.key, *contributors]
                           if self.classes[n].path == tablename_file), info.module)
            if all(part.isidentifier() for part in tablename.value.split(".")):
                # __tablename__ = AUDIT_TABLE_NAME: a module-level string constant, own or imported,
                # or a class's (EventFieldType.MODEL_ENDPOINTS)
                constant = holder.constants.get(tablename.value)
                if constant is None and tablename.value.endswith(".value"):
                    # Tablenames.APP_VERSION.value, a member of an enum of the files (refinery's)
                    constant = self.resolver.enum_member_value(ast.parse(tablename.value, mode="eval").body)
                worked_out = constant if isinstance(constant, str) else None
            else:  # PREFIX + "node_volumes", "{0}_volumes".format(PREFIX): string operations on constants
                worked_out = class_table_name(tablename.value, info.name,
                                              lambda name: self._name_function(info, tablename_file, name),
                                              holder.constants, lambda name: self._named_class(holder, name))
            if worked_out is not None:
                table_name_from = tablename.value
                tablename = TableName("literal", worked_out, tablename.line)
        name = info.name.lower() if tablename.kind == "lower" else tablename.value
        if tablename.kind == "dynamic" and tablename.from_class_name:
            # to_snake(cls.__name__): worked out where it is string operations only (the one name
            # it gives); else the usual conventions, matched against the database by the planner.
            # The first candidate stands for the table until then.
            exact = class_table_name(tablename.value or "", info.name,
                                     lambda name: self._name_function(info, tablename_file, name))
            candidates = (exact,) if exact is not None else name_candidates(info.name)
            if exact is None:
                self.problems.add(*where,
                                  f"{info.name}: __tablename__ is computed from the class name "
                                  f"({tablename.value}); plan matches the class to the database table of its "
                                  "snake_case, lower-case or plural name")
            self.result.computed.append((info.name, tablename.value or "", candidates, where, None))
            tablename, name = TableName("literal", candidates[0], tablename.line), candidates[0]
        if tablename.kind == "dynamic":
            self.problems.add(*where,
                              f"{info.name}: __tablename__ is computed ({tablename.value or 'declared_attr'}); "
                              "cannot resolve statically")
            self.result.place(self._placement(info, "model"))
            return contributors
        own_columns = self._columns_with_inherited(info, contributors)
        if parent is not None:
            parent_table = self._table_of(self.classes[parent].name)
            flask = self._flask.get(info.key, False)
            has_own_key = any(placed.spec.primary_key for placed in own_columns)
            single = (
                tablename.kind == "none"
                or (tablename.kind == "absent" and not (flask and has_own_key))
                or (parent_table is not None and name == parent_table.name)
            )
            if single:
                return self._place_single_table(info, parent, parent_table, own_columns, contributors)
            if tablename.kind == "absent":
                name = camel_to_snake_case(info.name)
        elif info.table_value is not None:
            self._place_table_value(info)
            return contributors
        elif tablename.kind == "absent" or tablename.kind == "none":
            if not self._flask.get(info.key, False):
                outside = self._outside_base(info, contributors)
                self.problems.add(info.path, info.node.lineno,
                                  f"{info.name}: mapped class without __tablename__{outside}")
                self.result.place(self._placement(info, "model"))
                return contributors
            name = camel_to_snake_case(info.name)
        # every __tablename__ without a name (dynamic, absent, none) was placed or named above
        assert name is not None
        items = self._table_items(info, contributors, name)
        if items.schema is None and not items.schema_unread:
            self._metadata_schema(info, contributors, items)
        key = (items.schema, name)
        if key in self.result.tables:
            owner = self.result.tables[key].owner
            self.problems.add(info.path, info.node.lineno, f"{info.name}: table {name} is already mapped by {owner}")
            self.result.place(self._placement(info, "model"))
            return contributors
        self.result.tables[key] = TableBuild(name, items.schema, info.name, own_columns, items,
                                             info.path, info.node.lineno)
        self._columns_added.update((p.file, p.line) for p in own_columns if p.spec.use_existing)
        self.result.place(self._placement(info, "model", table=name, schema=items.schema,
                                          table_name_from=table_name_from))
        return contributors

    def _columns_with_inherited(self, info: ClassInfo, contributors: list[str]) -> list[PlacedColumn]:
        """Own columns first, then those of mixins in MRO order, as SQLAlchemy orders them."""
        placed: list[PlacedColumn] = []
        seen: set[str] = set()
        if self.in_sqlmodel(info):
            return self._fields_with_inherited(info, contributors)
        # ``birthdate: Mapped[date]`` alone in a class whose mixin or abstract base maps birthdate:
        # SQLAlchemy keeps the inherited column, and the annotation changes nothing (pycroft's PreMember)
        inherited = {column.attribute for owner in contributors for column in self.class_columns(self.classes[owner])}
        for owner in [info.key] + contributors:
            hook = self._mapping_hook(self.classes[owner])
            if hook is not None:
                self.problems.add(self.classes[owner].path, hook[1],
                                  f"{info.name}: {self.classes[owner].name}.{hook[0]} runs when the class is "
                                  "mapped and may add columns (history_meta's Versioned adds version); the "
                                  "columns it adds are not seen", hides_columns_of=info.name)
            for column in self.class_columns(self.classes[owner]):
                if column.attribute in seen or (
                        owner == info.key and column.spec.style == "annotation" and column.attribute in inherited):
                    continue
                seen.add(column.attribute)
                placed.append(column if owner == info.key else replace(column, class_name=info.name))
        placed = [self._index_of_class(column, info) if column.spec.index_from else column for column in placed]
        if not contributors:
            return placed
        # An attribute the class itself assigns to something else hides a mixin column; one it
        # assigns that column (``id = BaseMixin.id``, to use it in the body) does not.
        own_names = info.names - {
            attribute for _, attribute, _, value in info.members
            if isinstance(value, ast.Attribute) and value.attr == attribute and isinstance(value.value, ast.Name)
            and self.base_class_name(value.value, info) in contributors}
        own_columns = {column.attribute for column in self.class_columns(info)}
        return [p for p in placed if p.defined_in == info.name or p.attribute not in own_names - own_columns]

    def _index_of_class(self, column: PlacedColumn, info: ClassInfo) -> PlacedColumn:
        """``column`` with the index ``index=getattr(cls, name, default)`` gives it in ``info``: the
        first of its classes (itself first) that sets ``name`` to a literal decides, else the default;
        a value that is not a boolean leaves the index unread."""
        name, default = column.spec.index_from or ("", False)
        value: object = default
        for key in self.mro(info.key):
            written = class_setting(self.classes[key].node, name) if key in self.classes else None
            if written is not None:
                value = literal(written, self.classes[key].module.source)
                break
        if not isinstance(value, bool):
            self.problems.add(info.path, info.node.lineno,
                              f"{info.name}: {name} is not a literal, and it decides whether {column.attribute} has "
                              "an index (index=getattr(cls, ...)); the column's own index is not compared")
            return replace(column, spec=replace(column.spec, index=False, unread=(*column.spec.unread, "index")))
        return column if value == column.spec.index else replace(column, spec=replace(column.spec, index=value))

    def _fields_with_inherited(self, info: ClassInfo, contributors: list[str]) -> list[PlacedColumn]:
        """A SQLModel table's columns in pydantic's field order (SQLModel makes them in it): the
        bases' fields first, a field the class defines again where the base has it."""
        fields: dict[str, PlacedColumn] = {}
        for owner in [*reversed(contributors), info.key]:
            for column in self.class_columns(self.classes[owner]):
                fields[column.attribute] = column if owner == info.key else replace(column, class_name=info.name)
        for owner in contributors:  # a base's __init_subclass__ that takes a field out (Reflex 0.8's id)
            if (drops := self.classes[owner].drops_field) is not None and drops[0] in fields and (
                    not drops[1] or any(c.spec.primary_key for name, c in fields.items() if name != drops[0])):
                del fields[drops[0]]
        return list(fields.values())

    def _mapping_hook(self, holder: ClassInfo) -> tuple[str, int] | None:
        """(name, line) of a method of ``holder`` that SQLAlchemy calls while mapping the class and
        that may change its table: ``__mapper_cls__`` (it makes the mapper: anything may happen),
        or a ``__declare_first__`` / ``__declare_last__`` that adds a column itself. Most of these
        only register events (dispatch's ``TimeStampMixin``): they hide nothing. Read once per
        class: a mixin is a contributor of every model that uses it."""
        if holder.key not in self._hooks:
            source = id(holder.module.source)
            if source not in self._hook_files:  # one search of the file's text, not one per class
                utf8 = holder.module.source.utf8
                self._hook_files[source] = b"__mapper_cls__" in utf8 or b"__declare_" in utf8
            self._hooks[holder.key] = _mapping_hook_of(holder) if self._hook_files[source] else None
        return self._hooks[holder.key]

    def parent_column(self, class_name: str, attribute: str) -> tuple[TableBuild, PlacedColumn] | None:
        """The table and column of the mapped class's ``attribute`` that a mapped parent's table
        has: ``User.id`` of a joined-table subclass whose own table has no ``id``; else None."""
        info = self.classes.get(class_name) or self.classes.get(self.class_aliases.get(class_name, ""))
        key = self._mapped_parent(info) if info is not None else None
        while key is not None:
            table = self._table_of(self.classes[key].name)
            column = next((c for c in table.columns if c.attribute == attribute), None) if table else None
            if table is not None and column is not None:
                return table, column
            key = self._mapped_parent(self.classes[key])
        return None

    def _table_of(self, class_name: str) -> TableBuild | None:
        keys = self.result.table_keys
        key = keys.get(class_name) or keys.get(self.class_aliases.get(class_name, ""))
        return self.result.tables.get(key) if key is not None else None

    def _place_single_table(self, info, parent, parent_table, own_columns, contributors) -> list[str]:
        parent = self.classes[parent].name
        if parent_table is None:
            self.problems.add(info.path, info.node.lineno,
                              f"{info.name}: single-table inheritance from {parent}, whose table is not resolved")
            self.result.place(self._placement(info, "model", inherits_table=parent))
            return contributors
        existing = {placed.attribute for placed in parent_table.columns}
        parent_table.columns.extend(p for p in own_columns if p.attribute not in existing)
        for placed in own_columns:
            if placed.spec.use_existing:
                kept = placed.attribute in existing  # the table's own column is the one
                (self._existing_kept if kept else self._columns_added).add((placed.file, placed.line))
        self.result.place(
            self._placement(info, "model", table=parent_table.name, schema=parent_table.schema, inherits_table=parent)
        )
        return contributors

    def _table_items(self, info: ClassInfo, contributors: list[str], table_name: str | None = None) -> TableItems:
        # a bare ``__tablename__`` in the class's own statements is its literal name
        own = info.tablename.value if info.tablename.kind == "literal" else None
        self.resolver.class_tablename = own
        try:
            items = self._declared_table_items(info, contributors, table_name)
            known, hidden = len(items.problems), items.hidden_at
            for statement in info.full_node.body:
                # ``ix = Index("ix_name", id.desc())`` / ``UniqueConstraint(event_id, provider)`` in
                # the class body: SQLAlchemy attaches it to the table through its columns (one
                # that names them as strings only is attached to nothing)
                value = statement.value if isinstance(statement, (ast.Assign, ast.Expr)) else None
                if not (isinstance(value, ast.Call) and _attached_through_columns(value)):
                    continue
                if named := self._other_classes_named(value):  # Index("ix", CreatedMixin.created_utc.desc())
                    self.items_of_other_classes.append((value, info, named))
                else:
                    read_table_item(value, info.module.source, items, self.resolver.value, self.resolver.label)
        finally:
            self.resolver.class_tablename = None
        for line, message in items.problems[known:]:
            self.problems.add(info.path, line, f"{info.name}: {message}")
        if items.hidden_at and not hidden:
            self.hidden_items.setdefault(info.name, (info.path, items.hidden_at))
        return items

    def _declared_table_items(self, info: ClassInfo, contributors: list[str],
                              table_name: str | None = None) -> TableItems:
        for owner in [info.key] + contributors:
            holder = self.classes[owner]
            if owner == info.key and (holder.table_args_dynamic or holder.table_args_from is not None
                                      or holder.table_args is not None):
                self.own_table_args.add(info.name)
            if holder.table_args_dynamic:
                self.problems.add(holder.path, holder.node.lineno,
                                  f"{holder.name}: __table_args__ is computed; cannot resolve statically")
                self.hidden_items.setdefault(info.name, (holder.path, holder.node.lineno))
                return TableItems()
            if holder.table_args_from is not None:
                return self._items_of_attribute(info, holder, holder.table_args_from)
            if holder.table_args is not None:
                own = self.resolver.class_tablename
                if owner != info.key:
                    self.inherited_table_args[info.name] = \
                        f"{holder.name}.__table_args__ = {holder.module.source.segment(holder.table_args)}"
                    if holder.table_args_per_class:
                        self.table_args_per_class.add(info.name)
                    self.resolver.class_tablename = None  # a base's __tablename__, not the class's
                per_class = holder.table_args_self if table_name else None
                if per_class is not None and table_name:  # ``cls.__tablename__`` of a declared_attr: the class's
                    self.resolver.tablenames[per_class] = table_name
                try:
                    items = read_table_args(holder.table_args, holder.module.source, self.resolver.value,
                                            self.resolver.label, holder.module.other_dialect_options)
                finally:
                    self.resolver.class_tablename = own
                    if per_class is not None:
                        self.resolver.tablenames.pop(per_class, None)
                for line, message in items.problems:
                    self.problems.add(holder.path, line, f"{info.name}: {message}")
                if isinstance(holder.table_args, ast.Call) and not other_dialects_call(
                        holder.table_args, holder.module.other_dialect_options):  # built by a function
                    self.hidden_items.setdefault(info.name, (holder.path, holder.table_args.lineno))
                elif items.hidden_at:  # an item not read
                    self.hidden_items.setdefault(info.name, (holder.path, items.hidden_at))
                if items.options_from is not None:
                    self._inherit_options(items, holder)
                return items
        return TableItems()

    def _items_of_attribute(self, info: ClassInfo, holder: ClassInfo, name: str) -> TableItems:
        """The items of ``info``'s table that ``holder``'s declared_attr ``__table_args__`` takes
        from the class (``cls._table_args``): the first class in ``info``'s method resolution
        order that binds the attribute (the checks and options added to it are not compared).
        The items are edited there when the class binds it itself."""
        if holder.key != info.key:
            self.inherited_table_args[info.name] = f"{holder.name}.__table_args__ = cls.{name} + (...)"
            self.table_args_per_class.add(info.name)
        for key in self.mro(info.key):
            binder = self.classes[key]
            value = next((member[3] for member in reversed(binder.members)
                          if member[1] == name and member[3] is not None and binder.holds(member)), None)
            if value is None:
                continue
            if binder is info:
                self.items_attributes[info.name] = name
            items = read_table_args(value, binder.module.source, self.resolver.value, self.resolver.label,
                                    binder.module.other_dialect_options)
            for line, message in items.problems:
                self.problems.add(binder.path, line, f"{info.name}: {message}")
            if items.hidden_at:
                self.hidden_items.setdefault(info.name, (binder.path, items.hidden_at))
            return items
        return TableItems()  # Python raises AttributeError when the class is made: nothing to read

    def _inherit_options(self, items: TableItems, holder: ClassInfo) -> None:
        """The schema= and comment= of the base whose ``__table_args__`` ``items`` pass on
        (``Model.__table_args__``), where ``items`` do not write their own."""
        named = (items.options_from or "").rsplit(".", 1)[-1]
        start = next((key for key in self.mro(holder.key)[1:] if self.classes[key].name == named), None)
        # X.__table_args__ is the first of X's classes (its own first) that sets it
        base = next((self.classes[key] for key in self.mro(start) if self.classes[key].table_args is not None),
                    None) if start is not None else None
        if base is None or base.table_args is None:
            return
        given = read_table_args(base.table_args, base.module.source, self.resolver.value, self.resolver.label,
                                base.module.other_dialect_options)
        items.schema = items.schema if items.schema is not None else given.schema
        items.comment = items.comment if items.comment is not None else given.comment

    def _place_table_value(self, info: ClassInfo) -> None:
        value = info.table_value
        if isinstance(value, ast.Call) and last_name(value.func) == "Table":
            self._place_table_object(info.name, value, info.module, info.node, info)
            return
        joined = _joined_classes(value)
        if joined and all(name in self.classes for name in joined):
            # a class over a join of other classes' tables (copr's ``User``): none of its own
            self.result.place(self._placement(info, "model", joins=joined))
            return
        if isinstance(value, ast.Attribute):  # __table__ = schema.Users, of ``from app import schema``
            modules = {id(m) for m in self._modules_of(value, info)}
            table_object = next((t for t in self.scan.table_objects
                                 if t.variable == value.attr and id(t.module) in modules), None)
        else:
            variable = value.id if isinstance(value, ast.Name) else None
            table_object = next((t for t in self.scan.table_objects if t.variable == variable), None)
        if isinstance(value, ast.Name) and table_object is None:  # what the module binds the name to
            value = module_assignments(info.module.syntax_tree()).get(value.id, value)
        if table_object is None and (selected := _selected_classes(value, self.classes)):
            # over a query of other classes' tables (QCFractal's ``select(...).subquery()``): none of its own
            self.result.place(self._placement(info, "model", joins=selected))
            return
        if table_object is None:
            self.problems.add(info.path, info.node.lineno, f"{info.name}: __table__ is not a Table found in the files")
            self.result.place(self._placement(info, "model"))
            return
        # A Table without a usable name is reported where it is placed, as a table object.
        table_name = _table_name(table_object.call, table_object.module)
        self.result.place(self._placement(info, "model", table=table_name))

    def _place_table_object(self, variable: str, call: ast.Call, module: ModuleInfo, statement, info) -> None:
        source = module.source
        name = _table_name(call, module)
        named_by = None
        if name is None and call.args and isinstance(call.args[0], (ast.Name, ast.Attribute)):
            # pybel's ``Table(NETWORK_EDGE_TABLE_NAME, ...)``: a constant, its rename a person's edit
            found = self.resolver.value(call.args[0], source)
            name, named_by = (found, source.segment(call.args[0])) if isinstance(found, str) and found else (None, None)
        if name is None:
            self.problems.add(module.path, statement.lineno,
                              f"{variable}: Table name `{source.segment(call.args[0])}` is not a literal, "
                              "non-empty string; the table is not read, and the database's tables without a "
                              "class that the name may give are taken to be it (no class generated for them)")
            if info is not None:
                self.result.place(self._placement(info, "model"))
            return
        items = TableItems()
        read_table_keywords(call, source, items, self.resolver.value)
        if items.schema is None and not items.schema_unread and len(call.args) > 1:  # Table("links", metadata, ...)
            found = self._table_metadata_schema(call.args[1], module)
            if found is not None:
                self._schema_value(*found, items)
        columns: list[PlacedColumn] = []
        positions: dict[str, int] = {}  # attribute -> its place in columns
        for argument in call.args[1:]:
            column = column_call(argument, module, module.aliases)
            if column is not None:
                # A Table column's attribute is its key: key= when given, else its name
                # (the first argument or name=); ``table.c.<key>`` and an imperative
                # mapping use it.
                attribute = _table_column_key(column)
                if attribute is None:
                    self.problems.add(module.path, argument.lineno,
                                      f"{variable}: Column without a literal name in Table({name!r}, ...) "
                                      f"`{source.segment(argument)}` is not read; give it a name: "
                                      "Column(\"name\", ...)", hides_columns_of=variable)
                    continue
                spec = read_column(
                    attribute, replace(column, style="table"), argument, module, self.resolver, self.problems)
                earlier = positions.setdefault(attribute, len(columns))
                if earlier == len(columns):
                    columns.append(PlacedColumn.read(spec, variable))
                    continue
                # Column("user_key", ...) written twice (boartty's): SQLAlchemy 1.x keeps the later one,
                # and the index the earlier one's index=True made (2.x refuses the table)
                self.problems.add(module.path, argument.lineno,
                                  f"{variable}: column {attribute!r} is written twice in Table({name!r}, ...): read "
                                  "as SQLAlchemy 1.x reads it, the later one (SQLAlchemy 2 refuses the table)")
                if columns[earlier].spec.index and not spec.index:
                    spec = replace(spec, index=True)
                columns[earlier] = PlacedColumn.read(spec, variable)
            elif isinstance(argument, ast.Call):
                read_table_item(argument, source, items, self.resolver.value, self.resolver.label)
            elif isinstance(argument, ast.Starred):  # Table("bso", metadata, *_columns("bso"))
                self.problems.add(module.path, argument.lineno,
                                  f"{variable}: `{source.segment(argument)}` in Table({name!r}, ...) gives columns or "
                                  "items the reader does not read; the database's columns and items the table lacks "
                                  "are not added", hides_columns_of=variable)
                items.hidden_at = items.hidden_at or argument.lineno
        for line, message in items.problems:
            self.problems.add(module.path, line, f"{variable}: {message}")
        if items.hidden_at:
            self.hidden_items.setdefault(info.name if info is not None else variable, (module.path, items.hidden_at))
        key = (items.schema, name)
        if key in self.result.tables:
            self.problems.add(module.path, statement.lineno,
                              f"{variable}: table {name} is already mapped by {self.result.tables[key].owner}")
            return
        self.result.tables[key] = TableBuild(name, items.schema, variable, columns, items,
                                             module.path, statement.lineno)
        if info is not None:
            self.result.place(self._placement(info, "model", table=name, schema=items.schema,
                                              table_name_from=named_by))
        else:
            self.result.place(ClassPlacement(
                None, variable, "table-object", name, items.schema, file=module.path,
                line=statement.lineno, end_line=statement.end_lineno, style="table", table_name_from=named_by,
            ))

    def _appended_constraint(self, owner: str, item: ast.expr, module: ModuleInfo) -> None:
        """``User.__table__.append_constraint(UniqueConstraint("email"))`` at module level."""
        table = self._table_of(owner)
        if table is None:
            self.problems.add(module.path, item.lineno,
                              f"append_constraint on {owner}, which is not a mapped table of the scanned files")
            return
        before = len(table.items.problems)
        read_table_item(item, module.source, table.items, self.resolver.value, self.resolver.label)
        for line, message in table.items.problems[before:]:
            self.problems.add(module.path, line, f"{owner}: {message}")

    def _other_classes_named(self, call: ast.Call) -> dict[str, str]:
        """The columns of other classes ``call`` (a class body's ``Index`` or ``UniqueConstraint``)
        is given, ``CreatedMixin.created_utc.desc()``, by their class, when it is given no column of
        the body itself (a class's own name is not bound in its body, so ``Name.attribute`` is
        another class's)."""
        elements = call.args[1:] if last_name(call.func) == "Index" else call.args
        references = [sort_wrapped(element)[0] for element in elements
                      if not (isinstance(element, ast.Constant) and isinstance(element.value, str))]
        if not references or not all(isinstance(r, ast.Attribute) and dotted(r) for r in references):
            return {}
        named: dict[str, str] = {}
        for reference in references:
            named.setdefault(_owner(reference), dotted(reference) or "")
        return named if set(named) <= {info.name for info in self.classes.values()} else {}

    def _item_of_other_class(self, call: ast.Call, info: ClassInfo, named: dict[str, str]) -> None:
        """A class body's ``Index("ix", Other.column)``: SQLAlchemy attaches it to the table of the
        column's class, as it would at module level; a mixin's column is only copied into each table
        that uses it, so an index given the mixin's own column is attached to no table
        (nowcasting_datamodel's ``Index("index_input_data", CreatedMixin.created_utc.desc())``)."""
        unmapped = [column for owner, column in named.items()
                    if self._table_of(owner) is None]
        if not unmapped:
            self._module_item(call, info.module)
            return
        kind = last_name(call.func)
        self.problems.add(info.path, call.lineno,
                          f"{unmapped[0]}: the {kind} in class {info.name}'s body is given this column of a class "
                          f"that maps no table (SQLAlchemy copies a mixin's columns into each table that uses it): "
                          f"the {kind} is attached to no table, and not compared")

    def _module_item(self, call: ast.Call, module: ModuleInfo) -> None:
        """``Index("ix", User.email)`` after the class, or ``ForeignKeyConstraint([Run.project_id,
        Run.pipeline_id], [...])`` / ``UniqueConstraint(User.a, User.b)`` (orchest): attach it to
        User's table."""
        standalone = id(call) in self.scan.standalone_items
        call = module.source.with_presets(call)
        kind = module.source.sqlalchemy_name(call.func)
        if kind == "ForeignKeyConstraint":
            written = call.args[0] if call.args else keyword_map(call).get("columns")
            columns = list(written.elts) if isinstance(written, (ast.List, ast.Tuple)) else []
        else:
            columns = [sort_wrapped(arg)[0] for arg in call.args[1 if kind == "Index" else 0:]]
        owners = {_owner(column) for column in columns if dotted(column)}
        for column in columns:  # func.lower(Document.slug): the model named inside
            if dotted(column) is None:
                owners |= {_owner(node) for node in ast.walk(column)
                           if isinstance(node, ast.Attribute) and dotted(node)
                           and _owner(node) in self.result.table_keys}
        if len(owners) != 1:
            self.problems.add(module.path, call.lineno, f"module-level {kind} does not name one model's columns")
            return
        owner = owners.pop()
        table = self._table_of(owner)
        if table is None and owner in module.table_columns:  # columns = Base.metadata.tables["t"].c
            schema, name = module.table_columns[owner]
            found = [build for (key_schema, key_name), build in self.result.tables.items()
                     if key_name == name and (schema is None or key_schema == schema)]
            table = found[0] if len(found) == 1 else None
        if table is None:
            self.problems.add(module.path, call.lineno, f"module-level {kind} on {owner}, which is not a mapped table")
            return
        items = table.items
        named = call.args[0] if call.args and kind == "Index" else None
        index_name = self.resolver.value(named, module.source) if named is not None else None
        if named is not None and isinstance(index_name, str):
            # removed with its statement where the file writes its name: the codemods find it so
            standalone = standalone and written_string(named, module.syntax_tree) == index_name
            self.module_indexes.append(ModuleIndex(index_name, module.path, call.lineno, call.end_lineno or call.lineno,
                                                   standalone))
        known, hidden = len(items.problems), items.hidden_at
        read_table_item(self._attributes_resolved(self._starred_columns(call, owner, module), owner, module),
                        module.source, items, self.resolver.value,
                        self.resolver.label)
        for line, message in items.problems[known:]:  # as a class's own items are: said, and not added around
            self.problems.add(module.path, line, f"{owner}: {message}")
        if items.hidden_at and not hidden:
            self.hidden_items.setdefault(table.owner, (module.path, items.hidden_at))

    def _attributes_resolved(self, call: ast.Call, owner: str, module: ModuleInfo) -> ast.Call:
        """``Index("ix", Run._Run__search_vector, ...)`` where the body of class ``Run`` (of this
        module) binds ``__search_vector = to_tsvector(...)``, an expression, not a column (orchest):
        the call with that expression in its place, read as the index's expression it is; and
        ``Person.localid_type`` of ``localid_type = synonym("localidtype")`` (ukrdc's EMPI) as the
        column it stands for, ``Person.localidtype``."""
        infos = [info for info in self.classes.values() if info.name == owner and info.module is module]
        if len(infos) != 1 or last_name(call.func) != "Index":
            return call
        bound: dict[str, ast.expr | str] = {}
        for statement in infos[0].full_node.body:
            target = statement.targets[0] if isinstance(statement, ast.Assign) and len(statement.targets) == 1 \
                else statement.target if isinstance(statement, ast.AnnAssign) else None
            value = statement.value if isinstance(statement, (ast.Assign, ast.AnnAssign)) else None
            if not isinstance(target, ast.Name) or value is None or column_call(value, module, module.aliases):
                continue
            synonym = literal(value.args[0], module.source) if isinstance(value, ast.Call) \
                and last_name(value.func) == "synonym" and value.args else None
            bound[target.id] = synonym if isinstance(synonym, str) else value
        args: list[ast.expr] = []
        for arg in call.args:
            path = (dotted(arg) or "").split(".")
            attribute = path[1] if len(path) == 2 and path[0] == owner else None
            if attribute is not None and attribute.startswith(f"_{owner}__"):  # Python's private name, as written
                attribute = attribute[len(owner) + 1:]
            found = bound.get(attribute) if attribute is not None else None
            if isinstance(found, str):  # the column the synonym names, where the index names the synonym
                found = ast.copy_location(ast.Attribute(value=ast.Name(owner, ast.Load()), attr=found, ctx=ast.Load()),
                                          arg)
            args.append(found if found is not None else arg)
        if all(a is b for a, b in zip(args, call.args, strict=True)):
            return call
        return ast.copy_location(ast.Call(func=call.func, args=args, keywords=call.keywords), call)

    def _starred_columns(self, call: ast.Call, owner: str, module: ModuleInfo) -> ast.Call:
        """``Index("ix", *Dependency.nevra)``, where the class body says ``nevra = (name, epoch,
        ...)``: the call with those columns in its place."""
        args: list[ast.expr] = []
        for arg in call.args:
            names = None
            if isinstance(arg, ast.Starred):
                names = self._class_names_tuple(arg.value, owner, module) \
                    or self._getattr_columns(arg.value, owner, module)
            args.extend(names if names is not None else [arg])
        if len(args) == len(call.args) and all(a is b for a, b in zip(args, call.args, strict=True)):
            return call
        return ast.copy_location(ast.Call(func=call.func, args=args, keywords=call.keywords), call)

    def _getattr_columns(self, node: ast.expr, owner: str, module: ModuleInfo) -> list[ast.expr] | None:
        """``(getattr(Photometry, c) for c in Photometry.DEDUP_COLUMNS)``, the strings a class attribute
        holds (in its body, or set after it in ``module``: skyportal's deduplication index): those
        attributes, as names."""
        if not (isinstance(node, (ast.GeneratorExp, ast.ListComp)) and len(node.generators) == 1
                and not node.generators[0].ifs and isinstance(target := node.generators[0].target, ast.Name)
                and isinstance(node.elt, ast.Call) and last_name(node.elt.func) == "getattr"
                and [dotted(a) for a in node.elt.args] == [owner, target.id]):
            return None
        attribute = _owned_attribute(node.generators[0].iter, owner)
        if attribute is None:
            return None
        written = next((value for info in self.classes.values() if info.name == owner and info.module is module
                        if (value := class_setting(info.node, attribute)) is not None), None)
        if written is None:  # Photometry.DEDUP_COLUMNS = (...) after the class
            written = next((s.value for s in module.syntax_tree().body if isinstance(s, ast.Assign)
                            and [dotted(t) for t in s.targets] == [f"{owner}.{attribute}"]), None)
        if not (isinstance(written, (ast.Tuple, ast.List))
                and all(isinstance(e, ast.Constant) and isinstance(e.value, str) for e in written.elts)):
            return None
        return [ast.copy_location(ast.Name(id=str(e.value), ctx=ast.Load()), node) for e in written.elts
                if isinstance(e, ast.Constant)]

    def _class_names_tuple(self, node: ast.expr, owner: str, module: ModuleInfo) -> list[ast.expr] | None:
        """The names of ``Owner.attribute = (a, b, ...)`` in the body of class ``owner`` (of
        ``module``, else the one class of that name), when every element is a name."""
        attribute = _owned_attribute(node, owner)
        if attribute is None:
            return None
        infos = [info for info in self.classes.values() if info.name == owner]
        infos = [info for info in infos if info.module is module] or infos
        if len(infos) != 1:
            return None
        for statement in infos[0].node.body:
            if isinstance(statement, ast.Assign) and [dotted(t) for t in statement.targets] == [attribute] \
                    and isinstance(statement.value, (ast.Tuple, ast.List)) \
                    and all(isinstance(e, ast.Name) for e in statement.value.elts):
                return list(statement.value.elts)
        return None


def _owned_attribute(node: ast.expr, owner: str) -> str | None:
    """``attribute`` of ``Owner.attribute`` written as such; None for anything else."""
    path = dotted(node) or ""
    return path.split(".")[1] if path.count(".") == 1 and path.startswith(owner + ".") else None


class _Cycles:
    """The cycles of a graph (name -> successors): its strongly connected components of
    more than one node (Tarjan), each in the graph's order.

    A class rather than a nested function: a recursive closure is a reference cycle, and
    it would keep everything it sees alive until the cyclic collector runs (the reader
    runs with it off)."""

    def __init__(self, graph: dict[str, list[str]]) -> None:
        self.graph = graph
        self.low: dict[str, int] = {}
        self.stack: list[str] = []
        self.on_stack: set[str] = set()
        self.groups: list[list[str]] = []
        for name in graph:
            if name not in self.low:
                self._visit(name)
        order = {name: position for position, name in enumerate(graph)}
        for group in self.groups:
            group.sort(key=order.__getitem__)  # every node of a cycle has successors

    def _visit(self, name: str) -> None:
        self.low[name] = start = len(self.low)
        self.stack.append(name)
        self.on_stack.add(name)
        for successor in self.graph.get(name, ()):
            if successor not in self.low:
                self._visit(successor)
            if successor in self.on_stack:
                self.low[name] = min(self.low[name], self.low[successor])
        if self.low[name] == start:  # the root of a component: pop the component
            group = [self.stack.pop()]
            while group[-1] != name:
                group.append(self.stack.pop())
            self.on_stack.difference_update(group)
            if len(group) > 1:
                self.groups.append(group)


def _table_name(call: ast.Call, module: ModuleInfo) -> str | None:
    """The name of ``Table("name", ...)``; None unless it is a non-empty string literal."""
    name = literal(call.args[0], module.source) if call.args else None
    return name if isinstance(name, str) and name else None


def _table_column_name(column: ColumnCall) -> str | None:
    """The name of a ``Column`` in ``Table(...)``: its first argument or ``name=``, if literal."""
    candidates = [column.args[0]] if column.args else []
    if "name" in column.keywords:
        candidates.append(column.keywords["name"])
    for node, _ in candidates:
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value:
            return node.value
    return None


def _table_column_key(column: ColumnCall) -> str | None:
    """The key of a ``Column`` in ``Table(...)``: ``key=`` if it is a literal, else its name."""
    node = column.keywords.get("key", (None, None))[0]
    if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value:
        return node.value
    return _table_column_name(column)


def _literal_aliases(module: ModuleInfo) -> dict[str, tuple[str, ...]]:
    """The module's ``Literal`` aliases of strings (``AccountType = Literal["ASSET", ...]``, its own
    or imported): name -> the strings."""
    return {name: labels for name, (node, _) in module.annotated.items()
            if (labels := literal_strings(node)) is not None}


def _owner(node: ast.expr) -> str:
    """The first name of an attribute chain: ``Document`` for ``Document.slug``."""
    return (dotted(node) or "").split(".")[0]


def _block_statements(block: ast.stmt):
    """Every statement inside a compound statement, nested blocks included (not the bodies
    of functions or classes defined in it)."""
    children = [*getattr(block, "body", ()), *getattr(block, "orelse", ()), *getattr(block, "finalbody", ())]
    for clause in (*getattr(block, "handlers", ()), *getattr(block, "cases", ())):
        children.extend(clause.body)
    return _statements_in(children)


def _statements_in(statements: list[ast.stmt]):
    """``statements`` and, for each block among them, every statement inside it."""
    for statement in statements:
        yield statement
        if type(statement) in BLOCKS:
            yield from _block_statements(statement)


def _returns_a_relationship(function: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
    """Its one ``return`` ends the body and gives a relationship (timesketch's mixins make a class
    with ``type(...)`` first, whose columns are that class's, and return a relationship to it):
    the attribute is no column of the class."""
    last = function.body[-1] if function.body else None
    value = last.value if isinstance(last, ast.Return) else None
    if isinstance(value, ast.Name):  # piecash's ``rel = relation(...)``, then ``return rel``
        value = next((statement.value for statement in reversed(function.body[:-1])
                      if isinstance(statement, ast.Assign)
                      and any(isinstance(t, ast.Name) and t.id == value.id for t in statement.targets)), None)
    return (isinstance(value, ast.Call)
            and last_name(value.func) in ("relationship", "relation", "dynamic_loader", "association_proxy")
            and _own_returns(function) == 1)


def _own_returns(function: ast.FunctionDef | ast.AsyncFunctionDef) -> int:
    """The ``return`` statements of ``function`` itself, not of the functions and classes it
    defines (craton's declared_attr: ``def _assoc_creator(kv): return ...`` before its own
    ``return rel``)."""
    count, pending = 0, list[ast.AST](function.body)
    while pending:
        node = pending.pop()
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda)):
            continue
        count += isinstance(node, ast.Return)
        pending.extend(ast.iter_child_nodes(node))
    return count


def aggregated_column(function: ast.FunctionDef | ast.AsyncFunctionDef, module: ModuleInfo) -> ast.expr | None:
    """The column of sqlalchemy-utils' ``@aggregated("comments", Column(Integer))`` on a method:
    the method is that column (a ``declared_attr`` returning it), under the method's name."""
    for decorator in function.decorator_list:
        if not isinstance(decorator, ast.Call) or module.original(last_name(decorator.func) or "") != "aggregated":
            continue
        root = decorator.func
        while isinstance(root, ast.Attribute):
            root = root.value
        if isinstance(root, ast.Name) and module.origins.get(root.id, "").startswith("sqlalchemy_utils"):
            keywords = {k.arg: k.value for k in decorator.keywords}
            return decorator.args[1] if len(decorator.args) > 1 else keywords.get("column")
    return None


def is_sqlmodel_table(info: ClassInfo) -> bool:
    """``class Hero(SQLModel, table=True)``: a class SQLModel maps to a table."""
    return any(k.arg == "table" and isinstance(k.value, ast.Constant) and k.value.value is True
               for k in info.node.keywords)


def _column_named(statement: ast.stmt, module: ModuleInfo) -> str | None:
    """The name of the column a statement assigns to one attribute: the name its column call
    gives (``x = Column("name", ...)``), else the attribute's; None for several targets."""
    targets = statement.targets if isinstance(statement, ast.Assign) else \
        [statement.target] if isinstance(statement, ast.AnnAssign) else []
    if len(targets) != 1 or not isinstance(targets[0], ast.Name):
        return None
    value = getattr(statement, "value", None)
    call = column_call(value, module, module.aliases) if value is not None else None
    first = call.args[0][0] if call is not None and call.args else None
    return first.value if isinstance(first, ast.Constant) and isinstance(first.value, str) else targets[0].id


def _is_module(module: ModuleInfo, dotted_name: str) -> bool:
    """Whether ``module`` is the file ``dotted_name`` imports: ``app.mixins`` for
    ``.../app/mixins.py`` or ``.../app/mixins/__init__.py``."""
    path = PurePath(module.path)
    parts = path.parent.parts if path.name == "__init__.py" else (*path.parent.parts, path.stem)
    wanted = tuple(dotted_name.split("."))
    return parts[-len(wanted):] == wanted


# bases of the standard library a class may have that make nothing declarative
_PLAIN_BASES = {"object": "builtins", "Generic": "typing", "Protocol": "typing", "ABC": "abc"}


def _plain_declarative_base(call: ast.Call, module: ModuleInfo) -> bool:
    """SQLAlchemy's ``declarative_base()`` (or ``registry().generate_base()``) called as a class's
    base (clld's ``class Base(declarative_base())``): a declarative base that adds no column, where
    no ``cls=`` or ``metaclass=`` gives it any and no ``metadata=`` a schema; not a project's
    function of that name."""
    if module.original(last_name(call.func) or "") not in BASE_FACTORIES:
        return False
    root: ast.expr = call.func
    while isinstance(root, (ast.Attribute, ast.Call)):
        root = root.value if isinstance(root, ast.Attribute) else root.func
    origin = module.origins.get(root.id) if isinstance(root, ast.Name) else None
    return origin is not None and origin.startswith("sqlalchemy") and not any(
        keyword.arg in ("cls", "metaclass", "metadata") or keyword.arg is None for keyword in call.keywords)


def _plain_base(base: ast.expr, info: ClassInfo) -> bool:
    """``Generic[ID]``, ``typing.Protocol``, ``ABC``, ``object``: a base that maps nothing."""
    name = dotted(base.value if isinstance(base, ast.Subscript) else base) or ""
    head, _, last = name.rpartition(".")
    module = _PLAIN_BASES.get(last)
    if module is None:
        return False
    origin = info.module.origins.get(head or last, "builtins" if not head else "")
    return origin.split(".")[0] in (module, "typing_extensions") or (module == "builtins" and not head)


def _declares_mapping(info: ClassInfo) -> bool:
    """Whether a class body says it is SQLAlchemy's: a table setting, a declarative or
    mapped decorator, a column or relationship, a ``Mapped[...]`` annotation."""
    return (info.declarative_root or info.decorated_mapped or info.tablename.kind != "absent"
            or info.table_args is not None or info.table_value is not None or info.table_args_dynamic
            or info.table_args_from is not None
            or info.maps_in_body)


# the SQL of a type a ``@compiles`` function returns that the reader takes as a type name:
# one or two words (``NAME``, ``double precision``), no parameters, no collation
_COMPILED_TYPE = re.compile(r"[A-Za-z_][A-Za-z0-9_]*(?: [A-Za-z_][A-Za-z0-9_]*)?")


def _presets(module: ModuleInfo) -> dict[str, tuple[str, tuple[ast.keyword, ...]]]:
    """The file's functions that call one of SQLAlchemy's schema items with keywords of their own
    (``ModuleInfo.preset_wrappers``), through one another (weasyl's ``cascading_fkey`` calls its own
    ``ForeignKeyConstraint``, which calls SQLAlchemy's with ``deferrable=True``): name ->
    (SQLAlchemy's name, every keyword on the way)."""
    presets = {}
    for name, (callee, keywords) in module.preset_wrappers.items():
        seen = {name}
        while callee in module.preset_wrappers and callee not in seen:
            seen.add(callee)
            callee, more = module.preset_wrappers[callee]
            keywords = (*keywords, *more)
        if callee not in module.preset_wrappers:
            original = module.source.renamed.get(callee) or (
                callee if module.origins.get(callee, "").startswith("sqlalchemy") else None)
            if original in PRESET_ITEMS:
                presets[name] = (original, keywords)
    return presets



def _compiled_types(scan: ScanResult) -> dict[str, ColumnType]:
    """The type classes of the files (subclasses of a SQLAlchemy type: ``class PGNAME(sqltypes.Text)``)
    that a ``@compiles`` function turns into a plain PostgreSQL type name, with that type."""
    found = {}
    for info in scan.classes:
        sql = scan.compiled_sql.get(info.name)
        if sql is not None and _COMPILED_TYPE.fullmatch(sql) \
                and any(is_type_name(last_name(base)) for base in info.node.bases):
            found[info.name] = canonical(ColumnType(sql.lower()))
    return found


def _writes_columns(node: ast.ClassDef) -> bool:
    """Whether a class body assigns a ``Column(...)`` / ``mapped_column(...)`` call to a name."""
    return any(isinstance(statement, (ast.Assign, ast.AnnAssign)) and isinstance(statement.value, ast.Call)
               and last_name(statement.value.func) in COLUMN_CALLABLES for statement in node.body)


def _written_column_names(node: ast.ClassDef, module: ModuleInfo) -> tuple[str, ...]:
    """The names of the columns a class body writes as ``name = Column(...)`` (its first argument
    when a literal string, else the attribute); () when any other statement may add one."""
    names = []
    for statement in node.body:
        if isinstance(statement, ast.Assign) and len(statement.targets) == 1 \
                and isinstance(target := statement.targets[0], ast.Name) and isinstance(statement.value, ast.Call) \
                and last_name(statement.value.func) in COLUMN_CALLABLES:
            first = statement.value.args[0] if statement.value.args else None
            written = literal(first, module.source) if first is not None else None
            names.append(written if isinstance(written, str) else target.id)
        elif isinstance(statement, (ast.AnnAssign, ast.For, ast.If, ast.With, ast.Try)):
            return ()
    return tuple(names)
