"""The published JSON Schema (schema_inspector/schemas/output.schema.json) describes every
JSON document the commands write, and stays in step with the code."""

from __future__ import annotations

import copy
import json
import shutil

import pytest
from conftest import FIXTURES
from test_cli import run

from schema_inspector import json_schema

# The slow tier (`pytest -m "not slow"` leaves it out): subprocesses and whole workflows.
pytestmark = pytest.mark.slow

jsonschema = pytest.importorskip("jsonschema")

SEED = FIXTURES / "seed"
SCHEMA = json.loads(json_schema.PUBLISHED.read_text(encoding="utf-8"))


def _validator(branch: str | None = None):
    schema = SCHEMA if branch is None else {**SCHEMA, "anyOf": [{"$ref": f"#/$defs/document_{branch}"}]}
    return jsonschema.Draft202012Validator(schema)


def _errors(document: dict, branch: str | None = None) -> list[str]:
    return [f"{list(e.absolute_path)}: {e.message[:300]}" for e in _validator(branch).iter_errors(document)]


def test_the_published_schema_is_what_the_code_describes():
    assert json_schema.PUBLISHED.read_text(encoding="utf-8") == json_schema.text(), (
        "the plan's types changed: run `python -m schema_inspector.json_schema > "
        "schema_inspector/schemas/output.schema.json` and review the difference")
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


@pytest.fixture(scope="module")
def seed_url(pg):
    return pg.new_database((SEED / "schema.sql").read_text())


def test_every_command_s_json_is_valid_against_its_own_document_type(seed_url, tmp_path):
    work = tmp_path / "seed"
    shutil.copytree(SEED, work)
    models, docs = str(work / "models"), str(work / "database_schema.md")
    assert run("generate-docs", "--db", seed_url, "--out", docs).returncode == 0
    saved_plan, snapshot = tmp_path / "plan.json", tmp_path / "snapshot.json"
    commands = {
        "plan": ["plan", "--db", seed_url, "--models", models, "--out", str(saved_plan)],
        "compare-db-models": ["compare-db-models", "--db", seed_url, "--models", models],
        "compare-models-doc": ["compare-models-doc", "--doc", docs, "--models", models],
        "validate": ["validate", "--db", seed_url, "--doc", docs],
        "audit-timestamps": ["audit-timestamps", "--db", seed_url, "--models", models],
        "report": ["report", "--db", seed_url, "--models", models, "--doc", docs],
        "snapshot": ["introspect", "--db", seed_url, "--out", str(snapshot)],
        "check-queries": ["check-queries", "--db", seed_url, "--models", models],
        "apply": ["apply", "--db", seed_url, "--models", models],
    }
    documents = {}
    for branch, args in commands.items():
        result = run(*args, "--format", "json", cwd=work)
        assert result.returncode in (0, 1), (branch, result.stderr)
        documents[branch] = json.loads(result.stdout) if result.stdout.strip() else None
    documents["snapshot"] = json.loads(snapshot.read_text())
    documents["saved_plan"] = json.loads(saved_plan.read_text())
    assert len(documents["plan"]["actions"]) > 50 and documents["apply"]["results"]
    for branch, document in documents.items():
        assert _errors(document, branch) == [], branch
        assert _errors(document) == [], branch
    # each document is of one type only: the branches tell them apart
    for branch, document in documents.items():
        others = [b for b in documents if b != branch and not _errors(document, b)]
        assert others == [], (branch, others)


def test_the_schema_rejects_what_a_plan_reader_would_reject(seed_url, tmp_path):
    work = tmp_path / "seed"
    shutil.copytree(SEED, work)
    result = run("plan", "--db", seed_url, "--models", str(work / "models"), "--format", "json", cwd=work)
    plan = json.loads(result.stdout)
    assert _errors(plan, "plan") == []
    nullable = next(i for i, a in enumerate(plan["actions"]) if a["action"] == "SetNullable")
    wrong_type = copy.deepcopy(plan)
    wrong_type["actions"][nullable]["nullable"] = "no"
    unknown_action = copy.deepcopy(plan)
    unknown_action["actions"][nullable]["action"] = "DropTable"
    missing_field = copy.deepcopy(plan)
    del missing_field["actions"][nullable]["column"]
    wrong_kind = copy.deepcopy(plan)
    wrong_kind["actions"][nullable]["kind"] = "type"
    for broken in (wrong_type, unknown_action, missing_field, wrong_kind):
        assert _errors(broken, "plan")
