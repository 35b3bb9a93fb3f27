"""Write Flask-SQLAlchemy models that match a generated database, then drift the database.

    python benchmarks/generate_models.py --out /tmp/bench [--tables 1000] [--files 20] [--drift 50]

Writes into ``--out``:

- ``schema.sql``: the synthetic DDL of ``generate_schema.py``;
- ``models/``: a package (``__init__.py`` creates ``db``) with ``models_00.py`` ..
  ``models_NN.py``, hand-written looking models of every table - a docstring,
  ``__tablename__``, ``__table_args__`` with the constraints and indexes, every column
  as ``db.Column(...)`` with type, nullability, key, foreign key, server default and
  comment, relationships for the foreign keys and a ``__repr__``; tables without a
  primary key are ``db.Table(...)`` objects, as a mapper needs a key;
- ``drift.sql``: SQL that changes ``--drift`` tables of the database (add, rename,
  tighten, retype a column, drop a default), so that the models drift from it.

The models are rendered from what ``introspect.postgres.read_schema`` reads back from the
loaded DDL, so that before the drift ``schema-inspector plan`` finds nothing to change in
them (a column of a domain type is written as the domain's base type, as models do; the
tool notes that it leaves those types alone). The same ``--seed``
always writes the same files; the tables drifted for ``--drift 10`` are the first ten of
those drifted for ``--drift 50``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import shutil
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.generate_schema import generate  # noqa: E402
from schema_inspector.introspect.embedded import EmbeddedPostgres  # noqa: E402
from schema_inspector.introspect.index_elements import key_parts  # noqa: E402
from schema_inspector.introspect.postgres import read_schema  # noqa: E402
from schema_inspector.introspect.schema import Column, ColumnType, Schema, Table  # noqa: E402
from schema_inspector.introspect.sqltypes import (  # noqa: E402
    GENERIC,
    TypeSpelling,
    sqlalchemy_spelling,
)
from schema_inspector.planner.naming import (  # noqa: E402
    class_name_for,
    free_attribute_name,
    quote_ident,
)

# Lines as black wraps them at line-length 120, a common setting in application code.
LINE_LENGTH = 120
INDENT = "    "
# How generated code names the two modules types come from.
QUALIFIERS = {GENERIC: "db", "sqlalchemy.dialects.postgresql": "postgresql"}
# Columns a __repr__ shows next to the key, first present wins.
LABEL_COLUMNS = ("name", "title", "code", "email", "status")


# -- models ------------------------------------------------------------------------------


@dataclass(frozen=True)
class ModelNames:
    """The Python names of every table: class (or module-level Table variable) names."""

    classes: dict[str, str]  # table -> class name, tables with a primary key
    tables: dict[str, str]  # table -> variable name, tables without one

    @classmethod
    def of(cls, schema: Schema) -> ModelNames:
        classes: dict[str, str] = {}
        variables: dict[str, str] = {}
        taken: set[str] = {"db", "postgresql"}
        for table in schema.tables:
            if table.primary_key is not None:
                classes[table.name] = class_name_for(table.name, (), taken)
                taken.add(classes[table.name])
            else:
                variables[table.name] = free_attribute_name(table.name, taken)
                taken.add(variables[table.name])
        return cls(classes, variables)


def render_package(schema: Schema, files: int) -> dict[str, str]:
    """File name -> source of the models package: ``__init__.py`` and ``files`` modules
    of consecutive tables (in the schema's name order)."""
    names = ModelNames.of(schema)
    tables = list(schema.tables)
    per_file = -(-len(tables) // files)
    modules = {}
    for number in range(files):
        chunk = tables[number * per_file:(number + 1) * per_file]
        modules[f"models_{number:02d}.py"] = render_module(number, chunk, schema, names)
    return {"__init__.py": render_init(sorted(modules)), **modules}


def render_init(module_files: list[str]) -> str:
    imports = "".join(f"{INDENT}{Path(name).stem},\n" for name in module_files)
    return (
        '"""Models of the synthetic benchmark application (benchmarks/generate_models.py).\n\n'
        "``db`` is created without an application; importing the package imports every\n"
        'model module so that all mappers are registered."""\n\n'
        "from flask_sqlalchemy import SQLAlchemy\n\n"
        "db = SQLAlchemy()\n\n"
        "# Imported after ``db`` exists: every module does ``from . import db``.\n"
        "from . import (  # noqa: E402,F401\n"
        f"{imports})\n"
    )


def render_module(number: int, tables: list[Table], schema: Schema, names: ModelNames) -> str:
    blocks = []
    for table in tables:
        if table.name in names.classes:
            blocks.append(render_class(table, schema, names))
        else:
            blocks.append(render_table_object(table, schema, names))
    header = (
        f'"""Part {number} of the synthetic application\'s models."""\n\n'
        "from sqlalchemy.dialects import postgresql\n\n"
        "from . import db\n"
    )
    return header + "".join(f"\n\n{block}" for block in blocks)


def render_class(table: Table, schema: Schema, names: ModelNames) -> str:
    class_name = names.classes[table.name]
    lines = [f"class {class_name}(db.Model):"]
    lines.append(f"{INDENT}{_docstring(table.comment or f'One row of {table.name}.')}")
    lines.append("")
    lines.append(f"{INDENT}__tablename__ = {table.name!r}")
    table_args = [*_constraint_calls(table), *_index_calls(table)]
    if table.comment is not None:
        table_args.append(f"{{'comment': {table.comment!r}}}")
    if table_args:
        lines.append(f"{INDENT}__table_args__ = (")
        lines.extend(f"{INDENT * 2}{arg}," for arg in table_args)
        lines.append(f"{INDENT})")
    lines.append("")
    attributes = _attribute_names(table)
    for column in table.columns:
        call = column_call(column, table, schema, attributes[column.name])
        lines.extend(_wrapped(f"{attributes[column.name]} = ", call, INDENT))
    relationships = _relationship_lines(table, names, set(attributes.values()))
    if relationships:
        lines.append("")
        lines.extend(relationships)
    lines.append("")
    lines.extend(_repr_method(table, attributes))
    return "\n".join(lines) + "\n"


def render_table_object(table: Table, schema: Schema, names: ModelNames) -> str:
    """A table without a primary key, as a ``db.Table`` (a mapped class needs a key)."""
    arguments = [repr(table.name)]
    arguments.extend(column_call(column, table, schema, None) for column in table.columns)
    arguments.extend(_constraint_calls(table))
    arguments.extend(_index_calls(table))
    if table.comment is not None:
        arguments.append(f"comment={table.comment!r}")
    lines = [f"# {table.name!r} has no primary key in the database, so it is mapped as a Table."]
    lines.append(f"{names.tables[table.name]} = db.Table(")
    lines.extend(f"{INDENT}{argument}," for argument in arguments)
    lines.append(")")
    return "\n".join(lines) + "\n"


def column_call(column: Column, table: Table, schema: Schema, attribute: str | None) -> str:
    """``db.Column(...)`` for ``column``; the database name comes first when the attribute
    differs from it (``attribute`` is None for a ``db.Table`` column, always named)."""
    arguments = []
    if attribute != column.name:
        arguments.append(repr(column.name))
    arguments.append(render_type(column.type, schema))
    if column.identity is not None:
        arguments.append("db.Identity(always=True)" if column.identity == "always" else "db.Identity()")
    for foreign_key in table.foreign_keys:
        if foreign_key.columns == (column.name,):
            target = f"{foreign_key.target_table}.{foreign_key.target_columns[0]}"
            options = "".join(
                f", {option}={value!r}"
                for option, value in (("ondelete", foreign_key.ondelete), ("onupdate", foreign_key.onupdate))
                if value is not None
            )
            arguments.append(f"db.ForeignKey({target!r}{options})")
    is_key = table.primary_key is not None and column.name in table.primary_key.columns
    if is_key:
        arguments.append("primary_key=True")
    elif not column.nullable:
        arguments.append("nullable=False")
    if column.name in _column_indexes(table):
        arguments.append("index=True")
    # A serial's nextval() default comes with the key; identity columns have none.
    if column.default is not None and not (is_key and column.is_serial):
        arguments.append(f"server_default=db.text({column.default!r})")
    if column.comment is not None:
        arguments.append(f"comment={column.comment!r}")
    return f"db.Column({', '.join(arguments)})"


def render_type(column_type: ColumnType, schema: Schema) -> str:
    """The SQLAlchemy type of a column; a domain is written as its base type, the way
    models spell a domain-typed column."""
    if column_type.kind == "domain":
        domain = next(d for d in schema.domains if d.name == column_type.name)
        column_type = domain.type
    labels = ()
    if column_type.kind == "enum":
        labels = schema.enum(column_type.name, column_type.type_schema).labels
    spelling = sqlalchemy_spelling(column_type, labels)
    if spelling is None:
        raise ValueError(f"no SQLAlchemy spelling for {column_type.render()}")
    return _spelled(spelling)


def _spelled(spelling: TypeSpelling) -> str:
    inner = QUALIFIERS[spelling.inner.module] if spelling.inner is not None else None
    return spelling.render(QUALIFIERS[spelling.module], inner)


def _attribute_names(table: Table) -> dict[str, str]:
    taken: set[str] = set()
    attributes = {}
    for column in table.columns:
        attributes[column.name] = free_attribute_name(column.name, taken)
        taken.add(attributes[column.name])
    return attributes


def _constraint_calls(table: Table) -> list[str]:
    calls = []
    for unique in table.unique_constraints:
        columns = ", ".join(repr(name) for name in unique.columns)
        calls.append(f"db.UniqueConstraint({columns}, name={unique.name!r})")
    for check in table.check_constraints:
        calls.append(f"db.CheckConstraint({check.expression!r}, name={check.name!r})")
    return calls


def _column_indexes(table: Table) -> dict[str, str]:
    """Column -> name of its index, for the indexes ``index=True`` creates
    (``ix_<table>_<column>``): the models say ``index=True`` rather than spell them out."""
    return {
        index.columns[0]: index.name
        for index in table.indexes
        if len(index.columns) == 1 and not index.expressions and not index.elements and not index.unique
        and index.where is None and index.method == "btree"
        and index.name == f"ix_{table.name}_{index.columns[0]}"
    }


def _index_calls(table: Table) -> list[str]:
    calls = []
    implied = set(_column_indexes(table).values())
    for index in table.indexes:
        if index.name in implied:
            continue
        # Key elements in order: a plain ascending column by name, anything else (an
        # expression, ``created_at DESC``) as the database prints it.
        elements = [
            repr(part.column) if part.column is not None and part.default_order else f"db.text({part.text!r})"
            for part in key_parts(index.columns, index.expressions, index.elements)
        ]
        options = ", unique=True" if index.unique else ""
        if index.method != "btree":
            options += f", postgresql_using={index.method!r}"
        if index.where is not None:
            options += f", postgresql_where=db.text({index.where!r})"
        calls.append(f"db.Index({index.name!r}, {', '.join(elements)}{options})")
    return calls


def _relationship_lines(table: Table, names: ModelNames, taken: set[str]) -> list[str]:
    lines = []
    for foreign_key in table.foreign_keys:
        target_class = names.classes.get(foreign_key.target_table)
        if target_class is None or len(foreign_key.columns) != 1:
            continue
        column = foreign_key.columns[0]
        stem = column[: -len("_id")] if column.endswith("_id") else foreign_key.target_table
        attribute = free_attribute_name(stem, taken)
        taken.add(attribute)
        lines.append(f"{INDENT}{attribute} = db.relationship({target_class!r})")
    return lines


def _repr_method(table: Table, attributes: dict[str, str]) -> list[str]:
    shown = [attributes[name] for name in table.primary_key.columns]
    label = next((attributes[name] for name in LABEL_COLUMNS if name in attributes), None)
    if label is not None and label not in shown:
        shown.append(label)
    fields = " ".join(f"{{self.{attribute}!r}}" for attribute in shown)
    return [
        f"{INDENT}def __repr__(self) -> str:",
        f"{INDENT * 2}return f'<{{type(self).__name__}} {fields}>'",
    ]


def _docstring(text: str) -> str:
    # repr() gives a valid literal for any text; triple quotes when it needs no escaping.
    if '"' not in text and "\\" not in text and text.isprintable():
        return f'"""{text}"""'
    return repr(text)


def _wrapped(head: str, call: str, indent: str) -> list[str]:
    """``head + call`` on one line, or the call's arguments on their own line(s) as black
    wraps them when the line is too long."""
    line = f"{indent}{head}{call}"
    if len(line) <= LINE_LENGTH:
        return [line]
    opening = call.index("(")
    arguments = _split_arguments(call[opening + 1:-1])
    inner = f"{indent}{INDENT}{', '.join(arguments)}"
    if len(inner) <= LINE_LENGTH:
        return [f"{indent}{head}{call[:opening + 1]}", inner, f"{indent})"]
    return [
        f"{indent}{head}{call[:opening + 1]}",
        *(f"{indent}{INDENT}{argument}," for argument in arguments),
        f"{indent})",
    ]


def _split_arguments(text: str) -> list[str]:
    """Top-level comma-separated arguments of a call (strings and brackets respected)."""
    arguments, depth, quote, start, position = [], 0, None, 0, 0
    while position < len(text):
        char = text[position]
        if quote is not None:
            if char == "\\":
                position += 1
            elif char == quote:
                quote = None
        elif char in "'\"":
            quote = char
        elif char in "([{":
            depth += 1
        elif char in ")]}":
            depth -= 1
        elif char == "," and depth == 0:
            arguments.append(text[start:position].strip())
            start = position + 1
        position += 1
    arguments.append(text[start:].strip())
    return arguments


def write_package(schema: Schema, directory: Path, files: int) -> int:
    """Write the models package into ``directory``; returns the number of lines of the
    model modules (``__init__.py`` not counted)."""
    directory.mkdir(parents=True, exist_ok=True)
    lines = 0
    for name, source in render_package(schema, files).items():
        (directory / name).write_text(source)
        if name != "__init__.py":
            lines += source.count("\n")
    return lines


# -- drift -------------------------------------------------------------------------------

# What each kind of drift does to one table: SQL, or None when the table has no column
# it applies to (the next kind is tried).
DriftKind = Callable[[Table], "str | None"]


def drift_sql(schema: Schema, tables: int, seed: int = 0) -> str:
    """SQL that drifts ``tables`` tables of ``schema``, one change each, the kinds in turn.

    The tables come in one seeded order, so a smaller drift changes a prefix of the tables
    of a larger one. Only mapped classes drift (tables with a primary key), and tables a
    view selects from are left alone: PostgreSQL refuses to change the type of a column
    a view uses.
    """
    viewed = {view.name.removesuffix("_view") for view in schema.views}
    candidates = [
        table for table in schema.tables if table.primary_key is not None and table.name not in viewed
    ]
    random.Random(seed).shuffle(candidates)
    if tables > len(candidates):
        raise ValueError(f"cannot drift {tables} tables: only {len(candidates)} can change")
    statements = ["-- generated by benchmarks/generate_models.py: one change per drifted table"]
    for number, table in enumerate(candidates[:tables]):
        for offset in range(len(DRIFT_KINDS)):
            statement = DRIFT_KINDS[(number + offset) % len(DRIFT_KINDS)](table)
            if statement is not None:
                statements.append(statement)
                break
    return "\n".join(statements) + "\n"


def _alter(table: Table, action: str) -> str:
    return f"ALTER TABLE {quote_ident(table.name)} {action};"


def _plain_columns(table: Table) -> list[Column]:
    """Columns outside every key: changing them touches no constraint."""
    keyed = set(table.primary_key.columns if table.primary_key else ())
    for foreign_key in table.foreign_keys:
        keyed.update(foreign_key.columns)
    return [column for column in table.columns if column.name not in keyed]


def add_column(table: Table) -> str:
    name = free_attribute_name("archived_at", {column.name for column in table.columns})
    return _alter(table, f"ADD COLUMN {quote_ident(name)} timestamp with time zone")


def rename_column(table: Table) -> str | None:
    """A rename the way teams make them: a plural (``title`` -> ``titles``) or the
    singular of a foreign key's table (``users_3_id`` -> ``user_3_id``)."""
    names = {column.name for column in table.columns}
    for foreign_key in table.foreign_keys:
        column = foreign_key.columns[0]
        head, _, rest = column.partition("_")
        new = f"{head[:-1]}_{rest}" if head.endswith("s") and rest else None
        if new and new not in names:
            return _alter(table, f"RENAME COLUMN {quote_ident(column)} TO {quote_ident(new)}")
    for column in _plain_columns(table):
        new = f"{column.name}s"
        if not column.name.endswith("s") and new not in names:
            return _alter(table, f"RENAME COLUMN {quote_ident(column.name)} TO {quote_ident(new)}")
    return None


def set_not_null(table: Table) -> str | None:
    for column in _plain_columns(table):
        if column.nullable:
            return _alter(table, f"ALTER COLUMN {quote_ident(column.name)} SET NOT NULL")
    return None


# Type changes a schema goes through: widen a string or a number.
def _wider(column_type: ColumnType) -> str | None:
    if column_type.kind != "base" or column_type.dimensions:
        return None
    if column_type.name == "character varying" and column_type.length is not None:
        return f"character varying({column_type.length * 2})"
    if column_type.name == "numeric" and column_type.precision is not None:
        return f"numeric({column_type.precision + 4},{column_type.scale or 0})"
    if column_type.name == "integer":
        return "bigint"
    return None


def alter_type(table: Table) -> str | None:
    for column in _plain_columns(table):
        wider = _wider(column.type)
        if wider is not None:
            return _alter(table, f"ALTER COLUMN {quote_ident(column.name)} TYPE {wider}")
    return None


def drop_default(table: Table) -> str | None:
    for column in table.columns:
        if column.default is not None and not column.is_serial:
            return _alter(table, f"ALTER COLUMN {quote_ident(column.name)} DROP DEFAULT")
    return None


DRIFT_KINDS: tuple[DriftKind, ...] = (add_column, rename_column, set_not_null, alter_type, drop_default)


# -- building a benchmark workspace ------------------------------------------------------

# The model modules (the package's __init__.py defines no model).
MODELS_GLOB = "models_*.py"


@dataclass(frozen=True)
class Workspace:
    """The files of one generated benchmark, all under ``root``."""

    root: Path

    @property
    def schema_sql(self) -> Path:
        return self.root / "schema.sql"

    @property
    def models(self) -> Path:
        return self.root / "models"

    @property
    def drift_sql(self) -> Path:
        return self.root / "drift.sql"

    @property
    def settings(self) -> Path:
        """What the workspace was generated with, to know when it can be reused."""
        return self.root / "workspace.json"


def build(root: Path, tables: int = 1000, files: int = 20, drift: int = 50, seed: int = 0,
          server: EmbeddedPostgres | None = None) -> tuple[Workspace, Schema, int]:
    """Generate the schema, read it back from a database, write models and drift SQL.

    Returns the workspace, the schema the models were rendered from and their line
    count. ``server`` is an already running server to load into (a throwaway one
    otherwise).
    """
    workspace = Workspace(root)
    root.mkdir(parents=True, exist_ok=True)
    workspace.schema_sql.write_text(generate(tables, seed))
    schema = read_generated(workspace.schema_sql, server)
    lines = write_package(schema, workspace.models, files)
    workspace.drift_sql.write_text(drift_sql(schema, drift, seed))
    workspace.settings.write_text(json.dumps(_settings(tables, files, drift, seed)) + "\n")
    return workspace, schema, lines


def ensure_workspace(root: Path, tables: int = 1000, files: int = 20, drift: int = 50, seed: int = 0,
                     server: EmbeddedPostgres | None = None) -> Workspace:
    """The workspace under ``root``, generated unless it was already, with these settings."""
    workspace = Workspace(root)
    settings = _settings(tables, files, drift, seed)
    if workspace.settings.exists() and json.loads(workspace.settings.read_text()) == settings:
        return workspace
    if workspace.models.exists():
        shutil.rmtree(workspace.models)
    return build(root, tables, files, drift, seed, server)[0]


def _settings(tables: int, files: int, drift: int, seed: int) -> dict:
    # The generators' own text too: a changed generator must not reuse old files.
    generators = hashlib.sha256()
    for module in (Path(__file__), Path(__file__).with_name("generate_schema.py")):
        generators.update(module.read_bytes())
    return {"tables": tables, "files": files, "drift": drift, "seed": seed,
            "generators": generators.hexdigest()}


def read_generated(sql_file: Path, server: EmbeddedPostgres | None = None,
                   database: str = "generated") -> Schema:
    """The schema PostgreSQL makes of ``sql_file``, read in a new database ``database``."""
    if server is None:
        with EmbeddedPostgres() as own:
            return read_generated(sql_file, own, database)
    url = server.create_database(database)
    server.load_sql(sql_file, database)
    return read_schema(url)


def main(argv: Iterable[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--tables", type=int, default=1000)
    parser.add_argument("--files", type=int, default=20)
    parser.add_argument("--drift", type=int, default=50)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(list(argv) if argv is not None else None)
    workspace, schema, lines = build(args.out, args.tables, args.files, args.drift, args.seed)
    print(f"wrote {len(schema.tables)} tables: {workspace.schema_sql}, {lines} lines of models "
          f"in {args.files} files under {workspace.models}, {args.drift} drifted tables in "
          f"{workspace.drift_sql}")


if __name__ == "__main__":
    main()
