"""Table-level items of a model: ``__table_args__`` and the extra arguments of ``Table(...)``.

Column references stay as written (``"user_id"``, or the attribute ``email`` in
``Index("ix", email)``): SQLAlchemy looks strings up by column *key* (the database name
unless ``key=`` is given), attributes by attribute name; the builder maps both to
database names once the class's columns are known.
"""

from __future__ import annotations

import ast
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field

from ..naming_convention import ConvertedName
from ..schema import CheckConstraint, ExcludeConstraint
from .columns import ForeignKeySpec, check_constraint, reference_target
from .exprs import (
    SourceText,
    dotted,
    keyword_map,
    last_name,
    literal,
    sql_expression,
    sql_expression_text,
)


@dataclass(frozen=True)
class KeyedUnique:
    keys: tuple[str, ...]
    name: str | None = None
    nulls_not_distinct: bool = False
    deferrable: bool = False
    initially_deferred: bool = False


@dataclass(frozen=True)
class KeyedElement:
    """One key element of an ``Index`` as written: a column reference (``key``: a string
    names the column key, a name or ``Model.attr`` the attribute) or SQL (``text("b DESC")``,
    ``func.lower("x")``), with the order ``.desc()`` / ``desc(...)`` / ``.nulls_first()``...
    put on it (None: as the SQL says, else the default)."""

    key: str | None = None
    sql: str | None = None
    descending: bool | None = None
    nulls_first: bool | None = None


@dataclass(frozen=True)
class KeyedIndex:
    name: str | None
    keys: tuple[str, ...]
    unique: bool = False
    method: str = "btree"
    where: str | None = None
    expressions: tuple[str, ...] = ()
    elements: tuple[KeyedElement, ...] = ()  # every key element in order
    include: tuple[str, ...] = ()  # postgresql_include=[...]
    nulls_not_distinct: bool = False  # postgresql_nulls_not_distinct=True
    operator_classes: tuple[tuple[str, str], ...] = ()  # postgresql_ops={key: opclass}


@dataclass(frozen=True)
class KeyedForeignKey:
    keys: tuple[str, ...]
    # "table.column" / "schema.table.column", or (owner, attribute) of ``users.c.id`` /
    # ``User.id``, per key
    targets: tuple[str | tuple[str, str], ...]
    options: ForeignKeySpec
    line: int = 0  # of the ForeignKeyConstraint


@dataclass(frozen=True)
class KeyedPrimaryKey:
    keys: tuple[str, ...]
    name: str | None = None


@dataclass
class TableItems:
    """What ``__table_args__`` (or ``Table(...)``) adds to a table."""

    uniques: list[KeyedUnique] = field(default_factory=list)
    indexes: list[KeyedIndex] = field(default_factory=list)
    checks: list[CheckConstraint] = field(default_factory=list)
    # ExcludeConstraint items, elements as written (a key, or SQL text): assemble maps
    # the keys to database column names
    excludes: list[ExcludeConstraint] = field(default_factory=list)
    foreign_keys: list[KeyedForeignKey] = field(default_factory=list)
    primary_key: KeyedPrimaryKey | None = None
    schema: str | None = None
    schema_unread: bool = False  # ``"schema": config["schema"] or "main"``: the table is found by its name
    # the schema as written where it is a name (``"schema": _schema``, ``settings.SCHEMA``): a new
    # class beside this one writes it so too
    schema_written: str | None = None
    # the schema is the MetaData's (``MetaData(schema=...)``), which a key's schema-less target is in too
    metadata_schema: bool = False
    comment: str | None = None
    comment_unread: bool = False  # ``"comment": cls.__doc__``: the table comment is not compared
    problems: list[tuple[int, str]] = field(default_factory=list)
    # the line of an item that is not read (an index a function of the project builds): the
    # table's indexes and constraints are not all known
    hidden_at: int = 0
    # (name, keys) of a named index whose predicate is not read: that index is not compared
    unread_indexes: list[tuple[str, tuple[str, ...]]] = field(default_factory=list)
    # (name, as written) of indexes named by an expression of ``__tablename__`` (``"%s_scope" %
    # __tablename__``)
    names_after_table: list[tuple[str, str]] = field(default_factory=list)
    # ``Model`` of ``(..., Model.__table_args__)`` / ``{**Model.__table_args__, ...}``: a base's
    # options, kept (their schema= and comment=, unless written here too)
    options_from: str | None = None
    # the name ``__table_args__`` ends with (or is) that holds the table's options, a dict
    # (compair's ``DefaultTableMixin.default_table_args``): a comment joins them there
    options_name: str | None = None


def read_table_args(node: ast.expr, source: SourceText, value=literal, label=None,
                    other_dialect_options: Collection[str] = ()) -> TableItems:
    """``__table_args__``: a tuple of constraints with an optional trailing dict, or a dict.
    ``value(node, source)`` reads a literal, or a module-level constant the file names;
    ``other_dialect_options``: functions whose call gives other databases' options only."""
    items = TableItems()
    if isinstance(node, ast.Dict):
        read_table_options(node, source, items, value)
        return items
    if other_dialects_call(node, other_dialect_options):
        return items
    if isinstance(node, ast.Call) and any(kw.arg == "schema" for kw in node.keywords):
        # a helper builds them (``auto_table_args(cls, schema="rooms")``): its literal
        # schema= is the table's; what else it adds is not read
        schema = literal(next(kw.value for kw in node.keywords if kw.arg == "schema"), source)
        if isinstance(schema, str):
            items.schema = schema
        items.problems.append((node.lineno, f"__table_args__ = {source.segment(node)} is built by a function; "
                                            "only its schema= is read"))
        return items
    if isinstance(node, (ast.Name, ast.Attribute)) and isinstance(options := value(node, source), dict):
        _constant_options(options, node, source, items)  # __table_args__ = MYSQL_TABLE_ARGS: a dict constant
        items.options_name = dotted(node)
        return items
    if _base_options(node) is not None:  # (model_base.BASEV2.__table_args__): the base's, as inherited
        items.options_from = _base_options(node)
        return items
    if not isinstance(node, (ast.Tuple, ast.List)):
        items.problems.append((node.lineno, f"__table_args__ = {source.segment(node)} is not a literal tuple or dict"))
        return items
    for element in node.elts:
        if isinstance(element, ast.Dict):
            read_table_options(element, source, items, value)
        elif isinstance(element, ast.Call) and last_name(element.func) == "dict" and not element.args:
            for keyword in element.keywords:  # dict(sqlite_autoincrement=True, schema=...)
                _table_option(keyword.arg, keyword.value, source, items, value)
        elif isinstance(element, (ast.Name, ast.Attribute)) and (last_name(element) or "").lower().endswith("metadata"):
            continue  # (_core.METADATA, ...): the MetaData the Table is made in, passed on positionally
        elif _base_options(element) is not None:
            items.options_from = _base_options(element)
        elif other_dialects_call(element, other_dialect_options):
            continue  # table_args(): {"mysql_engine": ...} or None, nothing on PostgreSQL
        elif isinstance(element, (ast.Name, ast.Attribute)) and isinstance(options := value(element, source), dict):
            _constant_options(options, element, source, items)  # (..., COMMON_TABLES_ARGS): a dict constant
            items.options_name = dotted(element) if element is node.elts[-1] else None
        else:
            read_table_item(element, source, items, value, label)
    return items


def _constant_options(options: dict, node: ast.expr, source: SourceText, items: TableItems) -> None:
    """The table options of a module's dict constant (``COMMON_TABLES_ARGS = {"mysql_engine":
    "InnoDB"}``): its schema and comment, when literal strings."""
    for key in ("schema", "comment"):
        if key not in options:
            continue
        if isinstance(options[key], str):
            setattr(items, key, options[key])
        else:
            items.comment_unread = items.comment_unread or key == "comment"
            items.schema_unread = items.schema_unread or key == "schema"
            items.problems.append((node.lineno, f"table {key} in `{source.segment(node)}` is not a literal"
                                   + ("; the table is looked for by its name in the schemas read" if key == "schema"
                                      else "")))


def other_dialects_call(node: ast.expr, other_dialect_options: Collection[str]) -> bool:
    """``table_args()`` / ``sql.table_args()``: a call, without arguments, of a function of
    ``other_dialect_options``."""
    return (isinstance(node, ast.Call) and isinstance(node.func, (ast.Name, ast.Attribute)) and not node.args
            and not node.keywords and dotted(node.func) in other_dialect_options)


def read_table_options(node: ast.Dict, source: SourceText, items: TableItems, value=literal) -> None:
    """``{"schema": ..., "comment": ...}`` of ``__table_args__``: literals, or constants
    ``value`` reads (``"schema": sql.SCHEMA_NAME``)."""
    for key_node, value_node in zip(node.keys, node.values, strict=False):
        if key_node is None and _base_options(value_node) is not None:  # {**Model.__table_args__, ...}
            items.options_from = _base_options(value_node)
        _table_option(literal(key_node, source) if key_node is not None else None, value_node, source, items, value)


def _base_options(node: ast.expr) -> str | None:
    """``Model`` of ``Model.__table_args__`` (a base's options, passed on)."""
    if isinstance(node, ast.Attribute) and node.attr == "__table_args__":
        return dotted(node.value)
    return None


def read_table_keywords(call: ast.Call, source: SourceText, items: TableItems, value=literal) -> None:
    """``schema=`` / ``comment=`` of ``Table(...)``."""
    for key, value_node in keyword_map(call).items():
        _table_option(key, value_node, source, items, value)


def _table_option(key, value_node: ast.expr, source: SourceText, items: TableItems, value) -> None:
    if key not in ("schema", "comment"):
        return
    if key == "schema" and isinstance(value_node, (ast.Name, ast.Attribute)):
        items.schema_written = dotted(value_node)
    found = value(value_node, source)
    if isinstance(found, str):
        setattr(items, key, found)
    elif key == "comment":
        items.comment_unread = True
        items.problems.append((value_node.lineno, f"table comment `{source.segment(value_node)}` is not a literal; "
                                                  "the table comment is not compared"))
    else:
        items.schema_unread = True
        items.problems.append((value_node.lineno, f"table {key} `{source.segment(value_node)}` is not a literal; "
                                                  "the table is looked for by its name in the schemas read"))


def _key(node: ast.expr, source: SourceText) -> str | None:
    """A column reference: "name", ``name`` (class body), ``Model.name``, ``table.c.name``."""
    value = literal(node, source)
    if isinstance(value, str):
        return value
    path = dotted(node)
    return path.rsplit(".", 1)[-1] if path else None


def _name_kw(keywords: dict, node: ast.Call | None = None) -> str | None:
    name = keywords.get("name")
    if isinstance(name, str):
        return name
    return converted_name(keyword_map(node).get("name")) if node is not None else None


def converted_name(node: ast.expr | None) -> str | None:
    """``conv("ck_x")`` (``op.f("ck_x")``): a name the naming convention leaves alone."""
    if isinstance(node, ast.Call) and last_name(node.func) in ("conv", "f") and len(node.args) == 1:
        value = node.args[0]
        if isinstance(value, ast.Constant) and isinstance(value.value, str):
            return ConvertedName(value.value)
    return None


def read_table_item(node: ast.expr, source: SourceText, items: TableItems, value=literal, label=None) -> None:
    """One ``UniqueConstraint`` / ``Index`` / ``CheckConstraint`` / ``ForeignKeyConstraint`` /
    ``PrimaryKeyConstraint``; anything else is reported. ``value`` as in ``read_table_args``
    (a foreign key target named by a constant: ``[FOLDER_ID]``); ``label(node, source)``
    reads a name in an index predicate (a constant, an enum member's label)."""
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "ddl_if":
        # Index(...).ddl_if(dialect="postgresql"): created on PostgreSQL only; for another
        # dialect, not on PostgreSQL at all
        created = _ddl_if_postgresql(node)
        if created is None:
            items.problems.append(
                (node.lineno, f"`{source.segment(node)}`: whether it is created is decided at run time"))
        elif created:
            read_table_item(node.func.value, source, items, value, label)
        return
    node = source.with_presets(node) if isinstance(node, ast.Call) else node
    kind = source.sqlalchemy_name(node.func) if isinstance(node, ast.Call) else None  # ``as _ForeignKeyConstraint``
    if kind is None or not isinstance(node, ast.Call):
        items.problems.append((node.lineno, f"table argument `{source.segment(node)}` is not understood"))
        return
    keywords = {key: value(argument, source) for key, argument in keyword_map(node).items()}
    if kind == "CheckConstraint" and node.args:
        check = check_constraint(node, source)
        if check is None:
            items.problems.append((node.lineno, "CheckConstraint expression is not a literal"))
        else:
            items.checks.append(check)
        return
    if kind == "ExcludeConstraint":
        _read_exclude(node, source, keywords, items)
        return
    if kind == "Index":
        _read_index(node, source, keywords, items, value, label)
        return
    if kind == "ForeignKeyConstraint":
        # ForeignKeyConstraint(columns, refcolumns), either of them by keyword
        columns, refcolumns = [*node.args, None, None][:2]
        if refcolumns is None:
            written = keyword_map(node)
            columns, refcolumns = columns or written.get("columns"), written.get("refcolumns")
        if columns is None or refcolumns is None:
            items.problems.append((node.lineno, f"`{source.segment(node)}` names no columns or no targets"))
            return
        keys = _keys(_elements(columns), source)
        targets = [reference_target(element, source, value) for element in _elements(refcolumns)]
        if keys is None or not targets or any(target is None for target in targets):
            _unread_item(node, source, items)
            return
        options = ForeignKeySpec(
            targets[0] or "",  # the first, for messages
            name=_name_kw(keywords),
            ondelete=keywords["ondelete"].upper() if isinstance(keywords.get("ondelete"), str) else None,
            onupdate=keywords["onupdate"].upper() if isinstance(keywords.get("onupdate"), str) else None,
            deferrable=keywords.get("deferrable") is True,
            initially_deferred=str(keywords.get("initially", "")).upper() == "DEFERRED",
        )
        items.foreign_keys.append(KeyedForeignKey(keys, tuple(t for t in targets if t is not None), options,
                                                  node.lineno))
        return
    if kind not in ("UniqueConstraint", "PrimaryKeyConstraint"):
        # a function of the project's that makes an item (ivre's ``_fts_index("ix_x_fts", "x",
        # ("name",))``): what it makes is not seen, so the database's items the model seems to
        # lack are not taken for missing
        items.problems.append((node.lineno, f"table argument `{source.segment(node)}` is a call the reader does "
                               "not follow; the table's indexes and constraints the model seems to lack are "
                               "not compared"))
        items.hidden_at = items.hidden_at or node.lineno
        return
    keys = _keys(node.args, source)
    if keys is None:
        _unread_item(node, source, items)
        return
    if kind == "UniqueConstraint":
        nulls = keywords.get("postgresql_nulls_not_distinct") is True
        items.uniques.append(KeyedUnique(
            keys, _name_kw(keywords, node), nulls, deferrable=keywords.get("deferrable") is True,
            initially_deferred=str(keywords.get("initially", "")).upper() == "DEFERRED"))
    else:
        items.primary_key = KeyedPrimaryKey(keys, _name_kw(keywords, node))


def _names_table(node: ast.expr) -> bool:
    """Whether the expression reads ``__tablename__`` (``"%s_scope" % __tablename__``,
    ``f"{cls.__tablename__}_scope"``)."""
    return any(isinstance(n, ast.Name) and n.id == "__tablename__"
               or isinstance(n, ast.Attribute) and n.attr == "__tablename__" for n in ast.walk(node))


def _ddl_if_postgresql(call: ast.Call) -> bool | None:
    """Whether ``.ddl_if(...)`` lets the item be created on PostgreSQL: ``dialect=`` naming
    it (a string or a tuple of them); None when a ``callable_`` decides."""
    keywords = {kw.arg: kw.value for kw in call.keywords}
    dialect = keywords.get("dialect")
    if dialect is None:
        return None if "callable_" in keywords or call.args else True
    names = dialect.elts if isinstance(dialect, (ast.Tuple, ast.List, ast.Set)) else [dialect]
    return any(isinstance(n, ast.Constant) and n.value == "postgresql" for n in names)


def _elements(node: ast.expr) -> list[ast.expr]:
    return list(node.elts) if isinstance(node, (ast.List, ast.Tuple)) else [node]


# ``X.desc()`` / ``desc(X)`` and friends: (descending, nulls_first) they set, None: left as is
_SORT_MODIFIERS = {
    "desc": (True, None), "asc": (False, None),
    "nulls_first": (None, True), "nullsfirst": (None, True),
    "nulls_last": (None, False), "nullslast": (None, False),
}


def sort_wrapped(node: ast.expr) -> tuple[ast.expr, bool | None, bool | None]:
    """The element inside ``.desc()`` / ``sa.desc(...)`` / ``.nulls_last()``... wrappers (and
    ``.label(...)``), and the order they set (the outermost wrapper of each kind wins)."""
    descending = nulls_first = None
    while isinstance(node, ast.Call) and isinstance(node.func, (ast.Attribute, ast.Name)) and not node.keywords:
        if isinstance(node.func, ast.Attribute) and node.func.attr == "label" and len(node.args) == 1:
            node = node.func.value  # func.lower(name).label("name_lower"): the label is no part of the DDL
            continue
        modifier = _SORT_MODIFIERS.get(last_name(node.func) or "")
        if modifier is None:
            break
        if isinstance(node.func, ast.Attribute) and not node.args:  # column.desc()
            inner = node.func.value
        elif len(node.args) == 1:  # desc(column), sa.desc(column)
            inner = node.args[0]
        else:
            break
        descending = modifier[0] if descending is None else descending
        nulls_first = modifier[1] if nulls_first is None else nulls_first
        node = inner
    return node, descending, nulls_first


def _keys(nodes: Iterable[ast.expr], source: SourceText) -> tuple[str, ...] | None:
    """The column keys ``nodes`` name, or None when one of them is not a literal name."""
    keys = tuple(_key(node, source) for node in nodes)
    return None if None in keys else tuple(key for key in keys if key is not None)


def _last_part(name: str | None) -> str | None:
    return name.rsplit(".", 1)[-1] if name else None


def _read_index(node: ast.Call, source: SourceText, keywords: dict, items: TableItems, value=literal,
                label=None) -> None:
    args = list(node.args)
    first = args.pop(0) if args else None
    name = value(first, source) if first is not None else None
    name = name if isinstance(name, str) else converted_name(first)
    if name is None and first is not None and not (isinstance(first, ast.Constant) and first.value is None):
        # Index(truncate_index_name("ix_level"), level) (anchore-engine): a name the reader cannot
        # read is no unnamed index's (SQLAlchemy's ix_<table>_<column>)
        items.problems.append((node.lineno, f"index name `{source.segment(first)}` is not read; "
                                            "the index is not compared"))
        items.hidden_at = items.hidden_at or node.lineno
        return
    if isinstance(name, str) and first is not None and not isinstance(first, ast.Constant) and _names_table(first):
        items.names_after_table.append((name, source.segment(first)))
    keys: list[str] = []
    expressions: list[str] = []
    elements: list[KeyedElement] = []
    for argument in args:
        element, descending, nulls_first = sort_wrapped(argument)
        value = literal(element, source)
        if isinstance(value, str):
            keys.append(value)
            elements.append(KeyedElement(key=value, descending=descending, nulls_first=nulls_first))
        elif (reference := dotted(element)) is not None:
            keys.append(reference.rsplit(".", 1)[-1])
            elements.append(KeyedElement(key=keys[-1], descending=descending, nulls_first=nulls_first))
        elif isinstance(element, ast.Call) and sql_expression(element, source) is None:
            # _normalise_username(cls.username): a function of the project builds the element
            items.problems.append((element.lineno, f"index {name if isinstance(name, str) else '(unnamed)'}: "
                                   f"`{source.segment(element)}` is a call the reader does not follow into; "
                                   "the index is not compared"))
            items.hidden_at = items.hidden_at or element.lineno
            return
        else:
            expressions.append(sql_expression_text(element, source))
            elements.append(KeyedElement(sql=expressions[-1], descending=descending, nulls_first=nulls_first))
    where_node = keyword_map(node).get("postgresql_where")
    where = sql_expression(where_node, source, label) if where_node is not None else None
    if isinstance(where_node, ast.Name) and where_node.id in keys:
        where = where_node.id  # Index("only_one_default", is_default, postgresql_where=is_default)
    if where_node is not None and where is None:
        # Python the reader cannot render as SQL: compared as written, it would never match the
        # database's predicate, and the plan would rewrite an index nobody changed
        items.problems.append((where_node.lineno, f"index {name if isinstance(name, str) else '(unnamed)'}: "
                               f"postgresql_where `{source.segment(where_node)}` is not read as SQL; "
                               "the index is not compared"))
        if isinstance(name, str):  # known by its name: the others are compared
            items.unread_indexes.append((name, tuple(keys)))
        else:
            items.hidden_at = items.hidden_at or where_node.lineno
        return
    method = keywords.get("postgresql_using")
    items.indexes.append(
        KeyedIndex(
            name if isinstance(name, str) else None,
            tuple(keys),
            unique=keywords.get("unique") is True,
            # SQLAlchemy writes it unquoted: PostgreSQL folds balsam's ``postgresql_using="GIN"`` to gin
            method=method.lower() if isinstance(method, str) else "btree",
            where=where,
            expressions=tuple(expressions),
            elements=tuple(elements),
            include=tuple(v for v in _listed(keywords.get("postgresql_include")) if isinstance(v, str)),
            nulls_not_distinct=keywords.get("postgresql_nulls_not_distinct") is True,
            operator_classes=_operator_classes(keyword_map(node).get("postgresql_ops"), source),
        )
    )


def _operator_classes(node: ast.expr | None, source: SourceText) -> tuple[tuple[str, str], ...]:
    """``postgresql_ops={"name": "text_pattern_ops"}`` as (key, operator class) pairs."""
    if not isinstance(node, ast.Dict):
        return ()
    pairs = (
        (literal(k, source), literal(v, source))
        for k, v in zip(node.keys, node.values, strict=False) if k is not None
    )
    return tuple((k, v) for k, v in pairs if isinstance(k, str) and isinstance(v, str))


def _unread_item(node: ast.Call, source: SourceText, items: TableItems) -> None:
    """A key or constraint whose columns or targets are not literals (host-inventory's
    ``f"{INVENTORY_SCHEMA}.hosts.id"``, the schema from the environment): the item is not read,
    and the table's items the model seems to lack are not taken for missing (it may be one)."""
    items.problems.append((node.lineno, f"`{source.segment(node)}` names columns that are not literals; the "
                           "table's keys and constraints the model seems to lack are not compared"))
    items.hidden_at = items.hidden_at or node.lineno


def _read_exclude(node: ast.Call, source: SourceText, keywords: dict, items: TableItems) -> None:
    """``ExcludeConstraint(("room", "="), (Booking.during, "&&"), name=..., using="gist",
    where=text("..."))``: each element a column (by key) or an expression (SQL text)."""
    elements = []
    for argument in node.args:
        if not (isinstance(argument, ast.Tuple) and len(argument.elts) == 2):
            items.problems.append(
                (node.lineno, f"`{source.segment(node)}`: an element is not an (element, operator) pair"))
            return
        element, operator = argument.elts
        operator_value = literal(operator, source)
        value = literal(element, source)
        key = value if isinstance(value, str) else _last_part(dotted(element))
        if not isinstance(operator_value, str):
            items.problems.append((node.lineno, f"`{source.segment(node)}`: an operator is not a literal"))
            return
        elements.append((key if key is not None else "\0" + sql_expression_text(element, source), operator_value))
    where_node = keyword_map(node).get("where")
    using = keywords.get("using")
    items.excludes.append(ExcludeConstraint(
        tuple(elements), _name_kw(keywords, node), using if isinstance(using, str) else "gist",
        sql_expression_text(where_node, source) if where_node is not None else None,
        keywords.get("deferrable") is True, str(keywords.get("initially", "")).upper() == "DEFERRED",
    ))


def _listed(value) -> tuple:
    return tuple(value) if isinstance(value, (list, tuple)) else ()
