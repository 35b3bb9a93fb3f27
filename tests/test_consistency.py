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


# -- one scheme of --format values ------------------------------------------------------------------

FORMATS = ("text", "json", "github", "sarif")
ALIASES = ("table", "diff", "markdown")  # the spellings before one scheme, accepted as text
NO_FORMAT = {"generate-docs", "demo"}  # they write one kind of document
FORMAT_ARGS = {  # what each command needs to run; a new command must be added here (or to NO_FORMAT)
    "introspect": ("--db", "{db}"),
    "compare-db-models": ("--db", "{db}", "--models", "models.py"),
    "compare-models-doc": ("--models", "models.py", "--doc", "schema.md"),
    "validate": ("--db", "{db}", "--doc", "schema.md"),
    "plan": ("--db", "{db}", "--models", "models.py"),
    "apply": ("--db", "{db}", "--models", "models.py", "--check"),
    "report": ("--db", "{db}", "--models", "models.py", "--doc", "schema.md"),
    "audit-timestamps": ("--db", "{db}", "--models", "models.py"),
    "check-queries": ("--db", "{db}", "--models", "models.py", "--code", "app"),
}


@pytest.mark.slow
def test_every_command_takes_one_scheme_of_format_values(tmp_path, db):
    """The commands are enumerated from the CLI itself, so a new one cannot drift: each takes
    text and json, each that has something to annotate github and sarif too, nothing else;
    table / diff / markdown (what introspect, plan and report called text before) give the
    text output on every command; json documents name their command (introspect's is the snapshot), sarif is SARIF 2.1.0,
    github output is workflow commands."""
    import json
    import re

    import typer.main

    from schema_inspector.cli import app

    group = typer.main.get_command(app)
    assert set(group.commands) == set(FORMAT_ARGS) | NO_FORMAT, "a new command: add it to FORMAT_ARGS"
    for name, command in group.commands.items():
        has_format = any("--format" in param.opts for param in command.params)
        assert has_format == (name not in NO_FORMAT), name

    execute(db, "CREATE TABLE users (id integer PRIMARY KEY, email text, created_at timestamptz);")
    (tmp_path / "models.py").write_text(MODELS)
    (tmp_path / "app").mkdir()
    (tmp_path / "app" / "queries.py").write_text(
        "from sqlalchemy import text\n\n\ndef emails(session):\n"
        "    return session.execute(text('SELECT mail FROM users'))\n")
    assert run_cli("generate-docs", "--db", db, "--out", "schema.md", cwd=tmp_path).returncode == 0
    (tmp_path / "schema.md").write_text((tmp_path / "schema.md").read_text().replace("| email |", "| mail |"))
    for name, template in FORMAT_ARGS.items():
        args = [a.format(db=db) for a in template]
        refused = run_cli(name, *args, "--format", "xml", cwd=tmp_path)
        assert refused.returncode == 2, (name, refused.stderr)
        accepted = re.findall(r"'(\w+)'", refused.stderr.split("is not one of", 1)[1].split("(", 1)[0])
        expected = ("text", "json") if name == "introspect" else FORMATS
        assert tuple(accepted) == expected, (name, refused.stderr)
        outputs = {}
        for value in (*accepted, *ALIASES):
            result = run_cli(name, *args, "--format", value, cwd=tmp_path)
            assert result.returncode in (0, 1), (name, value, result.stderr)
            outputs[value] = result.stdout
        document = json.loads(outputs["json"])
        # introspect's JSON is the snapshot, which --db reads back; every other document names its command
        assert document["command"] == name if name != "introspect" else "schema" in document, name
        if "sarif" in accepted:
            assert json.loads(outputs["sarif"])["version"] == "2.1.0", name
            assert all(line.startswith("::") for line in outputs["github"].splitlines() if line), name
        assert outputs["text"].strip(), name
        for alias in ALIASES:
            assert outputs[alias] == outputs["text"], (name, alias)
