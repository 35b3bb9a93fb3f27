"""A complete new model class for a table the models lack (``AddModel``)."""

from __future__ import annotations

from dataclasses import replace

import libcst as cst

from schema_inspector.introspect.naming_convention import written_schema
from schema_inspector.introspect.schema import Enum, Table
from schema_inspector.planner.actions import AddModel

from .errors import CodemodError
from .fields import SQLMODEL
from .node_editors import ActionEditor
from .render import (
    SQLALCHEMY,
    Renderer,
    call,
    dotted,
    fk_target,
    generated_docstring,
    keyword,
    multiline_tuple,
)
from .table_items import base_table_args


class AddModelEditor(ActionEditor, carries_out=AddModel):
    """Renders the class for ``action.definition`` in the file's style (``action.style``
    says ``mapped_column`` or ``column`` where the file has no classes to go by).

    Single-column foreign keys sit on their column; everything else that belongs to the
    table (composite keys, unique constraints, indexes, checks, schema, comment) goes to
    ``__table_args__`` under the database's own names.
    """

    action: AddModel

    def __init__(self, action: AddModel, renderer: Renderer) -> None:
        base = renderer
        if action.style is not None and action.style != "table":
            # the file's own classes do not say: the style the planner chose (the codebase's)
            style = replace(renderer.style, mapped=action.style == "mapped_column")
            renderer = Renderer(style, renderer.requests, renderer.inherited, renderer.file, lambda: base.line_length)
        super().__init__(action, renderer)

    def class_code(self) -> str:
        """The class as text, with the file's indentation and newline."""
        style = self.render.style
        module = cst.Module([self.class_node()], default_indent=style.indent, default_newline=style.newline)
        return module.code

    def class_node(self) -> cst.ClassDef:
        table = self.action.definition
        self.render.names = {name: (written, converted) for name, written, converted in self.action.names}
        self.render.key_classes = {(schema, table, column): (cls, attribute, file)
                                   for schema, table, column, cls, attribute, file in self.action.key_classes}
        body: list[cst.BaseStatement] = [
            generated_docstring(table.qualified_name, self.render.style, self.render.line_length),
            _assign("__tablename__", self.render.string(self.action.written_table or table.name), blank_line=True),
        ]
        table_args = self._table_args(table)
        if table_args is not None:
            body.append(self.render.wrapped(_assign("__table_args__", table_args)))
        body.extend(self._columns(table))
        for number, attribute in enumerate(self.action.excluded):  # a base's column the table lacks
            body.append(_assign(attribute, cst.Name("None"), blank_line=number == 0))
        if self.action.mapper_key:
            if self.sqlmodel:
                raise CodemodError("", 0, f"table {table.qualified_name} has no primary key, and a SQLModel class "
                                          "needs one: map it by hand")
            body.append(self._mapper_args())
        if self.sqlmodel:
            return cst.ClassDef(
                cst.Name(self.action.class_name), cst.IndentedBlock(body),
                bases=[cst.Arg(self.render.name(SQLMODEL, "SQLModel"))],
                keywords=[keyword("table", cst.Name("True"))],
                leading_lines=[cst.EmptyLine(indent=False)] * self.render.style.blank_lines,
            )
        if self.action.bases_from:
            self._import_bases(self.action.bases_from)
        style = self.render.style
        bases = () if self.action.bare else self.action.bases or ((style.base_class,) if style.base_class else ())
        # the comment the file's classes of this base end their line with (``# type: ignore[...]``)
        comment = style.class_comments.get(bases[-1]) if bases else None
        header = cst.TrailingWhitespace(cst.SimpleWhitespace("  "), cst.Comment(comment)) if comment \
            else cst.TrailingWhitespace()
        return cst.ClassDef(
            cst.Name(self.action.class_name),
            cst.IndentedBlock(body, header=header),
            bases=[cst.Arg(dotted(base)) for base in bases],
            # the file's own decorators, as its classes write them: text of the file, not of the database
            decorators=[cst.Decorator(cst.parse_expression(written)) for written in style.class_decorators],
            leading_lines=[cst.EmptyLine(indent=False)] * self.render.style.blank_lines,
        )

    @property
    def sqlmodel(self) -> bool:
        return self.action.style == "sqlmodel"

    def _import_bases(self, source_file: str) -> None:
        """A new module's class derives from what ``source_file``'s classes derive from:
        import those names as that file does (else the class is a NameError at import)."""
        from .inherited import import_like, names_of

        render = self.render
        if render.inherited is None or not render.file:
            return
        roots = list(dict.fromkeys(base.split(".", 1)[0].split("[", 1)[0] for base in self.action.bases))
        bindings, defined = names_of(source_file, render.inherited)
        import_like(roots, source_file, bindings, defined, render.file, dict(render.style.bindings),
                    render.style.defined, None, render.requests.need,
                    f"the bases of {self.action.class_name} (as {source_file} writes them)")

    def _columns(self, table: Table) -> list[cst.SimpleStatementLine]:
        attributes = dict(self.action.attributes)
        orm_key = set(self.action.orm_primary_key or (table.primary_key.columns if table.primary_key else ()))
        spelled = {column: (text, file) for column, text, file in self.action.type_sources}
        statements: list[cst.SimpleStatementLine] = []
        for column in table.columns:
            if column.name in self.action.provided:
                continue  # a base gives it, as the database has it
            foreign_key = next(
                (fk for fk in table.foreign_keys if fk.columns == (column.name,)), None
            )
            enum = self._enum(column.type.name, column.type.type_schema) if column.type.kind == "enum" else None
            if self.sqlmodel:
                statements.append(self.render.wrapped(self.render.field_statement(
                    attributes.get(column.name, column.name), column, primary_key=column.name in orm_key,
                    foreign_key=foreign_key, enum=enum, qualified=self.action.qualified_targets)).with_changes(
                        leading_lines=[] if statements else [cst.EmptyLine(indent=False)]))
                continue
            statement = self.render.column_statement(
                attributes.get(column.name, column.name),
                column,
                primary_key=column.name in orm_key,
                foreign_key=foreign_key,
                enum=enum,
                explicit_nullable=self.action.explicit_nullable,
                spelled=spelled.get(column.name),
                # (as a new column of a dataclass model is: no field the constructor requires)
                dataclass_field=("default" if column.nullable and column.name not in orm_key else "init")
                if self.action.dataclass else None,
                qualified=self.action.qualified_targets,
            )
            statement = self.render.wrapped(statement)
            if not statements:
                statement = statement.with_changes(leading_lines=[cst.EmptyLine(indent=False)])
            statements.append(statement)
        return statements

    def _mapper_args(self) -> cst.SimpleStatementLine:
        """``__mapper_args__ = {"primary_key": [a, b]}``: the mapper's key, the table's none
        (attributes of the body by name, a base's columns by their attribute's string)."""
        attributes = dict(self.action.attributes)
        keys = [
            self.render.string(attributes.get(c, c)) if c in self.action.provided else cst.Name(attributes.get(c, c))
            for c in self.action.mapper_key
        ]
        value = cst.Dict([cst.DictElement(self.render.string("primary_key"),
                                          cst.List([cst.Element(k) for k in keys]))])
        return self.render.wrapped(_assign("__mapper_args__", value, blank_line=True))

    def _enum(self, name: str, schema: str | None) -> Enum | None:
        for enum in self.action.enums:
            if enum.name == name and (schema is None or enum.schema in (None, schema)):
                return enum
        return None

    def _table_args(self, table: Table) -> cst.BaseExpression | None:
        r = self.render
        items: list[cst.BaseExpression] = []
        for fk in table.foreign_keys:
            if len(fk.columns) == 1:
                continue
            kwargs = {}
            if fk.name:
                kwargs["name"] = r.constraint_name(fk.name)
            for option in ("ondelete", "onupdate"):
                if getattr(fk, option):
                    kwargs[option] = r.string(getattr(fk, option))
            attributes = [r.key_class_attribute(fk, index) for index in range(len(fk.columns))]
            targets = cst.List([cst.Element(a) for a in attributes if a is not None]) if all(attributes) else _list(
                r, [fk_target(type(fk)(columns=(c,), target_table=fk.target_table, target_columns=(t,),
                                       target_schema=fk.target_schema), self.action.qualified_targets)
                    for c, t in zip(fk.columns, fk.target_columns, strict=False)])
            items.append(call(r.name(SQLALCHEMY, "ForeignKeyConstraint"), _list(r, fk.columns), targets, **kwargs))
        # the index or unique constraint of a column a base gives (index=True there) comes with it
        given = {(c,) for c in self.action.provided}
        items.extend(r.unique_constraint(unique) for unique in table.unique_constraints if unique.columns not in given)
        items.extend(r.index(index) for index in table.indexes
                     if not (index.columns in given and not index.expressions and index.where is None))
        for check in table.check_constraints:
            kwargs = {"name": r.constraint_name(check.name)} if check.name else {}
            items.append(call(r.name(SQLALCHEMY, "CheckConstraint"), r.string(check.expression), **kwargs))
        options: list[tuple[str, cst.BaseExpression]] = []
        if (schema := written_schema(table.schema)) is not None:
            source = self.action.schema_source  # a dotted name, never other code (a plan may be edited)
            if source and all(part.isidentifier() for part in source.split(".")):
                options.append(("schema", cst.parse_expression(source)))
            else:
                options.append(("schema", r.string(schema)))
        if table.comment is not None:
            options.append(("comment", r.string(table.comment)))
        inherited = base_table_args(self.action.table_args_from) if self.action.table_args_from else None
        # the options every class of the file ends its __table_args__ with (Kallithea's
        # ``_table_args_default_dict``), alone too
        tail = cst.Name(r.style.table_args_tail) if r.style.table_args_tail and inherited is None else None
        ending = inherited or tail
        if options:
            entries = [cst.DictElement(r.string(k), v) for k, v in options]
            items.append(cst.Dict([cst.StarredDictElement(ending), *entries] if ending else entries))
        elif ending is not None and (items or tail is not None):  # the inherited options stay the table's
            items.append(ending)
        if not items:  # none of a base's: its own, empty
            return cst.Dict([]) if self.action.own_table_args else None
        if len(items) == 1 and isinstance(items[0], cst.Dict):  # options alone: the dict form
            return items[0]
        items = [self.render.wrapped_item(cst.Element(item, comma=cst.Comma()), 1).value for item in items]
        return multiline_tuple(items, self.render.style.indent)


def _assign(name: str, value: cst.BaseExpression, blank_line: bool = False) -> cst.SimpleStatementLine:
    return cst.SimpleStatementLine(
        [cst.Assign([cst.AssignTarget(cst.Name(name))], value)],
        leading_lines=[cst.EmptyLine(indent=False)] if blank_line else [],
    )


def _list(renderer: Renderer, values) -> cst.List:
    return cst.List([cst.Element(renderer.string(v)) for v in values])
