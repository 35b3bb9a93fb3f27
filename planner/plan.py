"""A plan: the list of fix actions plus what it was computed against. Data, saved as JSON."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from .actions import Action

PLAN_VERSION = 1


def content_hash(text: bytes) -> str:
    return "sha256:" + hashlib.sha256(text).hexdigest()


@dataclass(frozen=True)
class Plan:
    """Actions in order, and the hash of every file they edit as it was when planned."""

    actions: tuple[Action, ...] = ()
    file_hashes: tuple[tuple[str, str], ...] = field(default=())  # (file, content hash)
    notes: tuple[str, ...] = ()  # decisions the planner explains (e.g. a seed task refused)

    def files(self) -> tuple[str, ...]:
        return tuple(sorted({a.file for a in self.actions if a.file}))

    def for_file(self, file: str) -> tuple[Action, ...]:
        return tuple(a for a in self.actions if a.file == file)

    def filtered(
        self,
        files: Iterable[str] = (),
        kinds: Iterable[str] = (),
        tables: Iterable[str] = (),
    ) -> "Plan":
        """Keep the actions that match every given filter (a file matches by path or name)."""
        files, kinds, tables = tuple(files), set(kinds), set(tables)

        def keep(action: Action) -> bool:
            if kinds and action.kind not in kinds:
                return False
            if tables and action.table not in tables:
                return False
            if files and not any(Plan.same_file(action.file, f) for f in files):
                return False
            return True

        kept = tuple(a for a in self.actions if keep(a))
        wanted = {a.file for a in kept}
        return Plan(kept, tuple(h for h in self.file_hashes if h[0] in wanted), self.notes)

    def to_json(self) -> str:
        document = {
            "version": PLAN_VERSION,
            "files": {path: digest for path, digest in self.file_hashes},
            "notes": list(self.notes),
            "actions": [a.to_json() for a in self.actions],
        }
        return json.dumps(document, indent=2, ensure_ascii=False) + "\n"

    @staticmethod
    def same_file(path: str, wanted: str) -> bool:
        """A ``--file`` value names a file by its path or by its name."""
        if path == wanted:
            return True
        p, w = Path(path), Path(wanted)
        return p.name == wanted or p.resolve() == w.resolve()

    @classmethod
    def from_json(cls, text: str) -> "Plan":
        document = json.loads(text)
        if not isinstance(document, dict) or document.get("version") != PLAN_VERSION:
            raise ValueError(f"not a schema-inspector plan of version {PLAN_VERSION}")
        actions = tuple(Action.from_json(a) for a in document["actions"])
        return cls(actions, tuple(document.get("files", {}).items()), tuple(document.get("notes", ())))

