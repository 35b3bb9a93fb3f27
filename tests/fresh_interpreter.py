"""A fresh interpreter for a script, without paying for SQLAlchemy's and Alembic's import each time.

Some tests must import a models tree of their own (always the package ``app`` or ``models``),
which the pytest process cannot do: the previous test's package is already imported there,
and its mappers would be configured together with this one's. Such a test runs a script of
ours (``scenario.py``, ``alembic_oracle.py``, ...) in a child interpreter. Starting
``python script.py`` costs about a second of CPU before the script does anything, nearly
all of it importing SQLAlchemy, Alembic, LibCST and psycopg2; the spec tier did that
hundreds of times.

``run_script(path, input=...)`` gives the same result as
``subprocess.run([sys.executable, path, *args], input=..., capture_output=True, text=True)``
at a fraction of the cost: one helper process per pytest process (per xdist worker) imports
those libraries and the scripts' own modules once, reading nothing else, and forks a child
for each request. The child starts from that state: no model module, no mapper, no
registry, the interpreter's default warning filters; it takes the caller's current
directory and environment, runs the script as ``__main__`` with its own stdin, stdout and
stderr, and exits with the script's status. Only the helper's start-up is shared.

Where fork is missing (not Linux or macOS) or ``SCHEMA_INSPECTOR_TEST_NO_FORK`` is set,
``run_script`` starts a real interpreter as before.
"""

from __future__ import annotations

import atexit
import json
import os
import subprocess
import sys
import tempfile
import traceback
from pathlib import Path

TESTS = Path(__file__).resolve().parent

# What every script imports before it reads its request: imported once, in the helper.
PRELOAD = [
    "sqlalchemy", "sqlalchemy.orm", "sqlalchemy.dialects.postgresql", "psycopg2",
    "alembic.autogenerate", "alembic.migration",
    "alembic_oracle", "scenario", "test_every_fixture_no_drift", "test_fixtures",
]

_helper: subprocess.Popen | None = None


def run_script(path: str | Path, args: tuple[str, ...] = (), input: str = "", timeout: float = 120,
               ) -> subprocess.CompletedProcess:
    """``python path *args`` with ``input`` on stdin, in a forked fresh interpreter (see the
    module doc); ``subprocess.TimeoutExpired`` after ``timeout`` seconds, as subprocess.run."""
    command = [sys.executable, str(path), *args]
    if not hasattr(os, "fork") or os.environ.get("SCHEMA_INSPECTOR_TEST_NO_FORK"):
        return subprocess.run(command, input=input, capture_output=True, text=True, timeout=timeout)
    helper = _started()
    request = {"path": str(path), "args": list(args), "input": input, "timeout": timeout,
               "cwd": os.getcwd(), "env": dict(os.environ)}
    helper.stdin.write(json.dumps(request) + "\n")
    helper.stdin.flush()
    line = helper.stdout.readline()
    if not line:
        raise RuntimeError("the fresh-interpreter helper died:\n" + helper.stderr.read())
    reply = json.loads(line)
    if reply["timed_out"]:
        raise subprocess.TimeoutExpired(command, timeout, reply["stdout"], reply["stderr"])
    return subprocess.CompletedProcess(command, reply["returncode"], reply["stdout"], reply["stderr"])


def _started() -> subprocess.Popen:
    global _helper
    if _helper is None or _helper.poll() is not None:
        _helper = subprocess.Popen([sys.executable, __file__], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                   stderr=subprocess.PIPE, text=True, cwd=TESTS)
        atexit.register(_stop, _helper)
    return _helper


def _stop(helper: subprocess.Popen) -> None:
    if helper.poll() is None:
        helper.stdin.close()  # the helper exits at the end of its input
        try:
            helper.wait(10)
        except subprocess.TimeoutExpired:
            helper.kill()
            helper.wait()


# -- the helper process -------------------------------------------------------------------


def _serve() -> None:
    import importlib

    sys.path.insert(0, str(TESTS))
    for module in PRELOAD:
        importlib.import_module(module)
    del sys.path[0]
    requests, replies = sys.stdin, sys.stdout
    for line in requests:
        replies.write(json.dumps(_fork(json.loads(line))) + "\n")
        replies.flush()


def _fork(request: dict) -> dict:
    import time

    with tempfile.TemporaryDirectory(prefix="fresh-interpreter-") as work:
        stdin, stdout, stderr = (os.path.join(work, name) for name in ("stdin", "stdout", "stderr"))
        Path(stdin).write_text(request["input"], encoding="utf-8")
        pid = os.fork()
        if pid == 0:
            _child(request, stdin, stdout, stderr)  # never returns
        deadline = time.monotonic() + request["timeout"]
        timed_out = False
        while True:
            done, status = os.waitpid(pid, os.WNOHANG)
            if done:
                break
            if time.monotonic() > deadline:
                os.kill(pid, 9)
                _, status = os.waitpid(pid, 0)
                timed_out = True
                break
            time.sleep(0.005)
        return {"returncode": os.waitstatus_to_exitcode(status), "timed_out": timed_out,
                "stdout": Path(stdout).read_text(encoding="utf-8", errors="replace"),
                "stderr": Path(stderr).read_text(encoding="utf-8", errors="replace")}


def _child(request: dict, stdin: str, stdout: str, stderr: str) -> None:
    code = 1
    try:
        for fd, name, mode in ((0, stdin, os.O_RDONLY), (1, stdout, os.O_WRONLY | os.O_CREAT),
                               (2, stderr, os.O_WRONLY | os.O_CREAT)):
            opened = os.open(name, mode, 0o600)
            os.dup2(opened, fd)
            os.close(opened)
        sys.stdin = open(0, encoding="utf-8", closefd=False)
        sys.stdout = open(1, "w", encoding="utf-8", closefd=False)
        sys.stderr = open(2, "w", encoding="utf-8", closefd=False)
        os.environ.clear()
        os.environ.update(request["env"])
        os.chdir(request["cwd"])
        code = _run_as_main(request["path"], request["args"])
    finally:
        try:
            sys.stdout.flush()
            sys.stderr.flush()
        finally:
            os._exit(code)


def _run_as_main(path: str, args: list[str]) -> int:
    """What ``python path *args`` does with the script: its directory first on sys.path,
    ``__main__``, and the exit status of an uncaught exception or ``SystemExit``."""
    import runpy

    sys.argv = [path, *args]
    sys.path.insert(0, os.path.dirname(os.path.abspath(path)))
    try:
        runpy.run_path(path, run_name="__main__")
    except SystemExit as stop:
        if stop.code is None or isinstance(stop.code, int):
            return stop.code or 0
        print(stop.code, file=sys.stderr)
        return 1
    except BaseException:
        traceback.print_exc()
        return 1
    return 0


if __name__ == "__main__":
    _serve()
