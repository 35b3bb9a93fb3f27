"""The linters CI runs: ruff (pyflakes, pycodestyle at 120 columns, isort, bugbear, pyupgrade;
the rules are in pyproject.toml) finds nothing in the repository. Part of the one README test
command, so a local run and CI agree."""

from __future__ import annotations

import subprocess
import sys

from conftest import ROOT


def test_ruff_finds_nothing():
    result = subprocess.run([sys.executable, "-m", "ruff", "check", "--no-cache", "--output-format", "concise", "."],
                            capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
