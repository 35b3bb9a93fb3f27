"""The files' edits made in a second process while this one finishes the plan.

A cold ``plan`` keeps one core busy and leaves the other idle: it reads the models, builds the
plan, imports the editing machinery (LibCST: a seventh of a second), edits the files and finds
the code that uses the names the plan renames, one after the other. ``EditProcess.start``, called
before the models are read, forks where that is safe (Linux, a process with one thread) one child
on two cores, two on more: on a cold run they import the editing machinery, parse the model files
and work out what their edits read of them that no action changes (``codemods.file_facts``) while
this process reads the models and builds the plan, then edit the files of the plan
:meth:`~EditProcess.submit` hands them (in turns, the largest first) while this process finds the
callers.

What comes back is data - each file's text as the child read it and the result of
:func:`codemods.files.edited` on it (strings) - and :meth:`~EditProcess.edited` gives it only for
the same text. Anything else (no child: no ``fork``, another thread; a child that died or failed
on a file; a file that changed since) leaves that file's edit to this process, with its usual
errors. A child never writes a model file: writing stays in :func:`codemods.files.run_plan`.
Leaving the ``with`` block ends the children, wherever they are.
"""

from __future__ import annotations

import os
import pickle
import select
import signal
import sys
import threading
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import IO

from schema_inspector.introspect.models import cache as model_cache
from schema_inspector.introspect.models import parse_python
from schema_inspector.planner.plan import Plan

from .edit_cache import EditCache
from .file_facts import facts_kept, forget_facts
from .files import edited, file_path, other_text, read_text


class EditProcess:
    """``with EditProcess() as editor:`` - ``start()``, ``submit(plan, ...)``, ``edited(file, text)``."""

    def __init__(self, children: int | None = None) -> None:
        self._wanted = children
        self._children: list[tuple[int, IO[bytes]]] = []  # (pid, the pipe its work is sent on)
        self._receivers: list[threading.Thread] = []
        self._results: dict[str, tuple[str, tuple]] = {}  # file -> (its text, edited(...) on it)
        self._running = 0  # children whose results may still come
        self._arrived = threading.Condition()

    def start(self, models: Path | None = None, glob: str | None = None, cache_dir: Path | None = None) -> None:
        """Fork the children, where that is safe: another thread could hold a lock a child
        would wait on forever (the receivers start once every child is forked). While a child
        waits for its work it gets ready for it (:func:`_get_ready`) on the model files of
        ``models`` (and ``glob``) as the reader with ``cache_dir`` reads them."""
        if self._children or sys.platform != "linux" or threading.active_count() != 1:
            return
        cold = models is not None and _cold(models, glob, cache_dir)
        if cold:
            # the reader's passes imported once, before the fork, for the child's parse and this
            # process's read (a warm run imports none of them)
            import schema_inspector.introspect.models.reader  # noqa: F401
        # one child on two cores (this process works meanwhile), two where there are more
        wanted = self._wanted if self._wanted is not None else min(2, max(1, len(os.sched_getaffinity(0)) - 1))
        ready = partial(_get_ready, models if cold else None, glob)
        results = [stream for stream in (self._fork(ready) for _ in range(wanted)) if stream is not None]
        self._running = len(results)
        for stream in results:  # the results drained as they come: a child never waits on a full pipe
            receiver = threading.Thread(target=self._receive, args=(stream,), daemon=True)
            self._receivers.append(receiver)
            receiver.start()

    def _fork(self, ready: Callable[[Callable[[], bool]], None]) -> IO[bytes] | None:
        """A child forked, and the stream of its results; None if none could be."""
        requests_read, requests_write = os.pipe()
        results_read, results_write = os.pipe()
        try:
            pid = os.fork()
        except OSError:
            for descriptor in (requests_read, requests_write, results_read, results_write):
                os.close(descriptor)
            return None
        if pid == 0:  # a child: never returns, never runs the parent's exit handlers or flushes its output
            code = 1
            try:
                for _, requests in self._children:
                    requests.close()  # an older child sees the end of its work when the parent closes it
                os.close(requests_write)
                os.close(results_read)
                code = _serve(requests_read, results_write, ready)
            finally:
                os._exit(code)
        os.close(requests_read)
        os.close(results_write)
        self._children.append((pid, os.fdopen(requests_write, "wb")))
        return os.fdopen(results_read, "rb")

    def submit(self, plan: Plan, base_dir: Path | None, cache_dir: Path | None) -> None:
        """Hand the children the plan's files to edit (``run_plan``'s ``base_dir`` and
        ``cache_dir``), in turns, the largest first."""
        files = sorted(plan.files(), key=lambda file: -_size(file, base_dir))
        for turn, (_, requests) in enumerate(self._children):
            try:
                with requests:
                    work = (plan, base_dir, cache_dir, files[turn::len(self._children)])
                    pickle.dump(work, requests, protocol=pickle.HIGHEST_PROTOCOL)
            except (OSError, pickle.PicklingError):  # a child that is gone: its files are edited here
                pass

    def edited(self, file: str, text: str) -> tuple[str, str, tuple[str, ...]] | None:
        """A child's ``edited(file, text, ...)`` once it has come; None when it will not come
        or the child edited another text."""
        with self._arrived:
            self._arrived.wait_for(lambda: file in self._results or not self._running)
            found = self._results.get(file)
        return found[1] if found is not None and found[0] == text else None

    def __enter__(self) -> EditProcess:
        return self

    def __exit__(self, *exc_info) -> None:
        for pid, requests in self._children:
            requests.close()  # a child given no work ends
            if self._running:  # a child importing, or editing what is no longer wanted
                try:
                    os.kill(pid, signal.SIGKILL)
                except OSError:
                    pass
            os.waitpid(pid, 0)
        for receiver in self._receivers:
            receiver.join()  # the child's end is closed: its receiver has read to the end
        self._children, self._receivers = [], []

    def _receive(self, stream) -> None:
        try:
            with stream:
                while True:
                    file, text, result = pickle.load(stream)
                    with self._arrived:
                        self._results[file] = (text, result)
                        self._arrived.notify_all()
        except Exception:  # the end of the results, or of a child that died: the rest is edited here
            pass
        finally:
            with self._arrived:
                self._running -= 1
                self._arrived.notify_all()


def _cold(models: Path, glob: str | None, cache_dir: Path | None) -> bool:
    """Whether the reader's cache does not hold the models; False where they cannot be listed (a
    missing path: the reading says so, after the database's errors)."""
    try:
        return not model_cache.holds(models, glob, cache_dir)
    except Exception:
        return False


def _get_ready(models: Path | None, glob: str | None, until: Callable[[], bool]) -> None:
    """On a cold run (``models``: the reader's cache does not hold them, as the parent found before
    forking): import the editing machinery, parse the model files as the reader does while the
    parent reads them, and work out what their edits read of them that no action changes (their
    style...: ``codemods.file_facts``). On a warm run (None) the edits' cache is likely to hold the
    edits too, and a child that did all this would only take the second core from the database
    server."""
    if models is None:
        return
    from schema_inspector.introspect.models.reader import parse_model_files

    from . import inherited  # noqa: F401  (LibCST)
    from .apply import prepare_edit

    def read(other: str) -> str:
        return other_text(other, None)

    for file, text in parse_model_files(models, glob, until):
        if until():
            return
        try:
            prepare_edit(str(file), text, read)
        except Exception:  # its edit says what is wrong
            pass


def _size(file: str, base_dir: Path | None) -> int:
    try:
        return file_path(file, base_dir).stat().st_size
    except OSError:
        return 0


# A child holds none of the reader's records, so it keeps more trees than the reader's process
# (``parse_python``'s budget there is 4 MB of source): at 5,000 tables (6 MB) it parsed a third of
# the files again for their edits (1.8 s of edits; 0.8 s with every tree kept, at 409 MB of peak).
# 7 MB keeps its peak below the reading process's (~490 MB) whatever the size of the codebase.
CHILD_TREE_BUDGET = 7_000_000


def _serve(requests: int, results: int, ready: Callable[[Callable[[], bool]], None]) -> int:
    signal.signal(signal.SIGINT, signal.SIG_DFL)  # Ctrl-C ends the child quietly, with the parent
    parse_python.budget = max(parse_python.budget, CHILD_TREE_BUDGET)
    with facts_kept():  # what ``ready`` worked out of the files, for their edits
        return _work(requests, results, ready)


def _work(requests: int, results: int, ready: Callable[[Callable[[], bool]], None]) -> int:
    try:
        ready(lambda: bool(select.select([requests], [], [], 0)[0]))  # until the work (or its end) comes
    except Exception:  # no models there: the parent says so
        pass
    with os.fdopen(requests, "rb") as inbox, os.fdopen(results, "wb") as outbox:
        try:
            plan, base_dir, cache_dir, files = pickle.load(inbox)
        except EOFError:  # the parent needs no edits
            return 0
        if base_dir is not None and base_dir.resolve() != Path.cwd().resolve():
            forget_facts()  # worked out from the files as named from here, not from base_dir
        cache = EditCache(cache_dir) if cache_dir is not None else None
        for file in files:
            try:
                text = read_text(file, base_dir)
                result = edited(file, text, plan, base_dir, cache)
            except Exception:  # the parent edits it, and says what went wrong
                continue
            pickle.dump((file, text, result), outbox, protocol=pickle.HIGHEST_PROTOCOL)
            outbox.flush()
    return 0
