"""The model files, under faults: nothing half-written, nothing written that should not
be, one file's failure never stopping the others, the file's own bytes kept (encoding,
BOM, CRLF, tabs, trailing whitespace), two concurrent runs serialised by the lock, and
Ctrl-C / SIGTERM at any moment leaving every file either old or new.

Every run is the real command line in a subprocess; signals are real signals."""

from __future__ import annotations

import difflib
import json
import os
import pwd
import random
import shutil
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import ROOT
from terminal import terminal_signals

from schema_inspector.codemods.files import Changed, Failed, run_plan
from schema_inspector.introspect.models import content_hash, read_models
from schema_inspector.introspect.postgres import read_schema
from schema_inspector.planner.build import build_plan
from schema_inspector.planner.options import PlannerOptions
from schema_inspector.planner.plan import Plan

# The slow tier (`pytest -m "not slow"` leaves it out): subprocesses and whole workflows.
pytestmark = pytest.mark.slow


def run_cli(*args: str, cwd: Path, timeout: int = 180) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "schema_inspector", *args], capture_output=True, text=True, cwd=cwd,
        timeout=timeout, env={**os.environ, "COLUMNS": "200", "PYTHONPATH": str(ROOT)},
    )


def start_cli(*args: str, cwd: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "schema_inspector", *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True, cwd=cwd, start_new_session=True, env={**os.environ, "PYTHONPATH": str(ROOT)},
        preexec_fn=terminal_signals,
    )


def snapshot(tree: Path) -> dict[str, tuple[bytes, int, int]]:
    """Every file under ``tree``: bytes, inode and mtime (to see that nothing was touched)."""
    return {str(p.relative_to(tree)): (p.read_bytes(), p.stat().st_ino, p.stat().st_mtime_ns)
            for p in sorted(tree.rglob("*")) if p.is_file() and not p.is_symlink()}


def leftovers(tree: Path) -> list[Path]:
    """Temporary files of an interrupted write."""
    return sorted(tree.rglob(".*.tmp"))


# -- a tree with drift in every file ------------------------------------------------------------

def drifted_tree(tables_per_file: int, files: int) -> tuple[str, dict[str, str]]:
    """SQL and model files where every class has two drifts: ``name`` is NOT NULL in the
    database only, ``amount`` is bigint in the database and Integer in the model."""
    sql, models = [], {}
    for f in range(files):
        lines = ["from sqlalchemy import Column, Integer, String",
                 "from sqlalchemy.orm import declarative_base", "", f"Base{f} = declarative_base()", ""]
        for t in range(tables_per_file):
            table = f"t_{f}_{t}"
            sql.append(f"CREATE TABLE {table} (id integer PRIMARY KEY, name varchar(50) NOT NULL, amount bigint);")
            lines += ["", f"class T{f}x{t}(Base{f}):", f'    __tablename__ = "{table}"', "",
                      "    id = Column(Integer, primary_key=True)",
                      "    name = Column(String(50))  # the database says NOT NULL",
                      "    amount = Column(Integer)", ""]
        models[f"models_{f:02d}.py"] = "\n".join(lines)
    return "\n".join(sql), models


def write_tree(directory: Path, models: dict[str, str]) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    for name, text in models.items():
        (directory / name).write_text(text)
    return directory


def saved_plan(url: str, models: Path, kinds: tuple[str, ...], out: Path) -> Plan:
    plan = build_plan(read_schema(url), read_models(models), PlannerOptions()).filtered(kinds=kinds)
    out.write_text(plan.to_json())
    return plan


def expected_after(plan: Plan) -> dict[str, str]:
    return {r.path: r.after for r in run_plan(plan, write=False) if isinstance(r, Changed)}


# -- atomic writes, permissions, owner -------------------------------------------------------------

ENCODED_SQL = "CREATE TABLE users (id serial PRIMARY KEY, name varchar(50) NOT NULL, email text, bio text);"

USER_MODEL = (
    'from sqlalchemy import Column, Integer, String\n'
    'from sqlalchemy.orm import declarative_base\n'
    '\n'
    'Base = declarative_base()   \n'
    '\n'
    '\n'
    'class User(Base):\n'
    '\t"""Café users, tab-indented."""  \n'
    '\t__tablename__ = "users"\n'
    '\n'
    '\tid = Column(Integer, primary_key=True)\t\n'
    '\tname = Column(String(50))  # nullable here: é\n'
    '\tbio = Column(String)\n'
    '\n'
    '\n'
    '# trailing comment with trailing spaces   \n'
)


def test_apply_replaces_files_atomically_keeping_mode_and_owner(pg, tmp_path):
    url = pg.new_database(ENCODED_SQL)
    models = tmp_path / "models"
    models.mkdir()
    path = models / "models.py"
    path.write_text(USER_MODEL)
    nobody = pwd.getpwnam("nobody")
    os.chown(path, nobody.pw_uid, nobody.pw_gid)
    path.chmod(0o640)
    inode = path.stat().st_ino
    result = run_cli("apply", "--db", url, "--models", str(models), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    after = path.stat()
    assert after.st_ino != inode  # a new file renamed over the old one, not rewritten in place
    assert stat.S_IMODE(after.st_mode) == 0o640
    assert (after.st_uid, after.st_gid) == (nobody.pw_uid, nobody.pw_gid)
    assert "nullable=False" in path.read_text()
    assert sorted(p.name for p in models.iterdir()) == ["models.py"]  # no temporary left


# -- the file's own bytes ----------------------------------------------------------------------------

def _variants() -> dict[str, bytes]:
    crlf = USER_MODEL.replace("\n", "\r\n")
    return {
        "latin1_cookie.py": ("# -*- coding: latin-1 -*-\n" + USER_MODEL).encode("latin-1"),
        "utf8_bom.py": b"\xef\xbb\xbf" + USER_MODEL.encode(),
        "crlf.py": crlf.encode(),
        "latin1_crlf_bom_free.py": ("# vim: set fileencoding=latin-1 :\r\n" + crlf).encode("latin-1"),
    }


@pytest.mark.parametrize("name", sorted(_variants()))
def test_untouched_bytes_survive_apply(pg, tmp_path, name):
    url = pg.new_database(ENCODED_SQL)
    models = tmp_path / "models"
    models.mkdir()
    path = models / name
    before = _variants()[name]
    path.write_bytes(before)
    result = run_cli("apply", "--db", url, "--models", str(models), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    after = path.read_bytes()
    assert after.startswith(b"\xef\xbb\xbf") == before.startswith(b"\xef\xbb\xbf")
    crlf = b"\r\n" in before
    old_lines, new_lines = before.splitlines(keepends=True), after.splitlines(keepends=True)
    # every line ends as the file's lines do (no LF slipped into a CRLF file, or the reverse)
    assert all(line.endswith(b"\r\n" if crlf else b"\n") and not line.endswith(b"\r\r\n") for line in new_lines)
    encoding = "latin-1" if b"latin-1" in before else "utf-8-sig"
    assert after.decode(encoding)  # still decodes with the file's own encoding
    matcher = difflib.SequenceMatcher(a=old_lines, b=new_lines, autojunk=False)
    replaced = [old_lines[i1:i2] for op, i1, i2, _, _ in matcher.get_opcodes() if op in ("replace", "delete")]
    inserted = [new_lines[j1:j2] for op, _, _, j1, j2 in matcher.get_opcodes() if op in ("replace", "insert")]
    # Only the three edited statements changed (nullable, the bio type, the new email column;
    # an import line gains Text); every other line is byte-identical, tabs and trailing blanks included.
    changed_old = [line.strip().removeprefix(b"\xef\xbb\xbf") for chunk in replaced for line in chunk]
    assert changed_old == [b"from sqlalchemy import Column, Integer, String",
                           "name = Column(String(50))  # nullable here: é".encode(encoding.replace("-sig", "")),
                           b"bio = Column(String)"], changed_old
    new_text = b"".join(line for chunk in inserted for line in chunk).decode(encoding)
    assert "\tname = Column(String(50), nullable=False)  # nullable here: é" in new_text
    assert "\temail = Column(Text)" in new_text and "\tbio = Column(Text)" in new_text
    for kept in (b"Base = declarative_base()   ", b"\tid = Column(Integer, primary_key=True)\t",
                 b"# trailing comment with trailing spaces   "):
        assert any(line.rstrip(b"\r\n") == kept for line in new_lines), kept


def test_edit_the_encoding_cannot_hold_is_refused_and_the_file_kept(pg, tmp_path):
    url = pg.new_database("CREATE TABLE notes (id integer PRIMARY KEY, body text);\n"
                          "COMMENT ON COLUMN notes.body IS 'price in € (euro)';")
    models = tmp_path / "models"
    models.mkdir()
    path = models / "models.py"
    before = ('# -*- coding: latin-1 -*-\nfrom sqlalchemy import Column, Integer, Text\n'
              'from sqlalchemy.orm import declarative_base\n\nBase = declarative_base()\n\n\n'
              'class Note(Base):\n    __tablename__ = "notes"\n\n    id = Column(Integer, primary_key=True)\n'
              '    body = Column(Text)  # prix en café\n').encode("latin-1")
    path.write_bytes(before)
    result = run_cli("apply", "--db", url, "--models", str(models), "--only", "comment", cwd=tmp_path)
    assert result.returncode == 2
    assert "which its encoding iso-8859-1 cannot hold" in result.stderr
    assert "'€'" in result.stderr
    assert path.read_bytes() == before
    assert leftovers(models) == []


# -- files that must not be written ---------------------------------------------------------------------

def test_a_file_that_does_not_parse_is_reported_with_its_line_and_never_written(pg, tmp_path):
    url = pg.new_database(ENCODED_SQL)
    models = tmp_path / "models"
    models.mkdir()
    good, broken = models / "models_good.py", models / "models_broken.py"
    good.write_text(USER_MODEL)
    broken.write_text("from sqlalchemy import Column\n\n\nclass Broken(Base:\n    pass\n")
    before = snapshot(models)
    for command in ("plan", "apply"):
        result = run_cli(command, "--db", url, "--models", str(models), cwd=tmp_path)
        assert result.returncode == 2, result.stdout
        assert f"{broken}:4" in result.stderr
        assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert snapshot(models) == before

    # A plan made when the files still parsed, applied after one broke: stale, refused.
    sql, models_text = drifted_tree(tables_per_file=1, files=2)
    url = pg.new_database(sql)
    tree = write_tree(tmp_path / "tree", models_text)
    plan_file = tmp_path / "plan.json"
    saved_plan(url, tree, ("nullable",), plan_file)
    broken = tree / "models_01.py"
    broken.write_text(broken.read_text().replace("(Base1):", "(Base1:"))
    broken_bytes = broken.read_bytes()
    result = run_cli("apply", "--models", str(tree), "--plan", str(plan_file), "--format", "json", cwd=tmp_path)
    assert result.returncode == 2
    results = {Path(r["file"]).name: r for r in json.loads(result.stdout)["results"]}
    assert results["models_01.py"]["status"] == "failed"
    assert "changed since the plan was made" in results["models_01.py"]["message"]
    assert results["models_00.py"]["status"] == "changed"
    assert broken.read_bytes() == broken_bytes


def test_a_plan_for_a_file_that_does_not_parse_fails_with_file_and_line(tmp_path):
    """A hand-made (or agent-made) plan whose hash matches a broken file."""
    path = tmp_path / "models.py"
    path.write_text(USER_MODEL.replace("class User(Base):", "class User(Base:"))
    plan_json = json.dumps({
        "version": 1, "files": {str(path): content_hash(path.read_bytes())}, "notes": [],
        "actions": [{"action": "SetNullable", "file": str(path), "class_name": "User", "table": "users",
                     "reason": "r", "attribute": "name", "column": "name", "nullable": False}],
    })
    before = path.read_bytes()
    [result] = run_plan(Plan.from_json(plan_json), write=True, allowed_root=tmp_path)
    assert isinstance(result, Failed)
    assert result.message.startswith(f"{path}:7: cannot parse")
    assert path.read_bytes() == before


def test_symlinked_files_and_files_outside_models_are_never_written(pg, tmp_path):
    sql, models_text = drifted_tree(tables_per_file=1, files=3)
    url = pg.new_database(sql)
    project = tmp_path / "project"
    models = write_tree(project / "models", {k: v for k, v in models_text.items() if k != "models_02.py"})
    elsewhere = write_tree(tmp_path / "elsewhere", {"models_02.py": models_text["models_02.py"]})
    (models / "models_link.py").symlink_to(elsewhere / "models_02.py")
    outside_before = (elsewhere / "models_02.py").read_bytes()

    result = run_cli("apply", "--db", url, "--models", str(models), "--format", "json", cwd=project)
    assert result.returncode == 2
    statuses = {Path(r["file"]).name: (r["status"], r.get("message", "")) for r in json.loads(result.stdout)["results"]}
    assert statuses["models_00.py"][0] == statuses["models_01.py"][0] == "changed"
    assert statuses["models_link.py"][0] == "failed" and "symbolic link" in statuses["models_link.py"][1]
    assert (elsewhere / "models_02.py").read_bytes() == outside_before
    assert (models / "models_link.py").is_symlink()

    # A plan naming a file outside --models (or, without --models, outside the current directory).
    write_tree(project / "other", {"models_02.py": models_text["models_02.py"]})
    plan_file = tmp_path / "plan.json"
    saved_plan(url, project / "other", ("nullable",), plan_file)
    other_before = snapshot(project / "other")
    for args, cwd in ((("--models", str(models)), project), ((), tmp_path / "elsewhere")):
        result = run_cli("apply", *args, "--plan", str(plan_file), cwd=cwd)
        assert result.returncode == 2
        assert "outside" in result.stderr and "refusing to write there" in result.stderr
    assert snapshot(project / "other") == other_before


def test_hard_linked_file_is_refused(tmp_path):
    path = tmp_path / "models.py"
    path.write_text(USER_MODEL)
    os.link(path, tmp_path / "copy.py")
    plan_json = json.dumps({
        "version": 1, "files": {str(path): content_hash(path.read_bytes())}, "notes": [],
        "actions": [{"action": "SetNullable", "file": str(path), "class_name": "User", "table": "users",
                     "reason": "r", "attribute": "name", "column": "name", "nullable": False}],
    })
    [result] = run_plan(Plan.from_json(plan_json), write=True, allowed_root=tmp_path)
    assert isinstance(result, Failed) and "2 hard links" in result.message
    assert path.read_text() == (tmp_path / "copy.py").read_text() == USER_MODEL


# -- one failure, the rest done; stale plans ----------------------------------------------------------

def test_one_stale_file_is_refused_and_the_others_are_written(pg, tmp_path):
    sql, models_text = drifted_tree(tables_per_file=2, files=3)
    url = pg.new_database(sql)
    models = write_tree(tmp_path / "models", models_text)
    plan_file = tmp_path / "plan.json"
    expected = expected_after(saved_plan(url, models, ("nullable",), plan_file))
    edited = models / "models_01.py"
    edited.write_text(edited.read_text() + "# edited by hand after planning\n")
    edited_bytes = edited.read_bytes()

    result = run_cli("apply", "--models", str(models), "--plan", str(plan_file), cwd=tmp_path)
    assert result.returncode == 2
    assert f"error: {edited}" in result.stderr and "changed since the plan was made" in result.stderr
    assert "re-run plan" in result.stderr
    assert "2 file(s) changed, 1 failed" in result.stdout
    assert edited.read_bytes() == edited_bytes
    for name in ("models_00.py", "models_02.py"):
        assert (models / name).read_text() == expected[str(models / name)]


def test_check_writes_nothing_and_exits_1_then_0(pg, tmp_path):
    sql, models_text = drifted_tree(tables_per_file=2, files=2)
    url = pg.new_database(sql)
    models = write_tree(tmp_path / "models", models_text)
    before = snapshot(models)
    check = run_cli("apply", "--db", url, "--models", str(models), "--check", cwd=tmp_path)
    assert check.returncode == 1, check.stderr
    assert "would change" in check.stdout
    assert snapshot(models) == before and leftovers(models) == []
    assert run_cli("apply", "--db", url, "--models", str(models), cwd=tmp_path).returncode == 0
    after = snapshot(models)
    clean = run_cli("apply", "--db", url, "--models", str(models), "--check", cwd=tmp_path)
    assert clean.returncode == 0, clean.stdout
    assert snapshot(models) == after


# -- two runs at once -------------------------------------------------------------------------------------

def test_two_concurrent_applies_never_lose_an_edit(pg, tmp_path):
    """Two real ``apply`` processes with different plans on the same files, three times.
    Without the lock both would pass the hash check and the second rename would drop the
    first edit (this test fails that way when the lock is taken out); with it, each file
    is written by exactly one run and refused by the other."""
    sql, models_text = drifted_tree(tables_per_file=12, files=8)
    url = pg.new_database(sql)
    models = write_tree(tmp_path / "models", models_text)
    kinds = ("nullable", "type")
    expected = {kind: expected_after(saved_plan(url, models, (kind,), tmp_path / f"{kind}.json")) for kind in kinds}
    assert set(expected["nullable"]) == set(expected["type"]) and len(expected["type"]) == 8
    for round_ in range(3):
        work, copy = _tree_copy(tmp_path, f"round{round_}", models_text, kinds)
        processes = {kind: start_cli("apply", "--models", str(copy), "--plan", str(work / f"{kind}.json"),
                                     "--format", "json", cwd=work) for kind in kinds}
        outcomes = {}
        for kind, process in processes.items():
            stdout, stderr = process.communicate(timeout=120)
            assert process.returncode in (0, 2), stderr
            outcomes[kind] = {Path(r["file"]).name: r for r in json.loads(stdout)["results"]}
        for name in models_text:
            writers = [kind for kind in kinds if outcomes[kind][name]["status"] == "changed"]
            assert len(writers) == 1, (round_, name, outcomes["nullable"][name], outcomes["type"][name])
            [loser] = [kind for kind in kinds if kind not in writers]
            assert "changed since the plan was made" in outcomes[loser][name]["message"]
            assert (copy / name).read_text() == expected[writers[0]][str(models / name)]
        assert leftovers(copy) == []


def _tree_copy(base: Path, name: str, models_text: dict[str, str], plans: tuple[str, ...]) -> tuple[Path, Path]:
    """A fresh copy of ``base/models`` with copies of ``base/<plan>.json`` pointing into it
    (the same bytes, so the same hashes)."""
    work = base / name
    models = write_tree(work / "models", models_text)
    for plan in plans:
        text = (base / f"{plan}.json").read_text().replace(str(base / "models"), str(models))
        (work / f"{plan}.json").write_text(text)
    return work, models


# -- Ctrl-C and SIGTERM at random moments -----------------------------------------------------------------

FILES, TABLES_PER_FILE = 24, 25


@pytest.fixture(scope="module")
def interrupt_scenario(pg, tmp_path_factory):
    """A tree of 24 files x 25 classes, each file with 50 edits, and the plan for it."""
    base = tmp_path_factory.mktemp("interrupt")
    sql, models_text = drifted_tree(tables_per_file=TABLES_PER_FILE, files=FILES)
    url = pg.new_database(sql)
    models = write_tree(base / "models", models_text)
    plan = saved_plan(url, models, ("nullable", "type"), base / "plan.json")
    return base, models_text, expected_after(plan)


def _files_written(models: Path, old: dict[str, str]) -> int:
    count = 0
    for name, text in old.items():
        try:
            count += (models / name).read_text() != text
        except (OSError, UnicodeDecodeError):
            pass
    return count


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
def test_interrupted_apply_leaves_every_file_old_or_new(interrupt_scenario, signum):
    base, models_text, expected = interrupt_scenario
    chooser = random.Random(f"interrupt-{signum}")
    mixed_trials = 0
    for trial in range(4):
        work, models = _tree_copy(base, f"{signum.name}-{trial}", models_text, ("plan",))
        new = {name: expected[str(base / "models" / name)] for name in models_text}
        process = start_cli("apply", "--models", str(models), "--plan", str(work / "plan.json"), cwd=work)
        # A random moment in the write phase: after 1-12 of the 24 files are in place, plus a
        # random fraction of a file's time (as measured here: a fixed 50 ms was more than the
        # twelve files left take on a fast machine, and the signal came after the last one).
        wanted = chooser.randint(1, FILES // 2)
        deadline = time.monotonic() + 60
        first_written = None
        while (written := _files_written(models, models_text)) < wanted and process.poll() is None:
            assert time.monotonic() < deadline
            if written and first_written is None:
                first_written = time.monotonic()
            time.sleep(0.001)
        per_file = (time.monotonic() - first_written) / (wanted - 1) if first_written and wanted > 1 else 0.002
        time.sleep(chooser.random() * per_file)
        if process.poll() is None:
            os.killpg(process.pid, signum)
        _, stderr = process.communicate(timeout=60)
        assert "Traceback" not in stderr
        states = []
        for name, old_text in models_text.items():
            text = (models / name).read_text()
            assert text in (old_text, new[name]), f"{name} is neither old nor new after {signum.name}"
            states.append(text == new[name])
        assert leftovers(models) == []
        if any(states) and not all(states):
            mixed_trials += 1
            # interrupted mid-run: Ctrl-C is reported; SIGTERM ends the process as its default says
            assert process.returncode == (130 if signum == signal.SIGINT else -signal.SIGTERM), stderr
        shutil.rmtree(work)
    assert mixed_trials >= 3  # the signal really landed in the middle of the writes
