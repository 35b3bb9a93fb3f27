"""Lists inside messages: a note about 900 classes names a few and counts the rest, so that
it stays readable on a terminal (the items themselves are in the plan's actions and
discrepancies, where each has its own entry)."""

from __future__ import annotations

from collections.abc import Sequence


def first_few(items: Sequence[str], limit: int = 5) -> str:
    """``"a, b, c and 4 more"``: the first ``limit`` items joined, and how many are left out."""
    shown = ", ".join(items[:limit])
    return shown + (f" and {len(items) - limit} more" if len(items) > limit else "")
