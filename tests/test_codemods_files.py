"""run_plan: per-file results, refusals (stale plan, symlink, outside the root), atomic
writes that keep permissions and encoding, and one failing file not stopping the rest."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from schema_inspector.codemods import atomic
from schema_inspector.codemods.files import (
    Changed,
    Failed,
    Unchanged,
    decode_source,
    run_plan,
)
from schema_inspector.introspect.models import content_hash
from schema_inspector.planner.actions import SetNullable, SetTableName
from schema_inspector.planner.plan import Plan

MODELS = '''\
from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy()


class User(db.Model):
    __tablename__ = "users"

    id = db.Column(db.Integer, primary_key=True)
    name = db.Column(db.String(50))
'''
FIXED = MODELS.replace("db.String(50))", "db.String(50), nullable=False)")


def not_null(file: str, class_name: str = "User") -> SetNullable:
    return SetNullable(
        file=file, class_name=class_name, table="users", reason="DB says NOT NULL",
        attribute="name", column="name", nullable=False,
    )


def plan_for(tmp_path: Path, *actions) -> Plan:
    """A plan over files in ``tmp_path``, with their current hashes."""
    files = sorted({a.file for a in actions})
    return Plan(tuple(actions), tuple((f, content_hash((tmp_path / f).read_bytes())) for f in files))


def write(tmp_path: Path, name: str, text: str = MODELS) -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode())
    return path


def test_dry_run_reports_the_diff_and_writes_nothing(tmp_path):
    path = write(tmp_path, "models.py")
    [result] = run_plan(plan_for(tmp_path, not_null("models.py")), write=False, base_dir=tmp_path)
    assert isinstance(result, Changed)
    assert (result.path, result.before, result.after) == ("models.py", MODELS, FIXED)
    assert result.diff.splitlines()[:2] == ["--- a/models.py", "+++ b/models.py"]
    assert "+    name = db.Column(db.String(50), nullable=False)" in result.diff.splitlines()
    assert path.read_text() == MODELS


def test_write_replaces_the_file_atomically_and_keeps_permissions(tmp_path, monkeypatch):
    path = write(tmp_path, "models.py")
    path.chmod(0o640)
    inode = path.stat().st_ino
    replaced = []
    real_replace = os.replace

    def spy(source, target):
        replaced.append((Path(source).parent, Path(target)))
        real_replace(source, target)

    monkeypatch.setattr(atomic.os, "replace", spy)
    [result] = run_plan(plan_for(tmp_path, not_null("models.py")), write=True, base_dir=tmp_path)
    assert isinstance(result, Changed)
    assert path.read_text() == FIXED
    assert replaced == [(tmp_path, path)]  # a temporary file in the same directory, renamed over
    assert path.stat().st_ino != inode
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["models.py"]  # no temporary left


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path, monkeypatch):
    path = write(tmp_path, "models.py")

    def broken_replace(source, target):
        raise OSError("disk full")

    monkeypatch.setattr(atomic.os, "replace", broken_replace)
    [result] = run_plan(plan_for(tmp_path, not_null("models.py")), write=True, base_dir=tmp_path)
    assert isinstance(result, Failed) and "disk full" in result.message
    assert path.read_text() == MODELS
    assert sorted(p.name for p in tmp_path.iterdir()) == ["models.py"]


def test_second_run_is_unchanged(tmp_path):
    write(tmp_path, "models.py")
    action = not_null("models.py")
    run_plan(plan_for(tmp_path, action), write=True, base_dir=tmp_path)
    assert run_plan(plan_for(tmp_path, action), write=True, base_dir=tmp_path) == [Unchanged("models.py")]


def test_stale_plan_is_refused_naming_the_file(tmp_path):
    path = write(tmp_path, "models.py")
    plan = plan_for(tmp_path, not_null("models.py"))
    path.write_text(MODELS + "# edited after planning\n")
    [result] = run_plan(plan, write=True, base_dir=tmp_path)
    assert isinstance(result, Failed)
    assert "models.py" in result.message and "re-run plan" in result.message
    assert path.read_text() == MODELS + "# edited after planning\n"


def test_symlink_is_refused(tmp_path):
    target = write(tmp_path, "real.py")
    (tmp_path / "link.py").symlink_to(target)
    [result] = run_plan(plan_for(tmp_path, not_null("link.py")), write=True, base_dir=tmp_path)
    assert isinstance(result, Failed) and "symbolic link" in result.message
    assert target.read_text() == MODELS


def test_file_outside_the_allowed_root_is_refused(tmp_path):
    root = tmp_path / "project"
    root.mkdir()
    outside = write(tmp_path, "elsewhere.py")
    plan = Plan((not_null(str(outside)),), ((str(outside), content_hash(outside.read_bytes())),))
    [result] = run_plan(plan, write=True, allowed_root=root)
    assert isinstance(result, Failed) and "outside" in result.message
    assert outside.read_text() == MODELS


def test_one_failing_file_does_not_stop_the_others(tmp_path):
    write(tmp_path, "a.py")
    write(tmp_path, "b.py")
    write(tmp_path, "c.py")
    plan = plan_for(tmp_path, not_null("a.py"), not_null("b.py", class_name="Missing"), not_null("c.py"))
    results = run_plan(plan, write=True, base_dir=tmp_path)
    # b.py's one action names a class the file lacks: that action is skipped with a note
    # (issue 16: one bad action never costs the others), and nothing is written to b.py
    assert [type(r) for r in results] == [Changed, Unchanged, Changed]
    [note] = results[1].skipped
    assert "b.py" in note and "Missing" in note
    assert (tmp_path / "a.py").read_text() == FIXED
    assert (tmp_path / "b.py").read_text() == MODELS
    assert (tmp_path / "c.py").read_text() == FIXED


def test_missing_file_is_a_failure_not_an_exception(tmp_path):
    plan = Plan((not_null("gone.py"),), (("gone.py", "sha256:0"),))
    [result] = run_plan(plan, write=False, base_dir=tmp_path)
    assert isinstance(result, Failed) and "gone.py" in result.message


@pytest.mark.parametrize(
    "prefix, encoding",
    [(b"\xef\xbb\xbf", "utf-8"), (b"# -*- coding: latin-1 -*-\n", "latin-1"), (b"", "utf-8")],
)
def test_encoding_and_bom_are_preserved(tmp_path, prefix, encoding):
    body = MODELS.replace("class User", "# caf\u00e9\nclass User")
    path = tmp_path / "models.py"
    path.write_bytes(prefix + body.encode(encoding))
    action = SetTableName(file="models.py", class_name="User", table="people", reason="r", name="people", old_name="users")
    [result] = run_plan(plan_for(tmp_path, action), write=True, base_dir=tmp_path)
    assert isinstance(result, Changed)
    assert path.read_bytes() == prefix + body.replace('"users"', '"people"').encode(encoding)


def test_decode_keeps_crlf_and_the_bom():
    text, encoding = decode_source(b"\xef\xbb\xbfx = 1\r\ny = 2\r\n")
    assert (text, encoding) == ("\ufeffx = 1\r\ny = 2\r\n", "utf-8")
