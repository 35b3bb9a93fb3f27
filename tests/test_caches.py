"""The reader's cache (``introspect.models.cache``): a model set read again only when something it
was read from changed - a model file, a module it imports from, a module that appears where an
import looks, the reader itself - and an entry that builds nothing but the reader's records.
The edits' cache (``codemods.edit_cache``): a file edited again only when its text, its actions,
a file its edits copy from or the configuration around it changed. The checker's cache
(``queries.check_cache``): a code file checked again only when its text or what the checker knows
(the database's names, the plan's renames, the models' names) changed."""

from __future__ import annotations

import json
import os
import pickle
from dataclasses import replace
from pathlib import Path

import pytest

from schema_inspector.codemods.edit_cache import EditCache
from schema_inspector.codemods.files import Changed, run_plan
from schema_inspector.introspect.models import cache as model_cache
from schema_inspector.introspect.models import content_hash, read_models
from schema_inspector.introspect.models.cache import read_models_cached
from schema_inspector.planner.actions import SetNullable
from schema_inspector.planner.plan import Plan

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


def test_a_library_on_a_new_import_path_reads_the_models_again(project, tmp_path, monkeypatch):
    # Flask-User put on PYTHONPATH after a run: the entry's looked-for paths are all where they were
    cache_dir = tmp_path / "cache"
    (project / "items.py").write_text(MODELS.replace("from app.kinds import Money", "from moneylib import Money"))
    before = read_models_cached(project, None, cache_dir)
    library = tmp_path / "libraries"
    (library / "moneylib").mkdir(parents=True)
    (library / "moneylib" / "__init__.py").write_text(MONEY)
    monkeypatch.syspath_prepend(str(library))
    after = read_models_cached(project, None, cache_dir)
    assert (_columns(before)["price"], _columns(after)["price"]) == ("unresolved", "numeric")


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
    """``plan`` twice on the seed (against a real server): the second run reads the models, the
    edits and the callers' check from ``.schema-inspector-cache`` where it runs (a project without the config), and
    its plan and diffs are the first's; ``--no-cache`` neither reads nor writes it."""
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
                              capture_output=True, text=True, env=env, cwd=project, timeout=120)
        assert done.returncode == 1, done.stderr
        return json.loads(done.stdout)

    cold = plan("--no-cache")
    assert not (project / ".schema-inspector-cache").exists()
    filling = plan()
    cache_dir = project / ".schema-inspector-cache"
    checked = list((cache_dir / "queries").glob("*.json"))  # the model files, checked for the callers of renames
    entries = [_entry(cache_dir), *(cache_dir / "edits").glob("*.json"), *checked]
    assert len(entries) == 1 + len(filling["results"]) + len(checked)  # the model set, each edited file
    assert filling["results"] and checked
    written = [entry.stat().st_mtime_ns for entry in entries]
    warm = plan()
    assert [entry.stat().st_mtime_ns for entry in entries] == written  # read, not written again
    assert cold == filling == warm
    assert warm["actions"]


FLASK_MODELS = """\
from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy()


class User(db.Model):
    __tablename__ = "users"
    id = db.Column(db.Integer, primary_key=True)
    name = db.Column(db.String(50))
"""


def _not_null(nullable: bool = False) -> Plan:
    action = SetNullable(file="models.py", class_name="User", table="users", reason="DB says NOT NULL",
                         attribute="name", column="name", nullable=nullable)
    return Plan((action,), (("models.py", content_hash(FLASK_MODELS.encode())),))


def _dry_run(tmp_path: Path, plan: Plan) -> Changed:
    [result] = run_plan(plan, write=False, base_dir=tmp_path, cache_dir=tmp_path / "cache")
    assert isinstance(result, Changed)
    return result


def test_a_file_edited_as_before_takes_the_earlier_result(tmp_path):
    (tmp_path / "models.py").write_text(FLASK_MODELS)
    first = _dry_run(tmp_path, _not_null())
    assert "nullable=False" in first.after
    [entry] = (tmp_path / "cache" / "edits").glob("*.json")
    planted = json.loads(entry.read_text())
    planted["after"] = first.after.replace("nullable=False", "nullable=False, planted=True")
    entry.write_text(json.dumps(planted))
    assert "planted=True" in _dry_run(tmp_path, _not_null()).after  # the entry's result
    # other actions, another text: edited again
    other = _dry_run(tmp_path, _not_null(nullable=True)).after
    assert "nullable=True" in other and "planted" not in other
    (tmp_path / "models.py").write_text(FLASK_MODELS + "# changed\n")
    assert "planted" not in _dry_run(tmp_path, _not_null()).after


@pytest.mark.parametrize("around", ["pyproject.toml", "ruff.toml", "__init__.py"])
def test_the_configuration_around_a_file_is_part_of_its_key(tmp_path, around):
    """The line length, the oldest Python and the package (the imports' sections) an edit
    follows are read from the files around it."""
    (tmp_path / "models.py").write_text(FLASK_MODELS)
    plan = _not_null()

    def key() -> str:
        return EditCache(tmp_path / "cache").key("models.py", tmp_path / "models.py", FLASK_MODELS,
                                                 plan.actions, {})

    before = key()
    (tmp_path / around).write_text("[tool.ruff]\nline-length = 40\n" if around == "pyproject.toml"
                                   else "line-length = 40\n" if around == "ruff.toml" else "")
    assert key() != before


@pytest.mark.parametrize("around", ["pyproject.toml", "ruff.toml"])
def test_a_ruff_configuration_a_file_around_extends_is_part_of_its_key(tmp_path, around):
    """lsst-sqre/times-square: ``extend = "ruff-shared.toml"``, whose ``line-length = 79`` the edits follow."""
    (tmp_path / "models.py").write_text(FLASK_MODELS)
    (tmp_path / "shared").mkdir()
    (tmp_path / "shared" / "ruff.toml").write_text("line-length = 79\n")
    (tmp_path / around).write_text(('[tool.ruff]\n' if around == "pyproject.toml" else "")
                                   + 'extend = "shared/ruff.toml"\n')
    plan = _not_null()

    def key() -> str:
        return EditCache(tmp_path / "cache").key("models.py", tmp_path / "models.py", FLASK_MODELS,
                                                 plan.actions, {})

    before = key()
    (tmp_path / "shared" / "ruff.toml").write_text("line-length = 120\n")
    assert key() != before


def test_an_entry_is_used_while_the_files_its_edits_read_are_unchanged(tmp_path):
    cache = EditCache(tmp_path)
    cache.store(tmp_path / "models.py", "k", {"mixins.py": "class Stamped: ..."}, "after", "diff", ("note",))
    assert cache.lookup(tmp_path / "models.py", "k", lambda file: "class Stamped: ...") == ("after", "diff", ("note",))
    assert cache.lookup(tmp_path / "models.py", "k", lambda file: "class Stamped: pass") is None
    assert cache.lookup(tmp_path / "models.py", "other key", lambda file: "class Stamped: ...") is None

    def gone(file: str) -> str:
        raise FileNotFoundError(file)

    assert cache.lookup(tmp_path / "models.py", "k", gone) is None
    [entry] = (tmp_path / "edits").glob("*.json")
    entry.write_text("{not json")
    assert cache.lookup(tmp_path / "models.py", "k", lambda file: "class Stamped: ...") is None


# -- the checker's cache (queries.check_cache) ----------------------------------------------------

CHECKED_MODELS = """\
from sqlalchemy import Column, Integer, String
from sqlalchemy.orm import declarative_base

Base = declarative_base()


class User(Base):
    __tablename__ = "users"
    id = Column(Integer, primary_key=True)
    user_name = Column("name", String(40))
"""

APPLICATION = """\
from sqlalchemy import text

from models import User

User.nme
text("SELECT user_name FROM users")
"""


def _checker(project: Path, cache_dir: Path | None, columns: tuple[str, ...] = ("id", "name")):
    from schema_inspector.queries.catalog import Catalog
    from schema_inspector.queries.check import QueryChecker

    model_set = read_models(project / "models.py")
    catalog = Catalog({("public", "users"): columns})
    catalog.learn_models(model_set, "public")
    return QueryChecker(catalog, model_set, None, cache_dir)


@pytest.fixture
def application(tmp_path: Path) -> Path:
    (tmp_path / "models.py").write_text(CHECKED_MODELS)
    for name in ("a.py", "b.py"):
        (tmp_path / name).write_text(APPLICATION)
    return tmp_path


def _check(project: Path, cache_dir: Path | None, **known):
    return _checker(project, cache_dir, **known).run([project / "a.py", project / "b.py"])


def _plant(cache_dir: Path) -> None:
    """Each file's entry says its first finding's message is "planted"."""
    for entry in (cache_dir / "queries").glob("*.json"):
        planted = json.loads(entry.read_text())
        planted["result"]["findings"][0]["message"] = "planted"
        entry.write_text(json.dumps(planted))


def test_a_file_checked_as_before_takes_the_earlier_findings(application, tmp_path):
    cache_dir = tmp_path / "cache"
    first = _check(application, cache_dir)
    assert sorted((f.kind, f.name) for f in first.findings) == sorted([("unknown-attribute", "nme"),
                                                                       ("unknown-column", "user_name")] * 2)
    _plant(cache_dir)
    assert [f.message for f in _check(application, cache_dir).findings].count("planted") == 2
    (application / "a.py").write_text(APPLICATION + "\n")  # one file changed: that one is checked again
    assert [f.message for f in _check(application, cache_dir).findings].count("planted") == 1
    _plant(cache_dir)  # what the checker knows changed (the database has a column more): checked again
    assert "planted" not in [f.message for f in _check(application, cache_dir, columns=("id", "name", "nme"))
                             .findings]
    _check(application, cache_dir)
    _plant(cache_dir)  # the models changed (User has an attribute more): checked again
    (application / "models.py").write_text(CHECKED_MODELS + "    nme = Column(Integer)\n")
    assert "planted" not in [f.message for f in _check(application, cache_dir).findings]


def test_a_report_from_the_cache_is_the_report_checked(application, tmp_path):
    """Findings in order, each SQL site's candidate edits numbered after the files before it."""
    checked = _check(application, None)
    assert [edit.finding_index for site in checked.sites for edit in site.edits] == [1, 3]
    filled = _check(application, tmp_path / "cache")
    from_cache = _check(application, tmp_path / "cache")
    assert checked == filled == from_cache
    for entry in (tmp_path / "cache" / "queries").glob("*.json"):
        entry.write_text("{not json")  # damaged: a miss
    assert _check(application, tmp_path / "cache") == checked


def test_what_the_checker_knows_has_one_hash_in_every_process(application):
    """Sets of names iterate in another order in each process (string hashing is salted)."""
    import subprocess
    import sys

    script = ("import sys; from pathlib import Path; sys.path.insert(0, sys.argv[1]); import test_caches; "
              "from schema_inspector.queries.check_cache import fingerprint; "
              "c = test_caches._checker(Path(sys.argv[2]), None); print(fingerprint(c.catalog, c.models))")
    hashes = {subprocess.run([sys.executable, "-c", script, str(Path(__file__).parent), str(application)],
                             capture_output=True, text=True, check=True,
                             env={**os.environ, "PYTHONHASHSEED": seed}).stdout for seed in ("1", "2", "3")}
    assert len(hashes) == 1 and len(next(iter(hashes)).strip()) == 64
