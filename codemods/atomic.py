"""Replacing a file in one step: readers see the old file or the new one, never a half-written
one. Its own module, so that writing an output file (``introspect --out``) does not import the
editing machinery (LibCST)."""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path

from schema_inspector.introspect.signals import deferred_signals


def write_atomically(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data``: a temporary file in the same directory, fsynced,
    given the file's permissions and (where allowed) its owner, then ``os.replace``d over
    it. Readers see the old file or the new one, never a half-written one; a signal
    arriving meanwhile is handled once the file is in place and no temporary is left."""
    existing = path.stat() if path.exists() else None
    mode = stat.S_IMODE(existing.st_mode) if existing else _default_mode()
    with deferred_signals():
        descriptor, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        try:
            with os.fdopen(descriptor, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            os.chmod(temporary, mode)
            if existing is not None:
                _keep_owner(temporary, existing)
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    directory = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(directory)
    finally:
        os.close(directory)


def _keep_owner(temporary: str, existing: os.stat_result) -> None:
    """The new file belongs to the old one's owner and group when we may say so (root
    may; others only to a group they are in); otherwise it is ours, as with any editor."""
    try:
        os.chown(temporary, existing.st_uid, existing.st_gid)
    except PermissionError:
        pass


def _default_mode() -> int:
    """The mode a new file gets from open(): 0o666 less the process umask."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask
