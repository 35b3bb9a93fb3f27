"""Rename detection: a model column (or table) that the database has under another name.

A model-only column and a database-only column of the same table are paired by evidence:

- name: the same words up to plurals (``user_id`` / ``users_id``), one name plus a
  suffix such as ``_at`` (``last_activity`` / ``last_activity_at``), shared word stems
  (``last_active`` / ``last_activity_at``), or merely similar spelling (weak:
  ``last_active`` / ``last_used_at``);
- type: the same or a compatible type (``introspect.sqltypes.types_equivalent``);
- position: a similar place in the column order;
- foreign keys: both columns reference the same table (``writer_id`` / ``author_id``,
  both to ``authors``), which outweighs names that share nothing.

The result is a confidence in [0, 1]. A pair at or above the threshold is a rename; a
pair below it (but above ``CANDIDATE_FLOOR``) is only a *candidate* the planner names when
it drops and re-adds the column. Declared renames always win.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from typing import Iterable, Mapping, Sequence

from schema_inspector.introspect.schema import Column, Table
from schema_inspector.introspect.sqltypes import types_equivalent

from .naming import singular

DEFAULT_THRESHOLD = 0.6
# Below this a pairing is noise and is not even named as a candidate.
CANDIDATE_FLOOR = 0.4

# Weights of the three kinds of evidence always at hand; the name matters most.
NAME_WEIGHT, TYPE_WEIGHT, POSITION_WEIGHT = 0.7, 0.2, 0.1
# Added when both columns reference the same table.
SAME_REFERENCE_BONUS = 0.3
# Table renames: the name and the column overlap count the same.
TABLE_NAME_WEIGHT, TABLE_COLUMNS_WEIGHT = 0.5, 0.5
MIN_TABLE_COLUMN_OVERLAP = 0.5

# Words a schema adds to or drops from a column name without changing what it holds.
_AFFIX_SUFFIXES = frozenset({"at", "on", "ts", "time", "date", "id", "ids"})
_AFFIX_PREFIXES = frozenset({"is", "has"})
_MIN_STEM = 4

_TYPE_SCORES = {"same": 1.0, "cosmetic": 1.0, "warning": 0.5, "critical": 0.0}


@dataclass(frozen=True)
class RenamePair:
    """``old`` (the name the model uses) is ``new`` (the database's name) of ``table``."""

    table: str
    old: str
    new: str
    confidence: float
    reasons: tuple[str, ...]
    declared: bool = False

    @property
    def evidence(self) -> tuple[tuple[str, object], ...]:
        return (
            ("old", self.old),
            ("new", self.new),
            ("confidence", self.confidence),
            ("reasons", self.reasons),
        )


# -- name evidence ------------------------------------------------------------------------


def _words(name: str) -> list[str]:
    return [singular(w) for w in name.lower().split("_") if w]


def name_similarity(old: str, new: str, table: str | None = None) -> tuple[float, str]:
    """How alike two names are, in [0, 1], with the reason in words. A word of the
    ``table`` name is a prefix a column may gain or lose (``code`` / ``referral_code`` in
    ``referral_codes``)."""
    a, b = _words(old), _words(new)
    if a == b:
        return 1.0, f"same words up to plurals ({old} ~ {new})"
    prefixes = _AFFIX_PREFIXES | set(_words(table or ""))
    for short, long in ((a, b), (b, a)):
        if len(long) == len(short) + 1:
            if long[:-1] == short and long[-1] in _AFFIX_SUFFIXES:
                return 0.85, f"one name adds the suffix _{long[-1]} ({old} ~ {new})"
            if long[1:] == short and long[0] in prefixes:
                what = "the table's name" if long[0] not in _AFFIX_PREFIXES else "the prefix"
                return 0.85, f"one name adds {what} {long[0]}_ ({old} ~ {new})"
    core_a, core_b = _strip_affixes(a), _strip_affixes(b)
    if core_a and len(core_a) == len(core_b) and all(map(_same_stem, core_a, core_b)):
        return 0.7, f"shared word stems ({old} ~ {new})"
    ratio = difflib.SequenceMatcher(None, "_".join(core_a), "_".join(core_b)).ratio()
    return 0.6 * ratio, f"similar spelling only ({old} ~ {new}, ratio {ratio:.2f})"


def _strip_affixes(words: list[str]) -> list[str]:
    if len(words) > 1 and words[-1] in _AFFIX_SUFFIXES:
        words = words[:-1]
    if len(words) > 1 and words[0] in _AFFIX_PREFIXES:
        words = words[1:]
    return words


def _same_stem(a: str, b: str) -> bool:
    if a == b:
        return True
    common = 0
    for x, y in zip(a, b):
        if x != y:
            break
        common += 1
    return common >= _MIN_STEM


# -- column pairing -------------------------------------------------------------------------


def _relative_position(index: int, count: int) -> float:
    return index / (count - 1) if count > 1 else 0.0


def score_column_pair(
    table: str,
    model_column: Column,
    db_column: Column,
    model_columns: Sequence[Column],
    db_columns: Sequence[Column],
    model_reference: str | None = None,
    db_reference: str | None = None,
) -> RenamePair:
    """The evidence that ``model_column`` is ``db_column`` under an older name;
    ``*_reference`` is the table each one's foreign key points at, if any."""
    name_score, name_reason = name_similarity(model_column.name, db_column.name, table)
    verdict = types_equivalent(db_column.type, model_column.type) if model_column.type.name else "warning"
    type_score = _TYPE_SCORES[verdict]
    type_reason = {
        "same": f"same type ({db_column.type.render()})",
        "cosmetic": f"same type ({db_column.type.render()})",
        "warning": f"compatible types ({model_column.type.render() or 'unknown'} ~ {db_column.type.render()})",
        "critical": f"different types ({model_column.type.render()} vs {db_column.type.render()})",
    }[verdict]
    model_index = [c.name for c in model_columns].index(model_column.name)
    db_index = [c.name for c in db_columns].index(db_column.name)
    position_score = 1.0 - abs(
        _relative_position(model_index, len(model_columns)) - _relative_position(db_index, len(db_columns))
    )
    reasons = [name_reason, type_reason]
    if position_score >= 0.8:
        reasons.append(f"similar position (model #{model_index + 1}, database #{db_index + 1})")
    confidence = NAME_WEIGHT * name_score + TYPE_WEIGHT * type_score + POSITION_WEIGHT * position_score
    if db_reference is not None and db_reference == model_reference:
        reasons.append(f"both reference {db_reference}")
        confidence = min(1.0, confidence + SAME_REFERENCE_BONUS)
    return RenamePair(table, model_column.name, db_column.name, round(confidence, 2), tuple(reasons))


def pair_columns(
    table: str,
    model_only: Sequence[Column],
    db_only: Sequence[Column],
    model_columns: Sequence[Column],
    db_columns: Sequence[Column],
    declared: Iterable[tuple[str, str]] = (),
    threshold: float = DEFAULT_THRESHOLD,
    model_references: Mapping[str, str] | None = None,
    db_references: Mapping[str, str] | None = None,
) -> tuple[list[RenamePair], list[RenamePair]]:
    """Pair model-only with database-only columns of one table, one to one.
    ``*_references`` map a column to the table its (single-column) foreign key targets.

    Returns ``(renames, candidates)``: pairs at or above ``threshold`` (declared
    ``(old, new)`` renames first, always), and the weaker pairs worth naming. Greedy by
    confidence, ties broken by name, so the result is deterministic.
    """
    model_by_name = {c.name: c for c in model_only}
    db_by_name = {c.name: c for c in db_only}
    renames: list[RenamePair] = []
    for old, new in declared:
        if old in model_by_name and new in db_by_name:
            renames.append(RenamePair(table, old, new, 1.0, ("declared in [tool.schema-inspector] renames",), True))
            del model_by_name[old], db_by_name[new]
    scored = sorted(
        (
            score_column_pair(
                table, m, d, model_columns, db_columns,
                (model_references or {}).get(m.name), (db_references or {}).get(d.name),
            )
            for m in model_by_name.values()
            for d in db_by_name.values()
        ),
        key=lambda p: (-p.confidence, p.old, p.new),
    )
    candidates: list[RenamePair] = []
    for pair in scored:
        if pair.old not in model_by_name or pair.new not in db_by_name or pair.confidence < CANDIDATE_FLOOR:
            continue
        (renames if pair.confidence >= threshold else candidates).append(pair)
        del model_by_name[pair.old], db_by_name[pair.new]
    return renames, candidates


# -- table pairing --------------------------------------------------------------------------


@dataclass(frozen=True)
class TableRenamePair:
    """The model's table ``old`` is the database's table ``new``."""

    old: str
    new: str
    schema: str | None
    confidence: float
    reasons: tuple[str, ...]

    @property
    def evidence(self) -> tuple[tuple[str, object], ...]:
        return (
            ("old", self.old),
            ("new", self.new),
            ("confidence", self.confidence),
            ("reasons", self.reasons),
        )


def score_table_pair(model_table: Table, db_table: Table) -> TableRenamePair:
    name_score, name_reason = name_similarity(model_table.name, db_table.name)
    model_names = {c.name for c in model_table.columns}
    db_names = {c.name for c in db_table.columns}
    union = model_names | db_names
    overlap = len(model_names & db_names) / len(union) if union else 0.0
    confidence = TABLE_NAME_WEIGHT * name_score + TABLE_COLUMNS_WEIGHT * overlap
    if overlap < MIN_TABLE_COLUMN_OVERLAP:
        confidence = min(confidence, CANDIDATE_FLOOR)
    reasons = (name_reason, f"{len(model_names & db_names)} of {len(union)} column names shared")
    return TableRenamePair(model_table.name, db_table.name, db_table.schema, round(confidence, 2), reasons)


def pair_tables(
    model_only: Sequence[Table], db_only: Sequence[Table], threshold: float = DEFAULT_THRESHOLD
) -> list[TableRenamePair]:
    """Model tables the database has under another name (both lists from one schema):
    similar name and mostly the same columns; one to one, greedy by confidence."""
    scored = sorted(
        (score_table_pair(m, d) for m in model_only for d in db_only),
        key=lambda p: (-p.confidence, p.old, p.new),
    )
    used_old: set[str] = set()
    used_new: set[str] = set()
    pairs = []
    for pair in scored:
        if pair.confidence < threshold or pair.old in used_old or pair.new in used_new:
            continue
        pairs.append(pair)
        used_old.add(pair.old)
        used_new.add(pair.new)
    return pairs
