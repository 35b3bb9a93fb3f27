"""``StrEnum``: an enum whose members are their strings, in JSON, in f-strings and in
comparisons (``enum.StrEnum`` from Python 3.11; the same two lines before it)."""

from __future__ import annotations

import enum
import sys

if sys.version_info >= (3, 11):
    StrEnum = enum.StrEnum
else:  # pragma: no cover - Python 3.10
    class StrEnum(str, enum.Enum):
        def __str__(self) -> str:
            return str.__str__(self)

        def __format__(self, format_spec: str) -> str:
            return str.__format__(self, format_spec)

__all__ = ["StrEnum"]
