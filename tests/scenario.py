"""A models tree of our own against a real database, end to end, the way a user meets it.

``Scenario(tmp_path, pg, files)`` writes ``files`` (relative path -> source) under a
temporary directory as the importable package ``app``; then

- ``create_from_models()`` builds the database from the models themselves (``create_all``
  in a fresh interpreter: the models are a package called ``app`` in every scenario);
- ``drift(sql)`` changes the database the way a team does by hand;
- ``reconcile()`` plans and applies (``build_plan`` + ``run_plan(write=True)``), plans and
  applies again, and asks Alembic (``alembic_oracle.judge``) whether the rewritten models
  import, configure and match the database.

``Outcome.problems()`` lists every broken promise of the guide's section 7 that one run can
show: a second plan with code actions, a second apply that changes a byte, a configure
error, a SQLAlchemy warning, a difference Alembic reports that no ``db-sql`` suggestion
explains. Tests assert the exact source after apply and then that this list is empty.
"""

from __future__ import annotations

import json
import sys
import textwrap
from dataclasses import dataclass
from pathlib import Path

from alembic_oracle import Verdict, judge, unexplained_diffs
from conftest import execute
from fresh_interpreter import run_script

from schema_inspector.codemods.files import Changed, Failed, FileResult, run_plan
from schema_inspector.introspect.models import read_models
from schema_inspector.introspect.postgres import read_schema
from schema_inspector.planner.actions import SuggestSQL
from schema_inspector.planner.build import build_plan
from schema_inspector.planner.options import PlannerOptions
from schema_inspector.planner.plan import Plan

PACKAGE = "app"


@dataclass(frozen=True)
class Outcome:
    """One plan + apply, then a second plan and apply, and Alembic's verdict."""

    plan: Plan
    results: list[FileResult]
    after: dict[str, str]  # relative path -> text after the first apply
    second_plan: Plan
    second_results: list[FileResult]
    verdict: Verdict | None

    def code_actions(self, plan: Plan | None = None) -> list:
        return [a for a in (plan or self.plan).actions if a.kind != "db-sql"]

    def problems(self) -> list[str]:
        found = [f"apply failed: {r.message}" for r in self.results if isinstance(r, Failed)]
        found += [f"second plan: {a.kind} {a.class_name}.{getattr(a, 'attribute', '')}: {a.reason}"
                  for a in self.code_actions(self.second_plan)]
        found += [f"second apply changed {r.path}:\n{r.diff}" for r in self.second_results if isinstance(r, Changed)]
        if self.verdict is not None:
            if self.verdict.configure_error:
                found.append(f"configure_mappers: {self.verdict.configure_error}")
            found += [f"SQLAlchemy warning: {w}" for w in self.verdict.warnings]
            suggestions = [a for a in self.second_plan.actions if isinstance(a, SuggestSQL)]
            found += [f"Alembic: {json.dumps(d)}" for d in unexplained_diffs(self.verdict, suggestions)]
        return found


class Scenario:
    """``files`` laid out as the package ``app`` under ``tmp_path``, with a database on ``pg``;
    the models read are the package's, or those under its path ``models``."""

    def __init__(self, tmp_path: Path, pg, files: dict[str, str], metadata: str = "app.models:Base.metadata",
                 models: str = "") -> None:
        self.root = tmp_path
        self.package = tmp_path / PACKAGE
        self.models = self.package / models if models else self.package
        self.metadata = metadata
        for name, text in {"__init__.py": "", **files}.items():
            path = self.package / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(textwrap.dedent(text).lstrip("\n") if text else "", encoding="utf-8")
        self.url = pg.new_database()

    def create_from_models(self) -> Scenario:
        request = json.dumps({"root": str(self.root), "metadata": self.metadata, "url": self.url})
        done = run_script(__file__, input=request, timeout=120)
        assert done.returncode == 0, done.stderr
        return self

    def drift(self, sql: str) -> Scenario:
        execute(self.url, sql)
        return self

    def text(self, name: str) -> str:
        return (self.package / name).read_text(encoding="utf-8")

    def plan(self, options: PlannerOptions = PlannerOptions()) -> Plan:
        return build_plan(read_schema(self.url), read_models(self.models), options)

    def reconcile(self, options: PlannerOptions = PlannerOptions(), judged: bool = True) -> Outcome:
        plan = self.plan(options)
        results = run_plan(plan, write=True, allowed_root=self.root)
        after = {str(p.relative_to(self.package)): p.read_text(encoding="utf-8")
                 for p in sorted(self.package.rglob("*.py"))}
        second_plan = self.plan(options)
        second_results = run_plan(second_plan, write=True, allowed_root=self.root)
        verdict = judge(self.root, self.metadata, self.url) if judged else None
        return Outcome(plan, results, after, second_plan, second_results, verdict)


def _create(request: dict) -> None:
    import importlib

    import psycopg2
    import sqlalchemy as sa
    from sqlalchemy.orm import configure_mappers

    sys.path.insert(0, request["root"])
    module_name, _, path = request["metadata"].partition(":")
    value = importlib.import_module(module_name)
    for part in path.split("."):
        value = getattr(value, part)
    configure_mappers()
    engine = sa.create_engine("postgresql+psycopg2://", creator=lambda: psycopg2.connect(request["url"]),
                              poolclass=sa.pool.NullPool)
    value.create_all(engine)
    engine.dispose()


if __name__ == "__main__":
    _create(json.load(sys.stdin))
