"""Issue 16, consistency: the same option means the same thing on every command.

Real PostgreSQL, real subprocesses; no mocks."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, execute


def run_cli(*args: str, cwd: Path, timeout: int = 180) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "schema_inspector", *args], capture_output=True, text=True, cwd=cwd,
        timeout=timeout, env={**os.environ, "COLUMNS": "200", "PYTHONPATH": str(ROOT)},
    )


MODELS = ("from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column\n\n\n"
          "class Base(DeclarativeBase):\n    pass\n\n\nclass User(Base):\n"
          "    __tablename__ = 'users'\n    id: Mapped[int] = mapped_column(primary_key=True)\n")


@pytest.mark.slow
def test_apply_writes_sql_out_as_plan_does(tmp_path, db):
    """`apply --sql-out` writes the same script as `plan --sql-out` (it was 'No such option'),
    computed or from a saved plan, and through the same safe path writing: a symlink's
    target is replaced and the link stays."""
    execute(db, "CREATE TABLE users (id integer PRIMARY KEY, email text); CREATE TABLE marker ();")
    (tmp_path / "models.py").write_text(MODELS)
    planned = run_cli("plan", "--db", db, "--models", "models.py", "--sql-out", "plan.sql", "--out", "plan.json",
                      cwd=tmp_path)
    assert planned.returncode == 1, planned.stderr
    script = (tmp_path / "plan.sql").read_text()
    assert "ALTER TABLE marker ADD COLUMN" in script
    real = tmp_path / "shared" / "fixes.sql"
    real.parent.mkdir()
    (tmp_path / "link.sql").symlink_to(real)
    saved = run_cli("apply", "--models", "models.py", "--plan", "plan.json", "--check", "--sql-out", "link.sql",
                    cwd=tmp_path)
    assert saved.returncode == 1, saved.stderr
    assert (tmp_path / "link.sql").is_symlink() and real.read_text() == script
    applied = run_cli("apply", "--db", db, "--models", "models.py", "--sql-out", "apply.sql", cwd=tmp_path)
    assert applied.returncode == 0, applied.stderr
    assert (tmp_path / "apply.sql").read_text() == script
    assert "email" in (tmp_path / "models.py").read_text()  # the edits were made too
