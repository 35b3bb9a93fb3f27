"""introspect.postgres.read_schema versus SQLAlchemy's MetaData.reflect(), same server, same run.

    python benchmarks/bench_introspect.py [--tables 1000] [--repeat 5]

Loads the synthetic schema of ``generate_schema.py`` (10 tables and ``--tables`` tables)
into a throwaway embedded PostgreSQL, times both readers in alternating rounds (median,
one warm-up round first so that both see warm catalog caches), counts the statements each
sends, and prints a markdown table.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

import psycopg2
import sqlalchemy as sa

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.generate_schema import generate  # noqa: E402
from schema_inspector.introspect.connection import read_only_cursor  # noqa: E402
from schema_inspector.introspect.embedded import EmbeddedPostgres  # noqa: E402
from schema_inspector.introspect.postgres import read_catalog, read_schema  # noqa: E402


class CountingCursor:
    """A psycopg2 cursor that counts the statements sent through it."""

    def __init__(self, cursor) -> None:
        self._cursor = cursor
        self.executed = 0

    def execute(self, *args, **kwargs):
        self.executed += 1
        return self._cursor.execute(*args, **kwargs)

    def __getattr__(self, name):
        return getattr(self._cursor, name)


def median_seconds(runs: dict, repeat: int) -> dict:
    """Median wall time of each run; the runs alternate so that a slow spell of a shared
    machine hits all of them alike. One warm-up round first."""
    timings: dict = {name: [] for name in runs}
    for round_number in range(repeat + 1):
        for name, run in runs.items():
            start = time.perf_counter()
            run()
            if round_number:
                timings[name].append(time.perf_counter() - start)
    return {name: statistics.median(values) for name, values in timings.items()}


def our_query_count(url: str) -> int:
    with read_only_cursor(url) as cursor:
        counting = CountingCursor(cursor)
        read_catalog(counting)
    return counting.executed


def reflect(engine: sa.Engine) -> sa.MetaData:
    metadata = sa.MetaData()
    metadata.reflect(engine)
    return metadata


def reflect_query_count(engine: sa.Engine) -> int:
    statements = []
    listener = lambda *args: statements.append(args[2])  # noqa: E731
    sa.event.listen(engine, "before_cursor_execute", listener)
    try:
        reflect(engine)
    finally:
        sa.event.remove(engine, "before_cursor_execute", listener)
    return len(statements)


def settle(url: str) -> None:
    """VACUUM ANALYZE the fresh database: production catalogs are in that steady state, and
    right after a bulk load autovacuum would otherwise run during (and skew) the timings."""
    conn = psycopg2.connect(url)
    conn.autocommit = True
    with conn.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")
    conn.close()


def measure(server: EmbeddedPostgres, tables: int, repeat: int, workdir: Path) -> dict:
    sql_file = workdir / f"schema_{tables}.sql"
    sql_file.write_text(generate(tables))
    database = f"bench_{tables}"
    url = server.create_database(database)
    server.load_sql(sql_file, database)
    settle(url)
    engine = sa.create_engine(url.replace("postgresql://", "postgresql+psycopg2://", 1))
    try:
        # Only the counts are kept: a large object graph left alive would make every
        # garbage collection during the timings slower.
        read_tables = len(read_schema(url).tables)
        reflected_tables = len(reflect(engine).tables)
        return {
            "tables": tables,
            "read_tables": read_tables,
            "reflected_tables": reflected_tables,
            # reflect() gets a fresh MetaData each time but reuses the pooled connection,
            # as an application would; read_schema connects each time, as the CLI does.
            **median_seconds(
                {"ours_s": lambda: read_schema(url), "theirs_s": lambda: reflect(engine)},
                repeat),
            "ours_queries": our_query_count(url),
            "theirs_queries": reflect_query_count(engine),
        }
    finally:
        engine.dispose()


def markdown(rows: list[dict], repeat: int) -> str:
    lines = [
        f"| tables | read_schema (median of {repeat}) | MetaData.reflect() | speed-up "
        "| queries: read_schema | queries: reflect() |",
        "|---:|---:|---:|---:|---:|---:|",
    ]
    for row in rows:
        lines.append(
            f"| {row['tables']} | {row['ours_s'] * 1000:.0f} ms | {row['theirs_s'] * 1000:.0f} ms "
            f"| {row['theirs_s'] / row['ours_s']:.1f}x | {row['ours_queries']} "
            f"| {row['theirs_queries']} |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tables", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp, EmbeddedPostgres() as server:
        rows = [measure(server, count, args.repeat, Path(tmp)) for count in (10, args.tables)]
    for row in rows:
        if row["read_tables"] != row["reflected_tables"]:
            print(f"note: {row['tables']} tables: read_schema saw {row['read_tables']}, "
                  f"reflect() {row['reflected_tables']}", file=sys.stderr)
    print(markdown(rows, args.repeat))


if __name__ == "__main__":
    main()
