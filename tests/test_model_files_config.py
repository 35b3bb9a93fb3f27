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
