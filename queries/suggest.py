"""What a broken name probably meant: the plan's rename evidence first, then the closest
name by edit distance (as PostgreSQL's "Perhaps you meant to reference the column ...")."""

from __future__ import annotations

from collections.abc import Iterable


def levenshtein(a: str, b: str, limit: int) -> int:
    """Edit distance, or ``limit + 1`` once it is certain to exceed ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]


def closest(name: str, candidates: Iterable[str]) -> tuple[str | None, str]:
    """The one candidate nearest ``name`` (ties: none), with the evidence in words."""
    candidates = sorted(set(candidates))
    folded = [c for c in candidates if c.lower() == name.lower() and c != name]
    if len(folded) == 1:
        return folded[0], "same name in another case (unquoted names fold to lower case)"
    limit = max(2, len(name) // 3)
    scored = sorted((levenshtein(name, c, limit), c) for c in candidates if c != name)
    scored = [s for s in scored if s[0] <= limit]
    if not scored or (len(scored) > 1 and scored[0][0] == scored[1][0]):
        return None, ""
    return scored[0][1], f"edit distance {scored[0][0]}"
