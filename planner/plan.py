"""A plan: the list of fix actions plus what it was computed against. Data, saved as JSON."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path

from schema_inspector.introspect.json_text import dumps_indented

from .actions import Action, SuggestSQL

# the kinds whose filter keeps an undecided rename (deciding it brings one of them)
_RENAME_KINDS = frozenset({"column-name", "add-column", "drop-column"})

PLAN_VERSION = 1


@dataclass(frozen=True)
class ByHand:
    """Drift the plan finds but does not edit, left for a person: a column a helper makes,
    a type that is a TypeDecorator or takes a shared constant, a Python enum's members, a
    composite foreign key, a comment a base's ``__table_args__`` would lose... It keeps
    ``plan`` and ``apply`` at exit 1, as an undecided rename does: the models still differ."""

    file: str  # "" when no model statement is known
    line: int  # 0 then
    kind: str  # the discrepancy (fix) kind
    message: str


@dataclass(frozen=True)
class UndecidedRename:
    """A column only the model has and one only the database has, in one table, that may be
    one column renamed: too little evidence to map it, too much to drop one and add the
    other (which together would rename the attribute under its callers). Nothing is
    planned for either until a person decides: a rename declared in
    ``[tool.schema-inspector.renames]``, or ``--drop-unmatched``."""

    file: str
    line: int
    class_name: str
    table: str
    attribute: str  # the model's attribute, kept as it is
    old_column: str  # the column the model maps
    new_column: str  # the database's column the model lacks
    confidence: float
    reasons: tuple[str, ...]

    @property
    def message(self) -> str:
        return (
            f"{self.table}: the model's {self.old_column} and the database's {self.new_column} may be one "
            f"column renamed (confidence {self.confidence:.2f}: {'; '.join(self.reasons)}). Kept "
            f"{self.class_name}.{self.attribute} as it is and added no {self.new_column}: declare the rename "
            f'("{self.table}.{self.old_column}" = "{self.new_column}" in [tool.schema-inspector.renames]) '
            f"to map it, or pass --drop-unmatched to drop {self.old_column} and add {self.new_column}."
        )


@dataclass(frozen=True)
class Plan:
    """Actions in order, and the hash of every file they edit as it was when planned."""

    actions: tuple[Action, ...] = ()
    file_hashes: tuple[tuple[str, str], ...] = field(default=())  # (file, content hash)
    notes: tuple[str, ...] = ()  # decisions the planner explains (e.g. a seed task refused)
    undecided: tuple[UndecidedRename, ...] = ()  # pairs left for a person to decide
    by_hand: tuple[ByHand, ...] = ()  # drift left for a person to edit
    # the directory the plan's relative file paths start from (where it was made), so a
    # saved plan applies from anywhere; None: the current directory
    root: str | None = None
    # (file, class, attribute): a class whose table items are in another attribute than
    # ``__table_args__``, which a base's declared_attr ``__table_args__`` returns with checks and
    # options added (Rucio's ``cls._table_args``): the codemods edit the items there
    items_attributes: tuple[tuple[str, str, str], ...] = ()

    def files(self) -> tuple[str, ...]:
        return tuple(sorted({a.file for a in self.actions if a.file}))

    @property
    def code_actions(self) -> tuple[Action, ...]:
        """The edits of model files: every action but the SQL suggestions."""
        return tuple(a for a in self.actions if not isinstance(a, SuggestSQL))

    @property
    def suggestions(self) -> tuple[SuggestSQL, ...]:
        """SQL for the database that the plan suggests and never executes (kind ``db-sql``)."""
        return tuple(a for a in self.actions if isinstance(a, SuggestSQL))

    def items_in(self, file: str) -> dict[str, str]:
        """Class -> the attribute its table items are in, of the classes of ``file`` that keep
        them elsewhere than ``__table_args__`` (``items_attributes``)."""
        return {class_name: attribute for path, class_name, attribute in self.items_attributes if path == file}

    def for_file(self, file: str) -> tuple[Action, ...]:
        return tuple(a for a in self.actions if a.file == file)

    def filtered(
        self,
        files: Iterable[str] = (),
        kinds: Iterable[str] = (),
        tables: Iterable[str] = (),
    ) -> Plan:
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
        undecided = tuple(
            u for u in self.undecided
            if (not kinds or kinds & _RENAME_KINDS) and (not tables or u.table in tables)
            and (not files or any(Plan.same_file(u.file, f) for f in files))
        )
        by_hand = tuple(
            b for b in self.by_hand
            if (not kinds or b.kind in kinds) and (not files or any(Plan.same_file(b.file, f) for f in files))
        )
        return Plan(kept, tuple(h for h in self.file_hashes if h[0] in wanted), self.notes, undecided, by_hand,
                    self.root, tuple(i for i in self.items_attributes if i[0] in wanted))

    def to_json(self) -> str:
        document = {
            "version": PLAN_VERSION,
            **({"root": self.root} if self.root is not None else {}),
            "files": {path: digest for path, digest in self.file_hashes},
            "notes": list(self.notes),
            "undecided": [{**asdict(u), "reasons": list(u.reasons)} for u in self.undecided],
            "by_hand": [asdict(b) for b in self.by_hand],
            **({"items_attributes": [list(i) for i in self.items_attributes]} if self.items_attributes else {}),
            "actions": [a.to_json() for a in self.actions],
        }
        return dumps_indented(document) + "\n"

    @staticmethod
    def same_file(path: str, wanted: str) -> bool:
        """A ``--file`` value names a file by its path or by its name."""
        if path == wanted:
            return True
        p, w = Path(path), Path(wanted)
        return p.name == wanted or p.resolve() == w.resolve()

    @classmethod
    def from_json(cls, text: str) -> Plan:
        document = json.loads(text)
        if not isinstance(document, dict) or document.get("version") != PLAN_VERSION:
            raise ValueError(f"not a schema-inspector plan of version {PLAN_VERSION}")
        actions = tuple(Action.from_json(a) for a in document["actions"])
        undecided = tuple(
            UndecidedRename(**{**u, "reasons": tuple(u["reasons"])}) for u in document.get("undecided", ())
        )
        by_hand = tuple(ByHand(**b) for b in document.get("by_hand", ()))
        root = document.get("root")
        if root is not None and not isinstance(root, str):
            raise ValueError("'root' is not a path")
        written = document.get("items_attributes", [])
        if not isinstance(written, list) or not all(
                isinstance(i, list) and len(i) == 3 and all(isinstance(part, str) for part in i) for i in written):
            raise ValueError("'items_attributes' is not a list of [file, class, attribute]")
        items_attributes = tuple((file, class_name, attribute) for file, class_name, attribute in written)
        return cls(actions, tuple(document.get("files", {}).items()), tuple(document.get("notes", ())), undecided,
                   by_hand, root, items_attributes)
