"""The command line, end to end, as a user or a CI job runs it (a real subprocess)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import FIXTURES, ROOT

# The slow tier (`pytest -m "not slow"` leaves it out): subprocesses and whole workflows.
pytestmark = pytest.mark.slow

SEED = FIXTURES / "seed"
SEED_SQL = SEED / "schema.sql"


def run(*args: str, cwd: Path | None = None, env: dict | None = None, timeout: int = 120):
    return subprocess.run(
        [sys.executable, "-m", "schema_inspector", *args],
        capture_output=True, text=True, cwd=cwd or ROOT, timeout=timeout,
        env={**os.environ, "COLUMNS": "200", **(env or {})},
    )


@pytest.fixture(scope="module")
def seed_url(pg):
    return pg.new_database(SEED_SQL.read_text())


@pytest.fixture
def seed_copy(tmp_path):
    work = tmp_path / "seed"
    shutil.copytree(SEED, work)
    return work


def _compare_json(db: str, models: Path) -> dict:
    result = run("compare-db-models", "--db", db, "--models", str(models), "--format", "json")
    assert result.returncode == 1, result.stderr
    return json.loads(result.stdout)


def test_compare_same_answer_from_sql_url_and_snapshot(seed_url, tmp_path):
    models = SEED / "models"
    from_sql = _compare_json(str(SEED_SQL), models)
    from_url = _compare_json(seed_url, models)
    snapshot = tmp_path / "snapshot.json"
    made = run("introspect", "--db", seed_url, "--out", str(snapshot))
    assert made.returncode == 0, made.stderr
    from_snapshot = _compare_json(str(snapshot), models)
    assert from_sql == from_url == from_snapshot
    assert from_sql["version"] == 1
    assert from_sql["summary"]["critical"] > 0
    kinds = {(d["kind"], d["table"]) for d in from_sql["discrepancies"]}
    for table in ("users_media_affinity", "media_backup", "tv_channels"):
        assert ("missing-class", table) in kinds
    for item in from_sql["discrepancies"]:
        assert list(item)[:4] == ["kind", "severity", "schema", "table"]


def test_snapshot_is_deterministic(seed_url, tmp_path):
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    assert run("introspect", "--db", seed_url, "--out", str(first)).returncode == 0
    assert run("introspect", "--db", seed_url, "--out", str(second)).returncode == 0
    assert first.read_bytes() == second.read_bytes()


def test_introspect_out_prints_one_summary_line(seed_url, tmp_path):
    """With --out the snapshot is the product: one line, not a row per table."""
    snapshot = tmp_path / "snapshot.json"
    result = run("introspect", "--db", seed_url, "--out", str(snapshot))
    assert result.returncode == 0, result.stderr
    tables = len(json.loads(snapshot.read_text())["schema"]["tables"])
    lines = result.stdout.splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"wrote {snapshot}: {tables} tables, 0 views, "), lines
    assert "(PostgreSQL 1" in lines[0], lines
    assert run("introspect", "--db", seed_url, "--out", str(snapshot), "--format", "json").stdout == ""


def test_unreachable_server_is_one_line_without_password():
    started = time.monotonic()
    result = run("compare-db-models", "--db", "postgresql://app:s3cret-pw@127.0.0.1:1/app",
                 "--models", str(SEED / "models"))
    assert result.returncode == 2
    assert time.monotonic() - started < 20
    assert "s3cret-pw" not in result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    assert result.stderr.strip().count("\n") == 0
    assert result.stderr.startswith("error: cannot connect")


def test_the_database_s_error_comes_before_the_models(tmp_path):
    # the database and the models are read at once (a thread each): both wrong, the database's
    # error is the one said, as when they were read one after the other
    result = run("plan", "--db", "postgresql://app:s3cret-pw@127.0.0.1:1/app", "--models", str(tmp_path / "nowhere"))
    assert result.returncode == 2
    assert result.stderr.startswith("error: cannot connect"), result.stderr
    assert "s3cret-pw" not in result.stderr


def test_wrong_password_is_exit_2_without_password(pg, seed_url):
    # The embedded server trusts local connections, so ask for a role that does not exist.
    url = seed_url.replace("postgresql://postgres@", "postgresql://nobody:hunter2@")
    result = run("introspect", "--db", url)
    assert result.returncode == 2
    assert "hunter2" not in result.stdout + result.stderr
    assert "nobody" in result.stderr


def test_models_syntax_error_names_file_and_line_and_reads_the_rest(seed_copy, seed_url):
    broken = seed_copy / "models" / "models_support.py"
    lines = broken.read_text().splitlines()
    lines.insert(3, "def broken(:")
    broken.write_text("\n".join(lines) + "\n")
    result = run("compare-db-models", "--db", seed_url, "--models", str(seed_copy / "models"),
                 "--format", "json")
    assert result.returncode == 2
    assert "models_support.py:4" in result.stderr
    document = json.loads(result.stdout)
    assert any(d["table"] == "notifications" for d in document["discrepancies"])


def test_sql_file_error_shows_postgres_message_and_line(tmp_path):
    bad = tmp_path / "bad.sql"
    bad.write_text("create table ok (id int primary key);\n\ncreate table bad (id intt);\n")
    result = run("introspect", "--db", str(bad))
    assert result.returncode == 2
    assert "bad.sql:3" in result.stderr and "intt" in result.stderr
    assert "Traceback" not in result.stderr


def test_models_path_without_models_is_a_clear_message(tmp_path, seed_url):
    (tmp_path / "util.py").write_text("def helper():\n    return 1\n")
    result = run("compare-db-models", "--db", seed_url, "--models", str(tmp_path))
    assert result.returncode == 2
    assert "no mapped classes" in result.stderr


def test_unknown_fix_kind_is_a_usage_error(seed_url):
    result = run("plan", "--db", seed_url, "--models", str(SEED / "models"), "--only", "colour")
    assert result.returncode == 2
    assert "unknown fix kind colour" in result.stderr


def test_plan_then_apply_per_file_and_kind_then_clean(seed_copy, seed_url, tmp_path):
    models = seed_copy / "models"
    before = {p.name: p.read_bytes() for p in models.glob("*.py")}

    dry = run("plan", "--db", seed_url, "--models", str(models), "--file", "models_payment.py",
              "--only", "nullable")
    assert dry.returncode == 1, dry.stderr
    assert "+++" in dry.stdout and "nullable=False" in dry.stdout
    assert {p.name: p.read_bytes() for p in models.glob("*.py")} == before  # dry run wrote nothing

    plan_file = tmp_path / "plan.json"
    saved = run("plan", "--db", seed_url, "--models", str(models), "--format", "json",
                "--out", str(plan_file))
    assert saved.returncode == 1
    document = json.loads(plan_file.read_text())
    assert document["version"] == 1 and document["actions"]
    assert {a["kind"] for a in document["actions"]} >= {"nullable", "add-model", "column-name", "db-sql"}

    applied = run("apply", "--models", str(models), "--plan", str(plan_file))
    assert applied.returncode == 0, applied.stderr + applied.stdout

    again = run("plan", "--db", seed_url, "--models", str(models), "--format", "json")
    remaining = json.loads(again.stdout)["actions"]
    assert {a["kind"] for a in remaining} <= {"db-sql"}, remaining
    assert again.returncode == 0

    stale = run("apply", "--models", str(models), "--plan", str(plan_file))
    assert stale.returncode == 2
    assert "re-run plan" in stale.stderr + stale.stdout


def test_apply_check_writes_nothing_and_exits_1(seed_copy, seed_url):
    models = seed_copy / "models"
    before = {p.name: p.read_bytes() for p in models.glob("*.py")}
    result = run("apply", "--db", seed_url, "--models", str(models), "--check")
    assert result.returncode == 1, result.stderr
    assert {p.name: p.read_bytes() for p in models.glob("*.py")} == before


def test_demo_converges_and_leaves_the_repo_alone():
    before = {p: p.read_bytes() for p in SEED.rglob("*.py")}
    result = run("demo", timeout=300)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert "converged" in result.stdout
    assert {p: p.read_bytes() for p in SEED.rglob("*.py")} == before
    # it ends with check-queries on the scenario's application, then its --fix
    import re

    queries = re.search(r"queries: (\d+) broken, (\d+) fixed, (\d+) left for a person", result.stdout)
    assert queries, result.stdout[-3000:]
    broken, fixed, left = map(int, queries.groups())
    assert fixed >= 10 and broken == fixed + left, queries.group()
    assert "check-queries --db schema.sql --models models --fix" in result.stdout


def test_debug_shows_traceback_for_bad_input(tmp_path):
    result = run("--debug", "introspect", "--db", str(tmp_path / "missing.sql"))
    assert result.returncode == 2
    assert "Traceback" in result.stderr


def test_a_command_called_in_process_gives_the_garbage_collector_back(seed_url):
    # main() switches the cyclic collector off for the command (its trees hold no cycles);
    # a program that calls it in-process must get the collector back, on success and on error.
    import gc

    from schema_inspector.cli import main

    assert gc.isenabled()
    for args in (["introspect", "--db", seed_url, "--format", "json"], ["introspect", "--db", "nowhere.sql"]):
        with pytest.raises(SystemExit) as done:
            main(args)
        assert done.value.code in (0, 2)
        assert gc.isenabled()


def test_the_console_script_leaves_with_the_collector_still_off(seed_url, tmp_path):
    # run() ends the process with os._exit; the collector, given back before that, would
    # first walk every object the command made. A child records the state at os._exit.
    script = tmp_path / "probe.py"
    script.write_text(
        "import gc, os, sys\n"
        "from schema_inspector import cli\n"
        "exit = os._exit\n"
        "def leave(code):\n"
        "    sys.stderr.write(f'collector={gc.isenabled()} code={code}\\n'); sys.stderr.flush()\n"
        "    exit(code)\n"
        "os._exit = leave\n"
        f"sys.argv = ['schema-inspector', 'introspect', '--db', {seed_url!r}, '--format', 'json']\n"
        "cli.run()\n"
    )
    result = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, cwd=ROOT, timeout=120,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert "collector=False code=0" in result.stderr, result.stderr[-2000:]
    assert result.returncode == 0


def test_the_console_script_exits_with_the_command_s_code_when_its_output_is_cut(seed_url):
    # `schema-inspector plan | head -c 10`: the reader goes away after 10 bytes of 120 kB
    # (more than a pipe holds); the command ends with its own exit code (1: there is
    # work), without a traceback.
    command = f"{sys.executable} -m schema_inspector plan --db '{seed_url}' " \
              f"--models '{SEED / 'models'}' --format json | head -c 10 >/dev/null; echo \"${{PIPESTATUS[0]}}\""
    result = subprocess.run(["bash", "-c", command], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert result.stdout.strip() == "1"
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("args, code", [
    (["plan", "--db", "/nonexistent/schema.sql", "--models", "models"], 2),  # bad input
    (["plan", "--bogus"], 2),  # usage error
    (["nope"], 2),  # unknown command
    (["compare-db-models", "--db", "{seed_url}", "--models", "models"], 1),  # drift
])
def test_the_exit_code_survives_a_reader_that_went_away(seed_url, args, code):
    """`cmd 2>&1 | head`: when nobody reads stdout and stderr any more, an error is still 2
    (rich's own answer to a broken pipe is exit 1, the drift code)."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        result = subprocess.run([sys.executable, "-m", "schema_inspector",
                                 *[a.format(seed_url=seed_url) for a in args]],
                                stdout=write_end, stderr=write_end, cwd=SEED, timeout=120)
    finally:
        os.close(write_end)
    assert result.returncode == code


def _run_without_click(*args: str):
    """The CLI where no ``click`` can be imported (a fresh install of a current typer, which
    vendors its own): the class of bug that once turned every usage error into a traceback."""
    code = ("import sys; sys.modules['click'] = None; sys.argv = ['schema-inspector', *sys.argv[1:]]; "
            "from schema_inspector.cli import run; run()")
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                          cwd=ROOT, timeout=60, env={**os.environ, "COLUMNS": "200"})


@pytest.mark.parametrize("args, says", [
    (("plan", "--bogus"), "No such option: --bogus"),
    (("inspct",), "No such command 'inspct'"),
    (("introspect", "--format", "xml"), "'xml' is not one of"),
], ids=["option", "command", "value"])
def test_a_mistyped_command_is_one_line_and_exit_2_even_without_click(args, says):
    result = _run_without_click(*args)
    lines = result.stderr.splitlines()
    assert result.returncode == 2, result.stderr
    assert len(lines) == 1 and lines[0].startswith("error: ") and says in lines[0], lines
    assert lines[0].endswith("--help')"), lines[0]


def test_version_prints_the_package_version():
    from schema_inspector import __version__

    result = _run_without_click("--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"schema-inspector {__version__}\n"


def _modules_at_exit(*args: str) -> tuple[str, set[str]]:
    """What the console script prints for ``args`` and the modules it had imported when it left."""
    code = ("import os, sys\n"
            "exit = os._exit\n"
            "def leave(code):\n"
            "    sys.stdout.flush(); sys.stderr.write(' '.join(sorted(sys.modules))); sys.stderr.flush()\n"
            "    exit(code)\n"
            "os._exit = leave\n"
            "sys.argv = ['schema-inspector', *sys.argv[1:]]\n"
            "from schema_inspector.launch import run\n"
            "run()\n")
    result = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, cwd=ROOT,
                            timeout=60, env={**os.environ, "PYTHONPATH": str(ROOT), "COLUMNS": "200"})
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout, set(result.stderr.split())


def test_version_and_help_start_without_what_they_do_not_show():
    from schema_inspector import __version__

    printed, modules = _modules_at_exit("--version")
    assert printed == f"schema-inspector {__version__}\n"
    assert "typer" not in modules and "schema_inspector.cli" not in modules
    printed, modules = _modules_at_exit("--help")
    assert printed.startswith("Usage: schema-inspector") and "Commands:" in printed
    # nothing that parses options, draws, connects or reads a config: the stored rendering
    heavy = {"typer", "click", "rich", "sqlalchemy", "libcst", "psycopg2", "pglast", "inflect", "tomllib",
             "tomli", "schema_inspector.cli", "schema_inspector.introspect.postgres",
             "schema_inspector.introspect.models", "schema_inspector.planner.actions",
             "schema_inspector.codemods"}
    assert not heavy & modules, sorted(heavy & modules)
    # a command's help still lists every fix kind --only takes
    from schema_inspector.planner.actions import FIX_KINDS

    printed, _ = _modules_at_exit("apply", "--help")
    squeezed = "".join(printed.split())  # click wraps at hyphens too
    assert "".join(("Only this fix kind (repeatable): " + " ".join(FIX_KINDS) + ".").split()) in squeezed


def test_writing_a_snapshot_does_not_load_the_editing_or_model_reading_code(tmp_path):
    """``introspect --out`` reads a database and writes a file: the atomic write lives apart
    from the codemods, so LibCST (a fifth of a second to import) and the model reader stay out."""
    from schema_inspector.introspect.models import read_models

    source = tmp_path / "in.json"
    source.write_text(read_models(FIXTURES / "seed" / "models").schema.to_json())
    printed, modules = _modules_at_exit("introspect", "--db", str(source), "--out", str(tmp_path / "out.json"))
    assert printed.startswith("wrote ") and (tmp_path / "out.json").read_text() == source.read_text()
    loaded = {"libcst", "schema_inspector.codemods.files", "schema_inspector.introspect.models"} & modules
    assert not loaded, sorted(loaded)


def test_options_are_parsed_without_pydantic(tmp_path):
    """A command's options are strings, paths and flags: typer parses them without pydantic (typer
    0.29 and newer build a pydantic adapter per option, 0.1-0.2 s of every command; pyproject
    keeps typer below it)."""
    from schema_inspector.introspect.models import read_models

    source = tmp_path / "in.json"
    source.write_text(read_models(FIXTURES / "seed" / "models").schema.to_json())
    printed, modules = _modules_at_exit("introspect", "--db", str(source), "--format", "json", "--schema", "public")
    assert json.loads(printed)["schema"]["tables"], printed[:200]
    assert "pydantic" not in modules, sorted(name for name in modules if name.startswith("pydantic"))[:5]


def test_a_plan_without_drift_does_not_load_the_editing_code(tmp_path):
    """No code action, no edit: LibCST is imported when a file is edited (the usual CI run, on
    models that match, does without it), and SQLAlchemy never is."""
    from schema_inspector.introspect.models import read_models

    snapshot = tmp_path / "seed.json"
    snapshot.write_text(read_models(FIXTURES / "seed" / "models").schema.to_json())
    printed, modules = _modules_at_exit("plan", "--db", str(snapshot), "--models", str(FIXTURES / "seed" / "models"),
                                        "--format", "json")
    document = json.loads(printed)
    assert document["results"] == [] and {a["action"] for a in document["actions"]} == {"SuggestSQL"}  # SQL only
    assert not {"libcst", "sqlalchemy"} & modules, sorted({"libcst", "sqlalchemy"} & modules)


def test_a_plan_from_the_cache_does_not_load_the_model_reader(tmp_path, monkeypatch):
    """A second plan on unchanged models loads the model set from the reader's cache: the
    reader's passes (a tenth of such a plan's time to import) stay out, as the issue's start-up
    rule asks (no module a command does not use)."""
    from schema_inspector.introspect.models import read_models

    snapshot = tmp_path / "seed.json"
    snapshot.write_text(read_models(FIXTURES / "seed" / "models").schema.to_json())
    monkeypatch.setenv("SCHEMA_INSPECTOR_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("SCHEMA_INSPECTOR_NO_CACHE", raising=False)
    args = ("plan", "--db", str(snapshot), "--models", str(FIXTURES / "seed" / "models"), "--format", "json")
    first, cold = _modules_at_exit(*args)
    second, warm = _modules_at_exit(*args)
    assert second == first
    passes = {f"schema_inspector.introspect.models.{name}" for name in ("reader", "scan", "build", "assemble")}
    assert passes <= cold and not passes & warm, (sorted(passes - cold), sorted(passes & warm))


@pytest.mark.parametrize("columns", ["80", "200"])
def test_the_stored_help_is_what_typer_renders(columns):
    """``--help`` is answered from ``top_help.TOP_HELP`` without typer: it must be, byte for
    byte, what the command line renders (paste the new rendering there when a command changes)."""
    from schema_inspector.top_help import TOP_HELP

    code = "import sys; sys.argv = ['schema-inspector', '--help']; from schema_inspector.cli import run; run()"
    rendered = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60,
                              env={**os.environ, "PYTHONPATH": str(ROOT), "COLUMNS": columns})
    assert rendered.returncode == 0, rendered.stderr
    assert rendered.stdout == TOP_HELP
    printed, _ = _modules_at_exit("--help")
    assert printed == TOP_HELP


def test_help_in_a_narrow_terminal_is_typers_own():
    code = "import sys; sys.argv = ['schema-inspector', '--help']; from schema_inspector.launch import run; run()"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60,
                            env={**os.environ, "PYTHONPATH": str(ROOT), "COLUMNS": "60"})
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Usage: schema-inspector") and "Commands:" in result.stdout
    assert max(map(len, result.stdout.splitlines())) <= 58  # click wraps at the width less 2


def test_no_command_prints_the_help_and_exits_2():
    result = _run_without_click()
    assert result.returncode == 2
    assert result.stdout.startswith("Usage: schema-inspector") and "Commands:" in result.stdout
    assert result.stderr == ""


def test_an_application_package_named_like_ours_does_not_collide(tmp_path):
    """The design's folders install under ``schema_inspector.``: an application's own
    ``planner`` / ``codemods`` / ``introspect`` packages import next to ours."""
    for name in ("planner", "codemods", "introspect"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "__init__.py").write_text(f"OWNER = 'app {name}'\n")
    code = ("import planner, codemods, introspect\n"
            "import schema_inspector.planner.build, schema_inspector.codemods.apply, schema_inspector.introspect.models\n"
            "print(planner.OWNER, codemods.OWNER, introspect.OWNER)\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout == "app planner app codemods app introspect\n"


TWO_SCHEMAS = """
CREATE SCHEMA billing;
CREATE TYPE billing.state AS ENUM ('open', 'paid');
CREATE TABLE users (id serial PRIMARY KEY, email text NOT NULL, last_state billing.state);
CREATE TABLE billing.invoices (id serial PRIMARY KEY, users_id int REFERENCES users (id), state billing.state);
"""


def test_schema_picks_the_same_tables_from_a_database_a_sql_file_and_a_snapshot(pg, tmp_path):
    url = pg.new_database(TWO_SCHEMAS)
    sql = tmp_path / "schema.sql"
    sql.write_text(TWO_SCHEMAS)
    snapshot = tmp_path / "snapshot.json"
    assert run("introspect", "--db", url, "--schema", "public", "--schema", "billing",
               "--out", str(snapshot)).returncode == 0
    for wanted in (["billing"], ["public"], ["billing", "public"]):
        options = [f"--schema={name}" for name in wanted]
        answers = []
        for source in (url, str(sql), str(snapshot)):
            result = run("introspect", "--db", source, *options, "--format", "json")
            assert result.returncode == 0, result.stderr
            document = json.loads(result.stdout)["schema"]
            document.pop("server_version")
            answers.append(document)
        assert answers[0] == answers[1] == answers[2], wanted
        assert {t["schema"] for t in answers[0]["tables"]} == set(wanted)
        # an enum of another schema that a column uses is read with the column's schema
        assert [(e["schema"], e["name"]) for e in answers[0]["enums"]] == [("billing", "state")]


def test_an_unknown_schema_is_an_error_for_every_source(pg, tmp_path):
    url = pg.new_database(TWO_SCHEMAS)
    sql = tmp_path / "schema.sql"
    sql.write_text(TWO_SCHEMAS)
    snapshot = tmp_path / "snapshot.json"
    assert run("introspect", "--db", url, "--out", str(snapshot)).returncode == 0
    for source in (url, str(sql), str(snapshot)):
        result = run("introspect", "--db", source, "--schema", "biling")
        assert result.returncode == 2, (source, result.stdout)
        assert result.stderr.count("\n") == 1 and "'biling' not in the" in result.stderr, result.stderr
