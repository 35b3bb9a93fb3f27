"""Writing ``--out`` / ``--sql-out`` files without destroying what is at the path.

- ``-``, ``/dev/stdout``, ``/dev/stderr`` and ``/dev/fd/N`` are the process's own open
  files: written through the descriptor (a shell's ``> file`` keeps its file and offset);
- a character device (``/dev/null``, ``/dev/full``, a terminal) or a FIFO is written
  through, never replaced by a regular file (as root, a rename over ``/dev/null`` destroys
  the device node);
- a symbolic link is resolved and its target replaced atomically (temporary file next to
  the target, then rename), so the link stays a link;
- anything else that is not a regular file (a socket, a block device, a directory) is
  refused with one line;
- a regular file, or a new one, is replaced atomically (``write_atomically``).
"""

from __future__ import annotations

import os
import re
import stat
import sys
from pathlib import Path

from schema_inspector.introspect.errors import InputError

_OWN_DESCRIPTORS = {"-": 1, "/dev/stdout": 1, "/dev/stderr": 2}
_DESCRIPTOR_PATH = re.compile(r"^/(?:dev/fd|proc/self/fd)/(\d+)$")


def write_output(path: str, data: bytes, option: str = "--out") -> str:
    """Write ``data`` to ``path``; returns what was written to (for the "wrote" line)."""
    descriptor = _own_descriptor(path)
    try:
        if descriptor is not None:
            if descriptor == 1:
                sys.stdout.flush()
            _write_all(descriptor, data)
            return path
        try:
            found = os.stat(path)  # follows symbolic links
        except FileNotFoundError:
            found = None
        except NotADirectoryError:
            raise InputError(f"{path}: cannot write: a part of the path is not a directory ({option})") from None
        if found is not None and (stat.S_ISCHR(found.st_mode) or stat.S_ISFIFO(found.st_mode)):
            with open(path, "wb", buffering=0) as handle:  # a device or a pipe: write through
                _write_all(handle.fileno(), data)
            return path
        if found is not None and stat.S_ISDIR(found.st_mode):
            raise InputError(f"{path}: cannot write: Is a directory ({option})")
        if found is not None and not stat.S_ISREG(found.st_mode):
            kind = "a socket" if stat.S_ISSOCK(found.st_mode) else "a block device" if stat.S_ISBLK(
                found.st_mode) else "not a regular file"
            raise InputError(f"{path}: is {kind}; refusing to write there ({option})")
        target = Path(os.path.realpath(path)) if os.path.islink(path) else Path(path)
        from schema_inspector.codemods.atomic import write_atomically

        write_atomically(target, data)
        return path if target == Path(path) else f"{path} -> {target}"
    except OSError as error:
        raise InputError(f"{path}: cannot write: {error.strerror or error} ({option})") from None


def _own_descriptor(path: str):
    if path in _OWN_DESCRIPTORS:
        return _OWN_DESCRIPTORS[path]
    match = _DESCRIPTOR_PATH.match(path)
    return int(match.group(1)) if match else None


def _write_all(descriptor: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(descriptor, view)
        view = view[written:]


def is_stdout(path: str) -> bool:
    """Whether writing to ``path`` writes to this process's stdout (``-``, /dev/stdout, a
    link to it): then nothing else may be printed there."""
    if _own_descriptor(path) == 1:
        return True
    try:
        here, there = os.stat(path), os.fstat(1)
    except OSError:
        return False
    return (here.st_dev, here.st_ino) == (there.st_dev, there.st_ino)
