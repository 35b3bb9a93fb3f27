"""No edit without drift, for every models tree the repository holds (issue 11, the
guide's promise 3): each of ``fixtures/*/models`` and ``tests/model_trees/*`` is laid out
as a package, a database is created from it with ``create_all`` (every ``MetaData`` its
modules define, in a fresh interpreter), and ``plan`` on that database must hold 0 code
actions and leave nothing by hand (drift reported where the database was made from the models is
a misreading, whether the plan edits it or leaves it to a person). A new models tree is picked up
without touching this file.

``tests/model_trees`` holds small trees of our own, one per pattern real projects write
(see each tree's ``__init__.py``).
"""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import pytest
from fresh_interpreter import run_script

from schema_inspector.introspect.models import read_models
from schema_inspector.introspect.postgres import read_schema
from schema_inspector.planner.build import build_plan
from schema_inspector.planner.options import PlannerOptions

ROOT = Path(__file__).resolve().parents[1]
MODEL_TREES = ROOT / "tests" / "model_trees"


def model_trees() -> list[Path]:
    """Every models tree: ``fixtures/<name>/models`` and ``tests/model_trees/<name>``."""
    trees = sorted(p for p in (ROOT / "fixtures").glob("*/models") if (p / "__init__.py").exists())
    trees += sorted(p for p in MODEL_TREES.iterdir() if (p / "__init__.py").exists())
    return trees


def tree_id(tree: Path) -> str:
    return str(tree.relative_to(ROOT))


def lay_out(tree: Path, root: Path) -> Path:
    """``tree`` copied as the package ``app.<its name>``; the directory of ``app``."""
    (root / "app").mkdir(parents=True)
    (root / "app" / "__init__.py").write_text("", encoding="utf-8")
    shutil.copytree(tree, root / "app" / tree.name, ignore=shutil.ignore_patterns("__pycache__"))
    return root / "app"


def create_all(root: Path, package: str, url: str) -> list[str]:
    """Every MetaData the package's modules hold, created on ``url``; the tables made."""
    request = json.dumps({"root": str(root), "package": package, "url": url})
    done = run_script(__file__, input=request, timeout=120)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_every_models_tree_is_found():
    names = {tree_id(tree) for tree in model_trees()}
    assert {"fixtures/seed/models", "fixtures/modern/models"} <= names
    assert len(names) > 2


@pytest.mark.parametrize("tree", model_trees(), ids=tree_id)
def test_a_database_created_from_the_models_gives_no_action_and_nothing_by_hand(tree, pg, tmp_path):
    requires = tree / "requires.txt"  # a library the tree's models import (in the test extra)
    for module in (requires.read_text(encoding="utf-8").split() if requires.exists() else ()):
        pytest.importorskip(module)
    package = lay_out(tree, tmp_path)
    url = pg.new_database()
    tables = create_all(tmp_path, f"app.{tree.name}", url)
    assert tables, "create_all made no table"
    models = read_models(package)
    schemas = ("public", *sorted({t.schema for t in models.schema.tables if t.schema not in (None, "public")}))
    plan = build_plan(read_schema(url, schemas), models, PlannerOptions())
    assert [f"{a.kind} {getattr(a, 'class_name', '')}: {a.reason}" for a in plan.actions if a.kind != "db-sql"] == []
    assert [item.message for item in plan.by_hand] == []


def _create(request: dict) -> None:
    import importlib
    import pkgutil

    import psycopg2
    import sqlalchemy as sa
    from sqlalchemy.orm import configure_mappers

    sys.path.insert(0, request["root"])
    package = importlib.import_module(request["package"])
    for module in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        importlib.import_module(module.name)
    found: dict[int, sa.MetaData] = {}
    for name, module in list(sys.modules.items()):
        if not name.startswith("app."):
            continue
        for value in list(vars(module).values()):
            candidate = value if isinstance(value, sa.MetaData) else getattr(value, "metadata", None)
            if isinstance(candidate, sa.MetaData):
                found.setdefault(id(candidate), candidate)
    configure_mappers()
    engine = sa.create_engine("postgresql+psycopg2://", creator=lambda: psycopg2.connect(request["url"]),
                              poolclass=sa.pool.NullPool)
    tables = []
    with engine.begin() as connection:
        for metadata in found.values():
            for schema in sorted({t.schema for t in metadata.tables.values() if t.schema}):
                connection.execute(sa.schema.CreateSchema(schema, if_not_exists=True))
    for metadata in found.values():
        metadata.create_all(engine)
        tables.extend(metadata.tables)
    engine.dispose()
    print(json.dumps(sorted(tables)))


if __name__ == "__main__":
    _create(json.load(sys.stdin))
