"""LibCST nodes for new code, written in the file's own style.

Every name, comment, default and label that comes from the database is data: it
becomes a ``libcst.SimpleString`` built with ``repr``-style escaping, never text
formatted into code. Every name that needs an import is asked of
:class:`~codemods.imports.ImportRequests`; in a Flask-SQLAlchemy file ``db.text`` /
``db.JSON`` are used instead, as the file does (dialect types still get imported).
"""

from __future__ import annotations

import ast
from collections.abc import Callable
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

import libcst as cst

from schema_inspector.introspect.index_elements import key_parts
from schema_inspector.introspect.models.library_rules import LibraryRules, library_rules
from schema_inspector.introspect.schema import (
    Column,
    ColumnType,
    Enum,
    ForeignKey,
    Index,
    UniqueConstraint,
)
from schema_inspector.introspect.sqltypes import (
    PG_DIALECT,
    TypeSpelling,
    is_type_name,
    sqlalchemy_spelling,
)

from .calls import set_keyword
from .errors import CodemodError
from .imports import ImportRequests
from .style import FLASK, MODULE, Binding, FileStyle

if TYPE_CHECKING:  # wrap is imported when a line needs wrapping
    from .wrap import NodeT

SQLALCHEMY = "sqlalchemy"
ORM = "sqlalchemy.orm"

# Modules whose names a Flask-SQLAlchemy ``db`` object exposes as attributes.
_FLASK_MODULES = (SQLALCHEMY, ORM)


def string(value: str, quote: str = '"') -> cst.SimpleString:
    """A string literal for ``value`` (any text), in ``quote`` when that needs no escaping."""
    literal = repr(value)
    if quote == '"' and literal[0] == "'" and '"' not in value:
        # repr chose ' only because the value has no quote of either kind to avoid
        literal = '"' + literal[1:-1] + '"'
    return cst.SimpleString(literal)


def docstring(value: str, quote: str = '"') -> cst.SimpleString:
    """A triple-quoted docstring when ``value`` is plain, else an escaped literal."""
    plain = value.isprintable() and "\\" not in value and quote not in value
    if plain:
        return cst.SimpleString(quote * 3 + value + quote * 3)
    return string(value, quote)


def literal(value: Any, quote: str = '"') -> cst.BaseExpression:
    """A Python literal (str, int, float, bool, None, tuple) as a node."""
    if isinstance(value, str):
        return string(value, quote)
    if isinstance(value, bool) or value is None:
        return cst.Name(repr(value))
    if isinstance(value, int):
        return cst.Integer(str(value)) if value >= 0 else cst.UnaryOperation(cst.Minus(), cst.Integer(str(-value)))
    if isinstance(value, float):
        return cst.Float(repr(value))
    if isinstance(value, tuple):
        return cst.Tuple([cst.Element(literal(v, quote)) for v in value])
    raise TypeError(f"cannot write {value!r} as a literal")


def dotted(text: str) -> cst.BaseExpression:
    """``a.b.c`` as Name/Attribute nodes (``text`` is code the file already contains)."""
    head, *rest = text.split(".")
    node: cst.BaseExpression = cst.Name(head)
    for part in rest:
        node = cst.Attribute(node, cst.Name(part))
    return node


def call(func: cst.BaseExpression, *args: cst.BaseExpression, **kwargs: cst.BaseExpression) -> cst.Call:
    return cst.Call(
        func,
        [cst.Arg(a) for a in args] + [keyword(k, v) for k, v in kwargs.items()],
    )


def keyword(name: str, value: cst.BaseExpression) -> cst.Arg:
    return cst.Arg(
        value,
        keyword=cst.Name(name),
        equal=cst.AssignEqual(cst.SimpleWhitespace(""), cst.SimpleWhitespace("")),
    )


def multiline_tuple(items: list[cst.BaseExpression], indent: str) -> cst.Tuple:
    """``(\\n    item,\\n    item,\\n)``: one table argument per line, trailing commas."""
    line_break = cst.ParenthesizedWhitespace(
        first_line=cst.TrailingWhitespace(), indent=True, last_line=cst.SimpleWhitespace(indent)
    )
    closing = cst.ParenthesizedWhitespace(first_line=cst.TrailingWhitespace(), indent=True)
    elements = [
        cst.Element(item, comma=cst.Comma(whitespace_after=line_break if i < len(items) - 1 else closing))
        for i, item in enumerate(items)
    ]
    return cst.Tuple(elements, lpar=[cst.LeftParen(whitespace_after=line_break)], rpar=[cst.RightParen()])


class Renderer:
    """Builds nodes for one file: names reached the way the file reaches them."""

    def __init__(self, style: FileStyle, requests: ImportRequests, inherited=None, file: str = "",
                 line_length: Callable[[], int] = lambda: 88) -> None:
        self.style = style
        self.requests = requests
        self._line_length = line_length
        self._limit: int | None = None
        self.file = file  # the file being edited
        # database name -> (the name to write, written as conv(...)): what a naming
        # convention needs (see planner.naming_convention); set by the editor at work
        self.names: dict[str, tuple[str, bool]] = {}
        # other files' text, for the statements an override copies (codemods.inherited)
        self.inherited = inherited
        # the names the body of the class being edited binds (``text = mapped_column(...)``):
        # there a statement's ``text(...)`` is that attribute, not SQLAlchemy's; set by the caller
        self.class_bound: frozenset[str] = frozenset()
        # the statement that holds the table's items in the class being edited: ``__table_args__``,
        # or the attribute a base's declared_attr reads them from (``_table_args``); set by the caller
        self.items_name = "__table_args__"

    @cached_property
    def library_rules(self) -> LibraryRules:
        """What the project's SQLModel makes of a ``datetime``, as the reader takes it."""
        return library_rules(Path(self.file or "."))

    # -- names ---------------------------------------------------------------------

    def name(self, module: str, name: str) -> cst.BaseExpression:
        """An expression for ``module.name``: the file's own import of it, else (a SQLAlchemy
        type) the module the file's column types go through (``types.``), else its namespace
        (``db.`` / ``sa.``), else a bare name with an import requested."""
        bindings = self.style.bindings
        shadowed = self.class_bound  # a name the class body binds is not the module's there
        for local, binding in bindings.items():
            if binding.name == name and _same_family(binding.module, module) and local not in shadowed:
                return cst.Name(local)
        types = self.style.type_namespace
        if types and types not in shadowed and module == SQLALCHEMY and is_type_name(name):
            return cst.Attribute(cst.Name(types), cst.Name(name))  # types.BigInteger
        if self.style.types_from and module == SQLALCHEMY and is_type_name(name) and name not in shadowed \
                and name not in bindings and name not in self.style.defined:
            self.requests.need(self.style.types_from, name)  # beside the file's other types
            return cst.Name(name)
        namespace, kind = self.style.namespace, self.style.namespace_kind
        exports = self.style.namespace_exports
        if namespace and namespace not in shadowed and (
            (kind == FLASK and module in _FLASK_MODULES and (exports is None or name in exports))
            or (kind == MODULE and module == SQLALCHEMY and _exports(bindings[namespace], name))
        ):
            return cst.Attribute(cst.Name(namespace), cst.Name(name))
        for local, binding in bindings.items():
            if _binds_module(binding, module) and local not in shadowed:
                return cst.Attribute(cst.Name(local), cst.Name(name))
        if name in shadowed:  # from sqlalchemy import text as sa_text
            alias = self._free_alias(module, name)
            self.requests.need(module, name, alias)
            return cst.Name(alias)
        if name in bindings or name in self.style.defined:
            raise CodemodError("", 0, f"cannot import {module}.{name}: the name {name!r} is taken")
        self.requests.need(module, name)
        return cst.Name(name)

    def _free_alias(self, module: str, name: str) -> str:
        """``sa_text`` for SQLAlchemy's ``text`` (``datetime_datetime`` for another module's
        name): a name neither the file nor the class body binds."""
        prefix = "sa" if module.startswith(SQLALCHEMY) else module.split(".")[-1]
        alias, number = f"{prefix}_{name}", 1
        while alias in self.style.bindings or alias in self.style.defined or alias in self.class_bound:
            number += 1
            alias = f"{prefix}_{name}_{number}"
        return alias

    @property
    def line_length(self) -> int:
        """The file's line length, found the first time an edit needs it."""
        if self._limit is None:
            self._limit = self._line_length()
        return self._limit

    def wrapped(self, statement: NodeT, depth: int = 1) -> NodeT:
        """``statement`` (``depth`` levels deep: 1 in a class body) wrapped as black would
        when it is longer than the file's lines (see ``codemods.wrap``)."""
        from .wrap import wrap_statement

        unit = self.style.indent
        return wrap_statement(statement, len(unit) * depth, unit, self.line_length, self.style.closing_hugged)

    def wrapped_item(self, item, block_depth: int, base: int = 1, aligned: str | None = None):
        """A ``Table(...)`` argument or a ``__table_args__`` element on a line of its own,
        ``base`` levels deeper than its block (``block_depth`` levels deep: 0 at the top of
        the file, 1 in a class body), its call wrapped as black would when it is too long; or,
        ``aligned`` (the whitespace before it, lined up under the call's first argument), with
        its own arguments lined up under their first (see ``wrap.aligned_arguments``)."""
        from .wrap import wrap_aligned, wrap_argument

        unit = self.style.indent
        if aligned is not None:
            return wrap_aligned(item, len(unit) * block_depth + len(aligned), self.line_length)
        return wrap_argument(item, len(unit) * block_depth, unit, self.line_length, unit * base,
                             self.style.closing_hugged)

    def string(self, value: str) -> cst.SimpleString:
        return string(value, self.style.quote)

    def literal(self, value: Any) -> cst.BaseExpression:
        return literal(value, self.style.quote)

    # -- column parts --------------------------------------------------------------

    def type_expression(self, column_type: ColumnType, enum: Enum | None = None) -> cst.BaseExpression:
        """The SQLAlchemy type for ``column_type`` (``enum`` gives an enum's labels)."""
        labels = enum.labels if enum is not None else ()
        spelling = sqlalchemy_spelling(column_type, labels)
        if spelling is None:
            raise CodemodError("", 0, f"no SQLAlchemy type writes {column_type.render()!r}; change it by hand")
        return self.spelling(spelling)

    def spelled_type(self, text: str, file: str) -> cst.BaseExpression:
        """A type as the codebase writes it (``text``, code the models already contain, in
        ``file``), with the imports its names need here."""
        from .inherited import import_like, names_of, used_names

        node = cst.parse_expression(text)
        if self.inherited is None or not self.file:
            return node
        bindings, defined = names_of(file, self.inherited)
        import_like(used_names(node), file, bindings, defined, self.file, dict(self.style.bindings),
                    self.style.defined, None, self.requests.need, f"the type {text} (as {file} writes it)")
        return node

    def spelling(self, spelling: TypeSpelling) -> cst.BaseExpression:
        func = self.name(spelling.module, spelling.name)
        args = [self.spelling(spelling.inner)] if spelling.inner is not None else []
        args += [self.literal(a) for a in spelling.args]
        kwargs = {k: self.literal(v) for k, v in spelling.kwargs}
        if not args and not kwargs:
            return func
        return call(func, *args, **kwargs)

    def constraint_name(self, name: str) -> cst.BaseExpression:
        """The database's ``name`` of a constraint or index as the models write it: itself,
        the naming convention's token, or ``conv("...")`` (see ``names``)."""
        written, converted = self.names.get(name, (name, False))
        if converted:
            return call(self.name("sqlalchemy.sql.naming", "conv"), self.string(written))
        return self.string(written)

    def foreign_key(self, fk: ForeignKey) -> cst.Call:
        """``ForeignKey("table.column", ondelete=..., onupdate=...)`` for a one-column key
        (``name=`` only where the naming convention says so: see ``names``)."""
        kwargs: dict[str, cst.BaseExpression] = {}
        if fk.name is not None and fk.name in self.names:
            kwargs["name"] = self.constraint_name(fk.name)
        if fk.ondelete:
            kwargs["ondelete"] = self.string(fk.ondelete)
        if fk.onupdate:
            kwargs["onupdate"] = self.string(fk.onupdate)
        if fk.deferrable:
            kwargs["deferrable"] = cst.Name("True")
        if fk.initially_deferred:
            kwargs["initially"] = self.string("DEFERRED")
        return call(self.name(SQLALCHEMY, "ForeignKey"), self.string(fk_target(fk)), **kwargs)

    def unique_constraint(self, unique: UniqueConstraint) -> cst.Call:
        """``UniqueConstraint("a", "b", name="...")`` (column strings are database names)."""
        kwargs: dict[str, cst.BaseExpression] = {"name": self.constraint_name(unique.name)} if unique.name else {}
        if unique.nulls_not_distinct:
            kwargs["postgresql_nulls_not_distinct"] = cst.Name("True")
        if unique.deferrable:
            kwargs["deferrable"] = cst.Name("True")
        if unique.deferrable and unique.initially_deferred:
            kwargs["initially"] = self.string("DEFERRED")
        return call(self.name(SQLALCHEMY, "UniqueConstraint"), *map(self.string, unique.columns), **kwargs)

    def index(self, index: Index) -> cst.Call:
        """``Index("name", "a", text("lower(b)"), unique=True, postgresql_where=text("..."))``:
        key elements in order, plain columns in ascending order as strings, the others
        (expressions, ``created_at DESC``) and the predicate as the database prints them."""
        elements = [
            self.string(part.column)
            if part.column is not None and part.default_order
            else self.server_default(part.text)
            for part in key_parts(index.columns, index.expressions, index.elements)
        ]
        kwargs: dict[str, cst.BaseExpression] = {}
        if index.unique:
            kwargs["unique"] = cst.Name("True")
        if index.method != "btree":
            kwargs["postgresql_using"] = self.string(index.method)
        if index.where:
            kwargs["postgresql_where"] = self.server_default(index.where)
        if index.include:
            kwargs["postgresql_include"] = cst.List([cst.Element(self.string(c)) for c in index.include])
        if index.nulls_not_distinct:
            kwargs["postgresql_nulls_not_distinct"] = cst.Name("True")
        if index.operator_classes:
            kwargs["postgresql_ops"] = cst.Dict(
                [
                    cst.DictElement(self.string(column), self.string(opclass))
                    for column, opclass in index.operator_classes
                ]
            )
        name = self.constraint_name(index.name) if index.name else cst.Name("None")
        return call(self.name(SQLALCHEMY, "Index"), name, *elements, **kwargs)

    def identity(self, identity: str) -> cst.Call:
        """``Identity(always=True)`` for GENERATED ALWAYS, ``Identity()`` for BY DEFAULT."""
        kwargs = {"always": cst.Name("True")} if identity == "always" else {}
        return call(self.name(SQLALCHEMY, "Identity"), **kwargs)

    def server_default(self, default: str) -> cst.Call:
        """``text("<default>")``: the DB's expression, never a literal PostgreSQL freezes."""
        return call(self.name(SQLALCHEMY, "text"), self.string(default))

    def python_type(self, column_type: ColumnType, enum: Enum | None = None) -> cst.BaseExpression:
        """The Python type for a ``Mapped[...]`` annotation of ``column_type``."""
        labels = enum.labels if enum is not None else ()
        spelling = sqlalchemy_spelling(column_type, labels)
        python_type = spelling.python_type if spelling is not None else None
        if python_type is None:
            return self.name("typing", "Any")
        module, name = python_type
        return cst.Name(name) if module == "builtins" else self.name(module, name)

    def optional(self, inner: cst.BaseExpression) -> cst.BaseExpression:
        """``Optional[inner]`` or ``inner | None``, as the file writes it. A string
        annotation (``"Decimal"``) cannot take ``| None`` (``str | None`` is a TypeError at
        import): it becomes the name itself when every name it reads is imported at the top of
        the file (``Decimal | None``), else ``Optional["Decimal"]``."""
        if self.style.optional_union:
            if isinstance(inner, cst.SimpleString):
                resolved = self._runtime_expression(inner)
                if resolved is None:
                    return cst.Subscript(self.name("typing", "Optional"), [cst.SubscriptElement(cst.Index(inner))])
                inner = resolved
            return cst.BinaryOperation(inner, cst.BitOr(), cst.Name("None"))
        return cst.Subscript(self.name("typing", "Optional"), [cst.SubscriptElement(cst.Index(inner))])

    def _runtime_expression(self, annotation: cst.SimpleString) -> cst.BaseExpression | None:
        """The expression inside a string annotation when the file binds every name it
        reads with a top-level import (not one under ``if TYPE_CHECKING:``) or they are
        builtins; else None (a class of the file may be a forward reference)."""
        import builtins

        value = annotation.evaluated_value
        if not isinstance(value, str):
            return None
        try:
            expression = cst.parse_expression(value.strip())
        except cst.ParserSyntaxError:
            return None
        bound = set(self.style.bindings) | set(dir(builtins))
        names = {n.value for n in _names_read(expression)}
        return expression if names and names <= bound else None

    def mapped(self, inner: cst.BaseExpression) -> cst.Subscript:
        return cst.Subscript(self.name(ORM, "Mapped"), [cst.SubscriptElement(cst.Index(inner))])

    def field_statement(self, attribute: str, column: Column, *, primary_key: bool = False,
                        foreign_key: ForeignKey | None = None, unique: bool = False,
                        enum: Enum | None = None) -> cst.SimpleStatementLine:
        """A SQLModel field for ``column``: ``rank: int | None = None``, ``code: str =
        Field(max_length=20, unique=True)``; nullable ones default to None (the constructor's
        callers pass nothing new), the column's name, server default and comment in
        ``sa_column_kwargs``."""
        if column.identity or column.generated:
            raise CodemodError("", 0, f"{column.name} is an identity or generated column, which a SQLModel Field "
                                      "does not declare: write sa_column=Column(...) by hand")
        python_type = self.python_type(column.type, enum)
        # a serial key is given by the database: None until the row is written, as SQLModel writes it
        optional = (column.nullable and not primary_key) or (primary_key and column.is_serial)
        if optional:
            python_type = self.optional(python_type)
        parameters, typed = field_options(column, self.library_rules.aware_datetimes)
        kwargs: dict[str, cst.BaseExpression] = {}
        if optional:
            kwargs["default"] = cst.Name("None")
        if primary_key:
            kwargs["primary_key"] = cst.Name("True")
        if foreign_key is not None:
            if foreign_key.onupdate or foreign_key.deferrable:
                raise CodemodError("", 0, "SQLModel's Field takes no onupdate= or deferrable key: write the field's "
                                          "sa_column=Column(..., ForeignKey(...)) by hand")
            kwargs["foreign_key"] = self.string(fk_target(foreign_key))
            if foreign_key.ondelete:
                kwargs["ondelete"] = self.string(foreign_key.ondelete)
        if unique:
            kwargs["unique"] = cst.Name("True")
        kwargs.update({key: cst.Integer(str(value)) for key, value in parameters.items()})
        if typed:
            kwargs["sa_type"] = self.type_expression(column.type, enum)
        options: list[tuple[str, cst.BaseExpression]] = []
        if attribute != column.name:
            options.append(("name", self.string(column.name)))
        if column.default is not None and not column.is_serial:
            options.append(("server_default", self.server_default(column.default)))
        if column.comment is not None:
            options.append(("comment", self.string(column.comment)))
        if options:
            kwargs["sa_column_kwargs"] = cst.Dict([cst.DictElement(self.string(k), v) for k, v in options])
        value: cst.BaseExpression | None = None
        if list(kwargs) == ["default"]:
            value = kwargs["default"]
        elif kwargs:
            value = call(self.name("sqlmodel", "Field"), **kwargs)
        return cst.SimpleStatementLine([cst.AnnAssign(cst.Name(attribute), cst.Annotation(python_type), value)])

    def column_call(
        self,
        column: Column,
        *,
        explicit_name: bool,
        primary_key: bool = False,
        foreign_key: ForeignKey | None = None,
        unique: bool = False,
        enum: Enum | None = None,
        in_mapped_style: bool | None = None,
        explicit_nullable: bool = False,
        spelled: tuple[str, str] | None = None,
    ) -> cst.Call:
        """``Column(...)`` / ``mapped_column(...)`` for a database column. ``nullable=`` is
        written for a NOT NULL ``Column``, and for every column when ``explicit_nullable``
        (the file's habit) or when the file makes columns with an alias of its own, which
        may preset it (``Column = partial(db.Column, nullable=False)``)."""
        mapped = self.style.mapped if in_mapped_style is None else in_mapped_style
        kind = "mapped_column" if mapped or (in_mapped_style is None and self.style.plain_mapped_column) else "Column"
        alias = (
            self.style.column_callees.get(kind)
            # a file without Mapped annotations that writes its columns with an alias of
            # mapped_column (optuna's ``_Column``) writes a new one so too
            or (None if mapped else self.style.column_callees.get("mapped_column"))
            if in_mapped_style is None or in_mapped_style == self.style.mapped
            else None
        )
        if alias is not None:
            func: cst.BaseExpression = cst.Name(alias)
        else:
            func = self.name(ORM, "mapped_column") if kind == "mapped_column" else self.name(SQLALCHEMY, "Column")
        args: list[cst.BaseExpression] = []
        if explicit_name:
            args.append(self.string(column.name))
        args.append(self.spelled_type(*spelled) if spelled else self.type_expression(column.type, enum))
        if column.identity:
            args.append(self.identity(column.identity))
        if column.generated:
            persisted = cst.Name("True" if column.generated_kind != "virtual" else "False")
            args.append(call(self.name(SQLALCHEMY, "Computed"), self.string(column.generated), persisted=persisted))
        if foreign_key is not None:
            args.append(self.foreign_key(foreign_key))
        kwargs: dict[str, cst.BaseExpression] = {}
        if primary_key:
            kwargs["primary_key"] = cst.Name("True")
        if not primary_key and (explicit_nullable or alias is not None or (not mapped and not column.nullable)):
            kwargs["nullable"] = cst.Name(repr(column.nullable))
        if unique:
            kwargs["unique"] = cst.Name("True")
        if column.default is not None and not column.is_serial and not column.identity:
            kwargs["server_default"] = self.server_default(column.default)
        if column.comment is not None:
            kwargs["comment"] = self.string(column.comment)
        return call(func, *args, **kwargs)

    def column_statement(
        self,
        attribute: str,
        column: Column,
        *,
        primary_key: bool = False,
        foreign_key: ForeignKey | None = None,
        unique: bool = False,
        enum: Enum | None = None,
        explicit_nullable: bool = False,
        spelled: tuple[str, str] | None = None,
        dataclass_field: str | None = None,
    ) -> cst.SimpleStatementLine:
        """``attribute = db.Column(...)`` or ``attribute: Mapped[X] = mapped_column(...)``;
        ``dataclass_field`` adds ``default=None`` ("default") or ``init=False`` ("init")."""
        value = self.column_call(
            column,
            explicit_name=attribute != column.name or self.style.named_columns,
            primary_key=primary_key,
            foreign_key=foreign_key,
            unique=unique,
            enum=enum,
            explicit_nullable=explicit_nullable,
            spelled=spelled,
        )
        if dataclass_field is not None:
            value = set_keyword(
                value,
                "default" if dataclass_field == "default" else "init",
                cst.Name("None" if dataclass_field == "default" else "False"),
            )
        if not self.style.mapped:
            return cst.SimpleStatementLine([cst.Assign([cst.AssignTarget(cst.Name(attribute))], value)])
        python_type = cst.Name("str") if spelled and _uuid_as_str(spelled[0]) else self.python_type(column.type, enum)
        if column.nullable and not primary_key:
            python_type = self.optional(python_type)
        return cst.SimpleStatementLine(
            [cst.AnnAssign(cst.Name(attribute), cst.Annotation(self.mapped(python_type)), value)]
        )


# the database types SQLModel makes of a field's annotation alone (with ``max_length=`` /
# ``max_digits=`` and ``decimal_places=`` for the parameters); any other needs ``sa_type=``
_FIELD_TYPES = frozenset({
    "character varying", "integer", "boolean", "double precision", "numeric", "date", "time without time zone",
    "interval", "bytea", "uuid",
})


def field_options(column: Column, aware_datetimes: bool) -> tuple[dict[str, int], bool]:
    """The ``Field`` keywords that give a new field ``column``'s parameters, and whether its
    type needs ``sa_type=`` (a type SQLModel does not make of the annotation: an enum, an array,
    ``text``, ``timestamp with time zone``...). ``aware_datetimes``: the project's SQLModel makes
    a ``datetime`` field ``timestamp with time zone`` (``LibraryRules``)."""
    t = column.type
    datetime_type = "timestamp with time zone" if aware_datetimes else "timestamp without time zone"
    if t.dimensions or t.kind != "base" or (t.name not in _FIELD_TYPES and t.name != datetime_type) \
            or (t.name == datetime_type and t.precision is not None):
        return {}, True
    if t.name == "character varying" and t.length is not None:
        return {"max_length": t.length}, False
    if t.name == "numeric" and t.precision is not None:
        return {"max_digits": t.precision, **({"decimal_places": t.scale} if t.scale is not None else {})}, False
    return {}, False


def _uuid_as_str(type_source: str) -> bool:
    """Whether the type written ``type_source`` is a uuid SQLAlchemy gives as a ``str``
    (``Uuid(as_uuid=False)``, exodus-gw's keys): its ``Mapped[...]`` is ``str``, not ``uuid.UUID``."""
    try:
        node = ast.parse(type_source, mode="eval").body
    except SyntaxError:
        return False
    return isinstance(node, ast.Call) and ast.unparse(node.func).rsplit(".", 1)[-1] in ("Uuid", "UUID") and any(
        keyword.arg == "as_uuid" and isinstance(keyword.value, ast.Constant) and keyword.value.value is False
        for keyword in node.keywords)


def fk_target(fk: ForeignKey) -> str:
    """``"schema.table.column"`` (schema only when not the default) for a one-column key."""
    parts = [fk.target_table or "", fk.target_columns[0]]
    if fk.target_schema is not None and fk.target_schema != "public":
        parts.insert(0, fk.target_schema)
    return ".".join(parts)


def _same_family(bound_module: str, wanted: str) -> bool:
    """Whether a name imported from ``bound_module`` is the object ``wanted`` offers.

    SQLAlchemy re-exports its names from many submodules (``sqlalchemy.types``,
    ``sqlalchemy.sql``...); dialect modules are kept apart because their classes differ.
    """
    if bound_module == wanted:
        return True
    if bound_module == "sqlmodel" and wanted in (SQLALCHEMY, "sqlalchemy.types", "sqlalchemy.schema"):
        return True  # sqlmodel re-exports SQLAlchemy's names (``from sqlmodel import Column, DateTime``)
    if wanted.startswith(SQLALCHEMY) and bound_module.startswith(SQLALCHEMY):
        return (PG_DIALECT in wanted) == ("dialects" in bound_module)
    return False


# What the SQLAlchemy submodules a file may use as a prefix offer, of the names the
# renderer asks for (``from sqlalchemy import types`` -> ``types.Unicode``).
_SUBMODULE_NAMES = {
    "schema": frozenset(
        {
            "Column",
            "ForeignKey",
            "Index",
            "UniqueConstraint",
            "CheckConstraint",
            "PrimaryKeyConstraint",
            "ForeignKeyConstraint",
            "Table",
            "MetaData",
            "Identity",
            "Computed",
            "Sequence",
            "DefaultClause",
            "FetchedValue",
        }
    ),
    "sql": frozenset({"text", "func", "literal_column", "true", "false", "null"}),
}


def _exports(binding: Binding, name: str) -> bool:
    """Whether the SQLAlchemy module ``binding`` stands for (``import sqlalchemy as sa``,
    ``from sqlalchemy import types``) has ``name`` (a name the renderer asks of
    ``sqlalchemy``). Known without importing SQLAlchemy, which a plan does not need."""
    path = binding.module if binding.name is None else f"{binding.module}.{binding.name}"
    if path == "sqlalchemy":
        return True
    if path == "sqlalchemy.types":
        return is_type_name(name)
    return name in _SUBMODULE_NAMES.get(path.removeprefix("sqlalchemy."), frozenset())


def _binds_module(binding: Binding, module: str) -> bool:
    if binding.name is None:
        return binding.module == module
    return f"{binding.module}.{binding.name}" == module


def string_value(node: cst.BaseExpression) -> str | None:
    """The value of a plain string literal node (None for f-strings and non-strings)."""
    if isinstance(node, cst.SimpleString):
        return node.evaluated_value if isinstance(node.evaluated_value, str) else None
    if isinstance(node, cst.ConcatenatedString):
        value = node.evaluated_value
        return value if isinstance(value, str) else None
    return None


def same_code(a: cst.CSTNode, b: cst.CSTNode) -> bool:
    """Whether two expressions are the same code, ignoring layout."""
    module = cst.Module([])
    return ast.dump(ast.parse(module.code_for_node(a), mode="eval")) == ast.dump(
        ast.parse(module.code_for_node(b), mode="eval")
    )


def _names_read(expression: cst.BaseExpression) -> list[cst.Name]:
    """The names an expression reads: ``a.b[c]`` reads ``a`` and ``c`` (not ``b``)."""
    found: list[cst.Name] = []

    class _Collect(cst.CSTVisitor):
        def visit_Attribute(self, node: cst.Attribute) -> bool:
            node.value.visit(self)
            return False

        def visit_Name(self, node: cst.Name) -> None:
            found.append(node)

    expression.visit(_Collect())
    return found
