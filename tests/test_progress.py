"""Progress bars: on a terminal the long steps show one; piped, nothing but the output."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest
from conftest import FIXTURES

# The slow tier (`pytest -m "not slow"` leaves it out): subprocesses and whole workflows.
pytestmark = pytest.mark.slow

SEED = FIXTURES / "seed"


@pytest.fixture(scope="module")
def seed_url(pg):
    return pg.new_database((SEED / "schema.sql").read_text())


def _run(args, cwd, stderr_on_terminal: bool) -> tuple[int, str]:
    env = {**os.environ, "TERM": "xterm-256color", "COLUMNS": "120"}
    env.pop("NO_COLOR", None)
    if not stderr_on_terminal:
        result = subprocess.run([sys.executable, "-m", "schema_inspector", *args], cwd=cwd, env=env,
                                capture_output=True, text=True, timeout=120)
        return result.returncode, result.stderr
    leader, follower = os.openpty()
    process = subprocess.Popen([sys.executable, "-m", "schema_inspector", *args], cwd=cwd, env=env,
                               stdout=subprocess.DEVNULL, stderr=follower)
    os.close(follower)
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the other end closed
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(leader)
    return process.wait(timeout=120), b"".join(chunks).decode("utf-8", "replace")


def test_plan_and_apply_show_progress_on_a_terminal_only(seed_url, tmp_path):
    work = tmp_path / "seed"
    shutil.copytree(SEED, work)
    plan = ["plan", "--db", seed_url, "--models", "models", "--format", "json"]
    code, terminal = _run(plan, work, stderr_on_terminal=True)
    assert code == 1
    assert "Reading the model files" in terminal and "Editing the files (dry run)" in terminal
    assert "Reading the database schema" in terminal
    code, piped = _run(plan, work, stderr_on_terminal=False)
    assert code == 1 and "Reading" not in piped and "\x1b[" not in piped

    code, terminal = _run(["apply", "--db", seed_url, "--models", "models"], work, stderr_on_terminal=True)
    assert code == 0
    assert "Writing the files" in terminal
