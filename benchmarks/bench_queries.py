"""``check-queries`` on a large application: 1,000 Python files, 200 of them with a SQL string.

    python benchmarks/bench_queries.py [--files 1000] [--sql 200] [--repeat 5] [--keep DIR]

The application is generated next to a copy of the seed fixture (its models, its database
loaded from ``schema.sql`` into a throwaway embedded PostgreSQL): route and helper modules of
about 60 lines each that import the seed's models and use them (``Model.attr``, ``filter_by``,
constructors, ``select()``), and, in ``--sql`` of them, one SQL string passed to ``text()`` or
``cursor.execute()`` (joins, CTEs, subqueries, INSERT ... ON CONFLICT, UPDATE, f-strings), some
with the drifted names. Timed in-process: the check of every file (reading, ``ast``, import
resolution, the ORM references, placeholders, pglast and the scopes), after the database and
the models were read and the plan built (those are ``plan``'s cost, benchmarked by
``bench_plan.py``). The whole command as a process is timed too, for reference. Medians of
``--repeat`` runs after a warm-up, wall-clock and CPU time (on a shared machine the CPU time
is what the check costs; the wall clock waits for the other work too). The target (issue 13):
under 2 s.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SQL = [
    'text("SELECT s.id, s.last_activity_at FROM users_sessions s JOIN users u ON u.id = s.users_id '
    'WHERE u.email = :email ORDER BY s.last_activity_at DESC")',
    'text("WITH recent AS (SELECT users_id, max(created_at) AS seen FROM users_sessions GROUP BY users_id) '
    'SELECT u.id, r.seen FROM users u JOIN recent r ON r.users_id = u.id")',
    'text("SELECT id FROM users u WHERE EXISTS (SELECT 1 FROM users_devices d WHERE d.users_id = u.id)")',
    'text("INSERT INTO referral_codes (users_id, referral_code) VALUES (:u, :c) '
    'ON CONFLICT (referral_code) DO UPDATE SET uses_count = EXCLUDED.uses_count + 1 RETURNING id")',
    'text("UPDATE users_devices SET last_used_at = now() WHERE id = :id RETURNING last_used_at")',
    'text("SELECT id, last_activity FROM users_sessions WHERE user_id = :uid")',
    'text("DELETE FROM notifications n USING users u WHERE n.user_id = u.id AND u.id = :uid")',
    'text("SELECT id, subject FROM support_ticket WHERE status = \'open\'")',
]
CURSOR_SQL = [
    "cur.execute(\"SELECT id, device_name FROM users_devices WHERE users_id = %s AND device_name LIKE '%%x'\", (uid,))",
    "cur.execute(f\"SELECT id FROM users_sessions WHERE expires_at < now() + interval '{int(uid)} days'\")",
    "cur.execute(\"SELECT login_count FROM users_devices WHERE user_id = %(u)s\", {'u': uid})",
]

HEADER = '''"""Generated handler module {n} (benchmark input)."""

from sqlalchemy import select, text

from models import db
from models.models_media import Media
from models.models_user import Notification, User, UserDevice, UserSession
'''

BODY = '''

def list_{n}_{k}(user_id, page=1):
    """Paginated listing {k} of module {n}."""
    query = UserSession.query.filter_by(user_id=user_id).order_by(UserSession.last_activity.desc())
    items = query.limit(20).offset((page - 1) * 20).all()
    result = []
    for item in items:
        result.append({{"id": item.id, "token": item.session_token, "seen": item.last_activity}})
    return result


def detail_{n}_{k}(media_id):
    media = db.session.execute(select(Media).where(Media.id == media_id)).scalar_one()
    device = UserDevice(device_name="bench", user_id=1)
    return {{"title": media.title, "year": media.release_year, "device": device.device_name}}
'''


def generate(app: Path, files: int, sql: int, seed: int = 13) -> None:
    rng = random.Random(seed)
    with_sql = set(rng.sample(range(files), sql))
    for n in range(files):
        package = app / ("routes" if n % 2 else "utils") / f"group_{n % 20:02d}"
        package.mkdir(parents=True, exist_ok=True)
        parts = [HEADER.format(n=n)] + [BODY.format(n=n, k=k) for k in range(3)]
        if n in with_sql:
            if rng.random() < 0.7:
                parts.append(f"\n\ndef raw_{n}(uid):\n    return db.session.execute({rng.choice(SQL)}, "
                             "{'uid': uid}).all()\n")
            else:
                parts.append(f"\n\ndef raw_{n}(conn, uid):\n    with conn.cursor() as cur:\n"
                             f"        {rng.choice(CURSOR_SQL)}\n        return cur.fetchall()\n")
        (package / f"handlers_{n:04d}.py").write_text("".join(parts), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=1000)
    parser.add_argument("--sql", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--keep", help="generate into this directory and keep it")
    args = parser.parse_args()

    from schema_inspector import api
    from schema_inspector.introspect.embedded import EmbeddedPostgres
    from schema_inspector.queries.catalog import Catalog
    from schema_inspector.queries.check import QueryChecker, code_files

    base = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="bench-queries-"))
    work = base / "seed"
    if work.exists():
        shutil.rmtree(work)
    shutil.copytree(ROOT / "fixtures" / "seed", work)
    generate(work / "app", args.files, args.sql)
    load = os.getloadavg()[0]
    import gc

    gc.disable()  # as the command line runs (cli.main): the trees hold no cycles
    with EmbeddedPostgres() as server:
        server.load_sql(work / "schema.sql")
        truth = api.read_schema(server.url())
        models = api.read_models(work / "models", "models_*.py")
        plan = api.build_plan(truth, models, api.load_config(work / "models"))
        catalog = Catalog.from_schema(truth, plan, models)
        model_files = [Path(f) for f in models.files]
        files = code_files([work / "app"], model_files)
        timings, cpu, report = [], [], None
        for round_number in range(args.repeat + 1):
            start, start_cpu = time.perf_counter(), time.process_time()
            report = QueryChecker(catalog, models, plan).run(files, model_files)
            if round_number:
                timings.append(time.perf_counter() - start)
                cpu.append(time.process_time() - start_cpu)
        process = []
        for _ in range(max(1, args.repeat // 2)):
            start = time.perf_counter()
            subprocess.run([sys.executable, "-m", "schema_inspector", "check-queries", "--db", server.url(),
                            "--models", "models", "--code", "app", "--format", "json"],
                           cwd=work, capture_output=True, check=False)
            process.append(time.perf_counter() - start)
    assert report is not None
    print(f"| files | SQL sites (checked) | ORM references | findings | check, wall (median of {args.repeat}) "
          "| check, CPU | whole command (process, wall) |")
    print("|---|---|---|---|---|---|---|")
    print(f"| {len(files)} | {report.sql_sites} ({report.checked_sql}) | {report.orm_refs} | "
          f"{len(report.findings)} | {statistics.median(timings):.2f} s | {statistics.median(cpu):.2f} s | "
          f"{statistics.median(process):.2f} s |")
    print(f"\n{os.cpu_count()} CPUs; 1-minute load average {load:.2f} before the run; Python "
          f"{sys.version.split()[0]}")
    if not args.keep:
        shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    main()
