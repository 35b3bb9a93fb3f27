"""``schema-inspector plan`` versus ``sqlacodegen`` on the same database, the cost of the
edits against the size of the drift and of the files, and the introspection ratio - one
run, one markdown report.

    python benchmarks/bench_plan.py [--workspace DIR] [--repeat 5] [--apply-repeat 3]

1. Whole processes (``subprocess``, wall clock), as a user runs them:
   ``python -m schema_inspector plan --db URL --models DIR --format json`` and
   ``sqlacodegen URL`` on the database of ``generate_models.py`` (1,000 tables) with 50
   tables drifted; the two alternate, one warm-up each, then medians of ``--repeat``.
   Then where the time of ``plan`` goes: starting Python with its imports (a process),
   and each stage in-process (``read_schema``, ``read_models``, ``build_plan``,
   ``run_plan``).
2. The edits against the size of the drift, on the same 20 model files with 10, 50 and
   200 tables drifted: in-process, ``codemods.files.run_plan`` (the LibCST work of
   ``plan`` and ``apply``: every edit and diff, nothing written) on the plan of
   ``planner.build.build_plan``, medians of ``--apply-repeat`` after a warm-up; and as
   whole processes, ``apply`` on fresh copies of the files next to the same command
   filtered to no action (``--only table-name``, a fix kind the drift has none of: the
   same process reading the same database and files and planning, but editing nothing). Each ``apply`` result is
   planned again: the timings count only if nothing is left to do. Then the 50-table
   drift once more, in-process, on the same models cut into 20, 5 and 1 file(s).
   In-process timings run as the CLI runs a command: with the cyclic garbage collector
   off, and ``run_plan`` reusing the trees ``read_models`` parsed.
3. ``bench_introspect.measure``: ``read_schema`` versus SQLAlchemy's ``MetaData.reflect()``
   in-process, on 10 and 1,000 tables (statement counts too).

Child processes share one bytecode cache (``PYTHONPYCACHEPREFIX``) so that neither side
pays for compiling its modules in every run, as an installed tool would not.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from benchmarks import bench_introspect  # noqa: E402
from benchmarks.bench_reader import machine_note, without_gc  # noqa: E402
from benchmarks.generate_models import (  # noqa: E402
    MODELS_GLOB,
    Workspace,
    drift_sql,
    ensure_workspace,
    write_package,
)
from schema_inspector.codemods.files import Changed, Failed, run_plan  # noqa: E402
from schema_inspector.introspect.embedded import EmbeddedPostgres  # noqa: E402
from schema_inspector.introspect.models import parse_python, read_models  # noqa: E402
from schema_inspector.introspect.postgres import read_schema  # noqa: E402
from schema_inspector.introspect.schema import Schema  # noqa: E402
from schema_inspector.planner.build import build_plan  # noqa: E402
from schema_inspector.planner.options import PlannerOptions  # noqa: E402

DRIFTS = (10, 50, 200)
PLAN_DRIFT = 50
# The models of the 1,000 tables in 20 files of ~1,450 lines, 5 of ~5,800, one of ~29,000.
FILE_COUNTS = (20, 5, 1)
# Exit codes of the CLI: 0 clean, 1 drift found (plan), 2 error.
EXIT_CLEAN, EXIT_DRIFT = 0, 1
# A fix kind the drift of drift_sql() never calls for (it renames no table): apply with
# this filter plans everything and edits nothing.
IDLE_FILTER = ("--only", "table-name")


@dataclass(frozen=True)
class Timed:
    """One finished process: wall-clock seconds and what it printed."""

    seconds: float
    stdout: str


class Runner:
    """Runs the commands under test with one environment and checks their exit codes."""

    def __init__(self, cache: Path, cwd: Path) -> None:
        self.cwd = cwd
        self.env = {
            **os.environ,
            # The CLI from this checkout, whether or not it is installed.
            "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")])),
            "PYTHONPYCACHEPREFIX": str(cache),
        }
        self.env.pop("PYTHONDONTWRITEBYTECODE", None)

    def run(self, argv: list[str], expected: tuple[int, ...] = (EXIT_CLEAN,)) -> Timed:
        start = time.perf_counter()
        result = subprocess.run(argv, capture_output=True, text=True, cwd=self.cwd, env=self.env)
        seconds = time.perf_counter() - start
        if result.returncode not in expected:
            raise SystemExit(
                f"`{' '.join(argv)}` exited {result.returncode} (expected {expected}):\n"
                f"{result.stderr.strip()[-3000:]}"
            )
        return Timed(seconds, result.stdout)


def cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "schema_inspector", *args]


def sqlacodegen(url: str) -> list[str]:
    # SQLAlchemy 2.1 defaults postgresql:// to psycopg 3; this project installs psycopg2.
    url = url.replace("postgresql://", "postgresql+psycopg2://", 1)
    script = Path(sys.executable).parent / "sqlacodegen"
    return [str(script), url] if script.exists() else [sys.executable, "-m", "sqlacodegen", url]


def alternating(runner: Runner, commands: dict[str, tuple[list[str], tuple[int, ...]]],
                repeat: int) -> dict[str, list[Timed]]:
    """Each command ``repeat`` times, interleaved, after one warm-up run of each."""
    runs: dict[str, list[Timed]] = {name: [] for name in commands}
    for round_number in range(repeat + 1):
        for name, (argv, expected) in commands.items():
            timed = runner.run(argv, expected)
            if round_number > 0:
                runs[name].append(timed)
    return runs


def median(runs: list[Timed]) -> float:
    return statistics.median(run.seconds for run in runs)


# -- databases ---------------------------------------------------------------------------


def drifted_databases(server: EmbeddedPostgres, workspace: Workspace,
                      sql_dir: Path) -> tuple[dict[int, str], Schema]:
    """A database per drift size (the generated schema plus ``drift_sql`` of that many
    tables): drift -> URL; and the schema before the drift."""
    urls: dict[int, str] = {}
    schema: Schema | None = None
    for drift in DRIFTS:
        database = f"drift_{drift}"
        url = server.create_database(database)
        server.load_sql(workspace.schema_sql, database)
        if schema is None:
            schema = read_schema(url)
        drift_file = sql_dir / f"drift_{drift}.sql"
        drift_file.write_text(drift_sql(schema, drift))
        server.load_sql(drift_file, database)
        urls[drift] = url
    assert schema is not None
    return urls, schema


# -- the three measurements --------------------------------------------------------------


def plan_versus_sqlacodegen(runner: Runner, url: str, models: Path, repeat: int) -> dict:
    runs = alternating(
        runner,
        {
            "plan": (cli("plan", "--db", url, "--models", str(models), "--format", "json"),
                     (EXIT_CLEAN, EXIT_DRIFT)),
            "sqlacodegen": (sqlacodegen(url), (EXIT_CLEAN,)),
        },
        repeat,
    )
    document = json.loads(runs["plan"][0].stdout)
    return {
        "stages": plan_stages(runner, url, models, repeat),
        "plan_s": median(runs["plan"]),
        "sqlacodegen_s": median(runs["sqlacodegen"]),
        "sqlacodegen_lines": runs["sqlacodegen"][0].stdout.count("\n"),
        **plan_size(document),
    }


def plan_stages(runner: Runner, url: str, models: Path, repeat: int) -> dict[str, float]:
    """Where the time of ``plan`` goes: median seconds of each stage, in-process, plus
    starting Python and importing what ``plan`` imports (a whole process)."""
    startup = [runner.run([sys.executable, "-c", f"import {', '.join(PLAN_IMPORTS)}"])
               for _ in range(repeat + 1)][1:]
    stages: dict[str, list[float]] = {name: [] for name in STAGES}

    def one_round() -> dict[str, float]:
        seconds, results = {}, {}
        parse_python.cache_clear()  # read_models parses every file; run_plan reuses its trees
        for name, stage in STAGES.items():
            start = time.perf_counter()
            results[name] = stage(url, models, results)
            seconds[name] = time.perf_counter() - start
        return seconds

    for round_number in range(repeat + 1):
        seconds = without_gc(one_round)()  # as the CLI runs a command
        if round_number > 0:
            for name in STAGES:
                stages[name].append(seconds[name])
    return {"startup": median(startup), **{name: statistics.median(values) for name, values in stages.items()}}


# What ``schema-inspector plan`` imports before it does any work.
PLAN_IMPORTS = ("schema_inspector.cli", "schema_inspector.codemods.files", "schema_inspector.planner.build",
                "schema_inspector.introspect.models")
# The stages of ``plan``, in order; each gets the results of the earlier ones.
STAGES = {
    "read_schema": lambda url, models, done: read_schema(url),
    "read_models": lambda url, models, done: read_models(models, MODELS_GLOB),
    "build_plan": lambda url, models, done: build_plan(done["read_schema"], done["read_models"], PlannerOptions()),
    "run_plan": lambda url, models, done: run_plan(done["build_plan"], write=False, allowed_root=models),
}


def plan_size(document: dict) -> dict:
    """What a plan edits: code actions, the classes (tables) and files they touch."""
    code = [action for action in document["actions"] if action["kind"] != "db-sql"]
    return {
        "actions": len(code),
        "db_sql": len(document["actions"]) - len(code),
        "classes": len({(action.get("file"), action.get("table")) for action in code}),
        "files": len({action.get("file") for action in code}),
    }


def codemod_seconds(url: str, models: Path, repeat: int) -> tuple[float, int, int]:
    """Median seconds of ``run_plan`` (no writes) on the plan for ``url``, the classes it
    edits and the files it changes."""
    model_set = read_models(models, MODELS_GLOB)
    plan = build_plan(read_schema(url), model_set, PlannerOptions())
    classes = {(action.file, action.table) for action in plan.actions if action.kind != "db-sql"}
    timings = []
    edit = without_gc(lambda: run_plan(plan, write=False, allowed_root=models))  # as the CLI runs
    for round_number in range(repeat + 1):
        start = time.perf_counter()
        results = edit()
        if round_number > 0:  # round 0 warms imports and caches
            timings.append(time.perf_counter() - start)
    failed = [result for result in results if isinstance(result, Failed)]
    if failed:
        raise SystemExit(f"codemods failed: {failed[0].path}: {failed[0].message}")
    changed = sum(isinstance(result, Changed) for result in results)
    return statistics.median(timings), len(classes), changed


def same_files(left: Path, right: Path) -> bool:
    """Both directories hold the same model files, byte for byte."""
    names = sorted(path.name for path in left.glob(MODELS_GLOB))
    return names == sorted(path.name for path in right.glob(MODELS_GLOB)) and all(
        (left / name).read_bytes() == (right / name).read_bytes() for name in names
    )


def apply_scaling(runner: Runner, urls: dict[int, str], models: Path, scratch: Path, repeat: int) -> list[dict]:
    rows = []
    for drift, url in urls.items():
        planned = runner.run(
            cli("plan", "--db", url, "--models", str(models), "--format", "json"), (EXIT_CLEAN, EXIT_DRIFT)
        )
        codemods_s, _, changed = codemod_seconds(url, models, repeat)
        full, idle = [], []
        for number in range(repeat):
            for runs, filters in ((full, ()), (idle, IDLE_FILTER)):
                # apply rewrites the files: every run starts from the generated models.
                copy = scratch / f"models_{drift}_{number}_{len(filters)}"
                shutil.copytree(models, copy)
                runs.append(runner.run(cli("apply", "--db", url, "--models", str(copy), *filters)))
            if not same_files(models, scratch / f"models_{drift}_{number}_{len(IDLE_FILTER)}"):
                raise SystemExit(f"apply {' '.join(IDLE_FILTER)} changed the models: it is no idle baseline")
        # The timing means something only if apply did the whole job: plan the result again.
        replanned = runner.run(
            cli("plan", "--db", url, "--models", str(scratch / f"models_{drift}_0_0"), "--format", "json"),
            (EXIT_CLEAN, EXIT_DRIFT),
        )
        rows.append(
            {
                "drift": drift,
                **plan_size(json.loads(planned.stdout)),
                "left": plan_size(json.loads(replanned.stdout))["actions"],
                "codemods_s": codemods_s,
                "changed": changed,
                "apply_s": median(full),
                "idle_s": median(idle),
            }
        )
    return rows


def file_size_scaling(schema: Schema, url: str, scratch: Path, repeat: int) -> list[dict]:
    """The same drift (``url``) on the same models cut into fewer, larger files."""
    rows = []
    for files in FILE_COUNTS:
        models = scratch / f"models_in_{files}_files"
        lines = write_package(schema, models, files)
        codemods_s, classes, changed = codemod_seconds(url, models, repeat)
        rows.append(
            {"files": files, "lines": lines // files, "classes": classes, "changed": changed, "codemods_s": codemods_s}
        )
    return rows


# -- report ------------------------------------------------------------------------------


def markdown(
    lines: int,
    files: int,
    plan: dict,
    scaling: list[dict],
    sizes: list[dict],
    introspection: list[dict],
    repeat: int,
    apply_repeat: int,
    introspect_repeat: int,
) -> str:
    ratio = plan["plan_s"] / plan["sqlacodegen_s"]
    out = [
        f"### plan versus sqlacodegen ({PLAN_DRIFT} of 1,000 tables drifted, {lines:,} lines of "
        f"models in {files} files; whole processes, median of {repeat})",
        "",
        "| command | median | output |",
        "|---|---:|---|",
        f"| `schema-inspector plan --format json` | {plan['plan_s']:.2f} s | {plan['actions']} actions "
        f"on {plan['classes']} classes in {plan['files']} files, {plan['db_sql']} db-sql suggestions |",
        f"| `sqlacodegen URL` | {plan['sqlacodegen_s']:.2f} s | {plan['sqlacodegen_lines']:,} lines |",
        f"| **plan / sqlacodegen** | **{ratio:.2f}** ({1 / ratio:.1f}x faster) | target: at most 0.25 |",
        "",
        f"Where the time of `plan` goes (median of {repeat}; the first row is a whole process, the others in-process):",
        "",
        "| stage | median |",
        "|---|---:|",
        f"| start Python, import {', '.join(f'`{name}`' for name in PLAN_IMPORTS)} "
        f"| {plan['stages']['startup']:.2f} s |",
        *(f"| `{name}` | {plan['stages'][name]:.2f} s |" for name in STAGES),
        "",
        f"### the edits against the size of the drift (same {files} files; median of {apply_repeat})",
        "",
        "| drifted tables | actions | edited classes | files changed | codemods, in-process "
        "| per edited class | apply, whole process | apply, no action | actions left after apply |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for row in scaling:
        per_class = f"{row['codemods_s'] / row['classes'] * 1000:.1f} ms" if row["classes"] else "-"
        out.append(
            f"| {row['drift']} | {row['actions']} | {row['classes']} | {row['changed']} "
            f"| {row['codemods_s']:.2f} s | {per_class} | {row['apply_s']:.2f} s "
            f"| {row['idle_s']:.2f} s | {row['left']} |"
        )
    out += [
        "",
        f"### the edits against the size of the files ({PLAN_DRIFT} drifted tables, the same "
        f"{lines:,} lines cut into fewer files; in-process, median of {apply_repeat})",
        "",
        "| model files | lines per file | edited classes | files changed | codemods, in-process | per edited class |",
        "|---:|---:|---:|---:|---:|---:|",
    ]
    for row in sizes:
        out.append(
            f"| {row['files']} | {row['lines']:,} | {row['classes']} | {row['changed']} "
            f"| {row['codemods_s']:.2f} s | {row['codemods_s'] / row['classes'] * 1000:.1f} ms |"
        )
    out += [
        "",
        "### introspection: read_schema versus MetaData.reflect() (in-process)",
        "",
        bench_introspect.markdown(introspection, introspect_repeat),
    ]
    return "\n".join(out)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workspace", type=Path, help="generated models to reuse (made when missing)")
    parser.add_argument("--repeat", type=int, default=5, help="plan / sqlacodegen runs each")
    parser.add_argument("--apply-repeat", type=int, default=3, help="apply runs per drift size")
    parser.add_argument("--introspect-repeat", type=int, default=5)
    args = parser.parse_args(argv)
    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as tmp, EmbeddedPostgres() as server:
        scratch = Path(tmp)
        workspace = ensure_workspace(args.workspace or scratch / "workspace", server=server)
        urls, schema = drifted_databases(server, workspace, scratch)
        runner = Runner(cache=scratch / "pycache", cwd=scratch)
        model_files = sorted(workspace.models.glob(MODELS_GLOB))
        lines = sum(path.read_bytes().count(b"\n") for path in model_files)
        plan = plan_versus_sqlacodegen(runner, urls[PLAN_DRIFT], workspace.models, args.repeat)
        scaling = apply_scaling(runner, urls, workspace.models, scratch, args.apply_repeat)
        sizes = file_size_scaling(schema, urls[PLAN_DRIFT], scratch, args.apply_repeat)
        introspection = [
            bench_introspect.measure(server, tables, args.introspect_repeat, scratch) for tables in (10, 1000)
        ]
    print(
        markdown(
            lines,
            len(model_files),
            plan,
            scaling,
            sizes,
            introspection,
            args.repeat,
            args.apply_repeat,
            args.introspect_repeat,
        )
    )
    print(f"\n{machine_note(load_before)}")


if __name__ == "__main__":
    main()
