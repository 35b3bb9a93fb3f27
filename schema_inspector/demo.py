"""``schema-inspector demo``: the seed team's reconciliation, end to end, on a copy.

compare -> plan (diffs) -> apply -> compare again -> generate docs -> validate, on a
temporary copy of ``fixtures/seed`` with the database loaded from its ``schema.sql`` into a
throwaway embedded PostgreSQL. The repository is never touched.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from rich.rule import Rule

from . import fixtures, output
from .config import find_config
from .planner.discrepancy import CRITICAL

FIXTURES = Path(fixtures.__file__).resolve().parent


def seed_fixture() -> Path:
    path = FIXTURES / "seed"
    if not (path / "schema.sql").is_file():
        from schema_inspector.introspect.errors import InputError

        raise InputError(f"{path}: the seed fixture is missing (reinstall schema-inspector)")
    return path


def run_demo(keep: str | None = None) -> int:
    source = seed_fixture()
    if keep:
        work = Path(keep)
        if work.exists():
            from schema_inspector.introspect.errors import InputError

            raise InputError(f"{keep}: already exists (--keep wants a new directory)")
        shutil.copytree(source, work)
        return _run(work)
    with tempfile.TemporaryDirectory(prefix="schema-inspector-demo-") as tmp:
        work = Path(tmp) / "seed"
        shutil.copytree(source, work)
        return _run(work)


def _step(title: str, command: str) -> None:
    output.stdout.print(Rule(title, align="left"))
    output.stdout.print(output.Text(f"$ {command}", style="dim"))


def _run(work: Path) -> int:
    from schema_inspector.introspect.embedded import EmbeddedPostgres

    output.stdout.print(f"Seed scenario copied to {work}")
    with output.status("Starting an embedded PostgreSQL and loading schema.sql..."):
        server = EmbeddedPostgres()
        server.start()
    try:
        server.load_sql(work / "schema.sql")
        return _reconcile(work, server)
    finally:
        server.stop()


def _reconcile(work: Path, server) -> int:
    from schema_inspector.codemods.files import Changed, Failed, run_plan
    from schema_inspector.introspect.docs import parse_markdown, render_markdown
    from schema_inspector.introspect.models import read_models
    from schema_inspector.introspect.postgres import read_schema
    from schema_inspector.planner.build import build_plan
    from schema_inspector.planner.schema_diff import diff_schemas

    from .api import compare, planner_options

    models_dir = work / "models"
    config = find_config(models_dir)
    glob = config.models_glob
    options = planner_options(config, False)
    truth = read_schema(server.url())
    output.stdout.print(
        f"database: {len(truth.tables)} tables (PostgreSQL {truth.server_version}), "
        "loaded from schema.sql into a throwaway server"
    )

    _step("1. compare the database with the models",
          "schema-inspector compare-db-models --db schema.sql --models models")
    before = compare(truth, read_models(models_dir, glob), config)
    output.print_discrepancies(before, "database vs models")

    _step("2. plan: every fix as a unified diff (dry run, nothing written)",
          "schema-inspector plan --db schema.sql --models models")
    models_before = read_models(models_dir, glob)
    plan = build_plan(truth, models_before, options)
    for result in run_plan(plan, write=False):
        if isinstance(result, Changed):
            output.print_diff(result.diff)
    suggestions = plan.suggestions
    output.print_plan_summary(plan)

    _step("3. apply", "schema-inspector apply --db schema.sql --models models")
    results = run_plan(plan, write=True, allowed_root=models_dir.resolve())
    changed = [r for r in results if isinstance(r, Changed)]
    failed = [r for r in results if isinstance(r, Failed)]
    for result in changed:
        output.stdout.print(f"changed {result.path}")
    for result in failed:
        output.stderr.print(f"error: {result.message}")

    _step("4. compare again: only what the database itself must change is left",
          "schema-inspector compare-db-models --db schema.sql --models models")
    after = compare(truth, read_models(models_dir, glob), config)
    output.print_discrepancies(after, "database vs models")

    _step("5. the DBA runs the db-sql suggestions (here: on the demo's throwaway database only)",
          "schema-inspector plan --db schema.sql --models models --only db-sql --sql-out db_changes.sql")
    for action in suggestions:
        output.stdout.print(output.Text(action.sql))
        server.execute_sql(action.sql)
    truth = read_schema(server.url())
    final = compare(truth, read_models(models_dir, glob), config)
    output.print_discrepancies(final, "database vs models")
    left = build_plan(truth, read_models(models_dir, glob), options).actions

    _step("6. generate the docs and validate them", "schema-inspector generate-docs --db schema.sql "
          "--out database_schema.md && schema-inspector validate --db schema.sql --doc database_schema.md")
    doc = work / "database_schema.md"
    doc.write_text(render_markdown(truth), encoding="utf-8")
    doc_drift = diff_schemas(truth, parse_markdown(doc.read_text(encoding="utf-8")))
    output.stdout.print(f"wrote {doc.name}: {len(doc_drift)} difference(s) from the database")

    _step("7. the application's queries (routes/, utils/): check them, then fix the safe ones",
          "schema-inspector check-queries --db schema.sql --models models && "
          "schema-inspector check-queries --db schema.sql --models models --fix")
    queries = _check_queries(work, server.url(), truth, plan, models_before, read_models(models_dir, glob))

    output.stdout.print(Rule())
    critical = sum(1 for item in final if item.severity == CRITICAL)
    verdict = (
        f"{len(before)} discrepancies before; {len(after)} after apply; {len(final)} "
        f"({critical} critical) after the {len(suggestions)} db-sql suggestion(s); "
        f"{len(changed)} files changed, {len(failed)} failed; {len(left)} action(s) left; "
        f"queries: {queries[0]} broken, {queries[1]} fixed, {queries[2]} left for a person."
    )
    ok = critical == 0 and not failed and not doc_drift and not left
    output.stdout.print(("[green]converged:[/green] " if ok else "[red]not converged:[/red] ") + verdict)
    return 0 if ok else 1


def _check_queries(work: Path, url: str, truth, plan, models_before, models_after) -> tuple[int, int, int]:
    """check-queries, then --fix, on the scenario's application. The plan (computed before
    apply) says what was renamed; the ORM references are checked against the models as
    apply left them. (broken before, fixed, breaking after)."""
    from schema_inspector.queries.catalog import Catalog
    from schema_inspector.queries.check import QueryChecker, code_files
    from schema_inspector.queries.fix import apply_fixes, safe_fixes

    from .query_command import print_report

    catalog = Catalog.from_schema(truth, plan, models_before)
    model_files = [Path(f) for f in models_after.files]
    files = code_files([work / "routes", work / "utils"], model_files)
    report = QueryChecker(catalog, models_after, None).run(files, model_files)
    print_report(report, "text", {}, {}, False)
    broken = len(report.breaking)
    refused = safe_fixes(report, catalog, url)
    fixed = apply_fixes(report.findings)
    after = QueryChecker(catalog, models_after, None).run(files, model_files)
    output.stdout.print(output.Text("$ schema-inspector check-queries --db schema.sql --models models --fix",
                                    style="dim"))
    print_report(after, "text", fixed, {}, True)
    _ = refused
    return broken, sum(fixed.values()), len(after.breaking)
