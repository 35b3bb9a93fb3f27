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

import pytest

from conftest import FIXTURES, ROOT

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
    usage: bool = False  # a click usage error: "Usage: ..." then "Error: ..." lines
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
}

UNCLEAR_KEY_ERROR = (
    "the message is only the missing key in quotes (\"... 'schema'\", \"cannot read plan: 'actions'\"): "
    "KeyError is formatted with str() in introspect/sources.py load_schema (the .json branch) and "
    "schema_inspector/cli.py _build_plan; say which key is missing and that the file is not a snapshot/plan")


def _cases() -> list[Case]:
    cases = []
    for fault, (value, says) in DB_FAULTS.items():
        for command in DB_COMMANDS:
            cases.append(Case(f"db-{fault}-{command}", (command, "--db", value, *_db_args(command)), says))
    for command in ("introspect", "plan"):
        cases.append(Case(f"db-snapshot-missing-key-{command}",
                          (command, "--db", "{w}/no_tables.json", *_db_args(command)),
                          "missing", bug=UNCLEAR_KEY_ERROR))
        cases.append(Case(f"db-sql-error-{command}", (command, "--db", "{w}/bad.sql", *_db_args(command)),
                          'bad.sql:2: ERROR:  type "intt" does not exist'))
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
            f"doc-undecodable-{command}", (command, *source, *other, "--doc", "{w}/binary.md"), "{w}/binary.md",
            bug="introspect/docs.py load_markdown catches OSError but not UnicodeDecodeError from "
                "path.read_text(encoding='utf-8'): a non-UTF-8 --doc is an 'internal error: UnicodeDecodeError'"))
        cases.append(Case(
            f"doc-not-a-schema-doc-{command}", (command, *source, *other, "--doc", "{w}/notes.md"), "{w}/notes.md",
            bug="introspect/docs.py parse_markdown reads a markdown file without any of its sections as an "
                "empty schema, so a wrong --doc (a README) reports every table as drift (exit 1) instead of "
                "'not a schema-inspector document' (exit 2)"))
    for fault, (value, says) in PLAN_FAULTS.items():
        cases.append(Case(f"plan-{fault}", ("apply", "--models", "{w}/models", "--plan", value), says))
    cases.append(Case("plan-missing-key", ("apply", "--models", "{w}/models", "--plan", "{w}/plan_no_actions.json"),
                      "missing", bug=UNCLEAR_KEY_ERROR))
    for command in ("plan", "apply"):
        cases.append(Case(f"only-unknown-{command}",
                          (command, "--db", "{w}/snapshot.json", "--models", "{w}/models", "--only", "colour"),
                          "unknown fix kind colour (--only takes: table-name"))
        for flag, value in (("--file", "models_nosuch.py"), ("--table", "nosuch_table")):
            cases.append(Case(
                f"filter-matches-nothing-{command}{flag}",
                (command, "--db", "{w}/snapshot.json", "--models", "{w}/models", flag, value), value,
                bug="planner/plan.py Plan.filtered (called from schema_inspector/cli.py _build_plan) drops every "
                    "action when --file/--table names no models file/table, so a typo exits 0 ('nothing to "
                    "change'): `apply --check --file typo.py` in CI passes forever; it should be exit 2 naming "
                    "the filter and what exists"))
    for command in OUT_COMMANDS:
        extra = ("--models", "{w}/models") if command in ("plan", "report") else ()
        for fault, value in (("directory", "{w}/dir.sql"), ("unwritable", "{w}/plain.txt/out.txt")):
            cases.append(Case(
                f"out-{fault}-{command}", (command, "--db", "{w}/snapshot.json", *extra, "--out", value), value,
                bug="schema_inspector/cli.py _write_text lets the OSError of write_atomically through "
                    "('internal error: IsADirectoryError ... .tmp'); it should catch OSError and raise "
                    "InputError(f'{path}: cannot write: {strerror} (--out)')"))
    for fault, setting, says, bug in (
        ("not-toml", "[tool.schema-inspector\n", "cannot read [tool.schema-inspector]", ""),
        ("unknown-key", "[tool.schema-inspector]\ncolour = 'red'\n", "unknown key(s) in [tool.schema-inspector]: colour", ""),
        ("threshold-not-number", "[tool.schema-inspector]\nrename-threshold = 'high'\n", "rename-threshold",
         "schema_inspector/config.py read_config does not check value types: rename-threshold = 'high' reaches "
         "float() in cli.py _planner_options ('internal error: ValueError')"),
        ("model-files-not-table", "[tool.schema-inspector]\nmodel-files = 5\n", "model-files",
         "schema_inspector/config.py read_config calls .items() on model-files without checking it is a table "
         "('internal error: AttributeError')"),
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
    import codemods.files  # noqa: F401
    import introspect.docs  # noqa: F401
    import introspect.source  # noqa: F401
    import introspect.sources  # noqa: F401
    import planner.build  # noqa: F401
    import planner.compare  # noqa: F401
    import planner.report  # noqa: F401
    import planner.schema_diff  # noqa: F401
    import planner.timestamps  # noqa: F401


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
    if case.usage:
        assert lines[0].startswith("Usage: schema-inspector")
        assert lines[-1].startswith("Error: ") and says in lines[-1], lines
    else:
        assert len(lines) == 1, lines
        assert lines[0].startswith("error: ") and says in lines[0], (says, lines[0])


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
