"""Issue 14's targets table: whole processes against the tools people use today, scaling to
5,000 tables with peak memory, and the floors - one run, one markdown report.

    python benchmarks/bench_targets.py --workspace /tmp/bench [--repeat 5] [--scales 100,1000,5000]

Every figure is a whole process (``subprocess``, wall clock; peak RSS from ``wait4``), the
contenders of a ratio alternating round by round after one warm-up round each, medians of
``--repeat``. On the 1,000-table database with its 50-table drift (``generate_models.py``):

- ``plan --format json`` on the Flask-SQLAlchemy corpus and on the ``Mapped`` corpus
  (``generate_mapped.py``) against ``sqlacodegen URL``; cold (``--no-cache`` where the
  command has it) and warm (the cache filled by a run before, one model file changed; and
  nothing changed);
- ``introspect --out FILE`` against ``MetaData.reflect()`` (a process that creates an engine,
  reflects and exits);
- ``compare-db-models`` (cold: ``--no-cache``) against the Alembic route (a process that imports the Flask models,
  ``configure_mappers()`` and ``compare_metadata(compare_type=True,
  compare_server_default=True)``);
- ``--help`` and ``--version``.

Scaling: the Flask corpus at 100, 1,000 and 5,000 tables (50 tables a file, 5% drifted):
a cold ``plan`` (``--no-cache``) as a whole process with its peak RSS, and each step in a process of its own
(``read_schema``, ``read_models``, ``build_plan``) next to its floor: the catalog queries
``read_schema`` sends, replayed bare on a psycopg2 cursor (``fetchall``, nothing built), and
``ast.parse`` of the model files alone (garbage collector off, as the reader runs).

Each corpus is timed from a copy in a project directory of its own: ``plan`` lists the callers
of the names it renames or drops in the models' project (their parent directory without a
``pyproject.toml``), and the workspace root holds every corpus - the 1,000-table plan would
otherwise read the 5,000-table corpus as its application code.
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

from benchmarks.bench_introspect import settle  # noqa: E402
from benchmarks.generate_mapped import write_mapped  # noqa: E402
from benchmarks.generate_models import MODELS_GLOB, ensure_workspace  # noqa: E402
from schema_inspector.introspect.embedded import EmbeddedPostgres  # noqa: E402

EXIT_CLEAN, EXIT_DRIFT = 0, 1
TABLES_PER_FILE = 50
DRIFT_SHARE = 0.05


@dataclass(frozen=True)
class Run:
    seconds: float
    peak_mb: float
    stdout: str


class Runner:
    """Whole processes with one environment: this checkout's code, a shared bytecode cache."""

    def __init__(self, cache: Path, cwd: Path) -> None:
        self.cwd = cwd
        self.env = {
            **os.environ,
            "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")])),
            "PYTHONPYCACHEPREFIX": str(cache),
        }
        self.env.pop("PYTHONDONTWRITEBYTECODE", None)

    def run(self, argv: list[str], expected: tuple[int, ...] = (EXIT_CLEAN,)) -> Run:
        start = time.perf_counter()
        process = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                   cwd=self.cwd, env=self.env)
        stdout, stderr = process.communicate()
        seconds = time.perf_counter() - start
        if process.returncode not in expected:
            raise SystemExit(f"`{' '.join(argv)}` exited {process.returncode} (expected {expected}):\n"
                             f"{stderr.strip()[-3000:]}")
        return Run(seconds, 0.0, stdout)

    def peak(self, argv: list[str], expected: tuple[int, ...] = (EXIT_CLEAN,)) -> Run:
        """One run with its own peak RSS (``wait4`` gives the child's own rusage)."""
        start = time.perf_counter()
        out = tempfile.TemporaryFile(mode="w+")
        process = subprocess.Popen(argv, stdout=out, stderr=subprocess.DEVNULL, text=True,
                                   cwd=self.cwd, env=self.env)
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        if process.returncode not in expected:
            raise SystemExit(f"`{' '.join(argv)}` exited {process.returncode} (expected {expected})")
        out.seek(0)
        return Run(seconds, usage.ru_maxrss / 1024, out.read())


def cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "schema_inspector", *args]


def sqlalchemy_url(url: str) -> str:
    # SQLAlchemy 2.1 defaults postgresql:// to psycopg 3; this project installs psycopg2.
    return url.replace("postgresql://", "postgresql+psycopg2://", 1)


def sqlacodegen(url: str) -> list[str]:
    script = Path(sys.executable).parent / "sqlacodegen"
    url = sqlalchemy_url(url)
    return [str(script), url] if script.exists() else [sys.executable, "-m", "sqlacodegen", url]


REFLECT = """
import sys, sqlalchemy as sa
metadata = sa.MetaData()
metadata.reflect(sa.create_engine(sys.argv[1]))
print(len(metadata.tables))
"""

ALEMBIC_ROUTE = """
import sys
sys.path.insert(0, sys.argv[2])
import sqlalchemy as sa
from sqlalchemy.orm import configure_mappers
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from models import db
configure_mappers()
with sa.create_engine(sys.argv[1]).connect() as connection:
    context = MigrationContext.configure(connection, opts={"compare_type": True, "compare_server_default": True})
    print(len(compare_metadata(context, db.metadata)))
"""

# One step of plan in a process of its own; prints {"seconds": s}. argv: step url models.
STEP = """
import gc, json, sys, time
step, url, models = sys.argv[1:4]
from pathlib import Path
from schema_inspector.introspect.postgres import read_schema
from schema_inspector.introspect.models import read_models
from schema_inspector.planner.build import build_plan
from schema_inspector.planner.options import PlannerOptions
gc.disable()
if step == "build_plan":
    schema, model_set = read_schema(url), read_models(Path(models), "models_*.py")
start = time.perf_counter()
if step == "read_schema":
    read_schema(url)
elif step == "read_models":
    read_models(Path(models), "models_*.py")
else:
    build_plan(schema, model_set, PlannerOptions())
print(json.dumps({"seconds": time.perf_counter() - start}))
"""

# The floors. catalog: the statements read_schema sends, recorded once, then sent again on a
# bare cursor with fetchall (nothing built from the rows). parse: ast.parse of the files alone.
FLOOR = """
import ast, gc, json, sys, time
from pathlib import Path
floor, url, models = sys.argv[1:4]
gc.disable()
if floor == "catalog":
    import psycopg2
    from schema_inspector.introspect.connection import read_only_cursor
    from schema_inspector.introspect.postgres import read_catalog
    sent = []
    class Recording:
        def __init__(self, cursor): self._cursor = cursor
        def execute(self, query, params=None):
            sent.append((query, params)); return self._cursor.execute(query, params)
        def __getattr__(self, name): return getattr(self._cursor, name)
    with read_only_cursor(url) as cursor:
        read_catalog(Recording(cursor))
    start = time.perf_counter()
    connection = psycopg2.connect(url)
    with connection.cursor() as cursor:
        for query, params in sent:
            cursor.execute(query, params)
            if cursor.description is not None:
                cursor.fetchall()
    connection.close()
else:
    texts = [p.read_bytes() for p in sorted(Path(models).glob("models_*.py"))]
    start = time.perf_counter()
    for text in texts:
        ast.parse(text)
print(json.dumps({"seconds": time.perf_counter() - start}))
"""


def alternating(runner: Runner, commands: dict[str, tuple[list[str], tuple[int, ...]]], repeat: int,
                before_each: dict | None = None) -> dict[str, float]:
    """Median seconds of each command over ``repeat`` interleaved rounds, after a warm-up round.
    ``before_each[name]`` (untimed) runs before each run of that command."""
    runs: dict[str, list[float]] = {name: [] for name in commands}
    for round_number in range(repeat + 1):
        for name, (argv, expected) in commands.items():
            if before_each and name in before_each:
                before_each[name]()
            seconds = runner.run(argv, expected).seconds
            if round_number:
                runs[name].append(seconds)
    return {name: statistics.median(values) for name, values in runs.items()}


def in_process(runner: Runner, script: str, *args: str, repeat: int) -> float:
    """Median of the seconds a script reports about itself, over ``repeat`` processes."""
    values = [json.loads(runner.run([sys.executable, "-c", script, *args]).stdout)["seconds"]
              for _ in range(repeat + 1)][1:]
    return statistics.median(values)


def load(server: EmbeddedPostgres, database: str, *sql_files: Path) -> str:
    url = server.create_database(database)
    for sql_file in sql_files:
        server.load_sql(sql_file, database)
    settle(url)
    return url


def has_option(runner: Runner, command: str, option: str) -> bool:
    return option in runner.run(cli(command, "--help")).stdout


def own_project(models: Path, scratch: Path, name: str) -> Path:
    """A copy of ``models`` alone in a project directory (see the module's docstring)."""
    target = scratch / "projects" / name / "models"
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(models, target)
    return target


def touch_one_file(models: Path) -> None:
    """A change to one model file (a comment line appended), as between two commits."""
    target = sorted(models.glob(MODELS_GLOB))[0]
    text = target.read_text()
    marker = "# bench_targets: one changed file\n"
    target.write_text(text[:-len(marker)] if text.endswith(marker) else text + marker)


def targets(runner: Runner, server: EmbeddedPostgres, root: Path, scratch: Path, repeat: int) -> dict:
    workspace = ensure_workspace(root, server=server)
    mapped = own_project(write_mapped(root, server=server), scratch, "mapped")
    flask = own_project(workspace.models, scratch, "flask")
    url = load(server, "targets", workspace.schema_sql, workspace.drift_sql)
    plan_expected = (EXIT_CLEAN, EXIT_DRIFT)
    no_cache = ["--no-cache"] if has_option(runner, "plan", "--no-cache") else []
    results: dict = {"no_cache_option": bool(no_cache)}

    def plan(models: Path, *extra: str) -> tuple[list[str], tuple[int, ...]]:
        return cli("plan", "--db", url, "--models", str(models), "--format", "json", *extra), plan_expected

    results["cold"] = alternating(runner, {
        "plan_flask": plan(flask, *no_cache),
        "plan_mapped": plan(mapped, *no_cache),
        "sqlacodegen": (sqlacodegen(url), (EXIT_CLEAN,)),
    }, repeat)
    if no_cache:
        results["warm"] = alternating(runner, {
            "plan_flask": plan(flask),
            "plan_mapped": plan(mapped),
            "sqlacodegen": (sqlacodegen(url), (EXIT_CLEAN,)),
        }, repeat, before_each={"plan_flask": lambda: touch_one_file(flask),
                                "plan_mapped": lambda: touch_one_file(mapped)})
        # the models as the run before left them (its warm-up round fills the cache)
        results["unchanged"] = alternating(runner, {
            "plan_flask": plan(flask),
            "plan_mapped": plan(mapped),
            "sqlacodegen": (sqlacodegen(url), (EXIT_CLEAN,)),
        }, repeat)
    snapshot = scratch / "snapshot.json"
    results["introspect"] = alternating(runner, {
        "introspect_out": (cli("introspect", "--db", url, "--out", str(snapshot)), (EXIT_CLEAN,)),
        "reflect": ([sys.executable, "-c", REFLECT, sqlalchemy_url(url)], (EXIT_CLEAN,)),
    }, repeat)
    results["compare"] = alternating(runner, {
        "compare_db_models": (cli("compare-db-models", "--db", url, "--models", str(flask),
                                  "--models-glob", MODELS_GLOB, "--format", "json", *no_cache),
                              (EXIT_CLEAN, EXIT_DRIFT)),
        "alembic": ([sys.executable, "-c", ALEMBIC_ROUTE, sqlalchemy_url(url), str(root)], (EXIT_CLEAN,)),
    }, repeat)
    results["startup"] = alternating(runner, {
        "help": (cli("--help"), (EXIT_CLEAN,)),
        "version": (cli("--version"), (EXIT_CLEAN,)),
    }, repeat)
    results["lines"] = {name: sum(len(p.read_text().splitlines()) for p in models.glob(MODELS_GLOB))
                        for name, models in (("flask", flask), ("mapped", mapped))}
    return results


def scaling(runner: Runner, server: EmbeddedPostgres, root: Path, scratch: Path, scales: list[int],
            repeat: int) -> list[dict]:
    rows = []
    for tables in scales:
        where = root if tables == 1000 else root / f"t{tables}"
        files = max(1, tables // TABLES_PER_FILE)
        drift = max(1, round(tables * DRIFT_SHARE))
        # a workspace generated on this server already left its "generated" database behind
        server.execute_sql('DROP DATABASE IF EXISTS "generated"')
        workspace = ensure_workspace(where, tables=tables, files=files, drift=drift, server=server)
        url = load(server, f"scale_{tables}", workspace.schema_sql, workspace.drift_sql)
        models = str(own_project(workspace.models, scratch, f"t{tables}"))
        # a cold plan (the reader's cache would otherwise hold the models after the warm-up run)
        no_cache = ["--no-cache"] if has_option(runner, "plan", "--no-cache") else []
        argv = cli("plan", "--db", url, "--models", models, "--format", "json", *no_cache)
        runner.peak(argv, (EXIT_CLEAN, EXIT_DRIFT))  # warm-up
        plans = [runner.peak(argv, (EXIT_CLEAN, EXIT_DRIFT)) for _ in range(repeat)]
        row = {
            "tables": tables, "files": files, "drift": drift,
            "lines": sum(len(p.read_text().splitlines()) for p in Path(models).glob(MODELS_GLOB)),
            "plan_s": statistics.median(r.seconds for r in plans),
            "peak_mb": max(r.peak_mb for r in plans),
        }
        for step in ("read_schema", "read_models", "build_plan"):
            row[step] = in_process(runner, STEP, step, url, models, repeat=repeat)
        for floor in ("catalog", "parse"):
            row[f"floor_{floor}"] = in_process(runner, FLOOR, floor, url, models, repeat=repeat)
        rows.append(row)
        print(f"  {tables} tables: plan {row['plan_s']:.2f} s, peak {row['peak_mb']:.0f} MB", file=sys.stderr)
    return rows


def verdict(value: float, limit: float, strict: bool = False) -> str:
    met = value < limit if strict else value <= limit
    return "met" if met else "**not met**"


def markdown(results: dict, rows: list[dict], repeat: int, load_before: float) -> str:
    cold, intro, comp, start = results["cold"], results["introspect"], results["compare"], results["startup"]
    out = [f"Medians of {repeat} alternating whole-process runs; {os.cpu_count()} CPUs, 1-minute load "
           f"{load_before:.2f} before, {os.getloadavg()[0]:.2f} after.", "",
           "| what | ours | theirs | ratio | target | |", "|---|---:|---:|---:|---|---|"]

    def row(what: str, ours: float, theirs: float, limit: float) -> None:
        ratio = ours / theirs
        out.append(f"| {what} | {ours:.2f} s | {theirs:.2f} s | {ratio:.2f} | <= {limit} | {verdict(ratio, limit)} |")

    lines = results["lines"]
    row(f"cold `plan` vs sqlacodegen, Flask corpus ({lines['flask']:,} lines)", cold["plan_flask"],
        cold["sqlacodegen"], 0.25)
    row(
        f"cold `plan` vs sqlacodegen, `Mapped` corpus ({lines['mapped']:,} lines)",
        cold["plan_mapped"],
        cold["sqlacodegen"],
        0.25,
    )
    if "warm" in results:
        warm = results["warm"]
        row("warm `plan` (cache, 1 file changed) vs sqlacodegen, Flask", warm["plan_flask"], warm["sqlacodegen"], 0.12)
        row(
            "warm `plan` (cache, 1 file changed) vs sqlacodegen, `Mapped`",
            warm["plan_mapped"],
            warm["sqlacodegen"],
            0.12,
        )
        unchanged = results["unchanged"]
        for corpus, name in (("flask", "Flask"), ("mapped", "`Mapped`")):
            out.append(f"| warm `plan` (cache, nothing changed) vs sqlacodegen, {name} | "
                       f"{unchanged[f'plan_{corpus}']:.2f} s | {unchanged['sqlacodegen']:.2f} s | "
                       f"{unchanged[f'plan_{corpus}'] / unchanged['sqlacodegen']:.2f} | - | (no target) |")
    else:
        out.append(
            "| warm `plan` (cache, 1 file changed) vs sqlacodegen | - | - | - | <= 0.12 | **not built** (no cache) |"
        )
    row("`introspect --out` vs `MetaData.reflect()`", intro["introspect_out"], intro["reflect"], 0.4)
    row("`compare-db-models` vs import + Alembic `compare_metadata`", comp["compare_db_models"], comp["alembic"], 0.15)
    by_tables = {r["tables"]: r for r in rows}
    if 1000 in by_tables and 5000 in by_tables:
        ratio = by_tables[5000]["plan_s"] / (5 * by_tables[1000]["plan_s"])
        out.append(
            f"| 5,000 tables: `plan` vs 5x the 1,000-table time | {by_tables[5000]['plan_s']:.2f} s | "
            f"{5 * by_tables[1000]['plan_s']:.2f} s | {ratio:.2f} | <= 1.2 | {verdict(ratio, 1.2)} |"
        )
        peak = by_tables[5000]["peak_mb"]
        out.append(
            f"| peak memory of `plan`, 5,000 tables | {peak:.0f} MB | | | < 500 MB | {verdict(peak, 500, True)} |"
        )
    for name in ("help", "version"):
        out.append(f"| `--{name}` | {start[name]:.3f} s | | | < 0.25 s | {verdict(start[name], 0.25, True)} |")
    out += [
        "",
        "| tables | files | lines | `plan` | peak RSS | read_schema | catalog floor | x floor | "
        "read_models | `ast.parse` floor | x floor | build_plan |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in rows:
        out.append(
            f"| {r['tables']:,} | {r['files']} | {r['lines']:,} | {r['plan_s']:.2f} s | {r['peak_mb']:.0f} MB | "
            f"{r['read_schema']:.2f} s | {r['floor_catalog']:.2f} s | {r['read_schema'] / r['floor_catalog']:.1f} | "
            f"{r['read_models']:.2f} s | {r['floor_parse']:.2f} s | {r['read_models'] / r['floor_parse']:.1f} | "
            f"{r['build_plan']:.2f} s |"
        )
    if 1000 in by_tables:
        base = by_tables[1000]
        out += [
            "",
            "Each step against the linear prediction from 1,000 tables (1.0 = linear; target <= 1.2):",
            "",
            "| tables | plan | read_schema | read_models | build_plan |",
            "|---:|---:|---:|---:|---:|",
        ]
        for r in rows:
            k = r["tables"] / 1000
            out.append(
                f"| {r['tables']:,} | "
                + " | ".join(
                    f"{r[key] / (k * base[key]):.2f}" for key in ("plan_s", "read_schema", "read_models", "build_plan")
                )
                + " |"
            )
    return "\n".join(out)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workspace", type=Path, required=True, help="generated corpora, reused between runs")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--scales", default="100,1000,5000", help="table counts for the scaling rows")
    parser.add_argument("--no-targets", action="store_true", help="only the scaling rows")
    args = parser.parse_args(argv)
    load_before = os.getloadavg()[0]
    scratch = Path(tempfile.mkdtemp(prefix="bench-targets-"))
    runner = Runner(scratch / "pycache", scratch)
    try:
        with EmbeddedPostgres() as server:
            results = (
                {"cold": {}, "introspect": {}, "compare": {}, "startup": {}, "lines": {}}
                if args.no_targets
                else targets(runner, server, args.workspace, scratch, args.repeat)
            )
            print(json.dumps(results), file=sys.stderr)  # kept should a scale fail later
            scales = [int(s) for s in args.scales.split(",") if s]
            rows = scaling(runner, server, args.workspace, scratch, scales, args.repeat)
        if args.no_targets:
            print(json.dumps(rows, indent=1))
        else:
            print(markdown(results, rows, args.repeat, load_before))
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
