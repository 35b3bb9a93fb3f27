"""The ``schema-inspector`` command line.

Exit codes: 0 = ran and found nothing to fix; 1 = drift found; 2 = usage error, bad input,
unreachable database. Bad input never shows a traceback (``--debug`` does).
"""

from __future__ import annotations

import errno
import gc
import os
import sys
import traceback
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, replace
from pathlib import Path
from typing import List, Optional

import typer

from schema_inspector.introspect.connection import mask_password
from schema_inspector.introspect.errors import InputError
from schema_inspector.introspect.json_text import dumps_indented
from schema_inspector.planner.discrepancy import COSMETIC, CRITICAL, WARNING

from . import __version__, output
from .annotations import (
    Finding,
    action_lines,
    from_action,
    from_by_hand,
    from_discrepancy,
    from_timestamp_finding,
    github_commands,
    sarif_text,
)
from .config import CACHE_DIRECTORY, CACHE_ENV, NO_CACHE_ENV, Config, find_config
from .output_paths import is_stdout, write_output
from .query_command import annotation, callers_of_plan, print_callers
from .query_command import check_queries as run_check

# The imports left inside the commands are the ones a command that does not use them would
# pay for at start-up (measured with -X importtime, on top of this module): the codemods
# (LibCST) 266 ms, the planner's build 139 ms, the timestamp audit 103 ms, the model reader
# 75 ms, the report 47 ms, the plan and its actions 30-42 ms, the docs 26 ms, the demo 17 ms,
# the --db resolver and schema_diff 13 ms each. `introspect` imports none of them.

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    help="Make hand-written SQLAlchemy models match a live PostgreSQL database, "
    "with minimal, format-preserving edits shown as diffs first.",
)

EXIT_CLEAN, EXIT_DRIFT, EXIT_ERROR = 0, 1, 2


def _print_version(value: bool) -> None:
    if value:
        typer.echo(f"schema-inspector {__version__}")
        raise typer.Exit()


@app.callback()
def _options(
    version: bool = typer.Option(
        False, "--version", callback=_print_version, is_eager=True, help="Show the version and exit."),
) -> None:
    """Options that come before the command."""


# One scheme of --format values on every command: text (the human-readable output: a table,
# diffs or a markdown document), json, and for what CI can annotate, github and sarif.
# The spellings each command had before are accepted as text, as CI scripts may use them.
FORMATS = ("text", "json", "github", "sarif")
FORMAT_ALIASES = {"table": "text", "diff": "text", "markdown": "text"}


def _format_option(text: str, formats: tuple[str, ...] = FORMATS):
    """The --format option: ``text`` (``text`` says what that is for the command) and
    ``formats``; an alias becomes ``text``, anything else is a usage error."""

    def check(value: str) -> str:
        value = FORMAT_ALIASES.get(value, value)
        if value not in formats:
            raise typer.BadParameter(f"{value!r} is not one of {', '.join(map(repr, formats))} "
                                     f"(also accepted for text: {', '.join(FORMAT_ALIASES)}).")
        return value

    others = {"json": "json", "github": "github (workflow annotations)", "sarif": "sarif"}
    listed = [f"text (default: {text})", *(others[f] for f in formats[1:])]
    return typer.Option("text", "--format", metavar="[" + "|".join(formats) + "]", callback=check,
                        help=", ".join(listed[:-1]) + " or " + listed[-1]
                        + f". {', '.join(FORMAT_ALIASES)} are accepted for text.")


SQL_OUT_HELP = "Write the db-sql suggestions to this file as a SQL script (never executed)."
ANNOTATION_FORMATS = ("github", "sarif")


def _print_annotations(command: str, findings, format: str) -> None:
    """CI output: GitHub workflow commands or one SARIF log, on stdout."""
    findings = list(findings)
    if format == "github":
        sys.stdout.write(github_commands(findings))
    else:
        sys.stdout.write(sarif_text(findings, command))


def _model_set_findings(model_set):
    """Files that could not be read: errors on the dashboards too."""
    return [Finding(rule="unreadable-file", severity=CRITICAL, title="unreadable model file",
                    message=error.message, file=error.file, line=error.line) for error in model_set.errors]


DbOption = typer.Option(
    None, "--db", help="PostgreSQL URL, a .sql file (loaded into a throwaway embedded "
    "PostgreSQL) or a .json snapshot. Default: $DATABASE_URL, then [tool.schema-inspector] db.",
)
SchemaOption = typer.Option(None, "--schema", metavar="SCHEMA",
                            help="Database schema to read (repeatable; default public).")
ModelsOption = typer.Option(None, "--models", help="A models file or a directory of them.")
GlobOption = typer.Option(None, "--models-glob", help="Only files matching this name pattern, e.g. models_*.py.")
FileFilter = typer.Option(None, "--file", metavar="FILE", help="Only actions on this file (path or name; repeatable).")
def _kinds_help() -> str:
    from schema_inspector.planner.actions import FIX_KINDS

    return "Only this fix kind (repeatable): " + " ".join(FIX_KINDS) + "."


# Its help lists the fix kinds, which takes importing the planner's actions (half the start-up
# of `--help`): filled in by main() when a help text is asked for (see _with_kinds_help).
KindFilter = typer.Option(None, "--only", metavar="KIND", help="Only this fix kind (repeatable).")


def _with_kinds_help(args: list[str]) -> None:
    """A command's ``--help`` lists the fix kinds ``--only`` takes."""
    if "--help" in args and len(args) > 1:
        KindFilter.help = _kinds_help()
TableFilter = typer.Option(None, "--table", metavar="TABLE", help="Only actions on this table (repeatable).")
DropUnmatchedOption = typer.Option(
    False, "--drop-unmatched",
    help="Drop a model column and add a database column that may be one column renamed (default: keep both "
         "as they are and ask; declaring the rename in [tool.schema-inspector.renames] maps it instead).")


# -- shared plumbing -----------------------------------------------------------------------


def _config(models: Optional[str]) -> Config:
    return find_config(Path(models) if models else Path.cwd())


def _db_schema(db: Optional[str], schemas: Optional[List[str]], config: Config):
    with output.status("Reading the database schema..."):
        return _load_db(db, schemas, config)


def _load_db(db: Optional[str], schemas: Optional[List[str]], config: Config):
    from schema_inspector.introspect.db_option import load_schema

    source = db or os.environ.get("DATABASE_URL") or config.relative(config.db)
    return load_schema(source, tuple(schemas or config.schemas or ("public",)))


VERBOSE = typer.Option(False, "--verbose", "-v",
                       help="List every item the model reader could not read (by default one line per cause).")


NO_CACHE = typer.Option(False, "--no-cache", help="Read every model file and edit every file; neither use "
                        f"nor fill the cache ({CACHE_DIRECTORY}/ in the project, or ${CACHE_ENV}).")


def _cache_dir(config: Config, no_cache: bool) -> Optional[Path]:
    """Where the reader and the edits keep what they made (None: no cache, also when
    $SCHEMA_INSPECTOR_NO_CACHE is set, as for the embedded server's clusters)."""
    if no_cache or os.environ.get(NO_CACHE_ENV):
        return None
    # as ruff's: in the project of the config, else where the command runs (a CI job's checkout)
    root = config.path.parent if config.path is not None else Path.cwd()
    return Path(os.environ.get(CACHE_ENV) or root / CACHE_DIRECTORY)


def _models(models: Optional[str], glob: Optional[str], config: Config, verbose: bool = False,
            no_cache: bool = False):
    from schema_inspector.introspect.models.cache import read_models_cached

    path = _models_path(models, config)
    with output.progress() as steps:
        model_set = read_models_cached(path, glob or config.models_glob, _cache_dir(config, no_cache),
                                       steps.counter("Reading the model files"))
    output.print_unresolved(model_set, verbose)
    return model_set


def _models_named(models: Optional[str], config: Config) -> Optional[str]:
    """The models path given: ``--models``, else the config's (from its directory)."""
    return models or config.relative(config.models)


def _models_path(models: Optional[str], config: Config) -> Path:
    path = _models_named(models, config)
    if not path:
        raise InputError("no models given: pass --models PATH (a file or a directory)")
    if not Path(path).exists():
        raise InputError(f"{path}: no such file or directory (--models)")
    return Path(path)


def _db_and_models(db, schemas, models, glob, config: Config, verbose: bool = False, no_cache: bool = False):
    """Both sides of a comparison, read at once: the models in a second thread while
    this one waits for the database (the catalog queries run in the server, and a
    thread waiting on a socket leaves the interpreter to the other). Errors are the
    same as reading one after the other, the database's first."""
    from schema_inspector.introspect.models.cache import read_models_cached

    def read(on_file):
        path = _models_path(models, config)
        return read_models_cached(path, glob or config.models_glob, _cache_dir(config, no_cache), on_file)

    pool = ThreadPoolExecutor(1, thread_name_prefix="read-models")
    try:
        with output.progress() as steps:
            reading = pool.submit(read, steps.counter("Reading the model files"))
            database_read = steps.waiting("Reading the database schema")
            truth = _load_db(db, schemas, config)
            database_read()
            model_set = reading.result()
    finally:
        pool.shutdown(wait=False, cancel_futures=True)  # on an error, do not wait for the reader
    output.print_unresolved(model_set, verbose)
    return truth, model_set


def _planner_options(config: Config, include_cosmetic: bool, drop_unmatched: bool = False):
    from .api import planner_options

    return planner_options(config, include_cosmetic, drop_unmatched)


def _compare(truth, model_set, config: Config):
    """compare() with the config's declared renames and threshold (as the planner uses them)."""
    from .api import compare

    return compare(truth, model_set, config)


def _drift_exit(items) -> int:
    return EXIT_DRIFT if any(i.severity in (CRITICAL, WARNING) for i in items) else EXIT_CLEAN


def _write_text(path: str, text: str, option: str = "--out") -> None:
    """An output file: devices, FIFOs and ``-`` written through, a symlink's target
    replaced atomically, a regular file replaced atomically (see output_paths)."""
    written = write_output(path, text.encode("utf-8"), option)
    output.stderr.print(output.Text(f"wrote {written}"))


# -- commands ------------------------------------------------------------------------------


@app.command()
def introspect(
    db: Optional[str] = DbOption,
    schema: Optional[List[str]] = SchemaOption,
    out: Optional[str] = typer.Option(None, "--out", help="Write a JSON snapshot (usable as --db)."),
    format: str = _format_option("a table; plain lines when piped", ("text", "json")),
) -> None:
    """Read the database into one typed schema; print a summary or write a snapshot."""
    config = _config(None)
    schema_ = _db_schema(db, schema, config)
    summary = (f"{len(schema_.tables)} tables, {len(schema_.views)} views, "
               f"{len(schema_.enums)} enums (PostgreSQL {schema_.server_version or '?'})")
    if out:  # the snapshot is the product: one line says what it holds
        _write_text(out, schema_.to_json())
        if format != "json" and not is_stdout(out):
            output.stdout.print(output.Text(f"wrote {out}: {summary}"))
        return
    if format == "json":
        sys.stdout.write(schema_.to_json())
        return
    table = output.Table(title=summary, title_justify="left")
    for heading in ("table", "columns", "primary key", "foreign keys", "indexes", "comment"):
        table.add_column(heading, overflow="fold")
    for t in schema_.tables:
        table.add_row(
            t.qualified_name, str(len(t.columns)),
            ", ".join(t.primary_key.columns) if t.primary_key else "(none)",
            str(len(t.foreign_keys)), str(len(t.indexes)), t.comment or "",
        )
    output.stdout.print(table)


@app.command("compare-db-models")
def compare_db_models(
    db: Optional[str] = DbOption,
    models: Optional[str] = ModelsOption,
    models_glob: Optional[str] = GlobOption,
    schema: Optional[List[str]] = SchemaOption,
    verbose: bool = VERBOSE,
    format: str = _format_option("a table; plain lines when piped"),
    no_cache: bool = NO_CACHE,
) -> None:
    """Every difference between the database (ground truth) and the models. Exit 1 on drift."""

    config = _config(models)
    truth, model_set = _db_and_models(db, schema, models, models_glob, config, verbose, no_cache)
    items = _compare(truth, model_set, config)
    _report_discrepancies("compare-db-models", items, model_set, format)


def _report_discrepancies(command: str, items, model_set, format: str) -> None:
    if format == "json":
        output.emit_json(command, {
            **output.discrepancies_json(items),
            "unresolved": [vars(u) for u in model_set.unresolved],
            "errors": [vars(e) for e in model_set.errors],
        })
    elif format in ANNOTATION_FORMATS:
        _print_annotations(command, [*_model_set_findings(model_set), *map(from_discrepancy, items)],
                           format)
    else:
        output.print_discrepancies(items, "database vs models" if command == "compare-db-models"
                                   else "docs vs models")
    if model_set.errors:
        raise typer.Exit(EXIT_ERROR)
    raise typer.Exit(_drift_exit(items))


def _build_plan(db, models, models_glob, schema, include_cosmetic, plan_file, files, only, tables,
                drop_unmatched=False, verbose=False, no_cache=False, editor=None):
    """The plan to show or apply: computed now, or loaded from ``--plan``; then filtered.
    With it, the models it was computed from (None for a loaded plan). ``editor``'s children
    (``codemods.edit_process``) are started before the models are read."""
    from schema_inspector.planner.plan import Plan

    if only:
        from schema_inspector.planner.actions import FIX_KINDS

        unknown = sorted(set(only) - set(FIX_KINDS))
        if unknown:
            raise InputError(f"unknown fix kind {', '.join(unknown)} (--only takes: {' '.join(FIX_KINDS)})")
    if plan_file:
        try:
            plan = Plan.from_json(_read_bounded(plan_file).decode("utf-8"))
        except KeyError as error:
            raise InputError(f"{plan_file}: cannot read plan: missing key {error}: not a plan "
                             "written by `schema-inspector plan --out`") from None
        except (OSError, ValueError, TypeError, AttributeError) as error:
            raise InputError(f"{plan_file}: cannot read plan: {getattr(error, 'strerror', None) or error}") from None
        known_files, known_tables = plan.files(), {a.table for a in plan.actions}
        model_set = truth = None
    else:
        from schema_inspector.planner.build import build_plan

        config = _config(models)
        if editor is not None:  # forked before the reading starts its thread; errors are the reading's to say
            path = _models_named(models, config)
            editor.start(Path(path) if path else None, models_glob or config.models_glob, _cache_dir(config, no_cache))
        truth, model_set = _db_and_models(db, schema, models, models_glob, config, verbose, no_cache)
        if model_set.errors:
            raise typer.Exit(EXIT_ERROR)  # _models printed each file error (file:line) once
        plan = build_plan(truth, model_set, _planner_options(config, include_cosmetic, drop_unmatched))
        # relative file paths start here: a saved plan applies from any directory
        plan = replace(plan, root=str(Path.cwd().resolve()))
        known_files = model_set.files
        known_tables = {t.name for t in truth.tables} | {t.name for t in model_set.schema.tables}
    _check_filters(files or (), tables or (), known_files, known_tables)
    return plan.filtered(files or (), only or (), tables or ()), model_set, truth


def _callers(the_plan, model_set, truth, models: Optional[str], no_cache: bool) -> list:
    """The code that uses a name the plan renames or drops (check-queries' findings on them);
    a problem reading the code is a note, never a failed plan."""
    if model_set is None:
        return []
    try:
        config = _config(models)
        return callers_of_plan(the_plan, model_set, truth, config, _models_path(models, config),
                               _cache_dir(config, no_cache))
    except Exception as error:  # the plan stands on its own
        output.stderr.print(output.Text(f"note: callers of renamed names not listed: {error}", style="dim"))
        return []


MAX_PLAN_BYTES = 64 * 1024 * 1024


def _read_bounded(path: str, limit: int = MAX_PLAN_BYTES) -> bytes:
    """A plan file's bytes; a source that never ends (``/dev/zero``, a pipe that keeps
    writing) stops at ``limit`` with an error instead of filling memory forever. Pipes
    (``--plan <(...)``) are still read."""
    chunks: list[bytes] = []
    size = 0
    with open(path, "rb") as handle:
        while True:
            chunk = handle.read(1 << 20)
            if not chunk:
                return b"".join(chunks)
            size += len(chunk)
            if size > limit:
                raise ValueError(f"more than {limit // (1024 * 1024)} MB: not a plan written by "
                                 "`schema-inspector plan --out`")
            chunks.append(chunk)


def _check_filters(files, tables, known_files, known_tables) -> None:
    """A --file or --table that names nothing is a typo, not a clean result (CI would pass forever)."""
    from schema_inspector.planner.plan import Plan

    for wanted in files:
        if not any(Plan.same_file(known, wanted) for known in known_files):
            names = ", ".join(sorted(Path(f).name for f in known_files)[:10]) or "none"
            raise InputError(f"--file {wanted}: no such models file (files: {names})")
    for wanted in tables:
        if wanted not in known_tables:
            raise InputError(f"--table {wanted}: no such table in the database or the models")


@app.command()
def plan(
    db: Optional[str] = DbOption,
    models: Optional[str] = ModelsOption,
    models_glob: Optional[str] = GlobOption,
    schema: Optional[List[str]] = SchemaOption,
    verbose: bool = VERBOSE,
    file: Optional[List[str]] = FileFilter,
    only: Optional[List[str]] = KindFilter,
    table: Optional[List[str]] = TableFilter,
    include_cosmetic: bool = typer.Option(False, "--include-cosmetic", help="Also fix cosmetic type spellings."),
    format: str = _format_option("unified diffs and a summary"),
    out: Optional[str] = typer.Option(None, "--out", help="Save the plan as JSON for `apply --plan`."),
    sql_out: Optional[str] = typer.Option(None, "--sql-out", help=SQL_OUT_HELP),
    drop_unmatched: bool = DropUnmatchedOption,
    no_cache: bool = NO_CACHE,
) -> None:
    """Dry run: the fix actions as unified diffs (nothing is written). Exit 1 when there is work."""
    from schema_inspector.codemods.edit_process import EditProcess
    from schema_inspector.codemods.files import Changed, Failed, run_plan

    cache_dir = _cache_dir(_config(models), no_cache)
    with EditProcess() as editor:
        the_plan, model_set, truth = _build_plan(db, models, models_glob, schema, include_cosmetic, None, file, only,
                                                 table, drop_unmatched, verbose, no_cache, editor=editor)
        editor.submit(the_plan, None, cache_dir)
        if out:
            _write_text(out, the_plan.to_json())
        if sql_out:
            _write_text(sql_out, _sql_script(the_plan.suggestions), "--sql-out")
        callers = _callers(the_plan, model_set, truth, models, no_cache)  # while the files are edited
        with output.progress() as steps:
            results = run_plan(the_plan, write=False, on_file=steps.counter("Editing the files (dry run)"),
                               cache_dir=cache_dir, editor=editor)
    if format == "json":
        document = __import__("json").loads(the_plan.to_json())
        document.pop("version")
        document["results"] = [_result_json(r) for r in results]
        document["callers"] = [f.to_json() for f in callers]
        # what was not read, as compare gives it: a plan without actions may be one that could read nothing
        document["unresolved"] = [vars(u) for u in model_set.unresolved]
        document["errors"] = [vars(e) for e in model_set.errors]
        output.emit_json("plan", document)
    elif format in ANNOTATION_FORMATS:
        line_of = action_lines(model_set)
        _print_annotations("plan", [*(from_action(a, line_of(a)) for a in the_plan.actions),
                                    *map(from_by_hand, the_plan.by_hand),
                                    *map(annotation, callers)], format)
    else:
        for result in results:
            if isinstance(result, Changed):
                output.print_diff(result.diff)
            elif isinstance(result, Failed):
                output.stderr.print(output.Text(f"error: {result.message}", style="bold red"))
        output.print_plan_summary(the_plan)
        _print_skipped(results)
        print_callers(callers)
    if any(isinstance(r, Failed) for r in results):
        raise typer.Exit(EXIT_ERROR)
    code_actions = the_plan.code_actions
    raise typer.Exit(EXIT_DRIFT if code_actions or the_plan.undecided or the_plan.by_hand else EXIT_CLEAN)


def _undecided_json(undecided) -> dict:
    return {**asdict(undecided), "reasons": list(undecided.reasons)}


def _result_json(result) -> dict:
    from schema_inspector.codemods.files import Changed, Failed

    skipped = {"skipped": list(result.skipped)} if getattr(result, "skipped", ()) else {}
    if isinstance(result, Changed):
        return {"file": str(result.path), "status": "changed", "diff": result.diff, **skipped}
    if isinstance(result, Failed):
        return {"file": str(result.path), "status": "failed", "message": result.message}
    return {"file": str(result.path), "status": "unchanged", **skipped}


def _skipped(results) -> list[str]:
    """Every action a file's edit left out (the rest of that file was edited)."""
    return [note for result in results for note in getattr(result, "skipped", ())]


def _print_skipped(results) -> None:
    for note in _skipped(results):
        output.stderr.print(output.Text(f"skipped: {note}", style="bold yellow"))


def _sql_script(suggestions) -> str:
    lines = ["-- Changes that belong in the database, suggested by schema-inspector.",
             "-- Review them; schema-inspector never executes SQL.", ""]
    for action in suggestions:
        lines.append(f"-- {action.reason}".replace("\n", " "))
        lines.append(action.sql)
        lines.append("")
    return "\n".join(lines)


@app.command()
def apply(
    db: Optional[str] = DbOption,
    models: Optional[str] = ModelsOption,
    models_glob: Optional[str] = GlobOption,
    schema: Optional[List[str]] = SchemaOption,
    verbose: bool = VERBOSE,
    file: Optional[List[str]] = FileFilter,
    only: Optional[List[str]] = KindFilter,
    table: Optional[List[str]] = TableFilter,
    include_cosmetic: bool = typer.Option(False, "--include-cosmetic", help="Also fix cosmetic type spellings."),
    plan_file: Optional[str] = typer.Option(None, "--plan", help="Apply a plan saved by `plan --out`."),
    check: bool = typer.Option(False, "--check", help="Write nothing; exit 1 if anything would change."),
    format: str = _format_option("a table; plain lines when piped"),
    sql_out: Optional[str] = typer.Option(None, "--sql-out", help=SQL_OUT_HELP),
    drop_unmatched: bool = DropUnmatchedOption,
    no_cache: bool = NO_CACHE,
) -> None:
    """Carry out the plan: atomic, minimal edits. Exit 0 on success, 2 on error."""
    from schema_inspector.codemods.edit_process import EditProcess
    from schema_inspector.codemods.files import Changed, Failed, run_plan

    with EditProcess() as editor:
        the_plan, model_set, truth = _build_plan(db, models, models_glob, schema, include_cosmetic, plan_file, file,
                                                 only, table, drop_unmatched, verbose, no_cache, editor=editor)
        # writes stay inside the models directory: --models, else the config's models (a run
        # from a subdirectory writes there too), else the current directory. A plan is data
        # and may come from anywhere: the directory it records only says where its relative
        # paths start, never where writing is allowed.
        config = _config(models)
        models_root = _models_named(models, config)
        allowed_root = Path(models_root).resolve() if models_root else Path.cwd().resolve()
        base_dir = Path(the_plan.root) if the_plan.root else None
        if base_dir is not None and not base_dir.is_dir():
            raise InputError(f"{plan_file or 'the plan'}: its file paths start at {the_plan.root} (where plan "
                             "ran), which is not a directory here; run plan again in this checkout")
        cache_dir = _cache_dir(config, no_cache)
        editor.submit(the_plan, base_dir, cache_dir)
        # the callers are found (while the files are edited) before the edits are written, on the
        # models the plan was made from
        callers = _callers(the_plan, model_set, truth, models, no_cache) if format in ("text", "json") else []
        if sql_out:  # as plan writes it: the suggestions of the (filtered) plan, never executed
            _write_text(sql_out, _sql_script(the_plan.suggestions), "--sql-out")
        with output.progress() as steps:
            results = run_plan(the_plan, write=not check, allowed_root=allowed_root, base_dir=base_dir,
                               on_file=steps.counter("Writing the files" if not check else "Editing the files (check)"),
                               cache_dir=cache_dir, editor=editor)
    changed = [r for r in results if isinstance(r, Changed)]
    failed = [r for r in results if isinstance(r, Failed)]
    if format in ANNOTATION_FORMATS:  # what CI should see: the files refused, the actions left out
        findings = [Finding(rule="apply-failed", severity=CRITICAL, title="not edited", message=r.message,
                            file=r.path) for r in failed]
        findings += [Finding(rule="apply-skipped", severity=WARNING, title="action left out", message=note,
                             file=r.path) for r in results for note in getattr(r, "skipped", ())]
        _print_annotations("apply", findings, format)
    elif format == "json":
        output.emit_json("apply", {
            "check": check,
            "results": [_result_json(r) for r in results],
            "actions": len(the_plan.actions),
            "undecided": [_undecided_json(u) for u in the_plan.undecided],
            "by_hand": [asdict(b) for b in the_plan.by_hand],
            "callers": [f.to_json() for f in callers],
        })
    else:
        verb = "would change" if check else "changed"
        for result in changed:
            output.stdout.print(f"{verb} {result.path}")
        for failure in failed:
            output.stderr.print(output.Text(f"error: {failure.message}", style="bold red"))
        _print_skipped(results)
        output.stdout.print(f"{len(changed)} file(s) {verb}, {len(failed)} failed, "
                            f"{len(results) - len(changed) - len(failed)} unchanged"
                            + (f", {len(_skipped(results))} action(s) skipped" if _skipped(results) else ""))
        for undecided in the_plan.undecided:
            output.stdout.print(output.Text(f"decide: {undecided.file}:{undecided.line}: {undecided.message}",
                                            style="bold yellow"))
        output.print_by_hand(the_plan)
        print_callers(callers)
    if failed:
        raise typer.Exit(EXIT_ERROR)
    # a skipped action, or drift left to edit by hand, is drift left in the models: compare keeps reporting it
    raise typer.Exit(EXIT_DRIFT if (check and changed) or _skipped(results) or the_plan.by_hand else EXIT_CLEAN)


@app.command("generate-docs")
def generate_docs(
    db: Optional[str] = DbOption,
    schema: Optional[List[str]] = SchemaOption,
    out: Optional[str] = typer.Option(None, "--out", help="Markdown file to write (keeps hand-written sections)."),
) -> None:
    """Write the schema documentation (markdown + Mermaid ER diagram) from the database."""
    from schema_inspector.introspect.docs import render_markdown

    truth = _db_schema(db, schema, _config(None))
    previous = None
    if out and Path(out).is_file():
        previous = Path(out).read_text(encoding="utf-8")
    text = render_markdown(truth, previous)
    if out:
        _write_text(out, text)
    else:
        sys.stdout.write(text)


def _read_doc(doc: str):
    from schema_inspector.introspect.docs import load_markdown

    if not Path(doc).is_file():
        raise InputError(f"{doc}: no such file (--doc)")
    try:
        return load_markdown(Path(doc))
    except UnicodeDecodeError as error:
        raise InputError(f"{doc}: not UTF-8 text ({error.reason} at byte {error.start}); "
                         "--doc takes the markdown written by generate-docs") from None


@app.command()
def validate(
    db: Optional[str] = DbOption,
    doc: str = typer.Option(..., "--doc", help="The generated database_schema.md."),
    schema: Optional[List[str]] = SchemaOption,
    format: str = _format_option("a table; plain lines when piped"),
) -> None:
    """Check that the docs still describe the database. Exit 1 with the differences."""
    from schema_inspector.planner.schema_diff import diff_schemas

    truth = _db_schema(db, schema, _config(None))
    items = diff_schemas(truth, _read_doc(doc))
    if format == "json":
        output.emit_json("validate", output.discrepancies_json(items))
    elif format in ANNOTATION_FORMATS:
        _print_annotations("validate", map(from_discrepancy, items), format)
    else:
        output.print_discrepancies(items, "database vs docs")
    raise typer.Exit(EXIT_DRIFT if items else EXIT_CLEAN)


@app.command("compare-models-doc")
def compare_models_doc(
    models: Optional[str] = ModelsOption,
    doc: str = typer.Option(..., "--doc", help="The generated database_schema.md (the ground truth here)."),
    models_glob: Optional[str] = GlobOption,
    verbose: bool = VERBOSE,
    format: str = _format_option("a table; plain lines when piped"),
    no_cache: bool = NO_CACHE,
) -> None:
    """The models against the docs, with the same engine and output as compare-db-models."""
    config = _config(models)
    truth = _read_doc(doc)
    model_set = _models(models, models_glob, config, verbose, no_cache)
    _report_discrepancies("compare-models-doc", _compare(truth, model_set, config),
                          model_set, format)


@app.command()
def report(
    db: Optional[str] = DbOption,
    models: Optional[str] = ModelsOption,
    doc: Optional[str] = typer.Option(None, "--doc", help="The generated database_schema.md, compared too."),
    models_glob: Optional[str] = GlobOption,
    schema: Optional[List[str]] = SchemaOption,
    verbose: bool = VERBOSE,
    out: Optional[str] = typer.Option(None, "--out", help="Write the report here instead of stdout."),
    format: str = _format_option("a markdown document"),
    no_cache: bool = NO_CACHE,
) -> None:
    """The drift analysis: counts, per-table details, rename candidates, db-sql, next commands."""
    from schema_inspector.planner.build import build_plan
    from schema_inspector.planner.report import (
        build_report,
        render_report_markdown,
        report_json,
    )
    from schema_inspector.planner.schema_diff import diff_schemas

    config = _config(models)
    truth, model_set = _db_and_models(db, schema, models, models_glob, config, verbose, no_cache)
    db_vs_models = _compare(truth, model_set, config)
    docs = _read_doc(doc) if doc else None
    models_vs_docs = _compare(docs, model_set, config) if docs else None
    docs_vs_db = diff_schemas(truth, docs) if docs else None
    the_plan = build_plan(truth, model_set, _planner_options(config, False))
    result = build_report(truth, db_vs_models, models_vs_docs, docs_vs_db, the_plan,
                          db_arg=mask_password(db) if db else "$DATABASE_URL",
                          models_arg=models or config.models or "models", doc_arg=doc)
    if format in ANNOTATION_FORMATS:  # every comparison's items, on the files they name
        findings = [from_discrepancy(item) for items in (db_vs_models, models_vs_docs, docs_vs_db)
                    for item in items or ()]
        text = github_commands(findings) if format == "github" else sarif_text(findings, "report")
    elif format == "json":
        document = report_json(result)
        text = dumps_indented(document) + "\n"
    else:
        text = render_report_markdown(result)
    if out:
        _write_text(out, text)
    else:
        sys.stdout.write(text)
    raise typer.Exit(_drift_exit(db_vs_models))


@app.command("audit-timestamps")
def audit_timestamps(
    db: Optional[str] = DbOption,
    models: Optional[str] = ModelsOption,
    models_glob: Optional[str] = GlobOption,
    schema: Optional[List[str]] = SchemaOption,
    verbose: bool = VERBOSE,
    format: str = _format_option("a markdown document"),
    out: Optional[str] = typer.Option(None, "--out", help="Write the audit here instead of stdout."),
    no_cache: bool = NO_CACHE,
) -> None:
    """created_at / updated_at audit: missing columns, DB defaults, nullability, model policy."""
    from schema_inspector.planner.timestamp_report import (
        render_timestamp_audit_markdown,
        timestamp_audit_json,
    )
    from schema_inspector.planner.timestamps import audit_timestamps as run_audit

    config = _config(models)
    truth = _db_schema(db, schema, config)
    model_set = _models(models, models_glob, config, verbose, no_cache) if models or config.models else None
    audit = run_audit(truth, model_set)
    if format in ANNOTATION_FORMATS:
        findings = list(map(from_timestamp_finding, audit.findings))
        text = github_commands(findings) if format == "github" else sarif_text(findings, "audit-timestamps")
    elif format == "json":
        text = dumps_indented({"version": output.JSON_VERSION, "command": "audit-timestamps",
                               **timestamp_audit_json(audit)}) + "\n"
    else:
        text = render_timestamp_audit_markdown(audit)
    if out:
        _write_text(out, text)
    else:
        sys.stdout.write(text)
    # A nullable updated_at is cosmetic (normal when the application manages it).
    raise typer.Exit(EXIT_DRIFT if any(f.severity != COSMETIC for f in audit.findings) else EXIT_CLEAN)


@app.command("check-queries")
def check_queries(
    db: Optional[str] = DbOption,
    models: Optional[str] = ModelsOption,
    models_glob: Optional[str] = GlobOption,
    schema: Optional[List[str]] = SchemaOption,
    code: Optional[List[str]] = typer.Option(
        None, "--code", metavar="PATH", help="Code to check (repeatable). Default: the project (the directory of "
        "its pyproject.toml) minus the models, virtual environments, migrations/ and Alembic versions/."),
    format: str = _format_option("one line per finding and a summary"),
    fix: bool = typer.Option(False, "--fix", help="Apply the safe fixes (one-to-one renames the plan knows, "
                             "verified with PREPARE in a read-only transaction); show the rest as suggestions."),
    drop_unmatched: bool = DropUnmatchedOption,
    no_cache: bool = NO_CACHE,
) -> None:
    """ORM references and raw SQL that will break against the database and the models after the
    plan. Exit 0 clean, 1 something will break, 2 error."""
    config = _config(models)
    path = _models_path(models, config)
    raise typer.Exit(run_check(db, path, models_glob, schema, code or (), config,
                               format, fix, drop_unmatched, _cache_dir(config, no_cache)))


@app.command()
def demo(
    keep: Optional[str] = typer.Option(None, "--keep", help="Copy the scenario here and keep it."),
) -> None:
    """The whole workflow on the seed scenario, in a temporary copy (the repo is never touched)."""
    from .demo import run_demo

    raise typer.Exit(run_demo(keep))


# -- entry point ---------------------------------------------------------------------------


def main(argv: Optional[List[str]] = None) -> None:
    """Console script: one clear line and exit 2 for bad input; ``--debug`` shows tracebacks."""
    args = list(sys.argv[1:] if argv is None else argv)
    debug = "--debug" in args or os.environ.get("SCHEMA_INSPECTOR_DEBUG") == "1"
    args = [a for a in args if a != "--debug"]
    # One command is a few seconds of building trees (ast, LibCST) that hold no cycles;
    # the cyclic collector would walk them again and again (half the time of `plan`).
    # Memory stays bounded by the one command; a caller in the same process gets the
    # collector back.
    collecting = gc.isenabled()
    gc.disable()
    try:
        _with_kinds_help(args)
        code = app(args=args, prog_name="schema-inspector", standalone_mode=False)
        sys.exit(code or 0)
    except InputError as error:
        _say(f"error: {mask_password(str(error))}")
        if debug and error.details:
            _say(mask_password(error.details), style=None)
        if debug:
            _say_traceback()
        sys.exit(EXIT_ERROR)
    except typer.Exit as done:
        sys.exit(done.exit_code)
    except SystemExit:
        raise
    except KeyboardInterrupt:
        _say("interrupted", style=None)
        sys.exit(130)
    except typer.Abort:  # Ctrl-C at a prompt
        sys.exit(130)
    except OSError as error:
        if error.errno not in _OUTPUT_ERRNOS:
            _internal_error(error, debug)
        # stdout on a full disk or a dead device: one true line, exit 2
        _say(f"error: cannot write the output: {error.strerror or error}")
        if debug:
            _say_traceback()
        sys.exit(EXIT_ERROR)
    except Exception as error:  # usage errors and real bugs
        if _is_usage_error(error) and _is_bare_help(error):  # no command: the help, exit 2
            _say(error.format_message(), style=None, stream=sys.stdout)  # type: ignore[attr-defined]
            sys.exit(EXIT_ERROR)
        if _is_usage_error(error):
            _say(f"error: {_usage_line(error)}")
            sys.exit(EXIT_ERROR)
        _internal_error(error, debug)
    finally:
        if collecting:
            gc.enable()


# errno values of a write that cannot succeed (stdout on a full disk, a dead device)
_OUTPUT_ERRNOS = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EIO}


def _internal_error(error: Exception, debug: bool) -> None:
    _say(f"internal error: {type(error).__name__}: {mask_password(str(error))} "
         "(run again with --debug for the traceback, and please report it)")
    if debug:
        _say_traceback()
    sys.exit(EXIT_ERROR)


def _say(text: str, style: Optional[str] = "bold red", stream=None) -> None:
    """A line for the user; when nobody reads the stream any more (``2>&1 | head`` ended),
    the exit code still says what happened, so a failed write is not an error of its own."""
    try:
        if stream is not None:
            stream.write(text + "\n")
            stream.flush()
        else:
            output.stderr.print(output.Text(text, style=style) if style else output.Text(text))
    except (OSError, ValueError):
        pass


def _say_traceback() -> None:
    _say(mask_password(traceback.format_exc()), style=None)


def _is_usage_error(error: Exception) -> bool:
    """A usage error of the command-line parser. Typer vendors its own click from 0.2x on
    (and older typers use click itself), so the class is recognised by what it offers, not
    imported: importing ``click`` fails where only a current typer is installed."""
    return getattr(error, "exit_code", None) == 2 and callable(getattr(error, "format_message", None))


def _is_bare_help(error: Exception) -> bool:
    """Called with no command at all: click raises the help text as its usage error."""
    ctx = getattr(error, "ctx", None)
    return ctx is not None and error.format_message() == ctx.get_help()  # type: ignore[attr-defined]


def _usage_line(error: Exception) -> str:
    """One line: the parser's message and where to look ("see 'schema-inspector plan --help'")."""
    message = " ".join(error.format_message().split())  # type: ignore[attr-defined]
    ctx = getattr(error, "ctx", None)
    command = getattr(ctx, "command_path", None) or "schema-inspector"
    return f"{message} (see '{command} --help')"


def run() -> None:
    """The console script (and ``python -m schema_inspector``): :func:`main`, then leave
    without tearing the heap down. Every file is written and closed by then; freeing
    the millions of tree nodes of a large run one by one would take as long again as
    the command itself (mypy's fast exit does the same). The cyclic collector stays off
    to the end: were :func:`main` to give it back, its first pass would walk every object
    the command made (0.2 s of a 1.5 s ``plan``)."""
    gc.disable()
    code: str | int | None
    try:
        main()
        code = 0
    except SystemExit as done:
        code = done.code
    if not isinstance(code, int):  # sys.exit("message") or sys.exit(None)
        if code is not None:
            print(code, file=sys.stderr)
        code = 0 if code is None else 1
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe: what could be said was said
            pass
    os._exit(code)
