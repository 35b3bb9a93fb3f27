"""Patterns real projects write, read right (issue 11, section 2). Each reads one of our
own trees in ``tests/model_trees`` (``test_every_fixture_no_drift.py`` also checks that a
database created from each tree gives a plan without code actions)."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from schema_inspector.introspect.models import read_models

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
    # the account table has no class (add-model), named apart from the Account the file imports (apply would
    # refuse a second binding of it); the invoice's foreign key is left alone
    assert [(a.kind, a.class_name) for a in plan.actions if a.kind != "db-sql"] == [("add-model", "AccountModel")]


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


def plan_for(tree: str, pg, tmp_path, drift: str = "", schemas=("public",)):
    """The plan on a database created from ``tree`` with ``create_all`` and then ``drift``."""
    from conftest import execute
    from test_every_fixture_no_drift import create_all, lay_out

    from schema_inspector.introspect.postgres import read_schema
    from schema_inspector.planner.build import build_plan
    from schema_inspector.planner.options import PlannerOptions

    package = lay_out(TREES / tree, tmp_path)
    url = pg.new_database()
    create_all(tmp_path, f"app.{tree}", url)
    if drift:
        execute(url, drift)
    return build_plan(read_schema(url, schemas), read_models(package), PlannerOptions())


def test_a_computed_tablename_is_matched_to_the_database_table_of_its_usual_name(pg, tmp_path):
    models = read_models(TREES / "computed_tablename")
    assert [(c.class_name, c.candidates[:2], c.file.rsplit("/", 1)[-1], c.line) for c in models.computed_tablenames] == [
        ("UserAccount", ("user_account", "user_accounts"), "base.py", 16),
        ("BillingAddress", ("billing_address", "billing_addresses"), "base.py", 16),
        ("Operator", ("operator", "operators"), "base.py", 16),
    ]
    # the tables are named in the plural in this database: matched, compared, no class generated
    plan = plan_for("computed_tablename", pg, tmp_path, drift=(
        "ALTER TABLE user_account RENAME TO user_accounts; ALTER TABLE billing_address RENAME TO billing_addresses;"
        "ALTER TABLE billing_addresses ALTER COLUMN city TYPE varchar(120)"))
    assert [(a.kind, a.class_name) for a in plan.actions if a.kind != "db-sql"] == [("type", "BillingAddress")]


def test_no_class_is_generated_for_a_table_an_unmatched_computed_tablename_may_map(pg, tmp_path):
    # (its key renamed too: user_account_pkey would tell the rename, and the table would be renamed)
    plan = plan_for("computed_tablename", pg, tmp_path, drift="ALTER TABLE user_account RENAME TO members; "
                    "ALTER TABLE members RENAME CONSTRAINT user_account_pkey TO members_pkey")
    # no class for members; the foreign keys to UserAccount's unknown table are not compared
    assert [a.kind for a in plan.actions if a.kind not in ("db-sql",)] == []
    assert any(note.startswith("1 table(s) without a class (members): no class generated, because the table of "
                               "UserAccount (") for note in plan.notes), plan.notes


def test_a_computed_tablename_in_a_schema_not_read_does_not_stop_new_classes(pg, tmp_path):
    # Operator (schema "core", computed __tablename__) cannot map a table of public
    plan = plan_for("computed_tablename", pg, tmp_path, drift="CREATE TABLE audit_note (id serial PRIMARY KEY, body text)")
    assert [(a.kind, a.table) for a in plan.actions if a.kind != "db-sql"] == [("add-model", "audit_note")]
    assert any(note.startswith("schema core was not read, so the 1 model table(s) in it (operator)")
               for note in plan.notes), plan.notes


def test_a_base_written_module_dot_class_gives_its_columns():
    models = read_models(TREES / "module_bases")
    assert list(columns(models, "package")) == ["name", "id", "created"]
    assert list(columns(models, "resource")) == ["package_id", "url", "id", "created"]
    assert models.unresolved == ()


def test_constants_in_type_arguments_are_read_imported_ones_too():
    models = read_models(TREES / "type_constants")
    tag = columns(models, "tag")
    assert [(n, c.type.name, c.type.length, c.type.precision, c.type.scale) for n, c in tag.items()] == [
        ("id", "integer", None, None, None),
        ("name", "character varying", 40, None, None),  # Unicode(MAX_TAG_LENGTH), from .limits import
        ("title", "character varying", 120, None, None),  # String(limits.NAME_MAX)
        ("code", "character varying", 12, None, None),  # String(length=CODE_LENGTH) of the file
        ("price", "numeric", None, 10, 2),
    ]
    assert models.unresolved == ()


def test_tables_of_a_schema_not_read_are_a_note_never_compared_with_another_schema(pg, tmp_path):
    plan = plan_for("other_schema", pg, tmp_path)
    assert [a.kind for a in plan.actions if a.kind != "db-sql"] == []
    assert ("schema audit was not read, so the 1 model table(s) in it (event) were not compared; "
            "pass --schema audit (with --schema public) to compare them.") in plan.notes
    both = plan_for("other_schema", pg, tmp_path / "both", drift="ALTER TABLE audit.event ALTER COLUMN action TYPE varchar(80)",
                    schemas=("public", "audit"))
    assert [(a.kind, a.class_name) for a in both.actions if a.kind != "db-sql"] == [("type", "AuditEvent")]
    assert not any("was not read" in note for note in both.notes)


def test_indexes_outside_the_class_body_are_read_and_listener_ddl_is_not_added_again(pg, tmp_path):
    models = read_models(TREES / "outside_indexes")
    table = next(t for t in models.schema.tables if t.name == "document")
    assert [(i.name, i.columns, i.expressions) for i in table.indexes] == [
        ("ix_document_owner_slug", ("owner", "slug"), ()),
        ("ix_document_lower_slug", (), ("lower(slug)",)),  # Index(..., func.lower(Document.slug))
    ]
    assert [(u.name, u.columns) for u in table.unique_constraints] == [("uq_document_owner_slug", ("owner", "slug"))]
    assert [(name, line) for name, _, line in models.listener_indexes] == [("ix_document_body_fts", 23)]
    assert models.unresolved == ()
    plan = plan_for("outside_indexes", pg, tmp_path)  # create_all ran the listener's DDL
    assert [a.kind for a in plan.actions if a.kind != "db-sql"] == []
    assert any("ix_document_body_fts" in note and "not added: the event listener at" in note for note in plan.notes)


def test_type_decorator_chains_aliases_and_mutable_wrappers():
    models = read_models(TREES / "type_decorators")
    account = columns(models, "account")
    assert [(n, c.type.name, c.type.length) for n, c in account.items()] == [
        ("id", "integer", None),
        ("public_id", "unresolved", None),  # GUID: load_dialect_impl, reported
        ("referrer_id", "unresolved", None),
        ("email", "character varying", 200),  # EmailText(LowerCaseText): impl inherited
        ("handle", "character varying", 40),  # LowerCaseText imported as LCT
        ("settings", "jsonb", None),  # JSONAlias = JSONDict
        ("prefs", "jsonb", None),  # MutableDict.as_mutable(JSONB)
        ("extra", "jsonb", None),  # MutableDict.as_mutable(JSONDict)
    ]
    assert [u.message for u in models.unresolved] == [
        "public_id: type decorator GUID chooses its type in load_dialect_impl; cannot resolve statically",
        "referrer_id: type decorator GUID chooses its type in load_dialect_impl; cannot resolve statically"]


def test_sqlalchemy_utils_types_are_the_types_they_create():
    models = read_models(TREES / "sqlalchemy_utils_types")
    profile = columns(models, "profile")
    assert [(n, c.type.name, c.type.length) for n, c in profile.items()] == [
        ("id", "integer", None), ("public_id", "uuid", None), ("email", "character varying", 120),
        ("homepage", "text", None), ("last_ip", "character varying", 64), ("country", "character varying", 2),
        ("settings", "json", None), ("tags", "text", None), ("name", "character varying", 80),
        ("search", "tsvector", None), ("role", "character varying", 255), ("level", "integer", None),
        ("secret", "character varying", None), ("token", "character varying", 255), ("legacy", "bytea", None),
    ]
    assert models.unresolved == ()


def test_a_widened_length_held_in_a_constant_is_left_by_hand_not_an_edit(pg, tmp_path):
    plan = plan_for("type_constants", pg, tmp_path, drift=(
        "ALTER TABLE tag ALTER COLUMN title TYPE varchar(200); ALTER TABLE tag ALTER COLUMN name TYPE varchar(60)"))
    assert [a.kind for a in plan.actions if a.kind != "db-sql"] == []
    notes = [item.message for item in plan.by_hand if "a constant other columns may share" in item.message]
    assert len(notes) == 2
    assert any("takes limits.NAME_MAX (a constant" in note for note in notes)
    assert any("takes MAX_TAG_LENGTH (a constant" in note for note in notes)


def test_a_load_dialect_impl_type_is_learnt_from_its_columns_in_the_database(pg, tmp_path):
    consistent = plan_for("type_decorators", pg, tmp_path / "one")
    assert not any("GUID" in note for note in consistent.notes)
    plan = plan_for("type_decorators", pg, tmp_path / "two",
                    drift="ALTER TABLE account ALTER COLUMN referrer_id TYPE varchar(36)")
    assert [a.kind for a in plan.actions if a.kind != "db-sql"] == []
    assert ("the columns of type GUID (which the reader cannot resolve) have different types in the database: "
            "character varying(36): account.referrer_id; uuid: account.public_id; the models are left alone.") in plan.notes


def test_a_column_made_by_a_helper_or_an_imported_alias_is_edited_in_its_call(pg, tmp_path):
    from schema_inspector.codemods.files import run_plan

    plan = plan_for("column_helpers", pg, tmp_path, drift=(
        "ALTER TABLE query ALTER COLUMN data_source_id DROP NOT NULL;"
        "ALTER TABLE data_source ALTER COLUMN name TYPE varchar(150)"))
    # reference(...) takes nullable= as a parameter its column takes as it is, and NotNullColumn(...)
    # of base.py presets nullable= alone: the call's own keyword, or its type, is the edit (the type
    # was left by hand while the codemods knew a file's own aliases only)
    assert sorted((a.kind, a.attribute) for a in plan.actions if a.kind != "db-sql") == [
        ("nullable", "data_source_id"), ("type", "name")]
    assert [item for item in plan.by_hand if "the plan does not edit" in item.message] == []
    results = run_plan(plan, write=False)
    assert [type(r).__name__ for r in results] == ["Changed"]
    after = results[0].after
    assert "    name = NotNullColumn(db.String(150))\n" in after
    assert '    data_source_id = reference("data_source", nullable=True)\n' in after


def test_every_unresolved_line_is_in_its_own_file_and_shows_its_subject():
    from test_every_fixture_no_drift import model_trees

    checked = 0
    for tree in model_trees():
        for item in read_models(tree).unresolved:
            lines = Path(item.file).read_text(encoding="utf-8").splitlines()
            assert 1 <= item.line <= len(lines), str(item)
            subject = item.message.split(":")[0].rsplit(".", 1)[-1]
            if "__tablename__" in item.message:
                subject = "__tablename__"  # the statement that computes it (in the base's file)
            elif "__table_args__ = " in item.message and "is built by a function" in item.message:
                subject = item.message.split("__table_args__ = ")[1].split("(")[0]  # the helper's call
            elif item.message.startswith("class "):
                subject = " ".join(item.message.split()[:2])  # class Event is also defined at ...
            assert subject in lines[item.line - 1], str(item)
            checked += 1
    assert checked >= 4


def test_two_model_classes_of_one_name_on_two_tables_are_both_read(pg, tmp_path):
    models = read_models(TREES / "same_name_models")
    assert models.unread_tables == ()
    assert sorted((c.class_name, c.table, c.file.rsplit("/", 1)[-1]) for c in models.classes if c.table) == [
        ("Event", "audit_event", "audit.py"), ("Event", "billing_event", "billing.py")]
    plan = plan_for("same_name_models", pg, tmp_path)
    assert [a.kind for a in plan.actions if a.kind != "db-sql"] == []
    assert not any("no class generated" in note for note in plan.notes)


def test_types_and_enums_imported_from_the_projects_modules_outside_the_models_directory():
    # kinds.py, run_states.py, text_enum.py and defaults/ sit next to models/, not in it
    models = read_models(TREES / "project_imports" / "models")
    job = columns(models, "job")
    assert [(n, c.type.name, c.default) for n, c in job.items()] == [
        ("id", "integer", None),
        ("payload", "jsonb", "'{}'::jsonb"),  # the project's JSON: load_dialect_impl picks JSONB
        ("tags", "jsonb", "'[]'::jsonb"),
        ("state", "run_state", "'READY'::run_state"),  # auto() of an enum base in another module
        ("public_id", "uuid", None),  # registry(type_annotation_map=...): a decorator named UUID
        ("started", "timestamp with time zone", None),
        ("finished", "timestamp with time zone", None),
        ("spec", "jsonb", "'{}'::jsonb"),  # Document(dict): its own __init__, impl the JSON decorator
        ("extra", "json", None),  # postgresql.JSON().with_variant(...): SQLAlchemy's JSON, not the project's
        ("price", "numeric", None),  # Money = Numeric(12, 2)
        ("token", "uuid", "(GEN_RANDOM_UUID())"),  # @compiles(GenerateUUID, "postgresql")
        ("version", "character varying", "'unversioned'::character varying"),  # defaults.versions.NAME
        ("timeout", "interval", "'00:00:00'::interval"),  # "0", as PostgreSQL prints it
    ]
    assert job["price"].type.precision == 12 and job["price"].type.scale == 2
    assert [(e.name, e.labels) for e in models.schema.enums] == [("run_state", ("READY", "PAUSED"))]
    table = next(t for t in models.schema.tables if t.name == "job")
    assert [(i.name, i.expressions, i.where, i.method) for i in table.indexes] == [
        ("ix_job__coalesce_started_finished", ("coalesce(started, finished)",), None, "btree"),
        ("ix_job__ready", (), "state = 'READY'", "btree"),
        ("ix_job__open", (), "(finished IS NULL) AND (version <> 'old')", "btree"),
        ("ix_job__price_whole", ("CAST(price AS integer)",), None, "btree"),
        ("ix_job__tags", (), None, "gin"),  # .ddl_if(dialect="postgresql"); the sqlite one is not created
    ]
    assert models.unresolved == ()
    assert {Path(f).name for f in models.outside} >= {"kinds.py", "run_states.py", "text_enum.py", "versions.py"}


def test_an_absolute_import_of_the_project_is_found_from_its_import_root(tmp_path):
    import shutil

    tree = TREES / "project_imports"
    shutil.copytree(tree, tmp_path / "shop", ignore=shutil.ignore_patterns("__pycache__"))
    jobs = tmp_path / "shop" / "models" / "jobs.py"
    text = jobs.read_text(encoding="utf-8")
    assert "from ..kinds import" in text and "from ..run_states import RunState" in text
    jobs.write_text(text.replace("from ..kinds import", "from shop.kinds import")
                    .replace("from ..run_states import RunState", "import shop.run_states as states")
                    .replace("RunState", "states.RunState"), encoding="utf-8")
    (tmp_path / "shop" / "other.py").write_text(  # a model module the models do not import: not read
        "from sqlalchemy import Column, Integer\nfrom .models.jobs import Base\n\n\n"
        "class Other(Base):\n    __tablename__ = 'other'\n    id = Column(Integer, primary_key=True)\n")
    models = read_models(tmp_path / "shop" / "models")
    assert [(n, c.type.name) for n, c in columns(models, "job").items()][:6] == [
        ("id", "integer"), ("payload", "jsonb"), ("tags", "jsonb"), ("state", "run_state"), ("public_id", "uuid"),
        ("started", "timestamp with time zone")]
    assert [c.class_name for c in models.classes] == ["Base", "Job"]
    assert models.unresolved == ()


def test_table_items_a_function_makes_are_not_added_again(pg, tmp_path):
    models = read_models(TREES / "helper_table_args")
    room = next(t for t in models.schema.tables if t.name == "room")
    assert room.schema == "booking"  # table_args(cls, schema="booking")
    assert [(t, s, Path(f).name) for t, s, f, _ in models.hidden_items] == [("room", "booking", "models.py")]
    plan = plan_for("helper_table_args", pg, tmp_path, schemas=("public", "booking"))
    assert [a.kind for a in plan.actions if a.kind != "db-sql"] == []
    assert sum("not added:" in note and "may create it" in note for note in plan.notes) == 2  # ix_room_code, the lower one


def test_a_column_written_as_its_domain_is_read_as_the_domain():
    # sqlacodegen writes a domain column as DOMAIN("name", base type, checks...); before, each was
    # an unresolved type and the column's type went unchecked
    models = read_models(TREES / "domain_columns")
    invoice = columns(models, "invoice")
    assert {n: (c.type.name, c.type.kind, c.type.type_schema) for n, c in invoice.items() if n != "id"} == {
        "total": ("positive_amount", "domain", None),
        "contact": ("contact_email", "domain", None),  # name= and data_type= as keywords
    }
    assert models.unresolved == ()


def test_a_plain_class_a_model_inherits_gives_it_no_columns_of_its_own():
    # class Trade(Base, LocalTrade): LocalTrade's class attributes are shadowed by the columns,
    # its ClassVar and methods are not columns; "AppSetting" keeps its case
    models = read_models(TREES / "plain_class_mixin")
    assert [(n, c.type.render(), c.nullable) for n, c in columns(models, "trades").items()] == [
        ("id", "integer", False), ("pair", "character varying(25)", False), ("amount", "double precision", False),
        ("opened", "timestamp without time zone", True), ("side", "character varying(25)", False)]
    assert list(columns(models, "AppSetting")) == ["id", "key", "value"]
    assert models.unresolved == ()


def test_sqlalchemy_citext_s_type_is_citext(tmp_path):
    # ethyca/fides: ``from citext import CIText`` (the sqlalchemy-citext package), ``Column(CIText)``
    (tmp_path / "models.py").write_text(
        "from citext import CIText\n"
        "from sqlalchemy import Column, String\n"
        "from sqlalchemy.orm import declarative_base\n\n"
        "Base = declarative_base()\n\n\n"
        "class FidesUser(Base):\n"
        "    __tablename__ = \"fidesuser\"\n\n"
        "    id = Column(String, primary_key=True)\n"
        "    username = Column(CIText, unique=True, index=True)\n"
        "    email_address = Column(CIText(), nullable=True)\n", encoding="utf-8")
    models = read_models(tmp_path)
    assert models.unresolved == ()
    [table] = models.schema.tables
    assert [(c.name, c.type.render()) for c in table.columns] == [
        ("id", "character varying"), ("username", "citext"), ("email_address", "citext")]


def test_a_constant_bound_to_an_instance_of_a_type_class_and_a_type_made_of_parameters_are_read():
    models = read_models(TREES / "type_instances")
    host = columns(models, "host")
    assert [(n, c.type.render()) for n, c in host.items()] == [
        ("id", "integer"), ("addr", "inet"), ("seen_from", "inet"), ("gateway", "inet"),
        ("code", "character varying(12)"), ("peers", "inet[]"), ("price", "numeric(12,2)"), ("key", "inet")]
    assert models.unresolved == ()


def test_an_enum_stored_by_values_through_a_named_function_has_those_labels():
    models = read_models(TREES / "enum_values_function")
    assert {e.name: e.labels for e in models.schema.enums} == {
        "chat_platform": ("slack", "discord"), "chat_health": ("ok-now", "down-now")}
    assert models.unresolved == ()


def test_a_declared_attr_returning_a_class_method_s_column_is_that_column_on_every_table():
    models = read_models(TREES / "declared_attr_class_method")
    for table in ("ticket", "ticket_queue"):
        found = columns(models, table)
        assert [(n, c.type.render(), c.nullable) for n, c in found.items() if n not in ("id", "body")] == [
            ("opened_by", "character varying(64)", True), ("closed_by", "character varying(64)", True),
            ("revision", "bigint", False)]
    assert models.unresolved == ()


def test_index_predicates_named_by_module_constants_of_sql_are_that_sql():
    models = read_models(TREES / "index_predicate_constants")
    wheres = {i.name: i.where for t in models.schema.tables for i in t.indexes}
    assert wheres == {
        "board_name_in_team_uniq": "archived IS NOT TRUE AND team_id IS NOT NULL",
        "board_name_for_owner_uniq": "archived IS NOT TRUE AND team_id IS NULL",
        "live_hostname_uniq": "(retired_at IS NULL) AND (phase <> 'building') AND (phase <> 'broken')",
        "live_address_uniq": "(retired_at IS NULL) AND (phase <> 'building') AND (phase <> 'broken')"}
    assert models.unresolved == ()


def test_an_enum_class_imported_under_another_classes_name_is_the_class_imported():
    models = read_models(TREES / "enum_imported_as")
    assert [(n, c.type.render()) for n, c in columns(models, "span").items()] == [
        ("id", "integer"), ("status", "signalstatus"), ("last_status", "signalstatus")]
    assert [(e.name, e.labels) for e in models.schema.enums] == [("signalstatus", ("UNSET", "OK", "ERROR"))]
    assert models.unresolved == ()


def test_a_projects_own_mapped_column_and_a_computed_comment_leave_the_comment_unread():
    models = read_models(TREES / "column_wrapper")
    assert [(c.table, c.attribute, c.unread) for c in models.columns] == [
        ("registry", "code", ("comment",)), ("sample", "id", ("comment",)), ("sample", "label", ("comment",)),
        ("sample", "note", ()), ("sample", "registry_code", ("comment",))]
    assert [(u.file.rsplit("/", 1)[-1], u.line, u.message) for u in models.unresolved] == [
        ("fields.py", 14, "mapped_column: the project's own function of SQLAlchemy's name, which may set comment; "
                          "not compared where a call does not write it"),
        ("models.py", 20, 'code: comment=COMMENTS["code"].title() is not a literal; the comment is not compared')]


def test_enum_labels_spread_from_a_dict_are_its_keys():
    models = read_models(TREES / "enum_from_class_dict")
    assert [(n, c.type.render()) for n, c in columns(models, "filing").items()] == [
        ("id", "integer"), ("place", "character varying(9)"), ("kind", "filing_kinds"),
        ("channel", "character varying(7)")]
    assert [(e.name, e.labels) for e in models.schema.enums] == [("filing_kinds", ("ORAL", "WRITTEN"))]
    assert models.unresolved == ()


def test_a_helper_that_defaults_its_keyword_dicts_first_is_followed():
    models = read_models(TREES / "reference_col")
    players = next(t for t in models.schema.tables if t.name == "players")
    assert [(c.name, c.type.render(), c.nullable, c.comment) for c in players.columns] == [
        ("id", "integer", False, None), ("team_id", "integer", False, None),
        ("former_team_code", "character varying(12)", True, "the team before")]
    assert [(fk.columns, fk.target_table, fk.target_columns, fk.ondelete) for fk in players.foreign_keys] == [
        (("team_id",), "teams", ("id",), None), (("former_team_code",), "teams", ("code",), "SET NULL")]
    assert models.unresolved == ()


def test_a_class_body_index_of_another_classes_columns_is_that_tables_or_no_tables():
    models = read_models(TREES / "class_body_index_of_other_classes")
    indexes = {t.name: [(i.name, i.columns) for i in t.indexes] for t in models.schema.tables}
    assert indexes == {"feeds": [("ix_feeds_label_desc", ("label",)), ("ix_feeds_label_lower", ("label",))],
                       "feed_readings": [(None, ("feed_id",))]}
    assert [(u.line, u.message.split(":")[0]) for u in models.unresolved] == [(24, "CreatedMixin.created_utc")]
    assert "attached to no table" in models.unresolved[0].message


def test_a_class_whose_table_and_columns_are_all_its_bases_is_read_from_a_file_naming_no_sqlalchemy():
    models = read_models(TREES / "mixin_only_subclasses")
    assert [(c.class_name, c.table, Path(c.file).name) for c in models.classes if c.kind == "model"] == [
        ("AuditedGroup", "groups", "audited.py"), ("Group", "groups", "group.py")]
    groups = next(t for t in models.schema.tables if t.name == "groups")
    assert [c.name for c in groups.columns] == ["id", "group_name", "kind"]
    assert models.unresolved == ()


def test_enum_members_unpacked_from_one_statement_are_its_members():
    models = read_models(TREES / "enum_members_unpacked")
    assert [(e.name, e.labels) for e in models.schema.enums] == [("stage", ("draft", "in_review", "done"))]
    assert models.unresolved == ()


def test_a_type_name_several_modules_bind_is_each_modules_own_or_the_one_imported():
    models = read_models(TREES / "types_bound_in_several_modules")
    status = {t.name: next(c for c in t.columns if c.name == "status") for t in models.schema.tables}
    assert {name: (c.type.render(), c.default) for name, c in status.items()} == {
        "tickets": ("ticket_status", "'open'::ticket_status"), "letters": ("letter_status", "'draft'::letter_status"),
        "replies": ("letter_status", None)}
    assert models.unresolved == ()


def test_foreign_keys_of_an_annotated_alias_are_each_annotated_columns():
    models = read_models(TREES / "annotated_foreign_keys")
    config = next(t for t in models.schema.tables if t.name == "config")
    assert [(fk.columns, fk.target_table, fk.ondelete) for fk in config.foreign_keys] == [
        (("member_group_id",), "groups", "CASCADE"), (("blocked_group_id",), "groups", "CASCADE")]
    assert [(c.name, c.type.render(), c.nullable) for c in config.columns] == [
        ("id", "integer", False), ("member_group_id", "integer", False), ("blocked_group_id", "integer", True)]
    assert models.unresolved == ()


def test_an_annotation_alone_does_not_redefine_a_column_an_abstract_base_maps():
    models = read_models(TREES / "annotation_only_redeclared")
    pre_member = next(t for t in models.schema.tables if t.name == "pre_member")
    assert [(c.name, c.nullable) for c in pre_member.columns] == [
        ("move_in_date", True), ("id", False), ("birthdate", True), ("passwd_hash", True)]


def test_enum_labels_spread_from_a_literal_alias_are_its_strings():
    models = read_models(TREES / "literal_enum_labels")
    assert [(e.name, e.labels) for e in models.schema.enums] == [
        ("account_type", ("ASSET", "LIABILITY", "REVENUE")), ("traffic_direction", ("Ingress", "Egress"))]
    assert models.unresolved == ()


def test_enum_members_unpacked_from_a_range_python_would_refuse_do_not_stop_the_reader(tmp_path):
    (tmp_path / "models.py").write_text(
        "import enum\n\nimport sqlalchemy as sa\nfrom sqlalchemy.orm import declarative_base\n\nBase = declarative_base()\n\n\n"
        "class Stage(enum.Enum):\n    (draft, done) = range(0, 4, 0)\n\n\n"
        "class Task(Base):\n    __tablename__ = 'tasks'\n    id = sa.Column(sa.Integer, primary_key=True)\n"
        "    stage = sa.Column(sa.Enum(Stage))\n", encoding="utf-8")
    models = read_models(tmp_path)
    assert [(e.name, e.labels) for e in models.schema.enums] == [("stage", ("draft", "done"))]


def _read_source(tmp_path: Path, source: str):
    (tmp_path / "models.py").write_text(source)
    return read_models(tmp_path / "models.py")


DECLARATIVE_BASE_CALLED = """\
from sqlalchemy import Column, Integer, MetaData, String
from sqlalchemy import orm
{define}

class Base({base}):
    __abstract__ = True


class Tag(Base):
    __tablename__ = "tag"
    pk = Column(Integer, primary_key=True)
    label = Column(String)
"""


def test_sqlalchemy_s_declarative_base_called_as_a_base_adds_nothing_unseen(tmp_path):
    models = _read_source(tmp_path, DECLARATIVE_BASE_CALLED.format(define="", base="orm.declarative_base()"))
    assert models.unresolved == ()
    assert [(t.schema, t.name) for t in models.schema.tables] == [(None, "tag")]


def test_a_declarative_base_call_that_may_add_columns_or_a_schema_is_said(tmp_path):
    # a project's function of that name (its cls= may add columns), and a MetaData's schema
    project_function = "\n\ndef declarative_base():\n    return orm.declarative_base(cls=object)\n"
    for define, base in ((project_function, "declarative_base()"),
                         ("", 'orm.declarative_base(metadata=MetaData(schema="app"))')):
        models = _read_source(tmp_path, DECLARATIVE_BASE_CALLED.format(define=define, base=base))
        assert [u.message.split(": ", 1)[1] for u in models.unresolved] == [
            f"base class {base} is an expression the reader does not follow; what it adds to the class is not seen"]


def test_a_type_passing_on_its_args_or_literals_of_its_own_is_not_read_as_forwarding_parameters(tmp_path):
    # the review's cases of PasarGuard's ``super().__init__(length)``: ``*args`` passed on stay the impl's
    # arguments, and a literal the __init__ adds (``super().__init__(precision, 2)``) is not read away
    models = _read_source(tmp_path, textwrap.dedent("""
        from sqlalchemy import Column, Integer, Numeric, String, TypeDecorator
        from sqlalchemy.orm import declarative_base

        Base = declarative_base()


        class Str(TypeDecorator):
            impl = String
            cache_ok = True

            def __init__(self, *args, **kwargs):
                super().__init__(*args, **kwargs)


        class Money(TypeDecorator):
            impl = Numeric
            cache_ok = True

            def __init__(self, precision=12):
                super().__init__(precision, 2)


        class Payment(Base):
            __tablename__ = "payment"

            id = Column(Integer, primary_key=True)
            name = Column(Str(80))
            amount = Column(Money())
        """))
    [table] = models.schema.tables
    assert [c.type.render() for c in table.columns] == ["integer", "character varying(80)", "unresolved"]
    assert [u.message.split(":")[0] for u in models.unresolved] == ["amount"]


def test_a_schema_less_key_target_is_the_metadata_s_schema_not_the_table_s(tmp_path):
    # the review's case: SQLAlchemy looks ``ForeignKey("users.id")`` up in the MetaData's schema (none
    # here), whatever schema ``__table_args__`` gives the key's own table
    models = _read_source(tmp_path, textwrap.dedent("""
        from sqlalchemy import Column, ForeignKey, Integer
        from sqlalchemy.orm import declarative_base

        Base = declarative_base()


        class User(Base):
            __tablename__ = "users"
            id = Column(Integer, primary_key=True)


        class PoolUser(Base):
            __tablename__ = "users"
            __table_args__ = {"schema": "pools"}
            id = Column(Integer, primary_key=True)


        class Quota(Base):
            __tablename__ = "quota"
            __table_args__ = {"schema": "pools"}
            id = Column(Integer, primary_key=True)
            user_id = Column(Integer, ForeignKey("users.id"))
        """))
    [key] = models.schema.table("quota", "pools").foreign_keys
    assert (key.target_schema, key.target_table) == (None, "users")


# The installed libraries' files the reader reads for the models' bases and types are bounded (20): those the
# models name are read first, then those that lead to a base, then to a type (a review of the order that
# put a base's chain first found each of these read before and missed after it).
_PARTS = "".join(f"from {{package}} import part{n}\n" for n in range(25))
_PART_FILES = {f"part{n}.py": f"PART = {n}\n" for n in range(25)}
LIBRARIES_OF_BASES_AND_TYPES = {
    # a type imported straight from a second library, beside a base library that imports 25 modules
    "a type the models name": ({
        "baselib/__init__.py": "from sqlalchemy.orm import declarative_base\n" + _PARTS.format(package="baselib")
                               + "\nBase = declarative_base()\n\n\nclass AuditBase(Base):\n    __abstract__ = True\n",
        **{f"baselib/{name}": text for name, text in _PART_FILES.items()},
        "typelib/__init__.py": "from sqlalchemy import TypeDecorator\nfrom sqlalchemy.dialects.postgresql import JSONB"
                               "\n\n\nclass JsonDict(TypeDecorator):\n    impl = JSONB\n    cache_ok = True\n",
    }, "from baselib import AuditBase\nfrom sqlalchemy import Column, Integer\nfrom typelib import JsonDict\n\n\n"
       "class Team(AuditBase):\n    __tablename__ = 'team'\n    id = Column(Integer, primary_key=True)\n"
       "    settings = Column(JsonDict)\n"),
    # the type's package reached first deep in the base's chain (its mixins import it), then by the models
    "a type the base's mixins import": ({
        "lib/__init__.py": "",
        "lib/base.py": "from sqlalchemy.orm import declarative_base\n\nfrom lib.mixins import AuditColumns\n\n"
                       "Base = declarative_base()\n\n\nclass AuditBase(AuditColumns, Base):\n    __abstract__ = True\n",
        "lib/mixins.py": "from sqlalchemy import Column\n\nfrom lib.types import GUID\n\n\nclass AuditColumns:\n"
                         "    id = Column(GUID, primary_key=True)\n",
        "lib/types/__init__.py": "from lib.types.guid import GUID\n",
        "lib/types/guid.py": "from sqlalchemy import TypeDecorator\nfrom sqlalchemy.dialects.postgresql import UUID"
                             "\n\n\nclass GUID(TypeDecorator):\n    impl = UUID\n    cache_ok = True\n",
    }, "from lib.base import AuditBase\nfrom lib.types import GUID\nfrom sqlalchemy import Column\n\n\n"
       "class Team(AuditBase):\n    __tablename__ = 'team'\n    settings = Column(GUID)\n"),
    # a base a library's function makes, re-exported by its package, beside a type library of 25 modules
    "a base a library's function makes": ({
        "baselib/__init__.py": "from baselib.db import get_base\n",
        "baselib/db.py": "from sqlalchemy.orm import declarative_base\n\n\ndef get_base():\n"
                         "    return declarative_base()\n",
        "typelib/__init__.py": "from sqlalchemy import TypeDecorator\nfrom sqlalchemy.dialects.postgresql import JSONB\n"
                               + _PARTS.format(package="typelib")
                               + "\n\nclass JsonDict(TypeDecorator):\n    impl = JSONB\n    cache_ok = True\n",
        **{f"typelib/{name}": text for name, text in _PART_FILES.items()},
    }, "from baselib import get_base\nfrom sqlalchemy import Column, Integer\nfrom typelib import JsonDict\n\n"
       "BASE = get_base()\n\n\nclass Team(BASE):\n    __tablename__ = 'team'\n"
       "    id = Column(Integer, primary_key=True)\n    settings = Column(JsonDict)\n"),
}


@pytest.mark.parametrize("case", LIBRARIES_OF_BASES_AND_TYPES)
def test_the_library_files_read_first_are_those_the_models_need(tmp_path, monkeypatch, case):
    files, models = LIBRARIES_OF_BASES_AND_TYPES[case]
    for name, text in files.items():
        (tmp_path / "site" / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "site" / name).write_text(text)
    monkeypatch.syspath_prepend(str(tmp_path / "site"))
    (tmp_path / "models").mkdir()
    (tmp_path / "models" / "models.py").write_text(models)
    read = read_models(tmp_path / "models")
    assert read.unresolved == ()
    [team] = read.schema.tables
    assert {c.name: c.type.name for c in team.columns}["settings"] in ("jsonb", "uuid")


def test_a_class_a_function_makes_over_a_pydantic_parent_maps_nothing(tmp_path):
    # ``def read_schema(parent): class Read(parent): __tablename__ = ...; id: int``: no column written, not
    # taken for a mapped class (it would keep every table without a class from getting one)
    (tmp_path / "models.py").write_text(textwrap.dedent("""
        from sqlalchemy import Column, Integer
        from sqlalchemy.orm import declarative_base

        Base = declarative_base()


        class User(Base):
            __tablename__ = "users"
            id = Column(Integer, primary_key=True)


        def read_schema(parent):
            class Read(parent):
                __tablename__ = "users"
                id: int

            return Read
        """))
    assert [c.class_name for c in read_models(tmp_path).classes] == ["User"]


def test_a_library_object_the_bases_are_attributes_of_leads_to_them(tmp_path, monkeypatch):
    # invenio-db: ``class Job(db.Model, db.Timestamp)`` of ``from invenio_db import db``, whose package's
    # ``__init__`` binds ``db`` from the module that gives ``Timestamp`` by ``__getattr__``; read after a type
    # package's two dozen modules, that module was past the bound, and the class's columns unseen
    files = {
        "fakedb/__init__.py": "from .shared import db\n",
        "fakedb/shared.py": (
            "from flask_sqlalchemy import SQLAlchemy as FlaskSQLAlchemy\nfrom sqlalchemy import Column, DateTime\n\n\n"
            "class Timestamp:\n    created = Column(DateTime, nullable=False)\n"
            "    updated = Column(DateTime, nullable=False)\n\n\n"
            "class SQLAlchemy(FlaskSQLAlchemy):\n    def __getattr__(self, name):\n"
            "        if name == \"Timestamp\":\n            return Timestamp\n"
            "        return super().__getattr__(name)\n\n\ndb = SQLAlchemy()\n"),
        "faketypes/__init__.py": "from sqlalchemy import TypeDecorator\nfrom sqlalchemy.dialects.postgresql import JSONB\n"
                                 + _PARTS.format(package="faketypes")
                                 + "\n\nclass JsonDict(TypeDecorator):\n    impl = JSONB\n    cache_ok = True\n",
        **{f"faketypes/{name}": text for name, text in _PART_FILES.items()},
    }
    for name, text in files.items():
        (tmp_path / "site" / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "site" / name).write_text(text)
    monkeypatch.syspath_prepend(str(tmp_path / "site"))
    (tmp_path / "models.py").write_text(
        "from fakedb import db\nfrom faketypes import JsonDict\n\n\nclass Job(db.Model, db.Timestamp):\n"
        "    __tablename__ = 'jobs'\n    id = db.Column(db.Integer, primary_key=True)\n"
        "    settings = db.Column(JsonDict)\n")
    read = read_models(tmp_path / "models.py")
    assert read.unresolved == ()
    assert [c.name for c in read.schema.tables[0].columns] == ["id", "settings", "created", "updated"]
