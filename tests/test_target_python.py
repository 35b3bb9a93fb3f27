"""The oldest Python a project's configuration names (``codemods.target_python``)."""

from __future__ import annotations

import pytest

from schema_inspector.codemods.target_python import runs_on


@pytest.mark.parametrize("name, text, on_310", [
    ("pyproject.toml", '[project]\nrequires-python = ">=3.10"\n', True),
    ("pyproject.toml", '[project]\nrequires-python = ">= 3.9, <4"\n', False),
    ("pyproject.toml", '[project]\nrequires-python = "~=3.11"\n', True),
    ("pyproject.toml", '[tool.ruff]\ntarget-version = "py312"\n', True),
    ("pyproject.toml", '[tool.black]\ntarget-version = ["py39", "py310"]\n', False),
    ("pyproject.toml", '[tool.black]\ntarget-version = ["py311", "py312"]\n', True),
    ("ruff.toml", 'target-version = "py310"\n', True),
    ("pyproject.toml", '[tool.ruff]\nline-length = 100\n', False),  # says nothing: not assumed
    ("pyproject.toml", "not toml [", False),
])
def test_the_oldest_python_is_read_from_the_nearest_configuration_that_names_one(tmp_path, name, text, on_310):
    (tmp_path / name).write_text(text, encoding="utf-8")
    (tmp_path / "app").mkdir()
    assert runs_on(str(tmp_path / "app" / "models.py"), (3, 10)) is on_310


def test_a_nearer_configuration_without_a_version_leaves_it_to_one_further_up(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[project]\nrequires-python = ">=3.12"\n', encoding="utf-8")
    (tmp_path / "service").mkdir()
    (tmp_path / "service" / "pyproject.toml").write_text("[tool.ruff]\nline-length = 99\n", encoding="utf-8")
    assert runs_on(str(tmp_path / "service" / "models.py"), (3, 12))
    assert not runs_on(str(tmp_path / "service" / "models.py"), (3, 13))
