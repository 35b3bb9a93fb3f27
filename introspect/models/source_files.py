"""The model files as the reader, the codemods and the query check all take them: which files
(``model_files``), their text (``decode_source``), the hash a plan records of them
(``content_hash``), their ``ast`` trees, parsed once (``parse_python``), and the garbage
collector kept off while trees are made (``without_cyclic_collector``).

Apart from the reader, whose passes import most of this package: a command that finds the
model set in the cache reads none of them, and imports none of those passes.
"""

from __future__ import annotations

import ast
import gc
import hashlib
import io
import os
import tokenize
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ..errors import InputError

_SKIPPED_DIRECTORIES = {"__pycache__", "node_modules", "site-packages", "venv"}


def model_files(path: Path, glob: str | None = None) -> list[Path]:
    """``path`` itself if it is a file, else every ``.py`` under it (hidden directories,
    ``__pycache__``, virtual environments and the ``versions/`` of an Alembic environment
    skipped: a migration's ``sa.Table(...)`` stand-ins are no models), sorted. A symlinked sub-package is
    read through its link (skipped, its classes were generated again as duplicates); a
    directory already read, by a link or a loop of links, is read once."""
    if path.is_file():
        return [path]
    if not path.is_dir():
        if path.exists():  # a device, a FIFO, a socket: nothing to read models from
            raise InputError(f"{path}: not a regular file or a directory (--models takes a models file or a directory)")
        raise InputError(f"{path}: no such file or directory (--models takes a models file or a directory)")
    found: list[Path] = []
    seen = {os.path.realpath(path)}
    for directory, subdirectories, names in os.walk(path, followlinks=True):
        migrations = os.path.isfile(os.path.join(directory, "env.py"))  # an Alembic environment
        subdirectories[:] = sorted(
            name for name in subdirectories if not name.startswith(".") and name not in _SKIPPED_DIRECTORIES
            and not (migrations and name == "versions")
        )
        for name in list(subdirectories):
            real = os.path.realpath(os.path.join(directory, name))
            if real in seen:
                subdirectories.remove(name)
            seen.add(real)
        found.extend(Path(directory) / name for name in sorted(names) if name.endswith(".py"))
    return found


def decode_source(raw: bytes) -> tuple[str, str]:
    """The text of a Python file and the encoding to write it back with.

    The encoding follows Python's rules (a UTF-8 BOM, a PEP 263 ``coding:`` cookie, else
    UTF-8); a BOM is kept as ``\\ufeff`` at the start of the text, so that a rewrite keeps
    it. Line endings are not translated. The reader and the codemods both decode with this.
    """
    encoding, _ = tokenize.detect_encoding(io.BytesIO(raw).readline)
    if encoding == "utf-8-sig":
        return raw.decode("utf-8"), "utf-8"
    return raw.decode(encoding), encoding


def content_hash(data: bytes) -> str:
    """The hash a plan records of each file it was made from; apply refuses a file whose
    bytes no longer have it."""
    return "sha256:" + hashlib.sha256(data).hexdigest()


class _TreeCache:
    """``ast.parse(text)``, once per text for the first texts read, up to ``budget`` bytes of
    them: ``plan`` and ``apply`` read a file's tree in the reader, again in the codemods and
    in the query check, and a 1,500-line file costs tens of milliseconds to parse. A tree
    takes ~60 times its text in memory (5,000 tables: 5.8 MB of source, 358 MB of trees), so
    the texts past the budget are parsed each time they are asked for; the reader lets their
    trees go once they are scanned (``holds``). Texts are kept first come, not most recent:
    passes that read every file in turn would otherwise evict each tree just before it is
    asked for again. A failure is not cached. The tree is shared: callers only read it."""

    def __init__(self, budget: int) -> None:
        self.budget = budget
        self._trees: dict[str, ast.Module] = {}
        self._size = 0
        self._last: tuple[str, ast.Module] | None = None  # the last tree past the budget

    def __call__(self, text: str) -> ast.Module:
        tree = self._trees.get(text)
        if tree is None:
            if self._last is not None and self._last[0] == text:  # an edit reads its file twice
                return self._last[1]
            tree = ast.parse(text)
            if self._size + len(text) <= self.budget:
                self._trees[text] = tree
                self._size += len(text)
            else:
                self._last = (text, tree)
        return tree

    def holds(self, text: str) -> bool:
        return text in self._trees

    def cache_clear(self) -> None:
        self._trees.clear()
        self._size = 0
        self._last = None


# 4 MB of source, ~250 MB of trees: a codebase of up to ~3,400 tables (the benchmark's files)
# is parsed once; past that, each further file is parsed again by the reader, the codemods and
# the query check (plan at 5,000 tables: 459 MiB at peak instead of 561, 1.14-1.28 times the time).
parse_python = _TreeCache(budget=4_000_000)


@contextmanager
def without_cyclic_collector() -> Iterator[None]:
    """The block runs with the cyclic garbage collector off: ast trees, and the model set built
    from them, are millions of small objects that form no cycles, which the collector would walk
    over and over while they are made (3-4x the parse time; 6x the time to load a cached set)."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()
