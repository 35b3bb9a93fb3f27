"""The checker's cache: one code file's findings kept between runs, used again while the file's
text, what the checker knows (the database's tables and columns, the plan's renames and drops,
the models' classes and their names) and the checking code are all unchanged.

``plan`` and ``apply`` list the callers of the names they rename or drop, which means checking
every file of the application (``ast`` and, for raw SQL, PostgreSQL's parser): on a warm run,
most of the time the model reader's cache saved. One JSON entry per file in ``queries/`` of the
model reader's cache directory (strings and numbers: data, never code); its key is a hash of
the checking code, of what the checker knows, of the file's path and of its text. A missing,
damaged or other key's entry is a miss; a cache that cannot be written is no error.
"""

from __future__ import annotations

import hashlib
import json
import sys
from dataclasses import fields, is_dataclass
from functools import cache
from importlib import metadata
from pathlib import Path
from typing import Any

import schema_inspector.introspect
from schema_inspector.introspect.models.cache import (
    file_entry,
    replace_entry,
    sources_digest,
)


class CheckCache:
    """``lookup`` and ``store`` of one file's check under ``directory`` (``queries/`` is made
    there), for a checker that knows ``knowledge`` (see ``fingerprint``)."""

    def __init__(self, directory: Path, knowledge: str) -> None:
        self.directory = directory / "queries"
        self.knowledge = knowledge

    def key(self, path: Path, text: str, models_only: bool) -> str:
        head = "\0".join((_checking_stamp(), self.knowledge, str(path), str(models_only)))
        return hashlib.sha256(head.encode() + b"\0" + text.encode("utf-8", "surrogatepass")).hexdigest()

    def lookup(self, path: Path, key: str) -> Any:
        """The JSON value stored for ``path`` under ``key``, or None."""
        try:
            entry = json.loads(file_entry(self.directory, path).read_text(encoding="utf-8"))
            return entry["result"] if entry["key"] == key else None
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def store(self, path: Path, key: str, result: Any) -> None:
        document = json.dumps({"key": key, "result": result})
        replace_entry(file_entry(self.directory, path), document.encode("utf-8", "surrogatepass"))


def fingerprint(*values: object) -> str:
    """A hash of ``values`` that is the same in every process for equal values: sets and dicts in
    sorted order (a set of strings iterates in a different order in each process)."""
    return hashlib.sha256(json.dumps(_canonical(values)).encode("utf-8", "surrogatepass")).hexdigest()


def _canonical(value: object) -> Any:
    if value is None or isinstance(value, (str, int, float)):
        return value
    if isinstance(value, (tuple, list)):
        return [_canonical(v) for v in value]
    if isinstance(value, dict):  # keys: strings, or tuples of strings and None (whose repr orders them)
        return sorted([repr(k), _canonical(v)] for k, v in value.items())
    if isinstance(value, (set, frozenset)):
        return sorted(value) if all(isinstance(v, str) for v in value) else sorted(map(_canonical, value), key=repr)
    if is_dataclass(value) and not isinstance(value, type):
        return [type(value).__name__, *(_canonical(getattr(value, f.name)) for f in fields(value))]
    raise TypeError(f"no canonical form for {type(value).__name__}")


@cache
def _checking_stamp() -> str:
    """The checking code's own sources (and the reader's, whose ``parse_python`` it uses), the
    Python that parses and pglast's version (PostgreSQL's parser for the raw SQL)."""
    queries = Path(__file__).resolve().parent
    introspect = Path(str(schema_inspector.introspect.__file__)).resolve().parent
    return f"{sys.version}\0{metadata.version('pglast')}\0{sources_digest(queries, introspect)}"
