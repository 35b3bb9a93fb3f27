"""Code generation is injection-proof: whatever text the database holds, it ends up in
generated code, SQL and markdown as data.

A hypothesis property generates hostile tables (names, column names, comments, text
defaults, enum names and labels made of quotes of every kind, triple quotes, backslashes,
line breaks of every kind, NUL-free unicode, Python keywords, names that Declarative or
Flask-SQLAlchemy reserve, 63-byte names, and code such as ``__import__('os').system(...)``
in every quoting context). For each example:

1. the tables are created in PostgreSQL (identifiers quoted by psycopg2's ``sql.Identifier``,
   text by ``sql.Literal``), read back, planned and applied (``AddModel``) into a models
   file in one of the three model styles;
2. the generated file parses, and is imported in a separate Python process whose audit
   hook records any process, file-write or network event while the module runs, and
   whose payloads would create a marker file if any of them ran;
3. the mapped tables, columns, comments, server defaults and enums equal the database's,
   name for name; the model reader then finds nothing left to add;
4. every ``db-sql`` suggestion (an ``ADD PRIMARY KEY`` for a table without one, the
   timestamp policy's ``ALTER COLUMN``) is executed on the throwaway database and does
   exactly what it says, on exactly the table and columns it names;
5. the markdown docs of that schema read back to the same schema.
"""

from __future__ import annotations

import ast
import json
import keyword
import os
import re
import subprocess
import sys
from dataclasses import dataclass, replace
from pathlib import Path

import psycopg2
import pytest
from conftest import ROOT
from hypothesis import HealthCheck, given, note, settings
from hypothesis import strategies as st
from psycopg2 import sql

from schema_inspector.codemods.files import Changed, run_plan
from schema_inspector.introspect.docs import parse_markdown, render_markdown
from schema_inspector.introspect.models import read_models
from schema_inspector.introspect.postgres import read_catalog, read_schema
from schema_inspector.introspect.schema import PrimaryKey
from schema_inspector.planner.build import build_plan
from schema_inspector.planner.naming import quote_ident
from schema_inspector.planner.options import PlannerOptions

# The slow tier (`pytest -m "not slow"` leaves it out): subprocesses and whole workflows.
pytestmark = pytest.mark.slow

# A file whose existence proves that generated code ran one of the payloads.
MARKER = Path(f"/tmp/sim{os.getpid()}")
PAYLOAD = f"__import__('os').system('touch {MARKER}')"
# Every way text could break out of a Python string, a comment or a SQL literal.
WRAPPERS = (
    "{p}", "'); {p}; ('", '"); {p}; ("', '"""); {p}; ("""', "'''); {p}; ('''", "\\'); {p} #",
    "\n{p}\n", "{{{p}}}", '" + {p} + "', "\\\n{p}", "\r{p}", "*/ {p} /*", "'; {p}; --",
)
PAYLOADS = tuple(w.replace("{p}", PAYLOAD) for w in WRAPPERS)
SPECIAL_NAMES = (
    *keyword.kwlist, "metadata", "registry", "query", "query_class", "__tablename__", "__table_args__",
    "__init__", "__class__", "_sa_class_manager", "_sa_instance_state", "id", "db", "Base", "Model", "Column",
    "Integer", "String", "Text", "Enum", "Boolean", "Numeric", "DateTime", "text", "sa", "Mapped",
    "mapped_column", "Optional", "relationship", "ForeignKey", "datetime", "decimal", "print", "self", "int",
    "list", "_sa_registry", "_sa_x",
    "__import__", "exec", "eval", "ﬁle", "file", "ℌello", "x" * 63, "é" * 31 + "x", "  spaced  ", "MiXeD",
    "2fa", "with.dot", "with-dash", "$1", "%s", "{x}", "a\"b", "a'b", "tab\tname", "new\nline", "back\\slash",
    "\u2028", "\x85", "--", "/*", "#", "created_at", "updated_at",
)
LINE_BREAKS_AND_QUOTES = tuple("'\"\\\n\r\t\x0b\x0c\x1c\u2028\u2029\x85{}$%`#|<>*_[]()!")

unicode_text = st.text(st.characters(exclude_categories=("Cs",), exclude_characters="\x00"), max_size=16)
hostile_text = st.one_of(
    st.sampled_from(PAYLOADS),
    st.sampled_from(SPECIAL_NAMES),
    unicode_text,
    st.lists(st.one_of(st.sampled_from(LINE_BREAKS_AND_QUOTES), unicode_text, st.sampled_from(PAYLOADS)),
             min_size=1, max_size=5).map("".join),
)


# Column names the planner cannot yet turn into attributes safely (see the two xfail tests
# below): a name the generated class body itself refers to (an attribute ``DateTime``
# shadows the imported type for the lines after it), and Declarative's ``_sa_`` prefix
# (such attributes are silently left unmapped). Kept out of the property until fixed.
SHADOWING_NAMES = frozenset({
    "Column", "Integer", "BigInteger", "SmallInteger", "Text", "String", "Boolean", "Numeric", "Float",
    "DateTime", "Date", "Time", "Interval", "Enum", "LargeBinary", "JSON", "ARRAY", "text", "func", "sa", "db",
    "Mapped", "mapped_column", "Optional", "datetime", "date", "time", "timedelta", "Decimal", "decimal",
    "int", "str", "float", "bool", "bytes", "dict", "list", "Any", "uuid", "UUID", "JSONB", "postgresql",
})


def _fits(name: str) -> bool:
    """A name PostgreSQL keeps as is: 1-63 bytes (it truncates longer ones)."""
    return 0 < len(name.encode()) <= 63


def _plannable(name: str) -> bool:
    return name not in SHADOWING_NAMES and not name.startswith("_sa_")


# Table names whose class name would be one of those names or the file's Base (``column``
# -> class Column, ``base`` -> class Base): the third xfail test below.
_SHADOWED_CLASSES = {name.lower() for name in SHADOWING_NAMES | {"Base", "Anchor"}}


def _plannable_table(name: str) -> bool:
    letters = re.sub(r"[^0-9a-z]", "", name.lower())
    return letters not in _SHADOWED_CLASSES and letters.removesuffix("s") not in _SHADOWED_CLASSES


identifiers = hostile_text.filter(_fits)
column_names = identifiers.filter(_plannable)
table_names = identifiers.filter(_plannable_table)
enum_labels = hostile_text.filter(lambda label: len(label.encode()) <= 63)
TYPES = ("integer", "text", "character varying(40)", "boolean", "numeric(10,2)", "timestamp with time zone", "enum")


@dataclass(frozen=True)
class HostileColumn:
    name: str
    type: str  # one of TYPES
    not_null: bool
    default: str | None  # a text literal (text / varchar columns only)
    comment: str | None


@dataclass(frozen=True)
class HostileTable:
    name: str
    columns: tuple[HostileColumn, ...]
    primary_key: bool  # the first column is the primary key
    comment: str | None


@dataclass(frozen=True)
class HostileSchema:
    tables: tuple[HostileTable, ...]
    enum_name: str
    enum_labels: tuple[str, ...]
    style: str


@st.composite
def hostile_columns(draw, name: str) -> HostileColumn:
    kind = draw(st.sampled_from(TYPES))
    texty = kind in ("text", "character varying(40)")
    default = draw(st.none() | hostile_text) if texty else None
    if default is not None and kind.startswith("character varying"):
        default = default[:40]
    return HostileColumn(name, kind, draw(st.booleans()), default, draw(st.none() | hostile_text))


@st.composite
def hostile_schemas(draw) -> HostileSchema:
    enum_name = draw(identifiers)
    names = draw(st.lists(table_names.filter(lambda n: n != enum_name), min_size=1, max_size=2, unique=True))
    tables = []
    for table_name in names:
        columns = tuple(draw(hostile_columns(name))
                        for name in draw(st.lists(column_names, min_size=1, max_size=4, unique=True)))
        primary_key = draw(st.booleans())
        if primary_key:  # an integer key, as most tables have
            columns = (replace(columns[0], type="integer", default=None),) + columns[1:]
        tables.append(HostileTable(table_name, columns, primary_key, draw(st.none() | hostile_text)))
    labels = tuple(draw(st.lists(enum_labels, min_size=1, max_size=4, unique=True)))
    return HostileSchema(tuple(tables), enum_name, labels, draw(st.sampled_from(sorted(STYLES))))


# -- the database side ---------------------------------------------------------------------------

def create_statements(schema: HostileSchema) -> list[sql.Composed]:
    """The DDL, every identifier quoted by psycopg2 and every text a literal."""
    enum = sql.Identifier("public", schema.enum_name)
    statements = [sql.SQL("CREATE TYPE {} AS ENUM ({})").format(
        enum, sql.SQL(", ").join(sql.Literal(label) for label in schema.enum_labels))]
    for table in schema.tables:
        columns = []
        for index, column in enumerate(table.columns):
            type_sql = enum if column.type == "enum" else sql.SQL(column.type)
            parts = [sql.Identifier(column.name), type_sql]
            if column.not_null:
                parts.append(sql.SQL("NOT NULL"))
            if column.default is not None:
                parts.append(sql.SQL("DEFAULT {}").format(sql.Literal(column.default)))
            if index == 0 and table.primary_key:
                parts.append(sql.SQL("PRIMARY KEY"))
            columns.append(sql.SQL(" ").join(parts))
        name = sql.Identifier("public", table.name)
        statements.append(sql.SQL("CREATE TABLE {} ({})").format(name, sql.SQL(", ").join(columns)))
        if table.comment is not None:
            statements.append(sql.SQL("COMMENT ON TABLE {} IS {}").format(name, sql.Literal(table.comment)))
        for column in table.columns:
            if column.comment is not None:
                statements.append(sql.SQL("COMMENT ON COLUMN {}.{} IS {}").format(
                    name, sql.Identifier(column.name), sql.Literal(column.comment)))
    return statements


def reset_database(url: str, schema: HostileSchema) -> None:
    conn = psycopg2.connect(url)
    conn.autocommit = True
    try:
        with conn.cursor() as cursor:
            cursor.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public;"
                           "CREATE TABLE anchor (id integer PRIMARY KEY);")
            for statement in create_statements(schema):
                cursor.execute(statement)
    finally:
        conn.close()


# -- the models side ------------------------------------------------------------------------------

STYLES = {
    "declarative": '''\
from sqlalchemy import Column, Integer
from sqlalchemy.orm import declarative_base

Base = declarative_base()


class Anchor(Base):
    __tablename__ = "anchor"

    id = Column(Integer, primary_key=True)
''',
    "mapped": '''\
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class Anchor(Base):
    __tablename__ = "anchor"

    id: Mapped[int] = mapped_column(primary_key=True)
''',
    "flask": '''\
from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy()


class Anchor(db.Model):
    __tablename__ = "anchor"

    id = db.Column(db.Integer, primary_key=True)
''',
}

# Imports each generated module in a process of its own, recording every event that would
# mean code from the database ran: a process, a file opened for writing, a network
# connection, a deletion. Replies with the mapped tables as the mapper sees them.
IMPORTER = r'''
import importlib.util, json, sys, traceback
DANGEROUS = ("os.system", "subprocess.", "os.posix_spawn", "os.exec", "os.fork", "os.spawn",
             "socket.", "os.remove", "os.unlink", "os.rename", "os.rmdir", "shutil.", "os.kill", "ctypes.")
events, recording = [], [False]

def audit(event, args):
    if not recording[0]:
        return
    writing = event == "open" and isinstance(args[1], str) and any(c in args[1] for c in "wax+")
    if event.startswith(DANGEROUS) or writing:
        events.append(event + " " + repr(args)[:300])

sys.addaudithook(audit)
import sqlalchemy as sa
from sqlalchemy.orm import clear_mappers, configure_mappers
import flask_sqlalchemy

def mapped(module):
    tables = []
    for cls in vars(module).values():
        if not (isinstance(cls, type) and cls.__module__ == module.__name__ and hasattr(cls, "__table__")):
            continue
        table = cls.__table__
        mapper = sa.inspect(cls)
        columns = []
        for column in table.columns:
            default = column.server_default
            enum = column.type if isinstance(column.type, sa.Enum) else None
            columns.append({
                "name": column.name, "comment": column.comment, "nullable": column.nullable,
                "primary_key": column.primary_key,
                "server_default": None if default is None else str(default.arg.text),
                "enum": None if enum is None else {"name": enum.name, "labels": list(enum.enums)},
                "mapped_by": [key for key, c in mapper.columns.items() if c is column],
            })
        tables.append({"class": cls.__name__, "name": table.name, "schema": table.schema,
                       "comment": table.comment, "columns": columns})
    return tables

for number, line in enumerate(sys.stdin):
    path = json.loads(line)
    del events[:]
    try:
        spec = importlib.util.spec_from_file_location(f"generated_{number}", path)
        module = importlib.util.module_from_spec(spec)
        recording[0] = True
        try:
            spec.loader.exec_module(module)
            configure_mappers()
        finally:
            recording[0] = False
        reply = {"ok": True, "tables": mapped(module), "events": events}
    except BaseException:
        reply = {"ok": False, "error": traceback.format_exc(), "events": events}
    finally:
        clear_mappers()
    print(json.dumps(reply), flush=True)
'''


@pytest.fixture(scope="module")
def importer():
    process = subprocess.Popen([sys.executable, "-c", IMPORTER], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                               text=True, cwd=ROOT, env={**os.environ, "PYTHONWARNINGS": "ignore"})

    def import_file(path: Path) -> dict:
        process.stdin.write(json.dumps(str(path)) + "\n")
        process.stdin.flush()
        return json.loads(process.stdout.readline())

    yield import_file
    process.stdin.close()
    process.wait(timeout=30)


@pytest.fixture(scope="module")
def hostile_db(pg):
    return pg.new_database()


@pytest.fixture(scope="module")
def workdir(tmp_path_factory):
    return tmp_path_factory.mktemp("codegen")


# -- the property ---------------------------------------------------------------------------------

# A bounded budget for CI (about 5 s here); derandomized, so every run tries the same
# examples. CG_EXPLORE=N runs N fresh random examples instead (see docs/reliability.md).
EXPLORE = int(os.environ.get("CG_EXPLORE", "0"))


@settings(max_examples=EXPLORE or 40, deadline=None, derandomize=not EXPLORE, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                 HealthCheck.filter_too_much, HealthCheck.data_too_large])
@given(schema=hostile_schemas())
def test_hostile_database_text_stays_data(hostile_db, workdir, importer, schema):
    note(repr(schema))
    reset_database(hostile_db, schema)
    truth = round_trip(hostile_db, workdir / "models", schema.style, importer)
    assert sorted(t.name for t in truth.tables if t.name != "anchor") == sorted(t.name for t in schema.tables)


def round_trip(url: str, models_dir: Path, style: str, importer, schemas: tuple[str, ...] = ("public",)):
    """Read the database, add a model for every table without one to a models file of
    ``style``, import it apart and check it against the database; check the db-sql
    suggestions and the docs. Returns the schema read."""
    MARKER.unlink(missing_ok=True)
    truth = read_schema(url, schemas)
    options = PlannerOptions()  # as the CLI plans: suggestions qualify tables outside public
    models_dir.mkdir(exist_ok=True)
    models = models_dir / "models.py"
    models.write_text(STYLES[style])
    plan = build_plan(truth, read_models(models_dir), options)
    results = run_plan(plan.filtered(kinds=("add-model",)), write=True, allowed_root=models_dir)
    assert [type(r) for r in results] == [Changed], results
    ast.parse(models.read_text())

    reply = importer(models)
    assert reply["events"] == [], reply["events"]
    assert not MARKER.exists()
    assert reply["ok"], reply.get("error")
    hostile = {t.name: t for t in truth.tables if t.name != "anchor"}
    mapped = {t["name"]: t for t in reply["tables"] if t["name"] != "anchor"}
    assert sorted(mapped) == sorted(hostile)
    new_models = {a.table: a for a in plan.actions if a.kind == "add-model"}
    for name, table in hostile.items():
        _assert_same_table(mapped[name], table, new_models[name], truth)

    after = build_plan(truth, read_models(models_dir), options)
    assert [a for a in after.actions if a.kind in ("add-model", "add-column", "column-name", "table-name")] == []

    with_policy = build_plan(truth, read_models(models_dir), replace(options, timestamp_policy=True))
    _assert_sql_suggestions_do_what_they_say(url, truth, with_policy, new_models, schemas)
    assert parse_markdown(render_markdown(truth)) == truth
    return truth


def _assert_same_table(mapped: dict, table, model, truth) -> None:
    assert mapped["schema"] in ((None, "public") if table.schema == "public" else (table.schema,))
    assert mapped["comment"] == table.comment
    assert [c["name"] for c in mapped["columns"]] == [c.name for c in table.columns]
    enums = {e.name: e for e in truth.enums}
    for got, column in zip(mapped["columns"], table.columns, strict=False):
        assert len(got["mapped_by"]) == 1, got  # every column is reachable through one attribute
        assert got["comment"] == column.comment
        assert got["nullable"] == (column.nullable and not got["primary_key"])
        assert got["server_default"] == column.default
        if column.type.kind == "enum":
            assert got["enum"] == {"name": column.type.name, "labels": list(enums[column.type.name].labels)}
    key = [c["name"] for c in mapped["columns"] if c["primary_key"]]
    assert key == list(table.primary_key.columns if table.primary_key else model.orm_primary_key)


def _assert_sql_suggestions_do_what_they_say(url: str, truth, plan, new_models: dict, schemas) -> None:
    """Run each suggestion in its own transaction, read the schema as that transaction
    sees it, and roll back: the only change is the one the suggestion names, on the
    table and columns it names."""
    suggestions = [a for a in plan.actions if a.kind == "db-sql"]
    no_key = {t.name for t in truth.tables if t.primary_key is None}
    assert {a.table for a in suggestions if "PRIMARY KEY" in a.sql} == no_key
    before = {t.name: t for t in truth.tables}
    for action in suggestions:
        conn = psycopg2.connect(url)
        try:
            with conn.cursor() as cursor:
                cursor.execute(action.sql)
            after = {t.name: t for t in _schema_in(conn, schemas).tables}
        finally:
            conn.rollback()
            conn.close()
        assert sorted(after) == sorted(before)
        assert [name for name in before if before[name] != after[name]] == [action.table], action.sql
        changed = after[action.table]
        assert changed == _expected_change(before[action.table], action, new_models, changed), action.sql


def _expected_change(table, action, new_models: dict, changed):
    """``table`` as the suggestion says it will be (the name PostgreSQL chose for a new
    primary key constraint taken from ``changed``)."""
    if "ADD PRIMARY KEY" in action.sql:
        key = tuple(new_models[action.table].orm_primary_key)
        name = changed.primary_key.name if changed.primary_key else None
        return replace(table, primary_key=PrimaryKey(key, name=name), columns=tuple(
            replace(c, nullable=False) if c.name in key else c for c in table.columns))
    if action.sql.endswith(" bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY;"):  # every column nullable
        assert all(c.nullable for c in table.columns) and not new_models[action.table].orm_primary_key
        key = action.sql.split(" ADD COLUMN ", 1)[1].rsplit(" bigint ", 1)[0]
        [added] = [c for c in changed.columns if quote_ident(c.name) == key and c.name not in
                   {old.name for old in table.columns}]
        name = changed.primary_key.name if changed.primary_key else None
        assert (added.type.name, added.nullable, added.identity) == ("bigint", False, "always")
        return replace(table, primary_key=PrimaryKey((added.name,), name=name), columns=(*table.columns, added))
    [column] = [c for c in ("created_at", "updated_at") if quote_ident(c) in action.sql]
    default = "now()" if action.sql.endswith("SET DEFAULT now();") else None
    assert default is not None or action.sql.endswith("DROP DEFAULT;")
    return replace(table, columns=tuple(
        replace(c, default=default) if c.name == column else c for c in table.columns))


def _schema_in(conn, schemas):
    """The schema as this open transaction sees it (uncommitted DDL included)."""
    with conn.cursor() as cursor:
        return read_catalog(cursor, schemas)


# -- fixed cases ----------------------------------------------------------------------------------

HOSTILE_SCHEMA = 'Sch"ema; DROP SCHEMA public --'
HOSTILE_TABLE = "'); __import__('os').system('x') #"
HOSTILE_COLUMN = "Robert'); DROP TABLE Students;--"
HOSTILE_COMMENT = '""" \\ \''
HOSTILE_DEFAULT = "it's a \\ \"quote\" '''"


def create_policy_tables(url: str) -> None:
    table = sql.Identifier(HOSTILE_SCHEMA, HOSTILE_TABLE)
    statements = [
        sql.SQL("CREATE SCHEMA {}").format(sql.Identifier(HOSTILE_SCHEMA)),
        sql.SQL("CREATE TABLE {} (created_at timestamp with time zone, "
                "updated_at timestamp with time zone DEFAULT now(), {} text NOT NULL DEFAULT {}, note text)").format(
            table, sql.Identifier(HOSTILE_COLUMN), sql.Literal(HOSTILE_DEFAULT)),
        sql.SQL("COMMENT ON TABLE {} IS {}").format(table, sql.Literal(HOSTILE_COMMENT)),
        sql.SQL("CREATE TABLE {} (id integer PRIMARY KEY)").format(sql.Identifier(HOSTILE_SCHEMA, "anchor")),
    ]
    conn = psycopg2.connect(url)
    conn.autocommit = True
    try:
        with conn.cursor() as cursor:
            for statement in statements:
                cursor.execute(statement)
    finally:
        conn.close()


@pytest.mark.parametrize("style", sorted(STYLES))
def test_hostile_schema_without_key_and_timestamp_policy(pg, workdir, importer, style):
    """Another schema with a hostile name (so every suggestion qualifies the table), no
    primary key (ADD PRIMARY KEY), created_at without a default (SET DEFAULT now()) and
    updated_at with one (DROP DEFAULT): all three suggestions run and do what they say."""
    url = pg.new_database()
    create_policy_tables(url)
    models_dir = workdir / f"policy_{style}"
    truth = round_trip(url, models_dir, style, importer, (HOSTILE_SCHEMA,))
    [table] = [t for t in truth.tables if t.name != "anchor"]
    assert (table.name, table.primary_key, table.comment) == (HOSTILE_TABLE, None, HOSTILE_COMMENT)
    plan = build_plan(truth, read_models(models_dir), PlannerOptions(timestamp_policy=True, schema="public"))
    suggestions = sorted(a.sql for a in plan.actions if a.kind == "db-sql")
    qualified = '"Sch""ema; DROP SCHEMA public --"."\'); __import__(\'os\').system(\'x\') #"'
    assert suggestions == [
        f"ALTER TABLE {qualified} ADD PRIMARY KEY (\"Robert'); DROP TABLE Students;--\");",
        f"ALTER TABLE {qualified} ALTER COLUMN created_at SET DEFAULT now();",
        f"ALTER TABLE {qualified} ALTER COLUMN updated_at DROP DEFAULT;",
    ]


def test_the_import_check_sees_code_that_runs(workdir, importer):
    """The oracle itself: a module that runs the payload is caught by the audit hook and
    leaves the marker."""
    MARKER.unlink(missing_ok=True)
    path = workdir / "runs_code.py"
    path.write_text(f"{PAYLOAD}\n")
    reply = importer(path)
    try:
        assert MARKER.exists()
        assert reply["events"] and reply["events"][0].startswith("os.system ")
    finally:
        MARKER.unlink(missing_ok=True)


@pytest.mark.parametrize("style", sorted(STYLES))
def test_column_named_like_an_import_does_not_shadow_it(hostile_db, workdir, importer, style):
    columns = [HostileColumn("id", "integer", True, None, None)]
    for name in ("DateTime", "Integer", "db", "Mapped", "datetime", "int"):
        columns.append(HostileColumn(name, "integer", False, None, None))
        columns.append(HostileColumn(f"after_{name}", "timestamp with time zone", False, None, None))
    schema = HostileSchema((HostileTable("events", tuple(columns), True, None),), "e", ("a",), style)
    reset_database(hostile_db, schema)
    round_trip(hostile_db, workdir / f"shadow_{style}", style, importer)


@pytest.mark.parametrize("style", sorted(STYLES))
def test_column_with_the_sa_prefix_is_mapped(hostile_db, workdir, importer, style):
    columns = (HostileColumn("id", "integer", True, None, None),
               HostileColumn("_sa_class_manager", "integer", False, None, None),
               HostileColumn("_sa_note", "text", False, None, None))
    schema = HostileSchema((HostileTable("t", columns, True, None),), "e", ("a",), style)
    reset_database(hostile_db, schema)
    round_trip(hostile_db, workdir / f"sa_{style}", style, importer)


@pytest.mark.parametrize("style", sorted(STYLES))
def test_table_named_like_an_import_or_base_gets_its_own_class(hostile_db, workdir, importer, style):
    tables = tuple(HostileTable(name, (HostileColumn("id", "integer", True, None, None),), True, None)
                   for name in ("base", "column", "mapped", "integer"))
    reset_database(hostile_db, HostileSchema(tables, "e", ("a",), style))
    round_trip(hostile_db, workdir / f"classes_{style}", style, importer)
