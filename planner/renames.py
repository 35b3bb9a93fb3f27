"""Rename detection: a model column (or table) that the database has under another name.

A model-only column and a database-only column of the same table are paired by evidence:

- name: the same words up to plurals (``user_id`` / ``users_id``), one name plus a
  suffix such as ``_at`` (``last_activity`` / ``last_activity_at``), shared word stems
  (``last_active`` / ``last_activity_at``), or merely similar spelling (weak:
  ``last_active`` / ``last_used_at``);
- type: the same or a compatible type (``introspect.sqltypes.types_equivalent``);
- position: a similar place in the column order;
- foreign keys: both columns reference the same table (``writer_id`` / ``author_id``,
  both to ``authors``), which outweighs names that share nothing;
- the catalog (``TableHistory``): PostgreSQL keeps a renamed column's ``attnum``, so a
  database column that sits where the model has the old one (between the same
  neighbours) was renamed there, while ``ADD COLUMN`` appends and ``DROP COLUMN`` leaves an
  ``attisdropped`` slot: a slot where the model has the old column and the new one at the
  end are a drop and an add, never a rename. A constraint or index on the new column whose
  name still carries the old one (``customers_email_key`` on ``email_address``) was named
  before the rename;
- the only unmatched pair of the same type in the table.

A database column that holds a model column's place rules out every other pairing of that
model column that only names, types and order support: the other column was added.

The result is a confidence in [0, 1]. A pair at or above the threshold is a rename; a
pair below it (but above ``CANDIDATE_FLOOR``) is a *candidate*: the planner keeps the
attribute and asks for a decision, never a drop and an add that together rename it. A
pair the catalog shows as dropped and added is neither. Declared renames always win.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace

from schema_inspector.introspect.schema import Column, Table
from schema_inspector.introspect.sqltypes import TypeDistance, types_equivalent

from .evidence import Rename
from .naming import singular

DEFAULT_THRESHOLD = 0.6
# Below this a pairing is noise and is not even named as a candidate.
CANDIDATE_FLOOR = 0.4

# Weights of the three kinds of evidence always at hand; the name matters most.
NAME_WEIGHT, TYPE_WEIGHT, POSITION_WEIGHT = 0.7, 0.2, 0.1
# Added when both columns reference the same table.
SAME_REFERENCE_BONUS = 0.3
# Catalog evidence: the new column holds the old one's place (attnum between the same
# neighbours); a constraint or index named after the old column covers the new one.
SAME_PLACE_BONUS = 0.2
OLD_NAME_IN_ITEM_BONUS = 0.3
# The only model-only and the only database-only column of one type in the table, when
# their names resemble each other at least as much as MIN_NAME_EVIDENCE says.
SOLE_PAIR_BONUS = 0.15
# The name similarity (see name_similarity) below which names alone say nothing: a pair
# needs this much, or evidence of another kind, to be a rename or even a candidate.
MIN_NAME_EVIDENCE = 0.45
# Table renames: the name and the column overlap count the same.
TABLE_NAME_WEIGHT, TABLE_COLUMNS_WEIGHT = 0.5, 0.5
MIN_TABLE_COLUMN_OVERLAP = 0.5
# A table whose primary key still has the name PostgreSQL gave it under the model's table name
# (``dflockedobjects_pkey`` of ``df_locked_objects``), and that shares most columns with it
PKEY_NAMED_CONFIDENCE = 0.8

# Words a schema adds to or drops from a column name without changing what it holds.
_AFFIX_SUFFIXES = frozenset({"at", "on", "ts", "time", "date", "id", "ids"})
_AFFIX_PREFIXES = frozenset({"is", "has"})
_MIN_STEM = 4

_TYPE_SCORES = {TypeDistance.SAME: 1.0, TypeDistance.COSMETIC: 1.0, TypeDistance.WARNING: 0.5,
                TypeDistance.CRITICAL: 0.0}


@dataclass(frozen=True)
class RenamePair:
    """``old`` (the name the model uses) is ``new`` (the database's name) of ``table``."""

    table: str
    old: str
    new: str
    confidence: float
    reasons: tuple[str, ...]
    declared: bool = False
    # the catalog shows a DROP COLUMN where the model has ``old`` and ``new`` added later
    # (why, in words; None otherwise)
    dropped_and_added: str | None = None
    # only the catalog's place ties them (names of another kind): a candidate at most
    place_only: bool = False
    # the catalog shows ``new`` in ``old``'s place (``attnum`` between the same neighbours)
    same_place: bool = False
    # evidence that stands without the names: the same foreign key target, the old name in a
    # constraint's or index's name
    independent: bool = False

    @property
    def evidence(self) -> Rename:
        return Rename(self.old, self.new, self.confidence, self.reasons, self.dropped_and_added)


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
    if old.lower().replace("_", "") == new.lower().replace("_", "") or "".join(a) == "".join(b):
        # playerscore ~ player_scores (aiogram-and-sqlalchemy-demo): the plural aside too
        return 0.9, f"the same letters, split into words otherwise ({old} ~ {new})"
    prefixes = _AFFIX_PREFIXES | set(_words(table or ""))
    for short, long in ((a, b), (b, a)):
        if len(long) == len(short) + 1:
            if long[:-1] == short and long[-1] in _AFFIX_SUFFIXES:
                return 0.85, f"one name adds the suffix _{long[-1]} ({old} ~ {new})"
            if long[1:] == short and long[0] in prefixes:
                what = "the table's name" if long[0] not in _AFFIX_PREFIXES else "the prefix"
                return 0.85, f"one name adds {what} {long[0]}_ ({old} ~ {new})"
    for short, long in ((a, b), (b, a)):
        meaningful = set(short) - _AFFIX_SUFFIXES - _AFFIX_PREFIXES
        if meaningful and len(long) > len(short) and _contains_run(long, short):
            return 0.8, f"one name extends the other by whole words ({old} ~ {new})"
    core_a, core_b = _strip_affixes(a), _strip_affixes(b)
    if core_a and len(core_a) == len(core_b) and all(map(_same_stem, core_a, core_b)):
        if sum(x != y for x, y in zip(core_a, core_b, strict=True)) == 1 and len(core_a) > 1:
            # fail_login_count ~ failed_login_count: one word inflected, the others the same;
            # closer than a name that only shares a run of words (login_count)
            return 0.82, f"the same words, one of them inflected ({old} ~ {new})"
        return 0.7, f"shared word stems ({old} ~ {new})"
    shared = [word for word in core_a if any(_same_stem(word, other) for other in core_b)]
    if shared:
        return 0.5, f"a shared word ({', '.join(shared)}: {old} ~ {new})"
    ratio = difflib.SequenceMatcher(None, "_".join(core_a), "_".join(core_b)).ratio()
    return 0.6 * ratio, f"similar spelling only ({old} ~ {new}, ratio {ratio:.2f})"


def _contains_run(words: Sequence[str], run: Sequence[str]) -> bool:
    """Whether ``run`` occurs in ``words`` as consecutive words."""
    return any(list(words[i : i + len(run)]) == list(run) for i in range(len(words) - len(run) + 1))


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
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        common += 1
    return common >= _MIN_STEM


# -- column pairing -------------------------------------------------------------------------


@dataclass(frozen=True)
class TableHistory:
    """What the catalog remembers of one table, for the columns the names leave unmatched.

    ``attnums``: database column -> ``pg_attribute.attnum`` (empty when unknown: a JSON
    snapshot of an older version, the docs); ``dropped``: attnums of dropped columns;
    ``matched``: (model column, database column) pairs already matched by name, in the
    model's order; ``items``: (name, database columns) of every named constraint and index;
    ``origins``: the class each model column is written in (where the neighbours say nothing of a
    column's place, those of its own class may).
    """

    attnums: Mapping[str, int] = field(default_factory=dict)
    dropped: tuple[int, ...] = ()
    matched: tuple[tuple[str, str], ...] = ()
    items: tuple[tuple[str, tuple[str, ...]], ...] = ()
    # model column -> the class that writes it (its own class, or the mixin or base it comes from)
    origins: Mapping[str, str] = field(default_factory=dict)

    @classmethod
    def of(cls, table: Table, matched: Iterable[tuple[str, str]],
           origins: Mapping[str, str] | None = None) -> TableHistory:
        attnums = {c.name: c.attnum for c in table.columns if c.attnum > 0}
        items = [(u.name, u.columns) for u in table.unique_constraints if u.name]
        items += [(i.name, i.columns) for i in table.indexes if i.name]
        items += [(fk.name, fk.columns) for fk in table.foreign_keys if fk.name]
        if table.primary_key is not None and table.primary_key.name:
            items.append((table.primary_key.name, table.primary_key.columns))
        return cls(attnums, tuple(table.dropped_attnums), tuple(matched), tuple(items), dict(origins or {}))

    def place(self, model_column: str, db_column: str, model_order: Sequence[str]) -> tuple[str, str] | None:
        """``("same", why)`` when ``db_column`` sits where the model has ``model_column``,
        ``("dropped", why)`` when a dropped slot is there and ``db_column`` was appended."""
        found = self._place(model_column, db_column, model_order)
        if found is None and self.origins:
            # SQLAlchemy makes one class's columns in the order it writes them; where a base's stand
            # against the class's own depends on its version and kind (clld: 1.4 makes a base's plain
            # ``pk`` first and its declared_attr ``created`` last): where the neighbours say nothing,
            # those of the column's own class may
            origin = self.origins.get(model_column)
            found = self._place(model_column, db_column, [n for n in model_order if self.origins.get(n) == origin])
        return found

    def old_name_in_item(self, model_column: str, db_column: str) -> str | None:
        """Why a constraint or index on ``db_column`` shows it was once ``model_column``."""
        old_words = _words(model_column)
        for name, columns in self.items:
            words = _words(name)
            if db_column in columns and _contains_run(words, old_words) and not _contains_run(words, _words(db_column)):
                return f"{name} on {db_column} still carries the old name {model_column}"
        return None

    def _place(self, model_column: str, db_column: str, model_order: Sequence[str]) -> tuple[str, str] | None:
        """Where ``db_column`` sits against the model's place for ``model_column``: between
        the attnums of its nearest matched neighbours ("same"), or appended after every
        matched column while a dropped slot holds that place ("dropped"); None when the
        catalog says neither."""
        attnum = self.attnums.get(db_column)
        known = [(m, self.attnums[d]) for m, d in self.matched if d in self.attnums and m in model_order]
        if attnum is None or not known:
            return None
        index = {name: i for i, name in enumerate(model_order)}
        here = index.get(model_column)
        if here is None:
            return None
        before = [(index[m], n, m) for m, n in known if m in index and index[m] < here]
        after = [(index[m], n, m) for m, n in known if m in index and index[m] > here]
        low = max(before)[1:] if before else (0, None)
        high = min(after)[1:] if after else (None, None)
        if high[0] is not None and low[0] >= high[0]:
            return None  # the neighbours themselves are in another order: no evidence
        where = " and ".join(f"{side} {name} ({number})" for side, (number, name) in
                             (("after", low), ("before", high)) if name is not None)
        slots = [s for s in self.dropped if low[0] < s and (high[0] is None or s < high[0])]
        if high[0] is not None:
            # as many places between the neighbours (live or dropped) as the model has columns
            # there: each had its own, in order (a renamed column keeps its attnum, a dropped one
            # leaves its slot), so this column's place is known exactly
            first = max(before)[0] + 1 if before else 0
            columns = list(model_order[first:min(after)[0]])
            places = sorted([n for n in self.attnums.values() if low[0] < n < high[0]] + slots)
            if len(columns) == len(places) and len(columns) > 1:
                expected = places[columns.index(model_column)]
                if expected == attnum:
                    return "same", (f"{db_column} keeps the place of {model_column} (attnum {attnum}, {where}), as "
                                    "PostgreSQL keeps a renamed column's attnum")
                if expected in slots:
                    return "dropped", (f"a dropped column (attnum {expected}) holds the place of {model_column}, and "
                                       f"{db_column} (attnum {attnum}) another's: a drop, not a rename")
                return None
        # the model's columns between the earlier neighbour and this one had the places just
        # before it: as many dropped places there may be theirs (appbuilder: login_count dropped,
        # fail_login_count after it renamed)
        between = here - (max(before)[0] + 1 if before else 0)
        if low[0] < attnum and (high[0] is None or attnum < high[0]) \
                and sum(s < attnum for s in slots) <= between:
            # between the neighbours, and no DROP COLUMN before it there that no earlier
            # column of the model accounts for: ADD COLUMN only appends, so the column has been
            # in this place all along
            return "same", (f"{db_column} keeps the place of {model_column} (attnum {attnum}, {where}), as "
                            "PostgreSQL keeps a renamed column's attnum")
        if slots and attnum > max(self.attnums[d] for _, d in self.matched if d in self.attnums):
            return "dropped", (f"a dropped column (attnum {slots[0]}) holds the place of {model_column} and "
                               f"{db_column} was added at the end (attnum {attnum}): a drop and an add")
        return None


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
    history: TableHistory | None = None,
    sole_pair: bool = False,
) -> RenamePair:
    """The evidence that ``model_column`` is ``db_column`` under an older name;
    ``*_reference`` is the table each one's foreign key points at, if any; ``history`` what
    the catalog remembers of the table; ``sole_pair`` that they are the table's only
    unmatched columns of their type."""
    name_score, name_reason = name_similarity(model_column.name, db_column.name, table)
    verdict = types_equivalent(db_column.type, model_column.type) if model_column.type.name else TypeDistance.WARNING
    type_score = _TYPE_SCORES[verdict]
    db_type, model_type = db_column.type.render(), model_column.type.render()
    type_reason = {
        TypeDistance.SAME: f"same type ({db_type})",
        TypeDistance.COSMETIC: f"same type ({db_type})",
        TypeDistance.WARNING: f"compatible types ({model_type or 'unknown'} ~ {db_type})",
        TypeDistance.CRITICAL: f"different types ({model_type} vs {db_type})",
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
    # Evidence that stands on its own: the same foreign key target, the old name in a
    # constraint's name. The rest (the place, the only pair of a type) only confirms names
    # that resemble each other: any two columns of one type in one place share it.
    named = name_score >= MIN_NAME_EVIDENCE
    independent = False
    if db_reference is not None and db_reference == model_reference:
        reasons.append(f"both reference {db_reference}")
        confidence += SAME_REFERENCE_BONUS
        independent = True
    dropped_and_added: str | None = None
    place_only = False
    place = None
    if history is not None:
        old_name = history.old_name_in_item(model_column.name, db_column.name)
        if old_name is not None:
            reasons.append(old_name)
            confidence += OLD_NAME_IN_ITEM_BONUS
            independent = True
        place = history.place(model_column.name, db_column.name, [c.name for c in model_columns])
        if place is not None and place[0] == "dropped":
            reasons.append(place[1])
            dropped_and_added = place[1]
        elif place is not None:
            reasons.append(place[1])
            if named:
                confidence += SAME_PLACE_BONUS
            elif not independent and verdict.stored_alike:
                # a rename to a name of another kind, or a table created in this order: a
                # person must say which (never a rename by itself, never a drop + add)
                place_only = True
    if sole_pair and named and verdict.stored_alike:
        reasons.append("the only unmatched pair of this type in the table")
        confidence += SOLE_PAIR_BONUS
    if not named and not independent and not place_only:
        # Type and position alone: not a rename, not even a candidate; the model's column
        # was dropped and the other one added.
        confidence = min(confidence, CANDIDATE_FLOOR - 0.01)
    return RenamePair(table, model_column.name, db_column.name, round(min(1.0, confidence), 2), tuple(reasons),
                      dropped_and_added=dropped_and_added, place_only=place_only,
                      same_place=place is not None and place[0] == "same", independent=independent)


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
    history: TableHistory | None = None,
) -> tuple[list[RenamePair], list[RenamePair]]:
    """Pair model-only with database-only columns of one table, one to one.
    ``*_references`` map a column to the table its (single-column) foreign key targets;
    ``history`` is what the catalog remembers of the table (see ``TableHistory``).

    Returns ``(renames, candidates)``: pairs at or above ``threshold`` (declared
    ``(old, new)`` renames first, always), and the weaker pairs worth naming, among them
    the pairs the catalog shows as dropped and added (``dropped_and_added``: never a rename
    nor a candidate; listed for the evidence). Greedy by confidence, ties broken by name,
    so the result is deterministic.
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
                history, _sole_pair(m, d, model_by_name.values(), db_by_name.values()),
            )
            for m in model_by_name.values()
            for d in db_by_name.values()
        ),
        key=lambda p: (-p.confidence, p.old, p.new),
    )
    # the database column in each model column's place: PostgreSQL keeps a renamed column's
    # attnum, so a column elsewhere is no rename of it while that one holds its place (flasky:
    # location renamed city, locale added; the names made locale the likelier)
    placed: dict[str, set[str]] = {}
    for pair in scored:
        if pair.same_place:
            placed.setdefault(pair.old, set()).add(pair.new)
    holders = {old: next(iter(news)) for old, news in placed.items() if len(news) == 1}  # one, or no evidence
    candidates: list[RenamePair] = []
    for pair in scored:
        if pair.old not in model_by_name or pair.new not in db_by_name:
            continue
        holder = holders.get(pair.old)
        if holder is not None and holder != pair.new and holder in db_by_name and not pair.independent:
            continue
        if pair.confidence < CANDIDATE_FLOOR and not (pair.place_only or pair.dropped_and_added):
            continue
        (renames if pair.confidence >= threshold and not (pair.place_only or pair.dropped_and_added)
         else candidates).append(pair)
        del model_by_name[pair.old], db_by_name[pair.new]
    undecided = [c for c in candidates if not c.dropped_and_added]
    if history is not None and renames and undecided:
        # the renamed columns are neighbours with places too (ckanext-report: ``value`` renamed
        # keeps its attnum, so the dropped slot after it was ``created``'s, and ``expires_at``,
        # appended, is a new column): the pairs left undecided, weighed again with them
        taken = {r.old for r in renames}, {r.new for r in renames}
        richer = replace(history, matched=(*history.matched, *((r.old, r.new) for r in renames)))
        more, candidates = pair_columns(
            table, [c for c in model_only if c.name not in taken[0]], [c for c in db_only if c.name not in taken[1]],
            model_columns, db_columns, (), threshold, model_references, db_references, richer)
        renames += more
    return renames, candidates


def _sole_pair(model: Column, db: Column, model_only: Iterable[Column], db_only: Iterable[Column]) -> bool:
    """Whether ``model`` and ``db`` are the only unmatched columns of their type."""
    if not model.type.name:
        return False
    same = [m for m in model_only if m.type.name and types_equivalent(db.type, m.type).stored_alike]
    other = [d for d in db_only if types_equivalent(d.type, model.type).stored_alike]
    return same == [model] and other == [db]


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
    def evidence(self) -> Rename:
        return Rename(self.old, self.new, self.confidence, self.reasons)


def score_table_pair(model_table: Table, db_table: Table, threshold: float = DEFAULT_THRESHOLD) -> TableRenamePair:
    """How likely ``db_table`` is ``model_table`` renamed: the names, and the columns they share,
    a column renamed with the table counted as shared (by the evidence a column rename needs,
    the catalog's among it), so that a table renamed along with one of its few columns is still
    told from a table that merely looks like it."""
    name_score, name_reason = name_similarity(model_table.name, db_table.name)
    model_names = {c.name for c in model_table.columns}
    db_names = {c.name for c in db_table.columns}
    shared = model_names & db_names
    renamed = 0
    most = min(len(model_names), len(db_names))  # every column the tables do not share renamed
    if most > len(shared) and _table_confidence(name_score, most, len(model_names) + len(db_names) - most) >= threshold:
        renamed = len(_renamed_columns(model_table, db_table, shared, threshold))
    matched = len(shared) + renamed
    union = len(model_names) + len(db_names) - matched
    confidence = _table_confidence(name_score, matched, union)
    if not union or matched / union < MIN_TABLE_COLUMN_OVERLAP:  # two tables without columns share nothing
        confidence = min(confidence, CANDIDATE_FLOOR)
    columns = f"{len(shared)} of {len(model_names | db_names)} column names shared"
    if renamed:
        columns = f"{matched} of {union} columns shared, {renamed} of them renamed"
    reasons: tuple[str, ...] = (name_reason, columns)
    key = db_table.primary_key
    # the name PostgreSQL gave it, or the model's own (a naming convention's ``pk__%(table_name)s``:
    # shvatka's ``pk__games``)
    model_key = model_table.primary_key.name if model_table.primary_key is not None else None
    if key is not None and key.name in (f"{model_table.name}_pkey", model_key) and union and (
            matched / union >= MIN_TABLE_COLUMN_OVERLAP
            # a name alike up to its spelling (choice ~ choices) and the key's columns the model's: half
            # of its columns changed with it (aiohttp-demos' polls)
            or (name_score >= 0.9 and set(key.columns) <= shared)):
        # the key was named after the table it was made as, and a rename keeps the name
        confidence = max(confidence, PKEY_NAMED_CONFIDENCE)
        reasons = (*reasons, f"its primary key is still named {key.name}")
    return TableRenamePair(model_table.name, db_table.name, db_table.schema, round(confidence, 2), reasons)


def _table_confidence(name_score: float, matched: int, union: int) -> float:
    return TABLE_NAME_WEIGHT * name_score + TABLE_COLUMNS_WEIGHT * (matched / union if union else 0.0)


def _renamed_columns(model_table: Table, db_table: Table, shared: set[str], threshold: float) -> list[RenamePair]:
    """The columns of ``model_table`` that ``db_table`` has renamed, were it the same table."""
    model_only = [c for c in model_table.columns if c.name not in shared]
    db_only = [c for c in db_table.columns if c.name not in shared]
    history = TableHistory.of(db_table, ((c.name, c.name) for c in model_table.columns if c.name in shared))
    renames, _ = pair_columns(db_table.name, model_only, db_only, model_table.columns, db_table.columns,
                              threshold=threshold, history=history)
    return renames


def pair_tables(
    model_only: Sequence[Table], db_only: Sequence[Table], threshold: float = DEFAULT_THRESHOLD
) -> list[TableRenamePair]:
    """Model tables the database has under another name (both lists from one schema):
    similar name and mostly the same columns; one to one, greedy by confidence."""
    scored = sorted(
        (score_table_pair(m, d, threshold) for m in model_only for d in db_only),
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
