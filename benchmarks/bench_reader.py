"""The static model reader versus ``libcst.parse_module`` on the same model files, same run.

    python benchmarks/bench_reader.py [--workspace DIR] [--repeat 5]

The models are those of ``generate_models.py`` (1,000 tables, about 28,000 lines in 20
files), generated into ``--workspace`` unless it already holds them. Both sides start
from the files on disk: ``introspect.models.read_models`` reads and understands every
file (``ast`` plus the model semantics: the whole ``ModelSet``), ``libcst.parse_module``
only parses each file's bytes.

The reader switches Python's cyclic garbage collector off while it builds its trees
(a collection walks every live node: with 28,000 lines of trees alive that is most of
the time). So that the comparison does not rest on that alone, LibCST is timed both as
a caller would call it and with the collector off too, and ``ast.parse`` (collector
off) gives the floor any ``ast``-based reader stands on.

The runs alternate (reader, LibCST, ...) so that a busy machine slows all of them alike;
one warm-up round first; medians of ``--repeat`` rounds, timed in-process with
``time.perf_counter``.
"""

from __future__ import annotations

import argparse
import ast
import gc
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import libcst

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.generate_models import MODELS_GLOB, Workspace, ensure_workspace  # noqa: E402
from schema_inspector.introspect.models import parse_python, read_models  # noqa: E402


def alternating_medians(runs: dict[str, Callable[[], object]], repeat: int) -> dict[str, float]:
    """Median seconds of each run, the runs interleaved round by round after a warm-up."""
    timings: dict[str, list[float]] = {name: [] for name in runs}
    for round_number in range(repeat + 1):
        for name, run in runs.items():
            start = time.perf_counter()
            run()
            if round_number > 0:  # round 0 warms caches and imports
                timings[name].append(time.perf_counter() - start)
            # Untimed: trees the reader keeps for the codemods must not stay alive into
            # the next run (every collection of a GC-on contender would walk them).
            parse_python.cache_clear()
    return {name: statistics.median(values) for name, values in timings.items()}


def machine_note(load_before: float) -> str:
    """CPU count and load: timings taken on a busy machine are not comparable."""
    return (f"{os.cpu_count()} CPUs; 1-minute load average {load_before:.2f} before the run, "
            f"{os.getloadavg()[0]:.2f} after")


def without_gc(run: Callable[[], object]) -> Callable[[], object]:
    """``run`` with the cyclic garbage collector off, as the reader runs."""

    def wrapped() -> object:
        gc.disable()
        try:
            return run()
        finally:
            gc.enable()

    return wrapped


def read_cold(models: Path) -> object:
    """``read_models`` on an empty parse cache: every round parses every file."""
    parse_python.cache_clear()
    return read_models(models, MODELS_GLOB)


def measure(workspace: Workspace, repeat: int) -> dict:
    files = sorted(workspace.models.glob(MODELS_GLOB))
    models = read_cold(workspace.models)
    parse_python.cache_clear()
    if models.errors or len(models.schema.tables) == 0:
        raise SystemExit(f"the reader could not read {workspace.models}: {models.errors[:3]}")
    medians = alternating_medians(
        {
            "reader": lambda: read_cold(workspace.models),
            "libcst": lambda: [libcst.parse_module(path.read_bytes()) for path in files],
            "libcst_no_gc": without_gc(lambda: [libcst.parse_module(path.read_bytes()) for path in files]),
            "ast_no_gc": without_gc(lambda: [ast.parse(path.read_bytes(), str(path)) for path in files]),
        },
        repeat,
    )
    return {
        "files": len(files),
        "lines": sum(path.read_bytes().count(b"\n") for path in files),
        "tables": len(models.schema.tables),
        "columns": len(models.columns),
        **medians,
    }


def markdown(row: dict, repeat: int) -> str:
    return "\n".join([
        f"| models | read_models (median of {repeat}) | libcst.parse_module | speed-up "
        "| libcst.parse_module, GC off | speed-up | ast.parse, GC off |",
        "|---|---:|---:|---:|---:|---:|---:|",
        f"| {row['lines']:,} lines, {row['files']} files, {row['tables']:,} tables, "
        f"{row['columns']:,} columns | {row['reader']:.2f} s | {row['libcst']:.2f} s "
        f"| {row['libcst'] / row['reader']:.1f}x | {row['libcst_no_gc']:.2f} s "
        f"| {row['libcst_no_gc'] / row['reader']:.1f}x | {row['ast_no_gc']:.2f} s |",
    ])


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workspace", type=Path, help="generated models to reuse (made when missing)")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        workspace = ensure_workspace(args.workspace or Path(tmp))
        load_before = os.getloadavg()[0]
        row = measure(workspace, args.repeat)
    print(markdown(row, args.repeat))
    print(f"\n{machine_note(load_before)}")


if __name__ == "__main__":
    main()
