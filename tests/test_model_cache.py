"""The reader's cache (``introspect.models.cache``): a model set read again only when something it
was read from changed - a model file, a module it imports from, a module that appears where an
import looks, the reader itself - and an entry that builds nothing but the reader's records."""

from __future__ import annotations

import os
import pickle
from dataclasses import replace
from pathlib import Path

import pytest

from schema_inspector.introspect.models import cache as model_cache
from schema_inspector.introspect.models import read_models
from schema_inspector.introspect.models.cache import read_models_cached

MODELS = """\
from sqlalchemy import Column, Integer, String
from sqlalchemy.orm import declarative_base

from app.kinds import Money

Base = declarative_base()


class Item(Base):
    __tablename__ = "items"
    id = Column(Integer, primary_key=True)
    name = Column(String(40))
    price = Column(Money)
"""

MONEY = """\
from sqlalchemy import Numeric
from sqlalchemy.types import TypeDecorator


class Money(TypeDecorator):
    impl = Numeric(12, 2)
"""


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """``app/models/items.py`` importing ``app.kinds``, which does not exist yet."""
    models = tmp_path / "app" / "models"
    models.mkdir(parents=True)
    (tmp_path / "app" / "__init__.py").write_text("")
    (models / "__init__.py").write_text("")
    (models / "items.py").write_text(MODELS)
    return models


def _columns(model_set) -> dict[str, str]:
    return {c.name: c.type.name for t in model_set.schema.tables for c in t.columns}


def _entry(cache_dir: Path) -> Path:
    (entry,) = (cache_dir / "models").glob("*.pickle")
    return entry


def test_an_unchanged_project_is_read_from_the_cache(project, tmp_path):
    cache_dir = tmp_path / "cache"
    first = read_models_cached(project, None, cache_dir)
    assert first == read_models(project)
    # an entry whose model set differs, under the same stamp: what a hit returns is the entry's
    entry = _entry(cache_dir)
    with entry.open("rb") as handle:
        header = pickle.load(handle)
        cached = pickle.load(handle)
    planted = replace(cached, files=("planted",))
    entry.write_bytes(pickle.dumps(header) + pickle.dumps(planted))
    assert read_models_cached(project, None, cache_dir).files == ("planted",)
    assert read_models_cached(project, None, None) == first  # no cache: read


def test_the_cache_directory_says_it_is_one(project, tmp_path):
    read_models_cached(project, None, tmp_path / "cache")
    assert (tmp_path / "cache" / ".gitignore").read_text().splitlines()[-1] == "*"
    assert (tmp_path / "cache" / "CACHEDIR.TAG").read_text().startswith("Signature: 8a477f597d28d172789f06886806bc55")


@pytest.mark.parametrize("change", ["edit a model file", "add a model file", "create the imported module",
                                    "edit the imported module", "the reader's own source"])
def test_a_change_to_what_the_models_were_read_from_reads_them_again(project, tmp_path, change, monkeypatch):
    cache_dir = tmp_path / "cache"
    kinds = project.parent / "kinds.py"
    reader_sources = tmp_path / "reader"  # stands for the reader's own source files
    reader_sources.mkdir()
    (reader_sources / "build.py").write_text("x = 1\n")
    monkeypatch.setattr(model_cache, "_READER_SOURCES", reader_sources)
    if change == "edit the imported module":
        kinds.write_text(MONEY)
    before = read_models_cached(project, None, cache_dir)
    if change == "edit a model file":
        (project / "items.py").write_text(MODELS.replace("String(40)", "String(80)"))
    elif change == "add a model file":
        (project / "tags.py").write_text("from .items import Base\nfrom sqlalchemy import Column, Integer\n\n\n"
                                         "class Tag(Base):\n    __tablename__ = 'tags'\n"
                                         "    id = Column(Integer, primary_key=True)\n")
    elif change == "create the imported module":
        kinds.write_text(MONEY)
    elif change == "edit the imported module":
        kinds.write_text(MONEY.replace("Numeric(12, 2)", "Numeric(14, 4)"))
    else:
        # what the old reader read is planted in the entry, to see that the new one does not use it
        entry = _entry(cache_dir)
        with entry.open("rb") as handle:
            header = pickle.load(handle)
        before = replace(before, files=("stale",))
        entry.write_bytes(pickle.dumps(header) + pickle.dumps(before))
        (reader_sources / "build.py").write_text("x = 2\n")
    after = read_models_cached(project, None, cache_dir)
    assert after == read_models(project)
    assert after != before
    if change == "create the imported module":
        assert (_columns(before)["price"], _columns(after)["price"]) == ("unresolved", "numeric")
    assert read_models_cached(project, None, cache_dir) == after  # the entry replaced


@pytest.mark.parametrize("damage", [b"", b"not a pickle", None])
def test_a_damaged_entry_is_a_miss(project, tmp_path, damage):
    cache_dir = tmp_path / "cache"
    expected = read_models_cached(project, None, cache_dir)
    entry = _entry(cache_dir)
    entry.write_bytes(entry.read_bytes()[:1000] if damage is None else damage)
    assert read_models_cached(project, None, cache_dir) == expected


class _Boom:
    def __reduce__(self):
        return (os.system, ("touch pwned",))


def test_an_entry_builds_nothing_but_the_readers_records(project, tmp_path, monkeypatch):
    """A cache directory is a file a cloned repository could carry: an entry naming any other
    callable is refused, never called."""
    monkeypatch.chdir(tmp_path)
    cache_dir = tmp_path / "cache"
    expected = read_models_cached(project, None, cache_dir)
    entry = _entry(cache_dir)
    with entry.open("rb") as handle:
        header = pickle.load(handle)
    entry.write_bytes(pickle.dumps(header) + pickle.dumps(_Boom()))
    assert read_models_cached(project, None, cache_dir) == expected
    assert not (tmp_path / "pwned").exists()


def test_a_cache_that_cannot_be_written_is_no_error(project, tmp_path):
    blocked = tmp_path / "a file"
    blocked.write_text("")
    assert read_models_cached(project, None, blocked / "cache") == read_models(project)


@pytest.mark.slow
def test_plan_keeps_its_cache_in_the_project_and_gives_the_same_plan(pg, tmp_path):
    """``plan`` twice on the seed (against a real server): the second run reads the models from
    ``.schema-inspector-cache`` in the project, and its plan is the first's; ``--no-cache``
    neither reads nor writes it."""
    import json
    import shutil
    import subprocess
    import sys

    from conftest import FIXTURES

    seed = FIXTURES / "seed"
    url = pg.new_database((seed / "schema.sql").read_text())
    project = tmp_path / "project"
    shutil.copytree(seed / "models", project / "models")
    env = {k: v for k, v in os.environ.items() if k != "SCHEMA_INSPECTOR_CACHE_DIR"}

    def plan(*extra: str) -> dict:
        done = subprocess.run([sys.executable, "-m", "schema_inspector", "plan", "--db", url, "--models",
                               str(project / "models"), "--format", "json", *extra],
                              capture_output=True, text=True, env=env, cwd=tmp_path, timeout=120)
        assert done.returncode == 1, done.stderr
        return json.loads(done.stdout)

    cold = plan("--no-cache")
    assert not (project / ".schema-inspector-cache").exists()
    filling = plan()
    entry = _entry(project / ".schema-inspector-cache")
    written = entry.stat().st_mtime_ns
    warm = plan()
    assert entry.stat().st_mtime_ns == written  # read, not written again
    assert cold == filling == warm
    assert warm["actions"]
