"""One writer at a time: an exclusive ``flock`` on each directory a run writes in.

Two ``apply`` runs on the same tree would otherwise both check a file's hash, both edit
it and the last rename would silently drop the first run's edit. With the lock, the
second run waits; once it has the lock it sees that the files changed since its plan was
made and refuses them (``re-run plan``), so the outcome is the same as running the two
one after the other.

Why the directory itself and not a lock file: nothing is left behind in the user's tree
(a ``.lock`` file would show up in ``git status``), and every run that writes a file
takes the same lock whatever ``--models`` root it was given. ``flock`` locks belong to
the open file description, so they are released when the process ends, however it ends.
"""

from __future__ import annotations

import fcntl
import os
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

LOCK_WAIT_S = 30.0
_POLL_S = 0.05


class LockTimeout(Exception):
    """Another run kept the lock on ``directory`` for longer than we wait."""

    def __init__(self, directory: Path, waited_s: float) -> None:
        self.directory = directory
        super().__init__(
            f"another schema-inspector run is writing in {directory} (waited {waited_s:g} s); "
            "let it finish, then run plan again"
        )


@contextmanager
def directory_locks(directories: Iterable[Path], wait_s: float = LOCK_WAIT_S) -> Iterator[None]:
    """Hold an exclusive lock on every directory (taken in one global order, so that two
    runs wanting overlapping sets cannot deadlock); raise :class:`LockTimeout` after
    ``wait_s`` seconds without it."""
    ordered = sorted({Path(d).resolve() for d in directories})
    descriptors: list[int] = []
    try:
        deadline = time.monotonic() + wait_s
        for directory in ordered:
            descriptor = os.open(directory, os.O_RDONLY | os.O_DIRECTORY)
            descriptors.append(descriptor)
            _acquire(descriptor, directory, deadline, wait_s)
        yield
    finally:
        for descriptor in descriptors:
            os.close(descriptor)  # closing the last descriptor releases its lock


def _acquire(descriptor: int, directory: Path, deadline: float, wait_s: float) -> None:
    while True:
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        except BlockingIOError:
            if time.monotonic() >= deadline:
                raise LockTimeout(directory, wait_s) from None
            time.sleep(_POLL_S)
