"""Issue 16, "One bad column never costs a whole file": an action the codemods cannot
carry out is skipped with a note naming the column and the reason; the file's other
actions are applied; `apply` exits 1; `compare` keeps reporting the skipped item."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

from scenario import Scenario

from schema_inspector.introspect.models import read_models
from schema_inspector.introspect.postgres import read_schema
from schema_inspector.planner.compare import compare

MODELS = {
    "mixins.py": """
        from sqlalchemy import String
        from sqlalchemy.orm import Mapped, declared_attr, mapped_column


        class Audited:
            @declared_attr
            def audited_by(cls) -> Mapped[str]:
                return mapped_column(String(40))
    """,
    "models.py": """
        from sqlalchemy import Column, Integer, String, Text
        from sqlalchemy.orm import DeclarativeBase

        from app.mixins import Audited


        class Base(DeclarativeBase):
            pass


        class Person(Audited, Base):
            __tablename__ = "person"
            id = Column(Integer, primary_key=True)
            age = Column(Integer); bio = Column(Text)
            name = Column(String(40), nullable=False)
            nick = Column(String(40))
    """,
}


DRIFT = """
    CREATE DOMAIN positive AS integer CHECK (VALUE > 0);
    ALTER TABLE person ADD COLUMN score positive, ADD COLUMN spot point, ADD COLUMN doc xml;
    ALTER TABLE person ALTER COLUMN audited_by TYPE varchar(80);
    ALTER TABLE person ALTER COLUMN age SET NOT NULL;
    ALTER TABLE person ALTER COLUMN name DROP NOT NULL;
    ALTER TABLE person ALTER COLUMN nick TYPE varchar(60);
    ALTER TABLE person ADD COLUMN email varchar(80);
"""


def test_each_bad_column_is_skipped_and_the_rest_applied(pg, tmp_path):
    scenario = Scenario(tmp_path, pg, MODELS).create_from_models()
    scenario.drift(DRIFT)
    outcome = scenario.reconcile(judged=False)
    [mixins, models] = sorted(outcome.results, key=lambda r: r.path)
    assert [note.split(": ", 1)[0] for note in models.skipped] == [
        "add-column Person.score skipped", "add-column Person.spot skipped", "add-column Person.doc skipped",
        "nullable Person.age skipped"]
    assert "no SQLAlchemy type writes 'positive'" in models.skipped[0]
    assert "no SQLAlchemy type writes 'point'" in models.skipped[1]
    assert "no SQLAlchemy type writes 'xml'" in models.skipped[2]
    assert "assigned on a line with other statements" in models.skipped[3]
    # a column a @declared_attr function returns: the returned column is edited (only the
    # type: its `-> Mapped[str]` makes it NOT NULL, as the database has it)
    assert mixins.skipped == () and outcome.plan.by_hand == ()
    assert "        return mapped_column(String(80))\n" in outcome.after["mixins.py"]
    # every other fix of the file is made
    assert outcome.after["models.py"].endswith(textwrap.dedent("""
        class Person(Audited, Base):
            __tablename__ = "person"
            id = Column(Integer, primary_key=True)
            age = Column(Integer); bio = Column(Text)
            name = Column(String(40), nullable=True)
            nick = Column(String(60))
            email = Column(String(80))
    """))
    # compare keeps reporting what was skipped
    left = {(d.kind, d.column) for d in compare(read_schema(scenario.url), read_models(scenario.package))}
    assert {("missing-column", "score"), ("missing-column", "spot"), ("missing-column", "doc"),
            ("nullable", "age")} <= left, left
    assert not {c for k, c in left if c in ("name", "nick", "email", "audited_by")}


def test_apply_applies_the_rest_and_exits_1_when_it_skipped_an_action(pg, tmp_path):
    scenario = Scenario(tmp_path, pg, MODELS).create_from_models()
    scenario.drift(DRIFT)
    done = subprocess.run(
        [sys.executable, "-m", "schema_inspector", "apply", "--db", scenario.url, "--models", str(scenario.package)],
        capture_output=True, text=True, timeout=120)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "skipped: add-column Person.spot skipped:" in " ".join(done.stderr.split())
    assert "email = Column(String(80))" in scenario.text("models.py")
    assert "2 file(s) changed, 0 failed, 0 unchanged, 4 action(s) skipped" \
        in " ".join(done.stdout.split()), done.stdout


CUSTOM_TYPE = {
    "models.py": """
        from sqlalchemy import Column, Integer, String
        from sqlalchemy.orm import DeclarativeBase
        from sqlalchemy.types import TypeDecorator


        class Trimmed(TypeDecorator):
            impl = String
            cache_ok = True

            def process_bind_param(self, value, dialect):
                return value.strip() if value is not None else None


        class Base(DeclarativeBase):
            pass


        class Person(Base):
            __tablename__ = "person"
            id = Column(Integer, primary_key=True)
            nick = Column(Trimmed(40))
    """,
}


def test_drift_left_by_hand_keeps_plan_and_apply_at_exit_1(pg, tmp_path):
    """The database widens a column whose type is the project's TypeDecorator: the plan
    leaves the type alone (its behaviour is the project's) and says so. Nothing is edited,
    and plan, apply and apply --check still exit 1 (the models differ from the database),
    with a ``by hand:`` line and the JSON's ``by_hand`` naming the file and line."""
    scenario = Scenario(tmp_path, pg, CUSTOM_TYPE).create_from_models()
    scenario.drift("ALTER TABLE person ALTER COLUMN nick TYPE varchar(80);")
    before = scenario.text("models.py")
    common = ["--db", scenario.url, "--models", str(scenario.package)]
    for command in (["plan"], ["apply"], ["apply", "--check"]):
        done = subprocess.run([sys.executable, "-m", "schema_inspector", *command, *common],
                              capture_output=True, text=True, timeout=120)
        assert done.returncode == 1, (command, done.stdout + done.stderr)
        flat = " ".join(done.stdout.split())
        assert "by hand: " in flat and "the model writes the type Trimmed, which is not SQLAlchemy's own" in flat
    planned = subprocess.run([sys.executable, "-m", "schema_inspector", "plan", *common, "--format", "json"],
                             capture_output=True, text=True, timeout=120)
    [item] = json.loads(planned.stdout)["by_hand"]
    assert (item["kind"], item["line"]) == ("type", 21) and item["file"].endswith("models.py"), item
    assert scenario.text("models.py") == before


COMPUTED_TABLE_NAMES = {
    "models.py": """
        import os

        from sqlalchemy import Column, Integer
        from sqlalchemy.orm import DeclarativeBase

        PREFIX = os.environ.get("TABLE_PREFIX", "app_")


        class Base(DeclarativeBase):
            pass


        class Client(Base):
            __tablename__ = PREFIX + "client"
            id = Column(Integer, primary_key=True)


        class Setting(Base):
            __tablename__ = "settings"
            id = Column(Integer, primary_key=True)
    """,
}


def test_plan_json_says_what_the_reader_could_not_read(pg, tmp_path):
    """A table name made at run time (a prefix from the environment): the plan has nothing to do,
    and its JSON, not only stderr, says why (a plan an agent reads)."""
    scenario = Scenario(tmp_path, pg, COMPUTED_TABLE_NAMES).create_from_models()
    planned = subprocess.run([sys.executable, "-m", "schema_inspector", "plan", "--db", scenario.url, "--models",
                              str(scenario.package), "--format", "json"], capture_output=True, text=True, timeout=120)
    document = json.loads(planned.stdout)
    assert [a for a in document["actions"] if a["kind"] != "db-sql"] == []
    [item] = document["unresolved"]
    assert item["file"].endswith("models.py") and "__tablename__" in item["message"], item
    assert document["errors"] == []


def test_plan_with_no_table_read_is_an_error_not_an_all_clear(pg, tmp_path):
    """Every table name made at run time: nothing can be compared, and `plan` says so with exit 2
    (it said "nothing to change", exit 0, whatever the database held: a CI check that always passed)."""
    files = {"models.py": COMPUTED_TABLE_NAMES["models.py"].split("        class Setting(Base):")[0]}
    scenario = Scenario(tmp_path, pg, files)
    planned = subprocess.run([sys.executable, "-m", "schema_inspector", "plan", "--db", scenario.url, "--models",
                              str(scenario.package)], capture_output=True, text=True, timeout=120)
    assert (planned.returncode, planned.stdout) == (2, ""), planned
    message = " ".join(planned.stderr.split())
    assert message.startswith("error: not one table of the 1 mapped classes under ") and message.endswith(
        "Client: __tablename__ is computed (PREFIX + \"client\"); cannot resolve statically): nothing can be "
        "compared, and a plan would find nothing to change whatever the database holds"), message
