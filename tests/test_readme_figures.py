"""The README quotes what the tool prints on the seed fixture (summary counts, file:line
items, the check-queries tally, the introspect summary): each quoted line is run here, as
written, on a copy of fixtures/seed, and must be among the lines the tool prints. A change in
the tool's numbers therefore fails until the README says the same (issue 16: the README said
34 warning / 2 cosmetic while the tool printed 44 / 5).

Real subprocesses, the embedded PostgreSQL loading the seed's schema.sql; no mocks."""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
SEED = ROOT / "fixtures" / "seed"

pytestmark = pytest.mark.slow

# what stands for a database of the reader's own in the README: the seed's schema here, read once
# into a snapshot (the README's promise: a .sql file, a URL and a snapshot give the same answers)
SNAPSHOT = "readme_snapshot.json"
STAND_INS = {"postgresql://app@db/app": SNAPSHOT, '"$DATABASE_URL"': SNAPSHOT, "--db schema.sql": f"--db {SNAPSHOT}"}


def _quoted_runs() -> list[tuple[str, list[str]]]:
    """(command, the output lines the README shows for it), from every console block."""
    runs: list[tuple[str, list[str]]] = []
    for block in re.findall(r"^```console\n(.*?)^```", README.read_text(), re.M | re.S):
        for line in block.splitlines():
            if line.startswith("$ "):
                runs.append((line[2:], []))
            elif runs and line.strip() and line.strip() != "...":
                runs[-1][1].append(line)
    return [(command, lines) for command, lines in runs if lines]


def _shell(command: str) -> str:
    command = re.sub(r"\s{2,}#.*$", "", command)  # a comment after the command
    command = re.sub(r" \[[^\]]*\]", "", command)  # optional parts
    # `| head -3` / `| tail -1` show part of the output, `...` the rest: every line is checked
    command = re.sub(r"\s*\|\s*(head|tail) -\d+\s*$", "", command)
    for stand_in, real in STAND_INS.items():
        command = command.replace(stand_in, real)
    assert command.startswith("schema-inspector "), command
    return f"{shlex.quote(sys.executable)} -m schema_inspector " + command[len("schema-inspector "):]


def _normal(line: str) -> str:
    line = re.sub(r"\s{2,}#.*$", "", line)  # the README's comments on an output line
    line = re.sub(r"PostgreSQL \d+(\.\d+)?", "PostgreSQL N", line)  # the server that ran it
    return " ".join(line.split())


@pytest.fixture(scope="module")
def seed_copy(tmp_path_factory):
    copy = tmp_path_factory.mktemp("readme") / "seed"
    shutil.copytree(SEED, copy)
    made = subprocess.run([sys.executable, "-m", "schema_inspector", "introspect", "--db", "schema.sql", "--out",
                           SNAPSHOT], capture_output=True, text=True, cwd=copy, timeout=300,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert made.returncode == 0, made.stderr
    return copy


def _run(command: str, cwd: Path) -> list[str]:
    result = subprocess.run(["bash", "-c", command], capture_output=True, text=True, cwd=cwd, timeout=300,
                            env={**os.environ, "COLUMNS": "200", "PYTHONPATH": str(ROOT)})
    return [_normal(line) for line in (result.stdout + result.stderr).splitlines()]


def test_every_line_the_readme_quotes_is_what_the_tool_prints(seed_copy):
    runs = _quoted_runs()
    assert len(runs) >= 6  # the blocks were found
    wrong = []
    for command, quoted in runs:
        printed = _run(_shell(command), seed_copy)
        for line in quoted:
            want = _normal(line)
            prefix = want.endswith(" ...")
            if prefix:
                want = want[:-4]
            if not any(p.startswith(want) if prefix else p == want for p in printed):
                wrong.append(f"$ {command}\n  README: {want}\n  tool:   " + "\n          ".join(printed[-5:]))
    assert not wrong, "\n".join(wrong)


def test_the_readme_s_json_summary_is_what_the_tool_counts(seed_copy):
    quoted = re.search(r'"command": "compare-db-models",\n\s*"summary": (\{[^}]*\})', README.read_text())
    assert quoted, "the README's compare-db-models JSON example"
    printed = subprocess.run(
        [sys.executable, "-m", "schema_inspector", "compare-db-models", "--db", SNAPSHOT, "--models", "models",
         "--format", "json"], capture_output=True, text=True, cwd=seed_copy, timeout=300,
        env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert json.loads(quoted.group(1)) == json.loads(printed.stdout)["summary"]
