"""``schema-inspector check-queries``: the application's queries against the database and the
models after the plan (see ``schema_inspector.queries``). Reading, printing and exit codes
only; the checking is in the queries package."""

from __future__ import annotations

import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from schema_inspector.introspect.errors import InputError

from . import output
from .config import Config


@contextmanager
def live_database(db: str | None, schemas: tuple[str, ...], config: Config, need_url: bool) -> Iterator:
    """(schema, url): the database read once; ``url`` for PREPARE checks when one can be had
    (a URL, or a .sql file loaded into a throwaway embedded PostgreSQL kept for the command)."""
    import os

    from schema_inspector.introspect.db_option import load_schema

    source = db or os.environ.get("DATABASE_URL") or config.relative(config.db)
    if not source:
        raise InputError("no database given: pass --db URL|FILE.sql|SNAPSHOT.json or set $DATABASE_URL")
    is_url = "://" in source or source.startswith(("postgres:", "postgresql:")) or "=" in source
    if need_url and not is_url and source.endswith(".sql") and Path(source).is_file():
        from schema_inspector.introspect.embedded import EmbeddedPostgres
        from schema_inspector.introspect.postgres import read_schema

        with EmbeddedPostgres() as server:
            server.load_sql(Path(source))
            yield read_schema(server.url(), schemas), server.url()
        return
    yield load_schema(source, schemas), (source if is_url else None)


def default_code_paths(config: Config, models_path: Path) -> list[Path]:
    """The project (the directory of its pyproject.toml, else the models' parent)."""
    import os

    root = config.project_root(models_path)
    relative = os.path.relpath(root)
    return [Path(relative) if not relative.startswith("..") else root]


def check_queries(db, models_path: Path, glob, schemas, code: Sequence[str], config: Config, fmt: str,
                  fix: bool, drop_unmatched: bool, cache_dir: Path | None = None) -> int:
    from schema_inspector.introspect.models.cache import read_models_cached
    from schema_inspector.planner.build import build_plan
    from schema_inspector.queries.catalog import Catalog
    from schema_inspector.queries.check import QueryChecker, code_files

    from .api import planner_options

    model_set = read_models_cached(models_path, glob or config.models_glob, cache_dir)
    output.print_unresolved(model_set)
    if model_set.errors:
        return 2
    paths = [Path(p) for p in code] if code else default_code_paths(config, models_path)
    for path in paths:
        if not path.exists():
            raise InputError(f"{path}: no such file or directory (--code)")
    model_files = [Path(f) for f in model_set.files]
    excluded = model_files + ([models_path] if models_path.is_dir() else [])
    with live_database(db, tuple(schemas or config.schemas or ("public",)), config, need_url=fix) as (truth, url):
        plan = build_plan(truth, model_set, planner_options(config, False, drop_unmatched))
        catalog = Catalog.from_schema(truth, plan, model_set)
        checker = QueryChecker(catalog, model_set, plan, cache_dir)
        files = code_files(paths, excluded)
        report = checker.run(files, model_files)
        fixed: dict[str, int] = {}
        refused: dict[int, str] = {}
        if fix:
            from schema_inspector.queries.fix import apply_fixes, safe_fixes

            refused = safe_fixes(report, catalog, url)
            try:
                fixed = apply_fixes(report.findings)
            except (OSError, ValueError) as error:
                raise InputError(f"cannot write a fix: {error}") from None
            if fixed:  # what is left, from the files as they are now
                why = {report.findings[index].id: reason for index, reason in refused.items()}
                report = QueryChecker(catalog, model_set, plan, cache_dir).run(files, model_files)
                refused = {index: why[f.id] for index, f in enumerate(report.findings) if f.id in why}
    print_report(report, fmt, fixed, refused, fix)
    return 1 if report.breaking else 0


def print_report(report, fmt: str, fixed: dict[str, int], refused: dict[int, str], fix: bool) -> None:
    findings = report.findings
    summary = {
        "files": report.files, "sql_sites": report.sql_sites, "checked_sql": report.checked_sql,
        "orm_references": report.orm_refs, "will_break": len(report.breaking),
        "not_checked": sum(1 for f in findings if f.kind == "not-checked"),
        "fixed": sum(fixed.values()),
    }
    if fmt == "json":
        documents = []
        for index, finding in enumerate(findings):
            item = finding.to_json()
            if index in refused:
                item["not_fixed"] = refused[index]
            documents.append(item)
        output.emit_json("check-queries", {"summary": summary, "fixed_files": fixed, "findings": documents})
        return
    if fmt in ("github", "sarif"):
        from .annotations import github_commands, sarif_text

        rows = [annotation(f) for f in findings]
        sys.stdout.write(github_commands(rows) if fmt == "github" else sarif_text(rows, "check-queries"))
        return
    for file, count in sorted(fixed.items()):
        output.stdout.print(output.Text(f"fixed {count} name(s) in {file}", style="green"))
    for index, finding in enumerate(findings):
        style = "bold red" if finding.breaks else "yellow"
        output.stdout.print(output.Text(f"{finding.file}:{finding.line}:{finding.column}: ", style="bold")
                            + output.Text(finding.kind, style=style)
                            + output.Text(f" {finding.name}: {finding.message}  [{finding.id}]"))
        if index in refused and not fix:
            continue
        if index in refused:
            output.stdout.print(output.Text(f"    not fixed: {refused[index]}", style="dim"))
    output.stdout.print(
        f"{summary['files']} file(s), {summary['orm_references']} ORM reference(s), "
        f"{summary['sql_sites']} SQL site(s) ({summary['checked_sql']} checked): "
        f"{summary['will_break']} will break, {summary['not_checked']} not checked"
        + (f", {summary['fixed']} fixed" if fix else ""))


def callers_of_plan(plan, model_set, truth, config: Config, models_path: Path, cache_dir: Path | None = None) -> list:
    """The code references that break on a name the plan renames or drops (what
    ``check-queries`` would say about them), for ``plan`` and ``apply`` to show next to the
    model edits. Empty when the plan renames and drops nothing."""
    from schema_inspector.queries.catalog import Catalog
    from schema_inspector.queries.check import QueryChecker, code_files

    if truth is None or model_set is None:
        return []
    if not any(a.kind in ("column-name", "drop-column", "table-name") for a in plan.actions):
        return []
    catalog = Catalog.from_schema(truth, plan, model_set)
    old_names = {name for names in catalog.old_columns.values() for name in names} | set(catalog.old_tables)
    dropped = {getattr(a, "attribute", "") for a in plan.actions if a.kind == "drop-column"}
    model_files = [Path(f) for f in model_set.files]
    excluded = model_files + ([models_path] if models_path.is_dir() else [])
    files = code_files(default_code_paths(config, models_path), excluded)
    # what a model file is checked for (its relationships' strings) only names attributes: of
    # those, only a dropped one is a caller of the plan's (5,000 tables: 1.2 s of parsing again)
    checked_models = model_files if dropped else []
    report = QueryChecker(catalog, model_set, plan, cache_dir).run(files, checked_models)
    return [f for f in report.breaking
            if f.name in (dropped if f.kind == "unknown-attribute" else old_names)]


def annotation(finding):
    """One finding as a CI annotation (GitHub workflow command or SARIF result)."""
    from .annotations import Finding
    from .planner.discrepancy import CRITICAL, WARNING

    return Finding(
        rule=finding.kind,
        severity=CRITICAL if finding.breaks else WARNING,
        title=f"{finding.kind} {finding.name}",
        message=finding.message,
        file=finding.file,
        line=finding.line,
        fingerprint=finding.id,
        column=finding.column,
    )


def print_callers(findings) -> None:
    if not findings:
        return
    output.stdout.print(
        output.Text(
            f"{len(findings)} caller(s) of renamed or dropped names (schema-inspector check-queries):", style="bold"
        )
    )
    for finding in findings:
        hint = f" -> {finding.suggestion}" if finding.suggestion else ""
        output.stdout.print(
            output.Text(f"  {finding.file}:{finding.line}:{finding.column}: {finding.kind} {finding.name}{hint}")
        )
