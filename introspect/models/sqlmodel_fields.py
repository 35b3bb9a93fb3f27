"""SQLModel's fields as the columns SQLModel makes of them, read without importing the models.

``class Hero(HeroBase, table=True)`` maps a table (``__tablename__``, else the class name in
lower case); its fields and those of the SQLModel classes it derives from are columns, as
SQLModel's ``get_column_from_field`` makes them:

- the type from the annotation (``str`` -> ``AutoString``, a ``VARCHAR``, of ``max_length=``
  when given; ``Decimal`` -> ``Numeric(max_digits, decimal_places)``; an ``Enum`` subclass ->
  ``Enum`` named after it; ``datetime`` -> ``timestamp with time zone`` from SQLModel 0.0.45 on
  (its ``UTCDateTime``), ``timestamp without time zone`` before, and pydantic's ``NaiveDatetime``
  / ``AwareDatetime`` as they say; the rest as SQLAlchemy's own map), unless ``sa_type=`` names one;
- nullable when the annotation is optional and the field is no primary key, unless
  ``nullable=`` says; ``primary_key=``, ``index=``, ``unique=``, ``foreign_key="t.c"`` with
  ``ondelete=``; ``sa_column_kwargs={...}`` and ``sa_column_args=[...]`` on top;
- ``sa_column=Column(...)`` is that column, whatever the rest says.

A ``Relationship(...)``, a ``ClassVar`` and a name with a leading underscore are no columns;
``default=`` / ``default_factory=`` are Python-side and never a server default.
"""

from __future__ import annotations

import ast

from ..sqltypes import column_type_from_sqlalchemy
from .column_types import TypeResolver, strip_optional, unquote
from .columns import (
    HELPER_STYLE,
    ColumnSpec,
    ForeignKeySpec,
    ModuleInfo,
    Problems,
    column_call,
    read_column,
    read_schema_item,
)
from .exprs import SourceText, dotted, last_name, literal
from .library_rules import TODAYS_RULES, LibraryRules

# the annotation types SQLModel makes an ``AutoString`` of, besides ``str``
STRINGS = frozenset({
    "str", "EmailStr", "NameEmail", "AnyUrl", "AnyHttpUrl", "HttpUrl", "Path", "IPv4Address", "IPv6Address",
    "IPv4Network", "IPv6Network", "IPvAnyAddress", "IPvAnyNetwork",
})


def is_sqlmodel_base(base: ast.expr, module: ModuleInfo) -> bool:
    """``SQLModel`` as a class's base, imported from sqlmodel (``sqlmodel.SQLModel`` too) or through
    a module of the project that re-exports it (``from app.db import SQLModel``); the builder asks
    this of a base that is no class of the scanned files."""
    name = dotted(base)
    return name is not None and module.original(name).rsplit(".", 1)[-1] == "SQLModel"


def is_sqlmodel_field(func: ast.expr, module: ModuleInfo) -> bool:
    """``Field`` of sqlmodel as a call's callee (``from sqlmodel import Field``, ``sqlmodel.Field``; not
    pydantic's)."""
    name = dotted(func)
    return name is not None and module.original(name).rsplit(".", 1)[-1] == "Field" \
        and module.origins.get(name.split(".", 1)[0], "").split(".", 1)[0] == "sqlmodel"


def is_relationship(value: ast.expr | None, module: ModuleInfo) -> bool:
    return isinstance(value, ast.Call) and module.original(last_name(value.func) or "") == "Relationship"


def read_field(attribute: str, annotation: ast.expr, value: ast.expr | None, statement: ast.stmt,
               module: ModuleInfo, resolver: TypeResolver, problems: Problems,
               rules: LibraryRules = TODAYS_RULES) -> ColumnSpec | None:
    """The column SQLModel makes of ``attribute: annotation [= value]``; None for what is no column.
    ``rules``: what the project's SQLModel and pydantic make of a ``datetime`` and of ``= None``."""
    if attribute.startswith("_") or is_relationship(value, module) or (
            isinstance(annotation, ast.Subscript) and last_name(annotation.value) == "ClassVar"):
        return None
    source = module.source
    keywords: dict[str, ast.expr] = {}
    if isinstance(value, ast.Call) and module.original(last_name(value.func) or "") == "Field":
        keywords = {k.arg: k.value for k in value.keywords if k.arg is not None}
    if "sa_column" in keywords:
        found = column_call(keywords["sa_column"], module, module.aliases)
        if found is None:
            problems.add(module.path, statement.lineno,
                         f"{attribute}: sa_column={source.segment(keywords['sa_column'])} is not a Column(...) call; "
                         "the field is not read")
            return None
        spec = read_column(attribute, found, statement, module, resolver, problems)
        # sa_column=json_column(): the helper's column, whose changes are the helper's (lilypad)
        spec.style = HELPER_STYLE if found.style == HELPER_STYLE else "sqlmodel"
        return spec
    mapped = resolver.annotation(annotation, source, module.annotated)
    if mapped.relationship:
        return None
    spec = ColumnSpec(attribute, attribute, "sqlmodel", module.path, statement.lineno,
                      statement.end_lineno or statement.lineno)
    _read_type(spec, annotation, keywords, mapped, module, resolver, problems, rules.aware_datetimes)
    extra = keywords.get("sa_column_kwargs")
    options = dict(keywords)
    if extra is not None:
        if isinstance(extra, ast.Dict) and all(isinstance(k, ast.Constant) for k in extra.keys):
            options.update({k.value: v for k, v in zip(extra.keys, extra.values, strict=True)
                            if isinstance(k, ast.Constant) and isinstance(k.value, str)})
        else:
            spec.unread = (*spec.unread, "server_default", "comment")
            problems.add(module.path, statement.lineno, f"{attribute}: sa_column_kwargs={source.segment(extra)} is "
                         "not a literal dict; its server default and comment are not compared")
    flags = {key: literal(options[key], source) for key in ("primary_key", "nullable", "index", "unique")
             if key in options}
    spec.primary_key = flags.get("primary_key") is True
    spec.index = flags.get("index") is True
    spec.unique = flags.get("unique") is True
    spec.explicit_nullable = "nullable" in options
    spec.optional_annotation = mapped.optional
    explicit = flags.get("nullable")
    # pydantic 1 makes a field whose default is None optional, whatever its annotation says
    optional = mapped.optional or (rules.none_default_is_optional and _defaults_to_none(value, keywords))
    spec.nullable = False if spec.primary_key else explicit if isinstance(explicit, bool) else optional
    if "nullable" in options and not isinstance(explicit, bool):
        spec.unread = (*spec.unread, "nullable")
    if "name" in options:
        name = resolver.value(options["name"], source)
        if isinstance(name, str):
            spec.name, spec.explicit_name = name, True
    if "server_default" in options and not (isinstance(options["server_default"], ast.Constant)
                                            and options["server_default"].value is None):
        spec.default = (options["server_default"], source)
    if "comment" in options and isinstance(comment := resolver.value(options["comment"], source), str):
        spec.comment = comment
    if "foreign_key" in options:
        target = resolver.value(options["foreign_key"], source)
        if isinstance(target, str) and target.count(".") in (1, 2):
            ondelete = literal(options["ondelete"], source) if "ondelete" in options else None
            spec.foreign_keys.append(ForeignKeySpec(target, ondelete=ondelete.upper() if isinstance(ondelete, str)
                                                    else None))
        else:
            spec.unread = (*spec.unread, "foreign_key")
            problems.add(module.path, statement.lineno,
                         f"{attribute}: foreign_key={source.segment(options['foreign_key'])} is not static")
    items = options.get("sa_column_args")
    for item in items.elts if isinstance(items, (ast.List, ast.Tuple)) else ():
        read_schema_item(item, source, spec, problems, resolver.value)
    return spec


def _defaults_to_none(value: ast.expr | None, keywords: dict[str, ast.expr]) -> bool:
    """``= None``, ``= Field(None)``, ``= Field(default=None)``."""
    if isinstance(value, ast.Call):
        given = keywords.get("default", value.args[0] if value.args else None)
        return isinstance(given, ast.Constant) and given.value is None
    return isinstance(value, ast.Constant) and value.value is None


def _read_type(spec: ColumnSpec, annotation: ast.expr, keywords: dict[str, ast.expr], mapped, module: ModuleInfo,
               resolver: TypeResolver, problems: Problems, aware_datetimes: bool) -> None:
    source = module.source
    if "sa_type" in keywords:
        spec.type_source = source.segment(keywords["sa_type"])
        spec.column_type, problem = resolver.resolve(keywords["sa_type"], source)
        if problem:
            problems.add(spec.file, spec.line, f"{spec.attribute}: {problem}")
        return
    name = python_name(annotation)
    if name in STRINGS:
        length = resolver.value(keywords["max_length"], source) if "max_length" in keywords else None
        spec.column_type = column_type_from_sqlalchemy("String", (length,) if isinstance(length, int) else ())
        return
    if name in ("datetime", "NaiveDatetime", "AwareDatetime"):
        aware = name == "AwareDatetime" or (name == "datetime" and aware_datetimes)
        spec.column_type = column_type_from_sqlalchemy("DateTime", (), {"timezone": aware})
        return
    if name == "Decimal":
        precision = resolver.value(keywords["max_digits"], source) if "max_digits" in keywords else None
        scale = resolver.value(keywords["decimal_places"], source) if "decimal_places" in keywords else None
        spec.column_type = column_type_from_sqlalchemy("Numeric", (precision, scale))
        return
    spec.column_type = mapped.column_type
    if mapped.enum is not None:
        resolver.enums.setdefault((None, mapped.enum.name), mapped.enum)
    if spec.column_type is None:
        problems.add(spec.file, spec.line, f"{spec.attribute}: annotation `{source.segment(annotation)}` has no column "
                     "type in SQLModel's map; give the field sa_type= (it is not compared until then)")


def python_name(annotation: ast.expr) -> str | None:
    """The type an annotation names, past ``Optional[...]`` and ``X | None``."""
    node = strip_optional(unquote(annotation, SourceText(""))[0])
    return last_name(node) if isinstance(node, (ast.Name, ast.Attribute)) else None
