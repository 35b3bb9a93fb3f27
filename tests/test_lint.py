"""The linters CI runs find nothing: ruff (pyflakes, pycodestyle at 120 columns, isort,
bugbear, pyupgrade) in the repository, and mypy in the package as it installs. The rules of
both are in pyproject.toml. Part of the one README test command, so a local run and CI agree."""

from __future__ import annotations

import subprocess
import sys

from conftest import ROOT

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib


def test_ruff_finds_nothing():
    result = subprocess.run([sys.executable, "-m", "ruff", "check", "--no-cache", "--output-format", "concise", "."],
                            capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_finds_nothing(tmp_path):
    """mypy checks ``schema_inspector`` laid out as it installs: the top-level folders that
    ``[tool.setuptools.package-dir]`` maps into the package are linked under it."""
    settings = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    package = tmp_path / "schema_inspector"
    package.mkdir()
    for entry in (ROOT / "schema_inspector").iterdir():
        if entry.name != "__pycache__":
            (package / entry.name).symlink_to(entry)
    for name, folder in settings["tool"]["setuptools"]["package-dir"].items():
        (package / name.removeprefix("schema_inspector.")).symlink_to(ROOT / folder)
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--config-file", str(ROOT / "pyproject.toml"), "--no-incremental",
         "-p", "schema_inspector"],
        capture_output=True, text=True, cwd=tmp_path, timeout=600,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues found" in result.stdout
