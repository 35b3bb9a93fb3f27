"""``fresh_interpreter.run_script`` behaves as ``python script.py`` in a new process: each run
sees only its own ``app`` package, no mapper of an earlier run, the caller's directory and
environment, and gives back the script's stdout, stderr and exit status."""

from __future__ import annotations

import subprocess
import textwrap

import pytest
from fresh_interpreter import run_script

SCRIPT = """
    import os, sys
    import sqlalchemy.orm

    before = sorted(name for name in sys.modules if name == "app" or name.startswith("app."))
    mappers = [m.class_.__name__ for r in list(sys.modules["sqlalchemy.orm.mapper"]._mapper_registries)
               for m in r.mappers]
    sys.path.insert(0, sys.argv[1])
    import app.models

    sqlalchemy.orm.configure_mappers()
    print(before, mappers, app.models.NAME, os.getcwd(), os.environ.get("FRESH_TEST_VALUE"),
          sys.stdin.read())
    print("to stderr", file=sys.stderr)
    sys.exit(int(sys.argv[2]))
"""

MODELS = """
    from sqlalchemy import Column, Integer
    from sqlalchemy.orm import declarative_base

    Base = declarative_base()
    NAME = {name!r}


    class {name}(Base):
        __tablename__ = {table!r}
        id = Column(Integer, primary_key=True)
"""


def _tree(root, name):
    (root / "app").mkdir(parents=True)
    (root / "app" / "__init__.py").write_text("")
    (root / "app" / "models.py").write_text(textwrap.dedent(MODELS.format(name=name, table=name.lower())))
    return root


def test_each_run_is_a_fresh_interpreter_with_the_callers_directory_and_environment(tmp_path, monkeypatch):
    script = tmp_path / "script.py"
    script.write_text(textwrap.dedent(SCRIPT))
    first, second = _tree(tmp_path / "one", "First"), _tree(tmp_path / "two", "Second")
    monkeypatch.chdir(first)
    monkeypatch.setenv("FRESH_TEST_VALUE", "one")
    done = run_script(script, (str(first), "0"), input="in-1")
    assert (done.returncode, done.stdout, done.stderr) == (0, f"[] [] First {first} one in-1\n", "to stderr\n")
    monkeypatch.chdir(second)
    monkeypatch.setenv("FRESH_TEST_VALUE", "two")
    done = run_script(script, (str(second), "3"), input="in-2")
    # the first run's app.models and its mapper are not there: a new package of the same name
    assert (done.returncode, done.stdout) == (3, f"[] [] Second {second} two in-2\n")


def test_an_uncaught_exception_is_a_traceback_and_status_1(tmp_path):
    script = tmp_path / "boom.py"
    script.write_text("raise ValueError('boom')\n")
    done = run_script(script)
    assert done.returncode == 1
    assert "Traceback" in done.stderr and "ValueError: boom" in done.stderr


def test_a_script_that_runs_too_long_is_a_timeout(tmp_path):
    script = tmp_path / "sleep.py"
    script.write_text("import time\ntime.sleep(30)\n")
    with pytest.raises(subprocess.TimeoutExpired):
        run_script(script, timeout=0.5)
    quick = tmp_path / "quick.py"
    quick.write_text("print('still serving')\n")
    assert run_script(quick).stdout == "still serving\n"  # the helper survived the timeout
