"""Run a plan over the model files: per-file results, safe atomic writes.

Like LibCST's codemod runner, each file ends in a result (:class:`Changed`,
:class:`Unchanged`, :class:`Failed`) and one failing file never stops the others.
Writing refuses what it cannot do safely: a file changed since the plan was made (its
content hash differs), a symlink, a file outside the allowed root.
"""

from __future__ import annotations

import io
import os
import stat
import tempfile
import tokenize
from dataclasses import dataclass
from pathlib import Path
from typing import Union

from planner.plan import Plan, content_hash

from .apply import edit_source
from .diff import unified_diff


@dataclass(frozen=True)
class Changed:
    """The file's text before and after the plan's actions, and their unified diff."""

    path: str
    before: str
    after: str
    diff: str


@dataclass(frozen=True)
class Unchanged:
    """The actions leave the file as it is (already applied, or nothing to edit)."""

    path: str


@dataclass(frozen=True)
class Failed:
    """The file was not edited; ``message`` says why and what to do."""

    path: str
    message: str


FileResult = Union[Changed, Unchanged, Failed]


def run_plan(
    plan: Plan,
    *,
    write: bool,
    base_dir: Path | None = None,
    allowed_root: Path | None = None,
) -> list[FileResult]:
    """Carry out ``plan`` file by file; with ``write``, save every changed file.

    Relative file names in the plan are taken from ``base_dir`` (default: the current
    directory). Never raises for one file's problem: that file's result is a
    :class:`Failed`.
    """
    hashes = dict(plan.file_hashes)
    results: list[FileResult] = []
    for file in plan.files():
        path = Path(file)
        if base_dir is not None and not path.is_absolute():
            path = base_dir / path
        try:
            results.append(_run_file(file, path, plan, hashes, write, allowed_root))
        except Exception as error:  # one bad file must not stop the others
            results.append(Failed(file, f"{file}: {_describe(error)}"))
    return results


def _run_file(
    file: str,
    path: Path,
    plan: Plan,
    hashes: dict[str, str],
    write: bool,
    allowed_root: Path | None,
) -> FileResult:
    refusal = _refusal(file, path, allowed_root) if write else None
    if refusal is not None:
        return Failed(file, refusal)
    raw = path.read_bytes()
    if write and hashes.get(file) != content_hash(raw):
        return Failed(file, f"{file}: changed since the plan was made (or not in it); re-run plan")
    text, encoding = decode_source(raw)
    after = edit_source(text, plan.for_file(file))
    if after == text:
        return Unchanged(file)
    if write:
        write_atomically(path, after.encode(encoding))
    return Changed(file, text, after, unified_diff(file, text, after))


def _refusal(file: str, path: Path, allowed_root: Path | None) -> str | None:
    if path.is_symlink():
        return f"{file}: is a symbolic link; edit the file it points to instead"
    if allowed_root is not None and not path.resolve().is_relative_to(allowed_root.resolve()):
        return f"{file}: outside {allowed_root}; refusing to write there"
    return None


def _describe(error: Exception) -> str:
    message = str(error)
    return f"{type(error).__name__}: {message}" if message else type(error).__name__


def decode_source(raw: bytes) -> tuple[str, str]:
    """The text of a Python file and the encoding to write it back with.

    The encoding follows Python's rules (a UTF-8 BOM, a PEP 263 ``coding:`` cookie, else
    UTF-8); a BOM is kept as ``\\ufeff`` at the start of the text. Line endings are not
    translated.
    """
    encoding, _ = tokenize.detect_encoding(io.BytesIO(raw).readline)
    if encoding == "utf-8-sig":
        return raw.decode("utf-8"), "utf-8"  # keeps the BOM as a character, written back as is
    return raw.decode(encoding), encoding


def write_atomically(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data``: a temporary file in the same directory, fsynced,
    given the file's permissions, then ``os.replace``d over it. Readers see the old
    file or the new one, never a half-written one."""
    mode = stat.S_IMODE(path.stat().st_mode) if path.exists() else _default_mode()
    descriptor, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    directory = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(directory)
    finally:
        os.close(directory)


def _default_mode() -> int:
    """The mode a new file gets from open(): 0o666 less the process umask."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask
