"""CI outputs: ``--format github`` (workflow commands) and ``--format sarif`` (SARIF 2.1.0),
on every reporting command, checked against GitHub's command syntax and against the
published SARIF schema (from the npm registry: an oracle we did not write)."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from conftest import FIXTURES
from npm_packages import npm_install
from test_cli import run

from schema_inspector.annotations import Finding, github_commands, sarif_log

# The slow tier (`pytest -m "not slow"` leaves it out): subprocesses and whole workflows.
pytestmark = pytest.mark.slow

SEED = FIXTURES / "seed"

# ::level [prop=value[,prop=value]*]::message (GitHub's workflow-command syntax)
COMMAND = re.compile(r"^::(error|warning|notice)(?: ((?:[a-z]+=[^,:]*)(?:,[a-z]+=[^,:]*)*))?::(.*)$")


def _unescape(text: str) -> str:
    return (text.replace("%0A", "\n").replace("%0D", "\r").replace("%3A", ":").replace("%2C", ",")
            .replace("%25", "%"))


def _parse_github(stdout: str) -> list[dict]:
    parsed = []
    for line in stdout.splitlines():
        match = COMMAND.match(line)
        assert match, f"not a workflow command: {line!r}"
        props = dict(p.split("=", 1) for p in match.group(2).split(",")) if match.group(2) else {}
        parsed.append({"level": match.group(1), **{k: _unescape(v) for k, v in props.items()},
                       "message": _unescape(match.group(3))})
    return parsed


@pytest.fixture(scope="module")
def seed_url(pg):
    return pg.new_database((SEED / "schema.sql").read_text())


@pytest.fixture(scope="module")
def drifted_url(pg):
    return pg.new_database((SEED / "schema.sql").read_text() + "\nALTER TABLE users ADD COLUMN nickname varchar(40);\n")


@pytest.fixture
def seed_copy(tmp_path):
    work = tmp_path / "seed"
    shutil.copytree(SEED, work)
    return work


@pytest.fixture(scope="module")
def sarif_validator():
    jsonschema = pytest.importorskip("jsonschema")
    modules = npm_install("@microsoft/jest-sarif@1.0.0-beta.0")
    schema = json.loads((modules / "@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json").read_text())
    return jsonschema.Draft7Validator(schema, format_checker=jsonschema.Draft7Validator.FORMAT_CHECKER)


def _commands(seed_copy: Path, url: str, drifted: str) -> dict[str, list[str]]:
    models = str(seed_copy / "models")
    docs = seed_copy / "database_schema.md"
    assert run("generate-docs", "--db", url, "--out", str(docs)).returncode == 0
    return {
        "compare-db-models": ["compare-db-models", "--db", url, "--models", models],
        "compare-models-doc": ["compare-models-doc", "--doc", str(docs), "--models", models],
        "validate": ["validate", "--db", drifted, "--doc", str(docs)],
        "plan": ["plan", "--db", url, "--models", models],
        "audit-timestamps": ["audit-timestamps", "--db", url, "--models", models],
        "report": ["report", "--db", url, "--models", models],
    }


def test_github_annotations_of_every_reporting_command_match_its_json(seed_copy, seed_url, drifted_url):
    for command, args in _commands(seed_copy, seed_url, drifted_url).items():
        github = run(*args, "--format", "github", cwd=seed_copy)
        annotations = _parse_github(github.stdout)
        assert github.returncode == 1 and annotations, (command, github.stderr)
        document = json.loads(run(*args, "--format", "json", cwd=seed_copy).stdout)
        items = (document.get("discrepancies") or document.get("actions") or document.get("findings")
                 or document.get("comparisons", {}).get("db_vs_models")) + document.get("callers", [])
        messages = sorted(item.get("message") or item.get("reason") for item in items)
        assert sorted(a["message"] for a in annotations) == messages, command
        if command == "plan":  # every edit of an existing class points at its line
            unplaced = [a for a in annotations if "file" in a and "line" not in a]
            assert unplaced and all(a["title"].startswith("add-model") for a in unplaced), unplaced
        for annotation in annotations:
            if "file" in annotation:  # relative to the checkout, and the line is in the file
                path = seed_copy / annotation["file"]
                assert path.is_file(), annotation
                if "line" in annotation:
                    assert 1 <= int(annotation["line"]) <= len(path.read_text().splitlines())


def test_sarif_of_every_reporting_command_is_valid_sarif_2_1_0(seed_copy, seed_url, drifted_url, sarif_validator):
    for command, args in _commands(seed_copy, seed_url, drifted_url).items():
        result = run(*args, "--format", "sarif", cwd=seed_copy)
        assert result.returncode == 1, (command, result.stderr)
        log = json.loads(result.stdout)
        errors = sorted(sarif_validator.iter_errors(log), key=str)
        assert not errors, (command, [e.message for e in errors[:5]])
        results = log["runs"][0]["results"]
        document = json.loads(run(*args, "--format", "json", cwd=seed_copy).stdout)
        items = (document.get("discrepancies") or document.get("actions") or document.get("findings")
                 or document.get("comparisons", {}).get("db_vs_models")) + document.get("callers", [])
        assert len(results) == len(items), command
        rules = [rule["id"] for rule in log["runs"][0]["tool"]["driver"]["rules"]]
        for item in results:
            assert rules[item["ruleIndex"]] == item["ruleId"]
            for location in item.get("locations", []):
                uri = location["physicalLocation"]["artifactLocation"]["uri"]
                assert (seed_copy / uri).is_file(), uri


def test_sarif_validator_rejects_a_broken_log(sarif_validator):
    """The oracle can fail: a result without a message is not SARIF."""
    log = sarif_log([Finding(rule="nullable", severity="critical", title="t", message="m")], "plan")
    assert not list(sarif_validator.iter_errors(log))
    del log["runs"][0]["results"][0]["message"]
    assert list(sarif_validator.iter_errors(log))


def test_github_commands_escape_what_would_end_a_property_or_a_line():
    finding = Finding(rule="comment", severity="warning", title="comment a,b: c", file="m, n.py", line=3,
                      message="50% off\nsecond line")
    text = github_commands([finding])
    assert text.count("\n") == 1
    (parsed,) = _parse_github(text)
    assert parsed == {"level": "warning", "file": "m, n.py", "line": "3", "title": "comment a,b: c",
                      "message": "50% off\nsecond line"}


def test_apply_annotates_the_files_it_refused_and_introspect_has_nothing_to_annotate(seed_copy, seed_url):
    models = seed_copy / "models"
    assert run("plan", "--db", seed_url, "--models", str(models), "--out", "plan.json", cwd=seed_copy).returncode == 1
    stale = models / "models_payment.py"
    stale.write_text(stale.read_text() + "\n# edited after the plan\n")
    result = run("apply", "--plan", "plan.json", "--models", str(models), "--format", "github", cwd=seed_copy)
    assert result.returncode == 2
    errors = [a for a in _parse_github(result.stdout) if a["level"] == "error"]
    assert [a["file"] for a in errors] == ["models/models_payment.py"], result.stdout
    assert "changed since the plan" in errors[0]["message"]
    refused = run("introspect", "--db", seed_url, "--format", "github")
    assert refused.returncode == 2 and "'github' is not one of 'text', 'json'" in refused.stderr
