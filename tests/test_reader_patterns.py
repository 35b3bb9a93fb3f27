"""Patterns real projects write, read right (issue 11, section 2). Each reads one of our
own trees in ``tests/model_trees`` (``test_every_fixture_no_drift.py`` also checks that a
database created from each tree gives a plan without code actions)."""

from __future__ import annotations

from pathlib import Path

from schema_inspector.introspect.source import read_models

TREES = Path(__file__).resolve().parent / "model_trees"


def columns(models, table: str) -> dict:
    found = next(t for t in models.schema.tables if t.name == table)
    return {c.name: c for c in found.columns}


def test_annotated_aliases_with_a_mapped_column_are_columns_whatever_the_python_type():
    models = read_models(TREES / "annotated_alias")
    dataset = columns(models, "dataset")
    assert [(n, c.type.name, c.type.dimensions, c.nullable) for n, c in dataset.items()] == [
        ("id", "integer", 0, False),
        ("user_metadata", "jsonb", 0, False),  # Annotated[dict[str, Any], mapped_column(JSONB, nullable=False)]
        ("tags", "character varying", 1, True),
        ("labels", "character varying", 1, True),  # Mapped[Optional[Labels]]
    ]
    assert models.unresolved == ()


def test_a_class_name_shared_with_a_plain_class_resolves_to_the_mapped_one():
    # api.py (read first) defines a plain Service; catalog.py the mapped one; usage.py
    # imports the mapped one for ForeignKey(Service.id).
    models = read_models(TREES / "same_name_classes")
    usage = next(t for t in models.schema.tables if t.name == "usage")
    assert [(fk.target_table, fk.target_columns, fk.ondelete) for fk in usage.foreign_keys] == [
        ("service", ("id",), "CASCADE")]
    assert {c.class_name: c.file.rsplit("/", 1)[-1] for c in models.classes if c.kind == "model"} == {
        "Service": "catalog.py", "Usage": "usage.py"}
    assert models.unresolved == ()


def test_a_foreign_key_to_a_class_outside_the_files_is_unresolved_not_a_crash(tmp_path, db):
    from conftest import execute
    from schema_inspector.introspect.postgres import read_schema
    from schema_inspector.planner.build import build_plan
    from schema_inspector.planner.options import PlannerOptions

    (tmp_path / "models.py").write_text(
        "from sqlalchemy import Column, ForeignKey, Integer\n"
        "from sqlalchemy.orm import declarative_base\n\n"
        "from accounts.models import Account\n\n"
        "Base = declarative_base()\n\n\n"
        "class Invoice(Base):\n"
        "    __tablename__ = \"invoice\"\n\n"
        "    id = Column(Integer, primary_key=True)\n"
        "    account_id = Column(Integer, ForeignKey(Account.id))\n", encoding="utf-8")
    execute(db, "CREATE TABLE account (id integer PRIMARY KEY);"
                "CREATE TABLE invoice (id integer PRIMARY KEY, account_id integer REFERENCES account (id) ON DELETE CASCADE)")
    models = read_models(tmp_path)
    assert [u.message for u in models.unresolved] == [
        "foreign key target `Account.id`: Account is not a mapped class of the scanned files; "
        "the foreign key is not compared"]
    plan = build_plan(read_schema(db), models, PlannerOptions())
    # the account table has no class (add-model); the invoice's foreign key is left alone
    assert [(a.kind, a.class_name) for a in plan.actions if a.kind != "db-sql"] == [("add-model", "Account")]


def test_column_helpers_imported_from_another_module_and_partial_aliases():
    models = read_models(TREES / "column_helpers")
    data_source, query = columns(models, "data_source"), columns(models, "query")
    assert [(n, c.type.name, c.nullable, c.comment) for n, c in data_source.items()] == [
        ("id", "integer", False, "DataSource id"),  # primary_key("DataSource"): comment=f"{name} id"
        ("name", "character varying", False, None),  # partial(db.Column, nullable=False)
        ("note", "text", True, None),  # ... nullable=True written at the use site
    ]
    assert [(n, c.nullable) for n, c in query.items()] == [
        ("id", False), ("data_source_id", False), ("parent_id", True), ("title", False)]
    table = next(t for t in models.schema.tables if t.name == "query")
    assert [(fk.columns, fk.target_table, fk.ondelete) for fk in table.foreign_keys] == [
        (("data_source_id",), "data_source", "CASCADE"),  # the helper's default ondelete
        (("parent_id",), "query", "SET NULL"),
    ]
    assert [i.columns for i in table.indexes] == [("title",)]
    assert models.unresolved == ()


def test_an_imported_helper_the_reader_cannot_follow_is_reported(tmp_path):
    (tmp_path / "helpers.py").write_text(
        "from sqlalchemy import Column, Integer\n\n\n"
        "def created():\n"
        "    kind = Integer\n"
        "    return Column(kind)\n", encoding="utf-8")
    (tmp_path / "models.py").write_text(
        "from sqlalchemy import Column, Integer\n"
        "from sqlalchemy.orm import declarative_base\n\n"
        "from helpers import created\n\n"
        "Base = declarative_base()\n\n\n"
        "class Event(Base):\n"
        "    __tablename__ = \"event\"\n\n"
        "    id = Column(Integer, primary_key=True)\n"
        "    at = created()\n", encoding="utf-8")
    models = read_models(tmp_path)
    assert [(u.line, u.message) for u in models.unresolved] == [
        (13, "Event.at: column built by a function call `created(...)`; cannot read it statically")]
    assert models.hidden_columns("Event") is not None


NOISY = """
from sqlalchemy import Column, ForeignKey, Integer
from sqlalchemy.orm import declarative_base

from app.types import Money

Base = declarative_base()


class Order(Base):
    __tablename__ = "orders"

    id = Column(Integer, primary_key=True)
    total = Column(Money)
    tax = Column(Money)
    fee = Column(Money)
    customer_id = Column(None, ForeignKey("customers.uid"))


class Customer(Base):
    __tablename__ = "customers"

    id = Column(Integer, primary_key=True)
"""


def test_unresolved_lines_are_one_per_cause_verbose_lists_all_json_keeps_all(tmp_path, db):
    import json
    import subprocess
    import sys

    from conftest import execute

    (tmp_path / "models.py").write_text(NOISY, encoding="utf-8")
    execute(db, "CREATE TABLE customers (id integer PRIMARY KEY);"
                "CREATE TABLE orders (id integer PRIMARY KEY, total numeric, tax numeric, fee numeric,"
                " customer_id integer)")

    def run(*extra):
        return subprocess.run([sys.executable, "-m", "schema_inspector", "compare-db-models", "--db", db,
                               "--models", str(tmp_path), *extra], capture_output=True, text=True, timeout=120)

    path = tmp_path / "models.py"
    lines = [line for line in run().stderr.splitlines() if line.startswith("unresolved:")]
    assert lines == [
        f"unresolved: {path}:14: total: type `Money` is not a known SQLAlchemy type (a variable or custom type?) "
        "(2 more like it; --verbose lists them)",
        # a scanned table without the column: said so, not "not in the scanned models"
        f"unresolved: {path}:17: customer_id: type comes from foreign key target customers.uid, "
        "but table customers of the scanned models has no column uid",
    ]
    verbose = [line for line in run("--verbose").stderr.splitlines() if line.startswith("unresolved:")]
    assert [line.split(": ")[2] for line in verbose] == ["total", "tax", "fee", "customer_id"]
    document = json.loads(run("--format", "json").stdout)
    assert [(u["line"], u["message"].split(":")[0]) for u in document["unresolved"]] == [
        (14, "total"), (15, "tax"), (16, "fee"), (17, "customer_id")]
