"""The edits made in forked children (``codemods.edit_process``): the same results as editing in
this process, taken only for the text the child edited; whatever the children do not give - no
child, a child killed, a file changed since - is edited here."""

from __future__ import annotations

import json
import os
import shutil
import threading
from pathlib import Path

import pytest
from conftest import FIXTURES

from schema_inspector.codemods.edit_process import EditProcess
from schema_inspector.codemods.files import Changed, Failed, run_plan
from schema_inspector.introspect.models import content_hash
from schema_inspector.planner.actions import SetNullable
from schema_inspector.planner.plan import Plan

pytestmark = pytest.mark.skipif(not hasattr(os, "sched_getaffinity"), reason="children are forked on Linux only")

MODELS = """\
from sqlalchemy import Column, Integer, String
from sqlalchemy.orm import declarative_base

Base = declarative_base()


class {name}(Base):
    __tablename__ = "{table}"
    id = Column(Integer, primary_key=True)
    name = Column(String(50))
"""


def _project(tmp_path: Path, count: int = 4) -> Plan:
    actions, hashes = [], []
    for number in range(count):
        text = MODELS.format(name=f"Thing{number}", table=f"things{number}")
        (tmp_path / f"models_{number}.py").write_text(text)
        actions.append(SetNullable(file=f"models_{number}.py", class_name=f"Thing{number}", table=f"things{number}",
                                   reason="DB says NOT NULL", attribute="name", column="name", nullable=False))
        hashes.append((f"models_{number}.py", content_hash(text.encode())))
    return Plan(tuple(actions), tuple(hashes))


def _texts(tmp_path: Path) -> dict[str, str]:
    return {path.name: path.read_text() for path in sorted(tmp_path.glob("*.py"))}


@pytest.mark.parametrize("children", [1, 2])
def test_the_children_edit_each_file_as_this_process_does(tmp_path, children):
    plan = _project(tmp_path)
    here = run_plan(plan, write=False, base_dir=tmp_path)
    with EditProcess(children) as editor:
        editor.start()
        editor.submit(plan, tmp_path, None)
        given = {file: editor.edited(file, (tmp_path / file).read_text()) for file in plan.files()}
        forked = run_plan(plan, write=False, base_dir=tmp_path, editor=editor)
    assert all(result is not None for result in given.values()), given  # the children did the edits
    assert forked == here and all(isinstance(r, Changed) and "nullable=False" in r.after for r in here)


def test_writing_stays_here_and_writes_what_the_child_edited(tmp_path):
    plan = _project(tmp_path, count=2)
    (tmp_path / "expected").mkdir()
    for name, text in _texts(tmp_path).items():
        (tmp_path / "expected" / name).write_text(text)
    run_plan(plan, write=True, base_dir=tmp_path / "expected")
    with EditProcess(1) as editor:
        editor.start()
        editor.submit(plan, tmp_path, None)
        results = run_plan(plan, write=True, base_dir=tmp_path, editor=editor)
    assert all(isinstance(r, Changed) for r in results)
    assert _texts(tmp_path) == _texts(tmp_path / "expected")


def test_a_file_changed_after_the_child_read_it_is_edited_here(tmp_path):
    plan = _project(tmp_path, count=1)
    with EditProcess(1) as editor:
        editor.start()
        editor.submit(plan, tmp_path, None)
        original = (tmp_path / "models_0.py").read_text()
        assert editor.edited("models_0.py", original) is not None
        changed = original.replace("String(50)", "String(60)")
        (tmp_path / "models_0.py").write_text(changed)
        assert editor.edited("models_0.py", changed) is None  # the child edited the older text
        [result] = run_plan(plan, write=False, base_dir=tmp_path, editor=editor)
    assert isinstance(result, Changed) and "String(60), nullable=False" in result.after


def test_a_killed_child_leaves_its_files_to_this_process(tmp_path):
    plan = _project(tmp_path, count=3)
    here = run_plan(plan, write=False, base_dir=tmp_path)
    with EditProcess(1) as editor:
        editor.start()
        [(pid, _)] = editor._children
        os.kill(pid, 9)
        editor.submit(plan, tmp_path, None)  # no error: the pipe is closed
        assert editor.edited("models_0.py", (tmp_path / "models_0.py").read_text()) is None
        assert run_plan(plan, write=False, base_dir=tmp_path, editor=editor) == here


def test_a_file_the_child_cannot_edit_fails_here_with_its_usual_message(tmp_path):
    plan = _project(tmp_path, count=2)
    (tmp_path / "models_1.py").write_text("class Thing1(:\n")
    here = run_plan(plan, write=False, base_dir=tmp_path)
    with EditProcess(1) as editor:
        editor.start()
        editor.submit(plan, tmp_path, None)
        forked = run_plan(plan, write=False, base_dir=tmp_path, editor=editor)
    assert forked == here and isinstance(forked[1], Failed) and "cannot parse" in forked[1].message


def test_no_child_is_forked_beside_another_thread(tmp_path):
    plan = _project(tmp_path, count=1)
    release = threading.Event()
    other = threading.Thread(target=release.wait)
    other.start()
    try:
        with EditProcess(1) as editor:
            editor.start()
            assert editor._children == []
            editor.submit(plan, tmp_path, None)
            assert editor.edited("models_0.py", (tmp_path / "models_0.py").read_text()) is None
    finally:
        release.set()
        other.join()


def test_children_given_no_work_end_and_are_reaped(tmp_path):
    with EditProcess(2) as editor:
        editor.start()
        pids = [pid for pid, _ in editor._children]
    assert len(pids) == 2
    for pid in pids:
        with pytest.raises(ChildProcessError):
            os.waitpid(pid, os.WNOHANG)


def test_a_child_parses_the_model_files_as_the_reader_does(tmp_path):
    from schema_inspector.introspect.models.reader import (
        parse_model_files,
        parse_python,
    )

    _project(tmp_path, count=2)
    (tmp_path / "helpers.py").write_text("def f():\n    return 1\n")  # no model in it: not parsed
    (tmp_path / "broken.py").write_text("class Thing(Base:\n")  # the reader reports it
    list(parse_model_files(tmp_path, until=lambda: parse_python.holds(MODELS.format(name="Thing0", table="things0"))))
    assert not parse_python.holds(MODELS.format(name="Thing1", table="things1"))  # stopped when told
    list(parse_model_files(tmp_path))
    assert parse_python.holds(MODELS.format(name="Thing1", table="things1"))
    assert not parse_python.holds((tmp_path / "helpers.py").read_text())


def _plan_json(capsys, models: Path, url: str) -> dict:
    from schema_inspector import cli

    with pytest.raises(SystemExit) as done:
        cli.main(["plan", "--db", url, "--models", str(models), "--format", "json", "--no-cache"])
    assert done.value.code == 1
    return json.loads(capsys.readouterr().out)


def test_plan_gives_the_same_document_with_and_without_the_children(tmp_path, pg, capsys, monkeypatch):
    """``plan`` on the seed project (a real database): the diffs, results and callers the same,
    the edits made by the child."""
    models = tmp_path / "models"
    shutil.copytree(FIXTURES / "seed" / "models", models)
    url = pg.new_database((FIXTURES / "seed" / "schema.sql").read_text())
    given = []
    edited = EditProcess.edited
    monkeypatch.setattr(EditProcess, "edited", lambda self, *a: given.append(edited(self, *a)) or given[-1])
    forked = _plan_json(capsys, models, url)
    assert forked["results"] and given and all(result is not None for result in given)
    monkeypatch.setattr(EditProcess, "start", lambda self, *args: None)
    given.clear()
    here = _plan_json(capsys, models, url)
    assert given and not any(given)  # no child: every file edited here
    assert forked == here


ALIASES = """\
from functools import partial

from sqlalchemy.orm import mapped_column

NotNull = partial(mapped_column, nullable=False)
"""

ALIASED_MODELS = """\
from sqlalchemy import String
from sqlalchemy.orm import DeclarativeBase, Mapped

from .aliases import NotNull


class Base(DeclarativeBase):
    pass


class Thing(Base):
    __tablename__ = "things"
    id: Mapped[int] = NotNull(primary_key=True)
    name: Mapped[str] = NotNull(String(50))
"""


def test_what_a_prepared_edit_kept_gives_the_same_edit_and_the_files_it_read(tmp_path):
    """``prepare_edit`` in a process with ``facts_kept()`` (the edit child's, while it waits):
    the edit after it is the same, and its ``InheritedSource`` still lists the file of the
    imported alias its style read (the edits' cache records it), though the style was kept."""
    from schema_inspector.codemods import file_facts
    from schema_inspector.codemods.apply import edit_source, prepare_edit
    from schema_inspector.codemods.inherited import InheritedSource

    (tmp_path / "aliases.py").write_text(ALIASES)
    models = tmp_path / "models.py"
    models.write_text(ALIASED_MODELS)
    file = str(models)
    action = SetNullable(file=file, class_name="Thing", table="things", reason="DB allows NULL",
                         attribute="name", column="name", nullable=True)

    def read(other: str) -> str:
        return Path(other).read_text()

    alone = InheritedSource(read)
    expected = edit_source(ALIASED_MODELS, [action], inherited=alone)
    assert str(tmp_path / "aliases.py") in alone.texts and expected != ALIASED_MODELS
    assert file_facts._kept is None  # nothing kept outside the block
    with file_facts.facts_kept():
        prepare_edit(file, ALIASED_MODELS, read)
        kept = dict(file_facts._kept)
        assert {key[0] for key in kept} == {"style", "line length", "library rules"}
        inherited = InheritedSource(read)
        assert edit_source(ALIASED_MODELS, [action], inherited=inherited) == expected
        assert file_facts._kept == kept  # worked out before, not again
        assert inherited.texts == alone.texts
    assert file_facts._kept is None


def test_a_style_kept_after_its_files_were_read_still_lists_them_and_an_undecodable_one_keeps_the_rest(tmp_path):
    """A style worked out first for an edit whose ``InheritedSource`` had read the alias's module
    already still hands that module to a later edit (the edits' cache records it); a module that
    cannot be decoded leaves the style unread there and the file's other facts kept."""
    from schema_inspector.codemods import file_facts
    from schema_inspector.codemods.apply import edit_source
    from schema_inspector.codemods.edit_process import _get_ready
    from schema_inspector.codemods.files import other_text
    from schema_inspector.codemods.inherited import InheritedSource

    (tmp_path / "aliases.py").write_text(ALIASES)
    file = str(tmp_path / "models.py")
    action = SetNullable(file=file, class_name="Thing", table="things", reason="DB allows NULL",
                         attribute="name", column="name", nullable=True)

    def read(other: str) -> str:
        return other_text(other, None)

    with file_facts.facts_kept():
        first = InheritedSource(read)
        first.text(str(tmp_path / "aliases.py"))
        expected = edit_source(ALIASED_MODELS, [action], inherited=first)
        later = InheritedSource(read)
        assert edit_source(ALIASED_MODELS, [action], inherited=later) == expected
        assert str(tmp_path / "aliases.py") in later.texts
    (tmp_path / "aliases.py").write_bytes(b"# caf\xe9\n" + ALIASES.encode())  # latin-1, no coding cookie
    (tmp_path / "models.py").write_text(ALIASED_MODELS)
    with file_facts.facts_kept():
        _get_ready(tmp_path, None, lambda: False)  # as the child does while it waits
        assert {key[:2] for key in file_facts._kept} == {("style", file), ("line length", file),
                                                          ("library rules", file)}


def test_a_child_given_other_files_than_it_prepared_edits_them_as_this_process(tmp_path, monkeypatch):
    """``apply --plan`` from elsewhere: the plan's files are read from its ``base_dir``, not from where
    the child worked out their facts; nothing kept is used then (the child's work, run here)."""
    import pickle

    from schema_inspector.codemods import file_facts
    from schema_inspector.codemods.apply import prepare_edit
    from schema_inspector.codemods.edit_process import _work
    from schema_inspector.codemods.files import other_text

    here, there = tmp_path / "here", tmp_path / "there"
    for root, alias in ((here, ALIASES), (there, ALIASES.replace("partial(mapped_column, nullable=False)",
                                                                   "mapped_column"))):
        (root / "pkg").mkdir(parents=True)
        (root / "pkg" / "aliases.py").write_text(alias)
        (root / "pkg" / "models.py").write_text(ALIASED_MODELS)
    monkeypatch.chdir(here)
    file = "pkg/models.py"
    plan = Plan((SetNullable(file=file, class_name="Thing", table="things", reason="DB allows NULL",
                             attribute="name", column="name", nullable=True),),
                ((file, content_hash(ALIASED_MODELS.encode())),))
    expected = run_plan(plan, write=False, base_dir=there)
    assert expected != run_plan(plan, write=False, base_dir=here)  # the two aliases make different edits
    requests_read, requests_write = os.pipe()
    results_read, results_write = os.pipe()
    with os.fdopen(requests_write, "wb") as requests:
        pickle.dump((plan, there, None, [file]), requests)
    with file_facts.facts_kept():
        prepare_edit(file, ALIASED_MODELS, lambda other: other_text(other, None))  # as the child did, from here
        _work(requests_read, results_write, lambda until: None)
    with os.fdopen(results_read, "rb") as results:
        _, _, (after, diff, skipped) = pickle.load(results)
    assert [diff] == [result.diff for result in expected]
