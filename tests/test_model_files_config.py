"""[tool.schema-inspector] settings a project relies on: model-files naming a new module, and
the models directory from the config when a command runs from elsewhere in the project."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest
from conftest import FIXTURES
from test_cli import run

SEED = FIXTURES / "seed"


@pytest.fixture(scope="module")
def seed_url(pg):
    return pg.new_database((SEED / "schema.sql").read_text())


def test_a_class_for_a_new_empty_module_imports_its_base_and_maps(seed_url, tmp_path):
    work = tmp_path / "seed"
    shutil.copytree(SEED, work)
    config = work / "pyproject.toml"
    config.write_text(config.read_text().replace('tv_channels = "models/models_media.py"',
                                                 'tv_channels = "models/models_tv.py"'))
    (work / "models" / "models_tv.py").write_text("")
    (work / "sub").mkdir()
    # from a subdirectory, --models from the config: the writes go to the models directory
    result = run("apply", "--db", seed_url, "--only", "add-model", "--table", "tv_channels", cwd=work / "sub")
    assert result.returncode == 0, result.stdout + result.stderr
    text = (work / "models" / "models_tv.py").read_text()
    assert "from . import db\n" in text and "class TvChannel(db.Model):" in text
    check = ("import models, models.models_tv as m; from sqlalchemy.orm import configure_mappers; "
             "configure_mappers(); print(sorted(m.TvChannel.__table__.c.keys()))")
    imported = subprocess.run([sys.executable, "-c", check], cwd=work, capture_output=True, text=True, timeout=120)
    assert imported.returncode == 0, imported.stderr
    assert "'call_sign'" in imported.stdout
    again = run("plan", "--db", seed_url, "--only", "add-model", "--table", "tv_channels", cwd=work / "sub")
    assert again.returncode == 0, again.stdout


def test_a_saved_plan_applies_from_another_directory_and_never_widens_where_it_writes(seed_url, tmp_path):
    project = tmp_path / "project"
    shutil.copytree(SEED, project)
    made = run("plan", "--db", seed_url, "--models", "models", "--only", "nullable", "--out", "plan.json",
               cwd=project)
    assert made.returncode == 1, made.stderr
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    before = {p: p.read_bytes() for p in (project / "models").glob("*.py")}
    # the recorded root says where the paths start, not where writing is allowed
    refused = run("apply", "--plan", str(project / "plan.json"), cwd=elsewhere)
    assert refused.returncode == 2
    assert f"outside {elsewhere}" in refused.stderr and "--models" in refused.stderr
    assert {p: p.read_bytes() for p in before} == before
    applied = run("apply", "--plan", str(project / "plan.json"), "--models", str(project / "models"), cwd=elsewhere)
    assert applied.returncode == 0, applied.stderr
    assert {p: p.read_bytes() for p in before} != before
    assert run("plan", "--db", seed_url, "--models", "models", "--only", "nullable", cwd=project).returncode == 0


def test_a_plan_whose_root_is_not_here_is_one_line(tmp_path):
    plan = tmp_path / "plan.json"
    plan.write_text('{"version": 1, "root": "/nowhere/at/all", "files": {}, "notes": [], "undecided": [], '
                    '"actions": []}')
    result = run("apply", "--plan", str(plan), cwd=tmp_path)
    assert result.returncode == 2 and result.stderr.count("\n") == 1, result.stderr
    assert "/nowhere/at/all" in result.stderr and "run plan again" in result.stderr
