"""What a discrepancy rests on, one type per kind of fact.

A :class:`~planner.discrepancy.Discrepancy` names its model place (class, attribute) in
fields of its own and carries at most one of these. The planner, the table items and the
report read their fields by name; JSON output flattens both into the discrepancy's
``"evidence"`` object (``{"class": ..., "attribute": ..., "old": ..., ...}``), as before
these types existed.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import TypeVar

E = TypeVar("E", bound="Evidence")


@dataclass(frozen=True)
class Evidence:
    """Base of every kind of evidence: ``items()`` are its JSON keys and values, in order."""

    def items(self) -> tuple[tuple[str, object], ...]:
        return tuple((f.name, getattr(self, f.name)) for f in fields(self))


@dataclass(frozen=True)
class Rename(Evidence):
    """A rename pairing (column or table): ``old`` in the model is ``new`` in the database."""

    old: str
    new: str
    confidence: float
    reasons: tuple[str, ...]
    catalog: str | None = None  # the catalog's account of a drop and an add, in words

    def items(self) -> tuple[tuple[str, object], ...]:
        found = super().items()
        return found if self.catalog else found[:-1]


@dataclass(frozen=True)
class Candidate(Evidence):
    """A column on one side only, and ``other`` on the other side that may be it renamed:
    too weak to call a rename, or (``dropped_and_added``) a drop and an add by the catalog."""

    other: str
    pairing: Rename
    dropped_and_added: bool = False

    def items(self) -> tuple[tuple[str, object], ...]:
        return ((("dropped_and_added" if self.dropped_and_added else "candidate"), self.other),
                *self.pairing.items())


@dataclass(frozen=True)
class ServerDefault(Evidence):
    database_default: str | None


@dataclass(frozen=True)
class PrimaryKeyColumns(Evidence):
    table_has_primary_key: bool
    database_primary_key: tuple[str, ...]


@dataclass(frozen=True)
class KeyColumns(Evidence):
    """The columns of a foreign key."""

    columns: tuple[str, ...]


@dataclass(frozen=True)
class UniqueConstraintSide(Evidence):
    """A unique constraint on one side only (``in_database``: the database's side)."""

    columns: tuple[str, ...]
    name: str | None
    in_database: bool


@dataclass(frozen=True)
class IndexName(Evidence):
    index: str


@dataclass(frozen=True)
class ExcludeName(Evidence):
    exclude: str | None  # None: an unnamed constraint of the model


def weak_candidate(evidence: Evidence | None) -> Candidate | None:
    """The rename candidate too weak to call a rename (not a drop and an add), if that is
    what ``evidence`` is."""
    return evidence if isinstance(evidence, Candidate) and not evidence.dropped_and_added else None


def expect(item_evidence: Evidence | None, kind: type[E]) -> E:
    """``item_evidence`` as the ``kind`` a discrepancy of its kind always carries."""
    if not isinstance(item_evidence, kind):
        raise TypeError(f"expected {kind.__name__} evidence, found {type(item_evidence).__name__}")
    return item_evidence
