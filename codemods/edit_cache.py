"""The edits' cache: a file's edited text kept between runs, used again while the file, the
plan's actions on it, the files its edits copy from and the editing code are all unchanged.

A dry run edits every file the plan names (LibCST, and ``ast`` to find the statements: a
1,500-line file costs tens of milliseconds); a second ``plan`` on unchanged models and an
unchanged database, or ``apply`` after ``plan``, edits each file as the first did. One entry
per model file in ``edits/`` of the model reader's cache directory, a JSON document of
strings (data, never code): the key it was made under (a hash of the editing code, the
file's text, its actions and its table-item attributes), the hashes of the files its edits
read besides it (a mixin's column copied into a subclass), and the result - the text after,
its unified diff and the notes of actions left out. A missing, damaged or other key's entry
is a miss; a cache that cannot be written is no error.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from collections.abc import Callable
from dataclasses import astuple
from functools import cache
from importlib import metadata
from pathlib import Path

import schema_inspector.introspect
import schema_inspector.planner
from schema_inspector.codemods.config_files import extended_files
from schema_inspector.introspect.models.cache import (
    file_entry,
    replace_entry,
    sources_digest,
)
from schema_inspector.introspect.models.library_rules import (
    DEPENDENCY_FILES,
    installed_rules,
)
from schema_inspector.planner.actions import Action

# the code an edit's result depends on: the codemods, the actions' planner, the reader they parse with
_EDITING_SOURCES = tuple(Path(str(package.__file__)).resolve().parent for package in (
    sys.modules[__package__], schema_inspector.planner, schema_inspector.introspect))


class EditCache:
    """``lookup`` and ``store`` of one file's edit under ``directory`` (``edits/`` is made there)."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory / "edits"
        self._surroundings: dict[Path, tuple[tuple[str, str], ...]] = {}  # for this run's files

    def key(self, file: str, path: Path, text: str, actions: tuple[Action, ...], items_in: dict[str, str]) -> str:
        """The entry's key: the file as the plan names it (its diff's header) and where it is,
        what is around it, its text, its actions and the editing code."""
        where = path.resolve()
        if where.parent not in self._surroundings:
            self._surroundings[where.parent] = _surroundings(where.parent)
        document = json.dumps([_editing_stamp(), file, str(where), self._surroundings[where.parent],
                               [a.to_json() for a in actions], items_in], sort_keys=True, default=str)
        return hashlib.sha256(document.encode() + b"\0" + text.encode("utf-8", "surrogatepass")).hexdigest()

    def lookup(self, path: Path, key: str, read: Callable[[str], str]) -> tuple[str, str, tuple[str, ...]] | None:
        """(text after, diff, notes of actions left out) of the file at ``path`` stored under
        ``key``, when every file the edit read besides it still has its text (``read(name)``)."""
        try:
            entry = json.loads(file_entry(self.directory, path).read_text(encoding="utf-8"))
            if entry["key"] != key:
                return None
            for other, digest in entry["read"].items():
                if _digest(read(other)) != digest:
                    return None
            return entry["after"], entry["diff"], tuple(entry["skipped"])
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return None

    def store(self, path: Path, key: str, read_texts: dict[str, str], after: str, diff: str,
              skipped: tuple[str, ...]) -> None:
        entry = {"key": key, "read": {other: _digest(text) for other, text in sorted(read_texts.items())},
                 "after": after, "diff": diff, "skipped": list(skipped)}
        replace_entry(file_entry(self.directory, path), json.dumps(entry).encode("utf-8", "surrogatepass"))


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


# what an edit reads around its file: the package it is in (its imports' sections), the
# configuration of the line length and the oldest Python (``wrap``, ``target_python``), and the
# versions of the libraries the project declares (``library_rules``: a new SQLModel field's type)
_EXTENDS = re.compile(rb"^\s*extend\s*=", re.MULTILINE)
_AROUND = ("__init__.py", "ruff.toml", ".ruff.toml", *DEPENDENCY_FILES)


def _surroundings(directory: Path) -> tuple[tuple[str, str], ...]:
    """The files of ``_AROUND`` in ``directory`` and every folder above it, with their hashes."""
    found = []
    for folder in [directory, *directory.parents]:
        for name in _AROUND:
            try:
                data = (folder / name).read_bytes()
            except OSError:
                continue
            found.append((str(folder / name), hashlib.sha256(data).hexdigest()))
            if _EXTENDS.search(data):  # ruff's settings from another file: that file too
                for extended in extended_files(folder / name):
                    try:
                        found.append((str(extended), hashlib.sha256(extended.read_bytes()).hexdigest()))
                    except OSError:
                        continue
    return tuple(found)


@cache
def _editing_stamp() -> str:
    """The editing code's own sources, the Python that runs it, LibCST's version and what the
    installed libraries make of a model (where the project declares no versions)."""
    return (f"{sys.version}\0{metadata.version('libcst')}\0{astuple(installed_rules())}\0"
            f"{sources_digest(*_EDITING_SOURCES)}")
