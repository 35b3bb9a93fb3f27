"""``StrEnum``: an enum whose members are their strings, in JSON, in f-strings and in
comparisons (``enum.StrEnum`` from Python 3.11; the same two lines before it)."""

from __future__ import annotations

import enum
import sys

if sys.version_info >= (3, 11):
    StrEnum = enum.StrEnum
else:  # pragma: no cover - Python 3.10
    class StrEnum(str, enum.Enum):
        __str__ = str.__str__
        __format__ = str.__format__

__all__ = ["StrEnum"]
