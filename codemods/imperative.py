"""A new table in a file of ``Table(...)`` objects mapped imperatively (``AddModel`` with
style "table"): a ``Table`` written like the file's others, a plain class, and the mapping
call the file makes for the others (``mapper_registry.map_imperatively(Link, links)``,
``mapper(Link, links)``), where the file makes them: after the class at the top level, or
at the end of the function that maps them (``def start_mappers(): ...``).
"""

from __future__ import annotations

import ast
from dataclasses import dataclass

import libcst as cst

from schema_inspector.introspect.models.scan import held_tables
from schema_inspector.planner.actions import AddModel

from .calls import Statement
from .render import SQLALCHEMY, Renderer, call, generated_docstring, multiline_tuple

_MAPPING_CALLS = ("map_imperatively", "mapper")


@dataclass(frozen=True)
class ImperativeStyle:
    """How the file writes its tables and maps its classes."""

    # the second argument of its Table(...) calls, as written; None when the columns follow the
    # name (Flask-SQLAlchemy's ``db.Table("t", db.Column(...))`` takes the metadata from ``db``)
    metadata: str | None
    table: str  # the callee of its Table(...) calls, as written (``sa.Table``, a wrapper of the project's)
    mapper: str | None  # the callee of its mapping calls, as written (None: it maps none)
    function: ast.FunctionDef | None  # the function that holds them (None: the top level)


def imperative_style(tree: ast.Module, text: str) -> ImperativeStyle | None:
    """The file's ``Table(...)`` / mapping conventions, None when it writes no ``Table``. The
    Table objects a class holds (``held_tables``) count when none is at the top level."""
    tables = [node.value for node in tree.body if isinstance(node, (ast.Assign, ast.AnnAssign))
              and isinstance(node.value, ast.Call) and _called(node.value) == "Table"]
    tables += [call for node in tree.body if isinstance(node, ast.ClassDef) for _, _, call in held_tables(node)]
    first = next((table for table in tables if len(table.args) >= 2), None)
    if first is None:
        return None
    second = first.args[1]
    column = isinstance(second, ast.Call) and (_called(second) or "").endswith("Column")
    metadata = None if column else ast.get_source_segment(text, second) or ""
    table = ast.get_source_segment(text, first.func) or "Table"
    for node in tree.body:
        found = _mapping_call(node, text)
        if found is not None:
            return ImperativeStyle(metadata, table, found, None)
        if isinstance(node, ast.FunctionDef):
            for statement in node.body:
                found = _mapping_call(statement, text)
                if found is not None:
                    return ImperativeStyle(metadata, table, found, node)
    return ImperativeStyle(metadata, table, None, None)


def _called(node: ast.Call) -> str | None:
    func = node.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)


def _mapping_call(statement: ast.stmt, text: str) -> str | None:
    if isinstance(statement, ast.Expr) and isinstance(statement.value, ast.Call):
        if _called(statement.value) in _MAPPING_CALLS and len(statement.value.args) >= 2:
            return ast.get_source_segment(text, statement.value.func)
    return None


def table_code(action: AddModel, renderer: Renderer, style: ImperativeStyle) -> tuple[str, str | None]:
    """The new ``Table`` (and class and mapping call, when the file maps at the top level),
    and the mapping call to add at the end of the mapping function (or None)."""
    table = action.definition
    # a key other than the name is for a mapped class's attribute; a Table no class maps keeps
    # its columns' names (``payments.c.uuid``), as the file's other tables do
    mapped_class = action.mapped_class if style.mapper is not None else None
    attributes = dict(action.attributes) if mapped_class else {}
    orm_key = set(action.orm_primary_key or (table.primary_key.columns if table.primary_key else ()))
    spelled = {column: (text, file) for column, text, file in action.type_sources}
    renderer.names = {name: (written, converted) for name, written, converted in action.names}
    args: list[cst.BaseExpression] = [renderer.string(table.name)]
    if style.metadata is not None:
        args.append(cst.parse_expression(style.metadata))
    for column in table.columns:
        foreign_key = next((fk for fk in table.foreign_keys if fk.columns == (column.name,)), None)
        enum = next((e for e in action.enums if column.type.kind == "enum" and e.name == column.type.name), None)
        built = renderer.column_call(
            column, explicit_name=True, primary_key=column.name in orm_key, foreign_key=foreign_key, enum=enum,
            in_mapped_style=False, explicit_nullable=action.explicit_nullable, spelled=spelled.get(column.name),
            qualified=action.qualified_targets,
        )
        attribute = attributes.get(column.name, column.name)
        if attribute != column.name:
            built = built.with_changes(args=[*built.args, cst.Arg(renderer.string(attribute), keyword=cst.Name("key"),
                                                                  equal=cst.AssignEqual(cst.SimpleWhitespace(""),
                                                                                        cst.SimpleWhitespace("")))])
        args.append(built)
    for unique in table.unique_constraints:
        args.append(renderer.unique_constraint(unique))
    for index in table.indexes:
        args.append(renderer.index(index))
    for check in table.check_constraints:
        kwargs = {"name": renderer.constraint_name(check.name)} if check.name else {}
        args.append(call(renderer.name(SQLALCHEMY, "CheckConstraint"), renderer.string(check.expression), **kwargs))
    items = [renderer.wrapped_item(cst.Element(a, comma=cst.Comma()), 0).value for a in args]
    arguments = multiline_tuple(items, renderer.style.indent)
    table_call = cst.Call(
        cst.parse_expression(style.table),
        args=[cst.Arg(e.value, comma=e.comma) for e in arguments.elements],
        whitespace_before_args=arguments.lpar[0].whitespace_after,
    )
    if table.schema not in (None, "public"):
        table_call = _with_keyword(table_call, "schema", renderer.string(table.schema))
    if table.comment is not None:
        table_call = _with_keyword(table_call, "comment", renderer.string(table.comment))
    body: list[Statement] = [cst.SimpleStatementLine(
        [cst.Assign([cst.AssignTarget(cst.Name(action.class_name))], table_call)],
        leading_lines=[cst.EmptyLine(indent=False)],
    )]
    mapping = None
    if mapped_class:
        body.append(cst.ClassDef(
            cst.Name(mapped_class),
            cst.IndentedBlock([generated_docstring(table.qualified_name, renderer.style, renderer.line_length)]),
            leading_lines=[cst.EmptyLine(indent=False)] * renderer.style.blank_lines,
        ))
        mapping = f"{style.mapper}({mapped_class}, {action.class_name}{_mapper_key(action)})"
        if style.function is None:
            body.append(
                cst.SimpleStatementLine(
                    [cst.Expr(cst.parse_expression(mapping))],
                    leading_lines=[cst.EmptyLine(indent=False), cst.EmptyLine(indent=False)],
                )
            )
            mapping = None
    module = cst.Module(body, default_indent=renderer.style.indent, default_newline=renderer.style.newline)
    return module.code, mapping


def _mapper_key(action: AddModel) -> str:
    """``, primary_key=[t.c.a, t.c.b]`` for a table mapped with a key of the mapper alone."""
    if not action.mapper_key:
        return ""
    attributes = dict(action.attributes)
    columns = ", ".join(f"{action.class_name}.c[{attributes.get(c, c)!r}]" for c in action.mapper_key)
    return f", primary_key=[{columns}]"


def _with_keyword(table_call: cst.Call, name: str, value: cst.BaseExpression) -> cst.Call:
    """``name=value`` as the last argument, on its own line like the others."""
    args = list(table_call.args)
    last = args[-1]
    new = cst.Arg(
        value,
        keyword=cst.Name(name),
        equal=cst.AssignEqual(cst.SimpleWhitespace(""), cst.SimpleWhitespace("")),
        comma=last.comma,
    )
    separator = args[0].comma
    args[-1] = last.with_changes(comma=separator)
    return table_call.with_changes(args=[*args, new])
