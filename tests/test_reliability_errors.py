"""Bad input, swept across the command line: every command with a missing file, a
directory instead of a file, an unreadable file (a path through a regular file: we run
as root, so chmod 000 would not stop us), a bad URL, a bad snapshot, a bad plan, an
unknown fix kind, a models directory without models, a bad config, an unwritable --out.

Each must end with exit 2 and one line on stderr that says what and where (and, where
there is one, how to fix it), never a traceback; ``--debug`` shows the traceback.

Each case runs ``schema_inspector.cli.main`` in a real child process, forked from this
one after the program's modules are imported (a fresh interpreter would spend most of
its second importing LibCST and SQLAlchemy, 160 times over): its own stdout, stderr and
exit status, read back from files. The ``--debug`` checks run the real console command."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import traceback
from dataclasses import dataclass
from pathlib import Path

import hypothesmith  # Python programs from CPython's grammar (in the test extra)
import pytest
from conftest import FIXTURES, ROOT
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from schema_inspector.introspect.errors import InputError
from schema_inspector.introspect.models import read_models

# The slow tier (`pytest -m "not slow"` leaves it out): subprocesses and whole workflows.
pytestmark = pytest.mark.slow

SEED = FIXTURES / "seed"
DB_COMMANDS = ("introspect", "compare-db-models", "plan", "apply", "generate-docs", "validate", "report",
               "audit-timestamps")
MODEL_COMMANDS = ("compare-db-models", "plan", "apply", "report", "audit-timestamps", "compare-models-doc")
DOC_COMMANDS = ("validate", "compare-models-doc", "report")
OUT_COMMANDS = ("introspect", "plan", "generate-docs", "report")


@dataclass(frozen=True)
class Case:
    """One bad invocation; ``{w}`` in an argument is the workspace directory."""

    id: str
    args: tuple[str, ...]
    says: str  # a fragment the error line must contain (what / where)
    usage: bool = False  # a usage error of the parser: one line that points at --help
    bug: str = ""  # why this case fails today (the test is xfail(strict) until fixed)


def _db_args(command: str) -> tuple[str, ...]:
    """What each command needs besides --db (all valid)."""
    return {
        "compare-db-models": ("--models", "{w}/models"), "plan": ("--models", "{w}/models"),
        "apply": ("--models", "{w}/models"), "validate": ("--doc", "{w}/schema.md"),
        "report": ("--models", "{w}/models"), "audit-timestamps": ("--models", "{w}/models"),
    }.get(command, ())


DB_FAULTS = {
    "missing-sql": ("{w}/missing.sql", "{w}/missing.sql: no such file"),
    "missing-json": ("{w}/missing.json", "{w}/missing.json: no such file"),
    "directory": ("{w}/dir.sql", "{w}/dir.sql: no such file"),
    "unreadable": ("{w}/plain.txt/schema.sql", "{w}/plain.txt/schema.sql: no such file"),
    "unknown-kind": ("{w}/plain.txt", "unknown database source"),
    "unreachable-url": ("postgresql://app:pw@127.0.0.1:1/app", "cannot connect to postgresql://app:***@127.0.0.1:1/app"),
    "malformed-url": ("postgresql://localhost:notaport/app", 'invalid integer value "notaport"'),
    "bad-conninfo": ("colour=red dbname=app", 'invalid connection option "colour"'),
    "snapshot-not-json": ("{w}/not_json.json", "{w}/not_json.json: Expecting property name"),
    "snapshot-wrong-version": ("{w}/v99.json", "not a schema-inspector snapshot of version 1"),
    "snapshot-not-object": ("{w}/list.json", "not a schema-inspector snapshot of version 1"),
}

MODEL_FAULTS = {
    "missing": ("{w}/no_models", "{w}/no_models: no such file or directory"),
    "without-models": ("{w}/helpers", "no mapped classes found under {w}/helpers"),
    "unreadable": ("{w}/plain.txt/models", "{w}/plain.txt/models: no such file or directory"),
    "undecodable": ("{w}/binary.py", "{w}/binary.py:1: cannot decode"),
    "empty-file": ("{w}/empty.py", "no mapped classes found under {w}/empty.py"),
}

DOC_FAULTS = {
    "missing": ("{w}/missing.md", "{w}/missing.md: no such file"),
    "directory": ("{w}/dir.sql", "{w}/dir.sql: no such file"),
    "unreadable": ("{w}/plain.txt/schema.md", "{w}/plain.txt/schema.md: no such file"),
}

PLAN_FAULTS = {
    "missing": ("{w}/missing_plan.json", "{w}/missing_plan.json: cannot read plan"),
    "directory": ("{w}/dir.sql", "{w}/dir.sql: cannot read plan"),
    "unreadable": ("{w}/plain.txt/plan.json", "{w}/plain.txt/plan.json: cannot read plan"),
    "not-json": ("{w}/not_json.json", "{w}/not_json.json: cannot read plan"),
    "wrong-version": ("{w}/v99.json", "not a schema-inspector plan of version 1"),
    "not-object": ("{w}/list.json", "not a schema-inspector plan of version 1"),
    "unknown-action": ("{w}/plan_unknown_action.json", "unknown action 'Explode'"),
    "wrong-types": ("{w}/plan_wrong_types.json", "{w}/plan_wrong_types.json: cannot read plan"),
    "wrong-items": ("{w}/plan_wrong_items.json", "'items_attributes' is not a list of [file, class, attribute]"),
}

def _cases() -> list[Case]:
    cases = []
    for fault, (value, says) in DB_FAULTS.items():
        for command in DB_COMMANDS:
            cases.append(Case(f"db-{fault}-{command}", (command, "--db", value, *_db_args(command)), says))
    for command in ("introspect", "plan"):
        cases.append(Case(f"db-snapshot-missing-key-{command}",
                          (command, "--db", "{w}/no_tables.json", *_db_args(command)),
                          "missing key 'schema'"))
        cases.append(Case(f"db-sql-error-{command}", (command, "--db", "{w}/bad.sql", *_db_args(command)),
                          'bad.sql:2: ERROR:  type "intt" does not exist'))
    for command in ("compare-db-models", "plan", "report"):  # both sides bad: the database's error
        cases.append(Case(f"db-and-models-{command}", (command, "--db", "{w}/bad.sql", "--models", "{w}/binary.py"),
                          'bad.sql:2: ERROR:  type "intt" does not exist'))
        cases.append(Case(f"db-and-models-missing-{command}",
                          (command, "--db", "{w}/missing.json", "--models", "{w}/no_models"),
                          "{w}/missing.json: no such file"))
    for fault, (value, says) in MODEL_FAULTS.items():
        for command in MODEL_COMMANDS:
            source = ("--doc", "{w}/schema.md") if command == "compare-models-doc" else ("--db", "{w}/snapshot.json")
            cases.append(Case(f"models-{fault}-{command}", (command, *source, "--models", value), says))
    for fault, (value, says) in DOC_FAULTS.items():
        for command in DOC_COMMANDS:
            other = ("--models", "{w}/models") if command != "validate" else ()
            source = () if command == "compare-models-doc" else ("--db", "{w}/snapshot.json")
            cases.append(Case(f"doc-{fault}-{command}", (command, *source, *other, "--doc", value), says))
    for command in DOC_COMMANDS:
        other = ("--models", "{w}/models") if command != "validate" else ()
        source = () if command == "compare-models-doc" else ("--db", "{w}/snapshot.json")
        cases.append(Case(
            f"doc-undecodable-{command}", (command, *source, *other, "--doc", "{w}/binary.md"), "{w}/binary.md"))
        cases.append(Case(
            f"doc-not-a-schema-doc-{command}", (command, *source, *other, "--doc", "{w}/notes.md"), "{w}/notes.md"))
    for fault, (value, says) in PLAN_FAULTS.items():
        cases.append(Case(f"plan-{fault}", ("apply", "--models", "{w}/models", "--plan", value), says))
    cases.append(Case("plan-missing-key", ("apply", "--models", "{w}/models", "--plan", "{w}/plan_no_actions.json"),
                      "missing key 'actions'"))
    for command in ("plan", "apply"):
        cases.append(Case(f"only-unknown-{command}",
                          (command, "--db", "{w}/snapshot.json", "--models", "{w}/models", "--only", "colour"),
                          "unknown fix kind colour (--only takes: table-name"))
        for flag, value in (("--file", "models_nosuch.py"), ("--table", "nosuch_table")):
            cases.append(Case(
                f"filter-matches-nothing-{command}{flag}",
                (command, "--db", "{w}/snapshot.json", "--models", "{w}/models", flag, value), value))
    for command in OUT_COMMANDS:
        extra = ("--models", "{w}/models") if command in ("plan", "report") else ()
        for fault, value in (("directory", "{w}/dir.sql"), ("unwritable", "{w}/plain.txt/out.txt")):
            cases.append(Case(
                f"out-{fault}-{command}", (command, "--db", "{w}/snapshot.json", *extra, "--out", value), value))
    for fault, setting, says, bug in (
        ("not-toml", "[tool.schema-inspector\n", "cannot read [tool.schema-inspector]", ""),
        ("unknown-key", "[tool.schema-inspector]\ncolour = 'red'\n", "unknown key(s) in [tool.schema-inspector]: colour", ""),
        ("threshold-not-number", "[tool.schema-inspector]\nrename-threshold = 'high'\n", "rename-threshold", ""),
        ("model-files-not-table", "[tool.schema-inspector]\nmodel-files = 5\n", "model-files", ""),
    ):
        cases.append(Case(f"config-{fault}", ("plan", "--db", "{w}/snapshot.json", "--models",
                                              f"{{w}}/config_{fault}/models"), says, bug=bug))
        CONFIGS[fault] = setting
    for name, args, says in (
        ("bad-format", ("introspect", "--db", "{w}/snapshot.json", "--format", "xml"), "'xml' is not one of"),
        ("unknown-option", ("introspect", "--db", "{w}/snapshot.json", "--formt", "json"), "No such option: --formt"),
        ("missing-doc", ("validate", "--db", "{w}/snapshot.json"), "--doc"),
        ("unknown-command", ("inspect",), "No such command 'inspect'"),
    ):
        cases.append(Case(f"usage-{name}", args, says, usage=True))
    return cases


CONFIGS: dict[str, str] = {}
CASES = _cases()


def _workspace(base: Path) -> None:
    """The files the cases point at: good ones (seed models, a snapshot, its docs) and bad ones."""
    shutil.copytree(SEED / "models", base / "models")
    (base / "dir.sql").mkdir()
    (base / "plain.txt").write_text("a regular file, so nothing can be under it\n")
    (base / "helpers").mkdir()
    (base / "helpers" / "util.py").write_text("def helper():\n    return 1\n")
    (base / "binary.py").write_bytes(b"\xff\xfe\x00 not python \x80")
    (base / "binary.md").write_bytes(b"\xff\xfe\x00 not markdown \x80")
    (base / "empty.py").write_text("")
    (base / "notes.md").write_text("# Release notes\n\nNothing about tables here.\n")
    (base / "not_json.json").write_text("{not json")
    (base / "v99.json").write_text('{"version": 99}')
    (base / "list.json").write_text("[]")
    (base / "no_tables.json").write_text('{"version": 1}')
    (base / "bad.sql").write_text("CREATE TABLE ok (id integer PRIMARY KEY);\nCREATE TABLE bad (id intt);\n")
    (base / "plan_no_actions.json").write_text('{"version": 1, "files": {}}')
    (base / "plan_unknown_action.json").write_text(
        '{"version": 1, "files": {}, "actions": [{"action": "Explode", "file": "models.py"}]}')
    (base / "plan_wrong_types.json").write_text('{"version": 1, "files": [], "actions": []}')
    (base / "plan_wrong_items.json").write_text('{"version": 1, "files": {}, "items_attributes": ["abc"], "actions": []}')
    for fault, setting in CONFIGS.items():
        shutil.copytree(SEED / "models", base / f"config_{fault}" / "models")
        (base / f"config_{fault}" / "pyproject.toml").write_text(setting)
    for args in (("introspect", "--db", str(SEED / "schema.sql"), "--out", str(base / "snapshot.json")),
                 ("generate-docs", "--db", str(base / "snapshot.json"), "--out", str(base / "schema.md"))):
        made = _run(args, base)
        assert made.returncode == 0, made.stderr


def _run(args, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "schema_inspector", *args], capture_output=True, text=True, cwd=cwd, timeout=180,
        env={**os.environ, "COLUMNS": "200", "PYTHONPATH": str(ROOT), "DATABASE_URL": ""},
    )


def _args(case: Case, base: Path) -> list[str]:
    return [a.replace("{w}", str(base)) for a in case.args]


@dataclass(frozen=True)
class Outcome:
    returncode: int
    stdout: str
    stderr: str


def _run_forked(args: list[str], cwd: Path) -> Outcome:
    """``schema-inspector ARGS`` in a forked child: its exit status and its output."""
    import schema_inspector.cli as cli

    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        sys.stdout.flush()
        sys.stderr.flush()
        pid = os.fork()
        if pid == 0:  # the child: never returns into pytest
            code = 99
            try:
                os.chdir(cwd)
                os.environ["DATABASE_URL"] = ""
                os.dup2(out.fileno(), 1)
                os.dup2(err.fileno(), 2)
                sys.stdout = open(1, "w", closefd=False)
                sys.stderr = open(2, "w", closefd=False)
                cli.main(args)
            except SystemExit as done:
                code = done.code if isinstance(done.code, int) else (0 if done.code is None else 1)
            except BaseException:
                traceback.print_exc()
            finally:
                sys.stdout.flush()
                sys.stderr.flush()
                os._exit(code)
        _, status = os.waitpid(pid, 0)
        out.seek(0)
        err.seek(0)
        return Outcome(os.waitstatus_to_exitcode(status), out.read().decode(), err.read().decode())


def _preload() -> None:
    """The modules the commands import lazily, imported once before forking."""
    import schema_inspector.codemods.files  # noqa: F401
    import schema_inspector.introspect.db_option  # noqa: F401
    import schema_inspector.introspect.docs  # noqa: F401
    import schema_inspector.introspect.models  # noqa: F401
    import schema_inspector.planner.build  # noqa: F401
    import schema_inspector.planner.compare  # noqa: F401
    import schema_inspector.planner.report  # noqa: F401
    import schema_inspector.planner.schema_diff  # noqa: F401
    import schema_inspector.planner.timestamps  # noqa: F401


@pytest.fixture(scope="module")
def swept(tmp_path_factory) -> tuple[Path, dict[str, Outcome]]:
    base = tmp_path_factory.mktemp("sweep")
    _workspace(base)
    _preload()
    return base, {case.id: _run_forked(_args(case, base), base) for case in CASES}


@pytest.mark.parametrize(
    "case", [pytest.param(c, id=c.id, marks=pytest.mark.xfail(strict=True, reason=c.bug) if c.bug else ())
             for c in CASES])
def test_bad_input_is_one_clear_line_and_exit_2(swept, case):
    base, results = swept
    result = results[case.id]
    says = case.says.replace("{w}", str(base))
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr, result.stderr
    assert result.returncode == 2, (result.returncode, result.stderr[-500:])
    assert len(lines) == 1, lines
    assert lines[0].startswith("error: ") and says in lines[0], (says, lines[0])
    if case.usage:  # the parser's own message, and where the help is
        assert lines[0].endswith(" --help')"), lines[0]


@pytest.mark.parametrize("args", [
    ("introspect", "--db", "{w}/missing.sql"),
    ("plan", "--db", "{w}/snapshot.json", "--models", "{w}/helpers"),
    ("apply", "--models", "{w}/models", "--plan", "{w}/not_json.json"),
    ("introspect", "--db", "postgresql://app:pw@127.0.0.1:1/app"),
], ids=["missing-sql", "models-without-models", "bad-plan", "unreachable"])
def test_debug_shows_the_traceback(swept, args):
    base, _ = swept
    result = _run([a.replace("{w}", str(base)) for a in ("--debug", *args)], base)
    assert result.returncode == 2
    assert "Traceback (most recent call last)" in result.stderr
    assert "InputError" in result.stderr
    assert "app:pw@" not in result.stderr


# -- the model reader on any Python it can parse ---------------------------------------------------

def _read_or_nothing_found(path: Path):
    """read_models' allowed outcomes: a ModelSet, or InputError "no mapped classes" (or mapped
    classes of which not one table can be read)."""
    try:
        return read_models(path)
    except InputError as error:
        assert "no mapped classes found" in str(error) or str(error).startswith("not one table of the "), error
        return None


def _check_model_set(models, files: dict[Path, str]) -> None:
    """Every place the reader names is a real place: file:line within the files read."""
    lines = {str(path): text.count("\n") + 1 for path, text in files.items()}
    for item in (*models.unresolved, *models.errors):
        assert item.file in lines and 0 <= item.line <= lines[item.file], item
    for source in (*models.classes, *models.columns):
        assert source.file in lines and 1 <= source.line <= lines[source.file], source


@settings(max_examples=60, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                 HealthCheck.filter_too_much, HealthCheck.data_too_large])
@given(source=hypothesmith.from_grammar())
def test_reader_survives_arbitrary_python(tmp_path_factory, source):
    """hypothesmith's programs: any syntactically valid Python (from CPython's grammar)."""
    path = tmp_path_factory.mktemp("any") / "models.py"
    path.write_text(source, encoding="utf-8")
    models = _read_or_nothing_found(path)
    if models is not None:
        _check_model_set(models, {path: source})


# A grammar of model-shaped Python, nastier than real code: computed and conditional
# table names, unknown and cyclic bases (also across files), columns in if/for/try
# blocks, star-args, lambdas, comprehensions, decorators, nested classes, Table() calls with
# anything in them, names rebound and deleted.
_NAMES = ("Base", "db", "Mixin", "User", "Other", "Ghost", "sa", "Column", "Integer", "String", "mapped_column",
          "Mapped", "Optional", "metadata", "registry", "declared_attr", "Table", "relationship", "ForeignKey",
          "text", "func", "Enum", "E", "x", "self", "cls", "__tablename__", "Model", "DeclarativeBase")
_names = st.sampled_from(_NAMES)
_literals = st.one_of(
    st.integers(-3, 300).map(str), st.sampled_from(["None", "True", "False", "...", "1.5", "b'x'", "1j"]),
    st.text(max_size=8).map(repr), st.sampled_from(["'users'", "'a.b'", "'public.users.id'", "f'{x}s'", "'x' 'y'"]),
)


def _expressions():
    def extend(inner):
        args = st.lists(inner, max_size=3)
        kwargs = st.lists(st.tuples(st.sampled_from(["primary_key", "nullable", "server_default", "name", "type_",
                                                     "default", "comment", "ondelete", "schema", "info"]), inner),
                          max_size=3, unique_by=lambda kv: kv[0])
        return st.one_of(
            st.builds(lambda f, a, k, star: f"{f}({', '.join([*a, *(f'{n}={v}' for n, v in k), *star])})",
                      inner, args, kwargs, st.sampled_from([[], ["*rest"], ["**options"]])),
            st.builds(lambda v, n: f"({v}).{n}", inner, _names),
            st.builds(lambda v, i: f"{v}[{i}]", inner, inner),
            st.builds(lambda a, b, op: f"({a} {op} {b})", inner, inner, st.sampled_from(["+", "|", "or", "==", "%"])),
            st.builds(lambda items: f"({', '.join(items)},)" if items else "()", args),
            st.builds(lambda items: f"[{', '.join(items)}]", args),
            st.builds(lambda k: "{" + ", ".join(f"{a}: {b}" for a, b in k) + "}", st.lists(st.tuples(inner, inner), max_size=2)),
            st.builds(lambda v: f"(lambda: {v})", inner),
            st.builds(lambda a, b, c: f"({a} if {b} else {c})", inner, inner, inner),
            st.builds(lambda v, it: f"[{v} for x in {it}]", inner, _names),
        )
    return st.recursive(st.one_of(_literals, _names), extend, max_leaves=6)


_exprs = _expressions()
_column_calls = st.builds(
    lambda call, first, rest: f"{call}({', '.join([first, *rest])})",
    st.sampled_from(["Column", "db.Column", "sa.Column", "mapped_column", "relationship", "column_property"]),
    st.one_of(st.sampled_from(["Integer", "String(20)", "db.Integer", "ForeignKey('users.id')", "'name'",
                               "Enum(E)", "Enum('a', 'b', name='e')", "sa.ARRAY(Integer)"]), _exprs),
    st.lists(st.one_of(st.sampled_from(["primary_key=True", "nullable=False", "server_default=text('now()')",
                                        "server_default='x'", "unique=True", "index=True", "comment='c'"]),
                       st.builds(lambda v: f"nullable={v}", _exprs)), max_size=3, unique_by=lambda o: o.split("=")[0]),
)


@st.composite
def _class_body(draw, depth: int = 0) -> list[str]:
    statements = []
    for _ in range(draw(st.integers(0, 6))):
        kind = draw(st.sampled_from(["tablename", "args", "column", "annotated", "bare", "if", "for", "try",
                                     "def", "class", "del", "augmented", "abstract", "pass"]))
        name = draw(st.sampled_from(["id", "name", "user_id", "metadata", "query", "x", "_sa_x", "__mapper_args__"]))
        if kind == "tablename":
            statements.append(f"__tablename__ = {draw(st.one_of(_literals, _exprs))}")
        elif kind == "args":
            statements.append(f"__table_args__ = {draw(_exprs)}")
        elif kind == "column":
            statements.append(f"{name} = {draw(_column_calls)}")
        elif kind == "annotated":
            statements.append(f"{name}: {draw(_exprs)} = {draw(_column_calls)}")
        elif kind == "bare":
            statements.append(f"{name}: {draw(_exprs)}")
        elif kind in ("if", "for", "try") and depth < 2:
            inner = draw(_class_body(depth + 1)) or ["pass"]
            head = {"if": f"if {draw(_exprs)}:", "for": f"for x in {draw(_exprs)}:", "try": "try:"}[kind]
            statements.append(head)
            statements.extend("    " + line for line in inner)
            if kind == "try":
                statements += ["except Exception:", "    pass"]
        elif kind == "def":
            decorator = draw(st.sampled_from(["", "@declared_attr", "@property", "@classmethod", "@declared_attr.directive"]))
            statements += [line for line in (decorator, f"def {name}(cls):", f"    return {draw(_exprs)}") if line]
        elif kind == "class" and depth < 2:
            statements.append(f"class Inner({draw(_names)}):")
            statements.extend("    " + line for line in (draw(_class_body(depth + 1)) or ["pass"]))
        elif kind == "del":
            statements += [f"{name} = 1", f"del {name}"]
        elif kind == "augmented":
            statements.append(f"{name} += {draw(_exprs)}")
        elif kind == "abstract":
            statements.append(f"__abstract__ = {draw(st.sampled_from(['True', 'False', 'x']))}")
        else:
            statements.append("pass")
    return statements


@st.composite
def model_trees(draw) -> dict[str, str]:
    """One to three files of model-shaped Python that may import from each other."""
    files = {}
    count = draw(st.integers(1, 3))
    for index in range(count):
        lines = draw(st.lists(st.sampled_from([
            "from sqlalchemy import *", "from sqlalchemy import Column, Integer, String, ForeignKey, Enum, text",
            "import sqlalchemy as sa", "import sqlalchemy as db",
            "from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, declarative_base, declared_attr",
            "from flask_sqlalchemy import SQLAlchemy", "db = SQLAlchemy()", "Base = declarative_base()",
            "class Base(DeclarativeBase):\n    pass", "Base = Base", "Model = db.Model",
            f"from models_{(index + 1) % count} import *", f"from .models_{(index + 1) % count} import User, Mixin",
            "Column = functools.partial(Column, nullable=False)", "E = enum.Enum('E', 'a b')",
        ]), max_size=5))
        for _ in range(draw(st.integers(0, 4))):
            name = draw(st.sampled_from(["User", "Other", "Mixin", "Ghost", "Base", "Model"]))
            bases = draw(st.lists(st.one_of(_names, _exprs), max_size=3))
            keywords = draw(st.sampled_from(["", "metaclass=Meta", "abstract=True"]))
            header = ", ".join([*bases, *([keywords] if keywords else [])])
            block = [f"class {name}({header}):", *("    " + line for line in (draw(_class_body()) or ["pass"]))]
            if draw(st.booleans()):
                block = [f"if {draw(_exprs)}:", *("    " + line for line in block)]
            lines.append("\n".join(block))
        if draw(st.booleans()):
            lines.append(f"t = Table({draw(_literals)}, metadata, {draw(_column_calls)}, *{draw(_exprs)})")
        files[f"models_{index}.py"] = "\n\n".join(lines) + "\n"
    return files


def _valid(files: dict[str, str]) -> bool:
    try:
        for name, text in files.items():
            compile(text, name, "exec")
    except (SyntaxError, ValueError):
        return False
    return True


@settings(max_examples=150, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                 HealthCheck.filter_too_much, HealthCheck.data_too_large])
@given(files=model_trees())
def test_reader_survives_model_shaped_python(tmp_path_factory, files):
    assume(_valid(files))
    tree = tmp_path_factory.mktemp("tree")
    for name, text in files.items():
        (tree / name).write_text(text, encoding="utf-8")
    models = _read_or_nothing_found(tree)
    if models is not None:
        _check_model_set(models, {tree / name: text for name, text in files.items()})


# What the reader cannot see or must not guess -> (model text, line of the Unresolved entry,
# words its message must hold, the (table, column) pairs it reads, all of them).
UNSEEN = {
    "unknown-base": ("from sqlalchemy import Column, Integer\nfrom elsewhere import SomeBase\n\n\n"
                     "class Order(SomeBase):\n    __tablename__ = 'orders'\n\n"
                     "    id = Column(Integer, primary_key=True)\n", 5,
                     ("Order", "SomeBase", "not defined in the scanned files", "--models"), {("orders", "id")}),
    "conditional-column": ("from sqlalchemy import Column, Integer\nfrom sqlalchemy.orm import declarative_base\n\n"
                           "Base = declarative_base()\n\n\nclass Order(Base):\n    __tablename__ = 'orders'\n\n"
                           "    id = Column(Integer, primary_key=True)\n    if FEATURE:\n"
                           "        total = Column(Integer)\n", 12,
                           ("Order.total", "`if`", "not read"), {("orders", "id")}),
    "table-without-name": ("from sqlalchemy import Column, Integer, MetaData, Table\n\nmetadata = MetaData()\n"
                           "t = Table('', metadata, Column('a', Integer))\n"
                           "u = Table('u', metadata, Column('id', Integer, primary_key=True))\n", 4,
                           ("Table name", "not read"), {("u", "id")}),
    "column-without-name": ("from sqlalchemy import Column, Integer, MetaData, Table\n\nmetadata = MetaData()\n"
                            "u = Table('u', metadata, Column('id', Integer, primary_key=True), Column(Integer))\n", 4,
                            ("Column(Integer)", "without a literal name", "not read"), {("u", "id")}),
    "cyclic-bases": ("from sqlalchemy import Column, Integer\nfrom sqlalchemy.orm import declarative_base\n\n"
                     "Base = declarative_base()\n\n\nclass Anchor(Base):\n    __tablename__ = 'anchor'\n"
                     "    id = Column(Integer, primary_key=True)\n\n\nclass A(B):\n    __tablename__ = 'a'\n"
                     "    id = Column(Integer, primary_key=True)\n\n\nclass B(A):\n    __tablename__ = 'b'\n"
                     "    id = Column(Integer, primary_key=True)\n", 12,
                     ("inheritance cycle", "A -> B -> A", "not read"), {("anchor", "id")}),
}


@pytest.mark.parametrize("case", sorted(UNSEEN))
def test_reader_reports_what_it_skips(tmp_path, case):
    """What the reader skips is in ModelSet.unresolved at its line, saying what and why; what
    it skipped is nowhere else (no table '', no column '?', no guessed column)."""
    text, line, words, columns = UNSEEN[case]
    path = tmp_path / "models.py"
    path.write_text(text)
    models = read_models(path)
    entries = [u for u in models.unresolved if u.line == line]
    assert len(entries) == 1 and entries[0].file == str(path), models.unresolved
    assert all(word in entries[0].message for word in words), entries[0]
    assert {(c.table, c.column) for c in models.columns} == columns
    assert {(t.name, c.name) for t in models.schema.tables for c in t.columns} == columns
    assert {c.table for c in models.classes if c.kind != "mixin"} <= {t.name for t in models.schema.tables} | {None}
