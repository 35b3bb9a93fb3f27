"""The pre-commit hooks, run the way a team runs them: `pre-commit try-repo` on a project of
its own, against a committed snapshot (no database at commit time)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from conftest import ROOT
from test_cli import run

pytestmark = pytest.mark.slow

TABLE = "CREATE TABLE users (id serial PRIMARY KEY, email varchar(200) NOT NULL);"
MODELS = textwrap.dedent('''\
    from sqlalchemy import Column, Integer, String
    from sqlalchemy.orm import declarative_base

    Base = declarative_base()


    class User(Base):
        __tablename__ = "users"

        id = Column(Integer, primary_key=True)
        email = Column(String(200), nullable=False)
''')


def _git(cwd: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True,
                   env={**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@t",
                        "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@t"})


def _try_repo(project: Path, hook: str) -> subprocess.CompletedProcess:
    pre_commit = shutil.which("pre-commit", path=str(Path(sys.executable).parent)) or shutil.which("pre-commit")
    if pre_commit is None:
        pytest.skip("pre-commit is not installed (the test extra has it)")
    return subprocess.run([pre_commit, "try-repo", str(ROOT), hook, "--all-files", "--color", "never"],
                          cwd=project, capture_output=True, text=True, timeout=900)


def test_the_models_hook_passes_on_a_matching_snapshot_and_lists_file_line_on_drift(pg, tmp_path):
    if not (ROOT / ".git").exists():
        pytest.skip("try-repo needs this checkout to be a git repository")
    project = tmp_path / "app"
    (project / "models").mkdir(parents=True)
    (project / "models" / "user.py").write_text(MODELS)
    (project / "pyproject.toml").write_text('[tool.schema-inspector]\nmodels = "models"\n')
    snapshot = project / "schema_snapshot.json"
    assert run("introspect", "--db", pg.new_database(TABLE), "--out", str(snapshot)).returncode == 0
    _git(project, "init", "-q")
    _git(project, "add", "-A")
    _git(project, "commit", "-qm", "models and snapshot")

    clean = _try_repo(project, "schema-inspector-models")
    assert clean.returncode == 0, clean.stdout + clean.stderr
    assert "Passed" in clean.stdout

    # a migration made email nullable and added a column; the snapshot was refreshed and committed
    drifted = pg.new_database(TABLE + " ALTER TABLE users ALTER email DROP NOT NULL;"
                              " ALTER TABLE users ADD COLUMN name text;")
    assert run("introspect", "--db", drifted, "--out", str(snapshot)).returncode == 0
    _git(project, "commit", "-qam", "snapshot after the migration")
    failed = _try_repo(project, "schema-inspector-models")
    assert failed.returncode == 1, failed.stdout + failed.stderr
    assert "Failed" in failed.stdout
    assert "models/user.py:11: critical nullable users.email" in failed.stdout
    assert "missing-column users.name" in failed.stdout
