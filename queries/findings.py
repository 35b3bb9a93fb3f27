"""What ``check-queries`` reports: one finding per reference that will break, and one per
execution site it could not check (silence must never read as a pass)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

BREAKING_KINDS = ("unknown-column", "unknown-table", "ambiguous-column", "unknown-attribute")
KINDS = BREAKING_KINDS + ("not-checked",)


@dataclass(frozen=True)
class Fix:
    """A safe fix: ``old`` at (line, column) .. (line, end_column) of the file becomes ``new``."""

    line: int
    column: int  # 0-based, in characters of the line
    end_column: int
    old: str
    new: str
    verified: str = ""  # how the database confirmed it ("PREPARE ..."), "" if not (yet)


@dataclass(frozen=True)
class QueryFinding:
    file: str
    line: int  # 1-based
    column: int  # 1-based, as editors and compilers count
    kind: str  # one of KINDS
    name: str  # the name as the code writes it (for not-checked: the callee)
    message: str
    suggestion: str | None = None  # the name that was probably meant
    evidence: str = ""  # why the suggestion: "plan: renamed", "edit distance 1"
    context: str = ""  # the SQL statement or the source line, for the stable id
    sql: str | None = None  # the SQL text as checked (placeholders masked), for raw SQL
    fix: Fix | None = None  # set when the fix is safe
    occurrence: int = 0  # n-th finding with the same (file, kind, name, context)
    extra: tuple[tuple[str, Any], ...] = field(default=())

    @property
    def breaks(self) -> bool:
        return self.kind in BREAKING_KINDS

    @property
    def id(self) -> str:
        """Stable across runs and line shifts: what and where in words, not in line numbers."""
        payload = "\x1f".join((self.file, self.kind, self.name, " ".join(self.context.split()), str(self.occurrence)))
        return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:12]

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": self.id, "file": self.file, "line": self.line, "column": self.column, "kind": self.kind,
            "name": self.name, "message": self.message, "suggestion": self.suggestion,
            "evidence": self.evidence or None, "safe_fix": self.fix is not None,
        }
        if self.sql is not None:
            data["sql"] = self.sql
        return data
