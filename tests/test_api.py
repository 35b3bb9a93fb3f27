"""The Python API gives the objects the command line prints, and carries out a plan."""

from __future__ import annotations

import json
import shutil

import pytest
from conftest import FIXTURES
from test_cli import run

from schema_inspector import api

SEED = FIXTURES / "seed"


@pytest.fixture(scope="module")
def seed_url(pg):
    return pg.new_database((SEED / "schema.sql").read_text())


@pytest.fixture
def seed_copy(tmp_path):
    work = tmp_path / "seed"
    shutil.copytree(SEED, work)
    return work


@pytest.mark.slow
def test_the_three_sources_give_one_schema(seed_url, tmp_path):
    from_url = api.read_schema(seed_url)
    snapshot = tmp_path / "snapshot.json"
    snapshot.write_text(from_url.to_json())
    assert api.read_schema(str(snapshot)) == from_url
    assert api.read_schema(str(SEED / "schema.sql")).tables == from_url.tables
    assert {t.name for t in from_url.tables} >= {"users", "media_backup", "tv_channels"}


@pytest.mark.slow
def test_compare_and_plan_are_what_the_command_line_prints(seed_url, seed_copy, monkeypatch):
    monkeypatch.chdir(seed_copy)  # the seed's pyproject.toml: its renames and policy
    config = api.load_config(seed_copy / "models")
    assert config.path == seed_copy / "pyproject.toml"
    truth, models = api.read_schema(seed_url), api.read_models("models")
    drift = api.compare(truth, models, config)
    cli = json.loads(run("compare-db-models", "--db", seed_url, "--models", "models", "--format", "json",
                         cwd=seed_copy).stdout)
    assert json.loads(json.dumps([d.to_json() for d in drift])) == cli["discrepancies"]
    plan = api.build_plan(truth, models, config)
    cli_plan = json.loads(run("plan", "--db", seed_url, "--models", "models", "--format", "json",
                              cwd=seed_copy).stdout)
    assert [a.to_json() for a in plan.actions] == cli_plan["actions"]
    assert isinstance(plan.actions[0], api.Action)


def test_run_plan_is_dry_by_default_then_writes_and_converges(seed_url, seed_copy, monkeypatch):
    monkeypatch.chdir(seed_copy)
    config = api.load_config(".")
    truth = api.read_schema(seed_url)
    before = {p: p.read_bytes() for p in (seed_copy / "models").glob("*.py")}
    plan = api.build_plan(truth, api.read_models("models"), config)
    dry = api.run_plan(plan)
    assert any(isinstance(r, api.Changed) and r.diff.startswith("---") for r in dry)
    assert {p: p.read_bytes() for p in before} == before  # nothing written
    written = api.run_plan(plan, write=True)
    assert not [r for r in written if isinstance(r, api.Failed)]
    assert {p: p.read_bytes() for p in before} != before
    again = api.build_plan(truth, api.read_models("models"), config)
    assert [a for a in again.actions if a.kind != "db-sql"] == []


def test_a_missing_models_path_is_an_input_error(tmp_path):
    with pytest.raises(api.InputError, match="no such file"):
        api.read_models(tmp_path / "nowhere")
