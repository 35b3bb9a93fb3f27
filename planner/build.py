"""The plan builder: discrepancies -> typed fix actions, every decision explained.

``build_plan`` compares (``planner.compare``), then turns each discrepancy into actions:

- column-rename (strong evidence) -> ``MapColumnName``: keep the attribute, map the
  database name; a weak pair is left alone and listed in ``Plan.undecided`` (declare the
  rename, or ``--drop-unmatched`` for drop + add, the reasons naming the candidate): a drop
  and an add would rename the attribute under its callers;
- missing-column -> ``AddColumn`` (database order, free attribute name), but only a note
  for a class the reader cannot see every column of (``ModelSet.hidden_columns``: the
  column may be under an ``if`` or behind an unread base already), unless every hidden
  column is a known attribute's (``id = primary_key(...)``) whose name the table has and the
  missing column is another (``ModelSet.hidden_attributes``); extra-column ->
  ``DropColumn`` (warning about uses of the name in the scanned files);
- nullable / type (critical and warning; cosmetic with ``include_cosmetic``) /
  enum-labels / foreign-key / server-default / identity / comment -> the matching ``Set*``
  action; table-comment -> ``SetTableComment`` (cosmetic, but planned like column comments:
  Alembic reports both);
- primary-key -> ``SetPrimaryKey``, except on a table with no primary key in the
  database: the mapper needs one, so the ORM key stays and a ``db-sql`` suggestion adds
  the key to the database (seed tasks 3.11/3.14 are wrong);
- table-rename -> ``SetTableName``; missing-class -> ``AddModel``, in the file its
  foreign-key neighbours or its name prefix point to, else the file with the most model
  classes (never a package ``__init__.py`` while other files hold models), written in the
  style of that file's classes, else in the style most of the ModelSet's classes use;
- unique / index -> ``AddUniqueConstraint`` / ``DropUniqueConstraint`` / ``AddIndex`` /
  ``DropIndex``, on the column or in ``__table_args__`` (``planner.table_items``);
- a relationship the database's foreign keys make ambiguous -> ``SetRelationshipForeignKeys``
  naming the path it has used (``planner.relationships``);
- new attribute names avoid every class-level name (columns, relationships, methods, backrefs);
- a column inherited from a mixin: the shared definition changes only when every table
  using it needs the same change; otherwise the one class overrides the column;
- the timestamp policy (``planner.policy``) when asked for.

Actions are ordered by file, class position and kind; ``db-sql`` suggestions come last.
"""

from __future__ import annotations

import ast
import keyword
import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from functools import cached_property, partial
from pathlib import Path

from schema_inspector.introspect.models import (
    ClassSource,
    ColumnSource,
    EnumClassSource,
    EnumLabelsSource,
    ModelSet,
    ModuleIndex,
    lines_reading_at_import,
    lines_reading_table_column,
)
from schema_inspector.introspect.naming_convention import written_schema
from schema_inspector.introspect.schema import (
    Column,
    ColumnType,
    Enum,
    ForeignKey,
    Index,
    Schema,
    Table,
)
from schema_inspector.introspect.sqltypes import sqlalchemy_spelling

from . import discrepancy as kinds
from .actions import (
    Action,
    AddColumn,
    AddEnumLabels,
    AddEnumMember,
    AddIndex,
    AddModel,
    AddUniqueConstraint,
    DropColumn,
    DropIndex,
    DropUniqueConstraint,
    MapColumnName,
    OverrideColumn,
    RenameTableInColumn,
    RenameTableInForeignKeys,
    RenameTableInRelationship,
    SetComment,
    SetForeignKey,
    SetIdentity,
    SetNullable,
    SetPrimaryKey,
    SetServerDefault,
    SetTableComment,
    SetTableName,
    SetType,
    SuggestSQL,
    UnmapInheritedColumn,
)
from .compare import build_context, run_comparators
from .compare.context import CompareContext, TablePair, column_sources
from .compare.defaults import frozen_now, normalize_default
from .compare.keys import fk_signature, targets_renamed_table, unique_of_new_column
from .computed_names import unresolved_mappers
from .conventions import Conventions, custom_type_name, data_arguments, number_arguments
from .discrepancy import COSMETIC, INDEX, UNIQUE, Discrepancy
from .evidence import KeyColumns, Rename, expect, weak_candidate
from .mixin_changes import ColumnChange, Override, place_changes
from .naming import (
    RESERVED_ATTRIBUTES,
    alter_column,
    class_name_for,
    free_attribute_name,
    module_names,
    qualified_table,
    quote_ident,
    snake_attribute,
    snake_case_attributes,
)
from .options import PlannerOptions
from .ordering import edited_file_hashes, in_plan_order
from .placement import Bases, NewClassPlacement
from .plan import ByHand, Plan, UndecidedRename
from .policy import timestamp_target
from .relationships import RelationshipPlanner
from .table_items import TableItemPlanner
from .wording import first_few

NO_PK_NOTE = (
    "{tables}: no primary key in the database. The models keep their ORM key: a mapped class "
    "needs one, and removing primary_key=True from the model makes the mapper fail with "
    "\"could not assemble any primary key columns\". The fix belongs in the database: the plan "
    "suggests ALTER TABLE ... ADD PRIMARY KEY."
)
RESERVED_NOTE = (
    "Kept {mapped}: the attribute is not renamed to the column's name because {names} "
    "reserved on a mapped class ('metadata' by Declarative: an error on SQLAlchemy 2.0, a warning "
    "on 2.1 that still shadows the class's MetaData; 'registry' likewise; 'query' / 'query_class' "
    "by Flask-SQLAlchemy). Renaming the attribute to the reserved name would break the class."
)


def build_plan(truth: Schema, models: ModelSet, options: PlannerOptions) -> Plan:
    """The plan that makes ``models`` match ``truth``."""
    context = build_context(truth, models, options.renames, options.rename_threshold)
    builder = _PlanBuilder(context, options)
    for item in sorted(run_comparators(context), key=builder.processing_order):
        builder.handle(item)
    if options.timestamp_policy:
        builder.apply_timestamp_policy()
    return builder.finish()


# what the plan edits in a SQLModel class: its fields' flags, types, names, keys, defaults and
# comments (``Field(...)`` and ``sa_column_kwargs``), new and dropped fields, ``__tablename__`` and
# ``__table_args__``
SQLMODEL_EDITS = (SetTableName, SetNullable, SetPrimaryKey, SetType, SetForeignKey, SetServerDefault, SetComment,
                  MapColumnName, AddColumn, DropColumn, AddIndex, DropIndex, AddUniqueConstraint,
                  DropUniqueConstraint, RenameTableInForeignKeys, SetTableComment)

# a change that takes a keyword away (the value None / False) cannot be made in a statement
# whose alias of Column sets that keyword: the alias would set it again
_PRESET_KEYWORDS = {kinds.SERVER_DEFAULT: "server_default", kinds.COMMENT: "comment",
                    kinds.PRIMARY_KEY: "primary_key"}
# changes that rewrite a column call's positional name or type


class _PlanBuilder:
    def __init__(self, context: CompareContext, options: PlannerOptions) -> None:
        self.context = context
        self.models = context.models
        self.options = options
        self.actions: list[Action] = []
        self.changes: list[ColumnChange] = []
        self.notes: list[str] = []
        self.by_hand: list[ByHand] = []
        self.undecided: list[UndecidedRename] = []
        self.not_generated: list[str] = []  # tables without a class left alone (unresolved_mappers)
        self.enum_members_added: set[tuple[str, str, str]] = set()  # (file, enum class, member)
        # (file, enum class, labels): what a person is asked of an enum class, once for all its columns
        self.enum_asked: set[tuple[str, str, tuple[str, ...]]] = set()
        self.labels_added: set[tuple[str, str]] = set()  # (file, statement): AddEnumLabels
        self.no_pk_tables: dict[str, tuple[TablePair, tuple[str, ...]]] = {}
        # attributes added per class, in database order (the anchors of later additions)
        self.added: dict[str, dict[str, str]] = defaultdict(dict)
        self.placement = NewClassPlacement(context, options.model_files)
        # each file's module-level names (new attributes and classes must not rebind them)
        self.module_level: dict[str, frozenset[str]] = {}
        self.annotated: dict[str, bool] = {}  # file -> _annotated
        self.snake: dict[tuple[str, str | None], bool] = {}  # (file, class) -> _snake_attributes
        self.table_items = TableItemPlanner(context, options.drop_unmatched)
        self._retargeted: set[tuple[str, str, str]] = set()  # (file, class, old table): RenameTableInForeignKeys
        self.handlers = {
            kinds.COLUMN_RENAME: self._rename,
            kinds.MISSING_COLUMN: self._missing_column,
            kinds.EXTRA_COLUMN: self._extra_column,
            kinds.NULLABLE: self._nullable,
            kinds.TYPE: self._type,
            kinds.ENUM_LABELS: self._enum_labels,
            kinds.PRIMARY_KEY: self._primary_key,
            kinds.FOREIGN_KEY: self._foreign_key,
            kinds.SERVER_DEFAULT: self._server_default,
            kinds.IDENTITY: self._identity,
            kinds.COMMENT: self._comment,
            kinds.TABLE_COMMENT: self._table_comment,
            kinds.TABLE_RENAME: self._table_rename,
            kinds.MISSING_TABLE: self._missing_table,
            kinds.MISSING_CLASS: self._missing_class,
            UNIQUE: self.table_items.unique,
            INDEX: self.table_items.index,
            kinds.EXCLUDE: self._exclude,
        }

    @cached_property
    def conventions(self) -> Conventions:
        return Conventions.read(self.context)

    # -- lookups ------------------------------------------------------------------------

    def _pair(self, item: Discrepancy) -> TablePair | None:
        return self.context.table_pair(item.table, item.schema)

    def _truth_column(self, item: Discrepancy) -> tuple[TablePair, Column] | None:
        """The table pair and the database column a column's discrepancy is about."""
        pair = self._pair(item)
        column = pair.truth.column(item.column) if pair is not None and item.column is not None else None
        return None if pair is None or column is None else (pair, column)

    def _source(self, item: Discrepancy) -> ColumnSource | None:
        sources = self._sources_by_attribute.get((item.model_class or "", item.model_attribute or ""), ())
        return next((source for source in sources if item.file is None or source.file == item.file), None)

    @cached_property
    def _sources_by_attribute(self) -> dict[tuple[str, str], list[ColumnSource]]:
        # Built once: a lookup per discrepancy would otherwise scan every column of the codebase.
        sources: dict[tuple[str, str], list[ColumnSource]] = {}
        for source in self.models.columns:
            sources.setdefault((source.class_name, source.attribute), []).append(source)
        return sources

    def _truth_fk(self, table: Table, *columns: str) -> ForeignKey | None:
        """The database's foreign key of ``table`` on exactly ``columns``."""
        return next((fk for fk in table.foreign_keys if tuple(fk.columns) == columns), None)

    def _truth_enum(self, column: Column) -> Enum | None:
        if column.type.kind != "enum":
            return None
        return self.context.truth_enum(column.type.name, column.type.type_schema)

    def processing_order(self, item: Discrepancy) -> tuple:
        """New columns and classes are planned in database order, so each one's anchor
        (``after`` / ``after_class``) is already placed; everything else keeps its order."""
        if item.kind != kinds.MISSING_COLUMN:
            return (0,)
        pair = self._pair(item)
        names = [c.name for c in pair.truth.columns] if pair else []
        return (1, item.table, names.index(item.column) if item.column in names else 0)

    def handle(self, item: Discrepancy) -> None:
        if item.kind == kinds.TYPE and item.severity == COSMETIC and not self.options.include_cosmetic:
            return  # a spelling the plan does not change unless asked is no change left by hand either
        pair = self._pair(item)
        if pair is not None and pair.source is not None and pair.source.nested:
            self._by_hand(pair.source.file, pair.source.line, item,
                          f"{item.message}; class {pair.source.class_name} is defined inside a block at the module's "
                          "top level (if / try), and the edits are made on classes the module always defines only: "
                          "change it by hand.")
            return
        source = self._source(item) if item.model_attribute else None
        # an index or a unique constraint of the column is the table's item, planned with the table's
        # others (a guarded column's counts as a base's: the class cannot name it)
        if source is not None and source.guarded and item.kind not in (UNIQUE, INDEX):
            self._by_hand(source.file, source.line, item,
                          f"{item.message}; {source.defined_in}.{source.attribute} is defined in the branch of "
                          "`if TYPE_CHECKING: ... else:` that runs, and the edits are made on class-body "
                          "statements only: change it by hand.")
            return
        self.handlers[item.kind](item)

    # -- column changes (decided per class or mixin in finish) --------------------------

    def _by_hand(self, file: str | None, line: int | None, item: Discrepancy, message: str) -> None:
        """Drift the plan finds on a model statement but does not edit: a person does."""
        self.by_hand.append(ByHand(file or "", line or 0, item.kind, message))

    def _may_hold(self, pair: TablePair, item: Discrepancy, what: str) -> bool:
        """Whether the class may declare what ``item`` finds missing (a ``PrimaryKeyConstraint``
        or ``ForeignKeyConstraint``) among table items the reader cannot see: then it is a note,
        never an edit (an edit would declare it twice) nor a person's task (on the database the
        models made, nothing drifted), as an index or a constraint the table's items may hold is."""
        hidden = self.context.hidden_items(pair)
        if hidden is not None:
            where = f"{item.file}:{item.line}: " if item.file else ""
            self.notes.append(f"{where}{item.message}; not changed: {hidden[0]}:{hidden[1]} may declare the {what} "
                              "among the table's items, which the reader cannot follow.")
        return hidden is not None

    def _change(self, item: Discrepancy, value, make: Callable[[str, str, ColumnSource], Action]) -> None:
        source, pair = self._source(item), self._pair(item)
        if source is None or pair is None:
            self._by_hand(item.file, item.line, item, f"{item.table}.{item.column}: {item.message}; no model "
                          "statement to edit.")
            return
        forwarded = item.kind == kinds.NULLABLE and "nullable" in source.forwarded  # the call's nullable=
        if source.style == "helper" and item.kind != kinds.EXTRA_COLUMN and not forwarded:  # a drop removes it
            self._by_hand(
                source.file, source.line, item,
                f"{item.message}; {source.class_name}.{source.attribute} is made by a "
                "helper or an alias of Column the plan does not edit (its change would be the helper's, for "
                "every column that uses it): change it by hand."
            )
            return
        preset = _PRESET_KEYWORDS.get(item.kind)
        if preset in source.presets and not value:
            self._by_hand(
                source.file, source.line, item,
                f"{item.message}; {source.class_name}.{source.attribute} is made by an alias of Column that "
                f"sets {preset}=, which its statement cannot take away (the change would be the alias's, for "
                "every column that uses it): change it by hand."
            )
            return
        if source.name_from is not None and item.kind == kinds.COLUMN_RENAME:
            self._by_hand(
                source.file, source.line, item,
                f"{item.message}; {source.class_name}.{source.attribute} is named by {source.name_from}, which "
                "other code may use: change its value, or the name, by hand."
            )
            return
        self.changes.append(ColumnChange(source, pair, (item.kind, value), lambda file, cls: make(file, cls, source)))

    def _common(self, item: Discrepancy, source: ColumnSource, file: str, class_name: str, reason: str) -> dict:
        return dict(
            file=file, class_name=class_name, table=item.table, reason=reason,
            attribute=source.attribute, column=item.column,
        )

    def _rename(self, item: Discrepancy) -> None:
        evidence = expect(item.evidence, Rename)
        reason = (
            f"{item.message}. Keeping the attribute and mapping it to the database name keeps every "
            "caller working."
        )
        self._change(item, evidence.new, lambda file, cls, source: MapColumnName(
            **self._common(item, source, file, cls, reason), old_column=evidence.old))

    def _nullable(self, item: Discrepancy) -> None:
        nullable = item.expected == "NULL"
        pair = self._pair(item)
        if not nullable and pair is not None and pair.truth.primary_key is not None \
                and item.column in pair.truth.primary_key.columns and self._may_hold(pair, item, "NOT NULL"):
            return  # a primary key the reader cannot see makes the column NOT NULL
        reason = f"{item.message}; the database is the truth: nullable={nullable}."
        self._change(item, nullable, lambda file, cls, source: SetNullable(
            **self._common(item, source, file, cls, reason), nullable=nullable))

    def _type(self, item: Discrepancy) -> None:
        found = self._truth_column(item)
        if found is None:
            return
        pair, column = found
        enum = self._truth_enum(column)
        if sqlalchemy_spelling(column.type, enum.labels if enum else ()) is None:
            self._by_hand(
                item.file, item.line, item, f"{item.table}.{item.column}: {item.message}; no SQLAlchemy type renders "
                f"{column.type.render()}, so the model's type is left alone."
            )
            return
        source = self._source(item)
        column_pair = pair.column_pair(column.name)
        enum_class = self._enum_class(column_pair.model.type) if column_pair is not None else None
        written_enum = _enum_call(source.type_source) if source is not None else None
        if enum_class is not None and enum is not None and column_pair is not None and written_enum is not None \
                and self._enum_renamed(column_pair.model.type, enum):
            # ALTER TYPE ... RENAME TO: the class's Enum(...) keeps its class and takes the new name=
            reason = (f"{item.message}; the database renamed the enum type (its labels are the same): "
                      f"name={enum.name!r}.")
            self._change(item, column.type, lambda file, cls, source: SetType(
                **self._common(item, source, file, cls, reason), type=column.type, enum=enum,
                named_by=source.name_from, enum_renamed=True))
            return
        if enum_class is not None:
            self._by_hand(
                item.file, item.line, item,
                f"{item.table}.{item.column}: {item.message}; the column is made from the Python enum "
                f"{enum_class.class_name} ({enum_class.file}:{enum_class.line}): its type is left alone, as "
                "string labels in its place would make the column return strings; change it by hand."
            )
            return
        custom = custom_type_name(source.type_source, self.models.renames_in(source.file)) if source else None
        if source is not None and custom is not None and column_pair is not None \
                and column_pair.model.type.kind == "domain":
            self._by_hand(
                source.file, source.line, item,
                f"{item.message}; the model writes the column as the domain {column_pair.model.type.render()} "
                f"({custom}(...)), whose base type and checks are spelled with it: the model's type is left alone; "
                "change it by hand."
            )
            return
        if source is not None and custom is not None:
            self._by_hand(
                source.file, source.line, item,
                f"{item.message}; the model writes the type {custom}, which is not "
                "SQLAlchemy's own (a TypeDecorator or a library's type, with behaviour of its own): the model's "
                "type is left alone; change it (or its impl) by hand."
            )
            return
        non_native = source is not None and re.match(r"\s*(\w+\.)*Enum\(", source.type_source or "") is not None \
            and re.search(r"\bnative_enum\s*=\s*False\b", source.type_source or "") is not None
        # a longer varchar: the call's length= changed (``SetTypeEditor``; a shorter one may not hold a label);
        # without length=, the varchar is as long as the longest label (czid-platformics' ``Enum(TaxonLevel,
        # native_enum=False)``), as the model reads it
        written_length = written_enum.get("length", None if column_pair is None else column_pair.model.type.length) \
            if written_enum is not None else None
        lengthened = non_native and column.type.name == "character varying" and column.type.length is not None \
            and isinstance(written_length, int) and column.type.length > written_length
        if source is not None and non_native and not lengthened:
            # Enum(Kind, native_enum=False, length=256): a varchar the enum class's members fill (shvatka);
            # written as the database's varchar, the column would return strings
            self._by_hand(
                source.file, source.line, item,
                f"{item.message}; the model's type is a non-native Enum(...), whose length= makes the varchar: "
                "the type is left alone rather than written as a string type; change its length= by hand."
            )
            return
        constants = number_arguments(source.type_source) if source is not None and not lengthened else ()
        takes_numbers = (column.type.length, column.type.precision, column.type.scale) != (None, None, None)
        if source is not None and constants and takes_numbers:
            # a type without numbers (``text`` for ``Unicode(length=MAX_NAME)``) drops the
            # constant from this column only, and is written
            self._by_hand(
                source.file, source.line, item,
                f"{item.message}; the model's type takes "
                f"{', '.join(constants)} (a constant other columns may share) as an argument: the model's type is "
                "left alone rather than the constant changed for every column or replaced by a number here; "
                "change the constant, or give this column its own value, by hand."
            )
            return
        reason = f"{item.message} ({item.severity}); " + (
            f"the non-native Enum(...)'s length= becomes {column.type.length}." if lengthened
            else "the model takes the database's type.")
        self._change(item, column.type, lambda file, cls, source: SetType(
            **self._common(item, source, file, cls, reason), type=column.type, enum=enum,
            named_by=source.name_from, **self._spelled(file, column.type)))

    def _enum_labels(self, item: Discrepancy) -> None:
        found = self._truth_column(item)
        if found is None:
            return
        pair, column = found
        enum = self._truth_enum(column)
        column_pair = pair.column_pair(column.name)
        enum_class = self._enum_class(column_pair.model.type) if column_pair is not None else None
        if enum_class is not None and enum is not None:
            self._enum_members(item, enum.labels, enum_class)
            return
        source = self._source(item)
        if source is not None:
            written = custom_type_name(source.type_source, self.models.renames_in(source.file))
            named = data_arguments(source.type_source)
            literals = self._labels_literals(source, enum, written, named) if enum is not None else []
            if literals and enum is not None:
                for literal in literals:
                    self._literal_labels(item, source, enum.labels, literal)
                return
            if written or named:  # _ENVIRONMENT_TYPE (a type other columns may share); Kind.RUNTIME.value
                how = f"is {written} (which other columns may share)" if written else \
                    f"is written with {', '.join(named)}, not the labels themselves"
                self._by_hand(
                    source.file, source.line, item,
                    f"{item.message}; the model's type {how}: the type is left alone rather than rewritten with "
                    "strings; change its labels by hand."
                )
                return
        reason = f"{item.message}; the model takes the database's labels ({item.expected})."
        self._change(item, enum, lambda file, cls, source: SetType(
            **self._common(item, source, file, cls, reason), type=column.type, enum=enum,
            named_by=source.name_from))

    def _enum_renamed(self, model_type, enum: Enum) -> bool:
        """Whether the model's enum type is the database's ``enum`` under another name: of its schema,
        with its labels."""
        default = self.context.truth.default_schema
        if model_type.kind != "enum" or model_type.name == enum.name \
                or (model_type.type_schema or default) != (enum.schema or default):
            return False
        written = self.context.model_enum(model_type.name, model_type.type_schema)
        return written is not None and written.labels == enum.labels

    def _labels_literals(self, source: ColumnSource, enum, written: str | None,
                         named: tuple[str, ...]) -> list[EnumLabelsSource]:
        """The module-level statements that write the labels of the column's enum type, when the
        column names it (``Column(status_enum)``, ``Enum(*PFS, name=...)``): the one of the column's
        file, else those of the models read that write the same labels (codo-cmdb's ``asset_type_enum``
        of the package and of a module: one type, written twice)."""
        if written:
            variable = written.rsplit(".", 1)[-1]
        elif len(named) == 1 and named[0].startswith("*"):
            variable = named[0][1:]
        else:
            return []
        of_type = [e for e in self.models.enum_labels
                   if e.type_name == enum.name and e.type_schema in (None, enum.schema)]
        found = [e for e in of_type if e.variable == variable]
        if not found and written:
            # ``STATUSES = sa.Enum(*JOB_STATUSES, name="statuses")`` (dci-control-server): the variable's call
            # spreads a list, which writes the labels
            found = of_type
        # a list two types spread (``Enum(*JOB_STATUSES, name="archive_statuses")`` too): a label one of them
        # gains is not the other's
        shared = {(e.file, e.variable) for e in self.models.enum_labels if e.type_name != enum.name}
        if any((e.file, e.variable) in shared for e in found):
            return []
        own = [e for e in found if e.file == source.file]
        if own:
            return own if len(own) == 1 else []
        return found if len({e.labels for e in found}) == 1 else []

    def _literal_labels(self, item: Discrepancy, source: ColumnSource, labels: tuple[str, ...],
                        literal: EnumLabelsSource) -> None:
        """The database's new labels written into the statement that holds the type's labels
        (once for all the columns that use it); a label it no longer has, or labels in another
        order, are a person's to change (code may use them)."""
        kept = [label for label in literal.labels if label in labels]
        where = f"{literal.variable} ({Path(literal.file).name})"
        if kept != [label for label in labels if label in literal.labels]:
            self._by_hand(source.file, source.line, item, f"{item.message}; {where} lists the labels in "
                                                          "another order than the database: change it by hand.")
            return
        removed = [label for label in literal.labels if label not in labels]
        if removed:
            self._by_hand(source.file, source.line, item, (
                f"{item.message}; {where} keeps {', '.join(map(repr, removed))}: remove what the database no longer "
                "has by hand once no code uses it."))
        added = [label for label in labels if label not in literal.labels]
        key = (literal.file, literal.variable)
        if added and key not in self.labels_added:
            self.labels_added.add(key)
            self.actions.append(AddEnumLabels(
                file=literal.file, class_name=literal.variable, table=item.table,
                reason=(f"{item.message}; {item.table}.{item.column}'s type takes its labels from {where}, "
                        f"which gets {', '.join(map(repr, added))} (every column of the type follows)."),
                enum_type=literal.type_name, labels=labels,
            ))

    def _enum_class(self, model_type) -> EnumClassSource | None:
        """The Python enum class a model's enum type is made from, if any."""
        if model_type.kind != "enum":
            return None
        return next((e for e in self.models.enum_classes if e.type_name == model_type.name), None)

    def _enum_members(self, item: Discrepancy, labels: tuple[str, ...], enum_class: EnumClassSource) -> None:
        """The database's new labels as members of the Python enum class the column is made
        from (never string labels in place of the class: the column would return strings)."""
        by_label = dict(zip(_class_labels(enum_class), enum_class.members, strict=False))
        removed = [label for label in by_label if label not in labels]
        if removed and self._first_ask(enum_class, ("-", *removed)):
            self._by_hand(
                enum_class.file, enum_class.line, item,
                f"{item.message}; {enum_class.class_name} keeps "
                f"{', '.join(by_label[label] for label in removed)}: remove what the database no longer has by "
                "hand once no code uses it."
            )
        after = None
        for label in labels:
            if label in by_label:
                after = by_label[label]
                continue
            member = _member_for(label, enum_class)
            if member is None and self._first_ask(enum_class, ("+", label)):
                named = enum_class.labels_are == "names" and label.isidentifier() and not keyword.iskeyword(label)
                self._by_hand(
                    enum_class.file, enum_class.line, item,
                    f"{item.message}; " + (
                        f"the label {label!r} is the name of a new member of {enum_class.class_name}, whose value "
                        f"does not follow from its name as its members' do ({_first_member(enum_class)}): add it "
                        "by hand." if named else
                        f"no member name for the label {label!r} follows the way {enum_class.class_name} names "
                        "its members: add it by hand.")
                )
            if member is None:
                continue
            name, value, value_like = member
            key = (enum_class.file, enum_class.class_name, name)
            if key not in self.enum_members_added:
                self.enum_members_added.add(key)
                self.actions.append(AddEnumMember(
                    file=enum_class.file, class_name=enum_class.class_name, table=item.table,
                    reason=(f"{item.message}; {item.table}.{item.column} is made from the Python enum "
                            f"{enum_class.class_name}, which gets the member {name} for the label {label!r} "
                            "(the column keeps returning its members)."),
                    enum_type=enum_class.type_name, attribute=name, value=value, value_like=value_like, after=after,
                ))
            after = name
            by_label[label] = name

    def _first_ask(self, enum_class: EnumClassSource, labels: tuple[str, ...]) -> bool:
        """Whether a person is not yet asked this of ``enum_class`` (lando-api's ``TreeStatus``, the
        type of three columns: one item, not one per column)."""
        key = (enum_class.file, enum_class.class_name, labels)
        if key in self.enum_asked:
            return False
        self.enum_asked.add(key)
        return True

    def _primary_key(self, item: Discrepancy) -> None:
        pair = self._pair(item)
        if pair is None:
            return
        if pair.truth.primary_key is None:
            # Keep the ORM key; the database gets the key instead (one suggestion per table).
            orm_key = tuple(
                p.truth.name for p in pair.columns
                if pair.model.primary_key and p.model.name in pair.model.primary_key.columns
            )
            self.no_pk_tables[pair.truth.name] = (pair, orm_key)
            return
        primary_key = item.expected == "primary key"
        if primary_key and self._may_hold(pair, item, "primary key"):
            return
        reason = f"{item.message}; the model follows the database's primary key."
        self._change(item, primary_key, lambda file, cls, source: SetPrimaryKey(
            **self._common(item, source, file, cls, reason), primary_key=primary_key))

    def _foreign_key(self, item: Discrepancy) -> None:
        pair = self._pair(item)
        columns = item.evidence.columns if isinstance(item.evidence, KeyColumns) else ()
        if pair is not None and (self._retarget_constraint(pair, columns, item)
                                 or self._retarget_helper(pair, columns, item)
                                 or self._target_renamed_by_hand(pair, columns, item)):
            return
        if pair is not None and columns and _model_fk(pair, columns) is None \
                and self._truth_fk(pair.truth, *columns) is not None \
                and self._may_hold(pair, item, "foreign key"):
            return
        if pair is None or len(columns) != 1:
            self._by_hand(
                item.file, item.line, item,
                f"{item.message}; a composite foreign key lives in "
                "__table_args__ and is not edited."
            )
            return
        if _unlike_keys_on(pair, columns, self.context.truth.default_schema):
            self._by_hand(
                item.file, item.line, item,
                f"{item.message}; {columns[0]} has several foreign keys unlike each other (a ForeignKey and a "
                "ForeignKeyConstraint of the same column, say), and which one to change is not clear: change it "
                "by hand."
            )
            return
        source, model_fk = self._source(item), _model_fk(pair, columns)
        if source is not None and source.foreign_key_presets:
            self._by_hand(
                source.file, source.line, item,
                f"{item.message}; the model's key is made by a function of its file that sets "
                f"{', '.join(source.foreign_key_presets)} itself (a call given them again fails): change it by hand."
            )
            return
        if source is not None and model_fk is not None and not source.foreign_key:
            self._by_hand(
                source.file, source.line, item,
                f"{item.message}; the model declares this foreign key with a "
                "ForeignKeyConstraint among the table's arguments, which is not edited: change it by hand."
            )
            return
        fk = self._truth_fk(pair.truth, columns[0])
        held = self._relationships_losing_their_path(pair, columns, fk)
        if held:
            self._by_hand(
                item.file, item.line, item,
                f"{item.message}; not changed: class {held[0]} still maps "
                f"{held[1]}, and {', '.join(held[2])} join through this foreign key, so re-pointing it would "
                "leave them no join path (NoForeignKeysError when the mappers configure). If the table was "
                "renamed, lower rename-threshold or change __tablename__ by hand; otherwise change those "
                "relationships first."
            )
            return
        verb = "removes the ForeignKey" if fk is None else f"uses ForeignKey to {item.expected}"
        reason = f"{item.message}; the model {verb}."
        keep = fk is not None and self._same_fk_target(pair, columns, fk)
        # the constraint's name is the table's own and not written: classes sharing a mixin's column
        # need the same change when they need the same key
        self._change(item, fk and replace(fk, name=None), lambda file, cls, source: SetForeignKey(
            **self._common(item, source, file, cls, reason), foreign_key=fk, keep_target=keep,
            qualified_targets=self._qualified_keys([fk])))

    def _renamed_target(self, pair: TablePair, columns: tuple[str, ...]) -> tuple[str, str] | None:
        """(old, new) when the model's key on ``columns`` differs from the database's only by
        naming, under its old name, a table the plan renames."""
        model_fk = _model_fk(pair, columns)
        truth_fk = self._truth_fk(pair.truth, *columns)
        if model_fk is None or truth_fk is None or model_fk.target_table is None or truth_fk.target_table is None \
                or not targets_renamed_table(self.context, truth_fk, model_fk):
            return None
        return model_fk.target_table, truth_fk.target_table

    def _target_renamed_by_hand(self, pair: TablePair, columns: tuple[str, ...], item: Discrepancy) -> bool:
        """The key differs only by the old name of a table whose rename is a person's (a constant
        names it): left for that person, as a key written with the constant follows it (pybel's
        ``ForeignKey(f"{AUTHOR_TABLE_NAME}.id")``); rewritten now, it would name a table no class maps."""
        renamed = self._renamed_target(pair, columns)
        truth_fk = self._truth_fk(pair.truth, *columns) if renamed is not None else None
        if renamed is None or truth_fk is None or truth_fk.target_table is None:
            return False
        target = self.context.table_pair(truth_fk.target_table, truth_fk.target_schema)
        written = target.source.table_name_from if target is not None and target.source is not None else None
        if target is None or target.source is None or written is None:
            return False
        self._by_hand(item.file, item.line, item,
                      f"{item.message}; {renamed[0]} is renamed by hand ({target.source.class_name}'s name is "
                      f"{written}): a key written with it follows it, else change the key with it")
        return True

    def _retarget_constraint(self, pair: TablePair, columns: tuple[str, ...], item: Discrepancy) -> bool:
        """A ``ForeignKeyConstraint`` of ``__table_args__`` (or of the ``Table``) whose only
        difference is the old name of a table the plan renames: the target strings of the
        class's constraints follow the rename (once per class and table)."""
        renamed = self._renamed_target(pair, columns)
        if pair.source is None or renamed is None:
            return False
        old, new = renamed
        source = self._source(item)
        if source is not None and source.foreign_key:  # the column's ForeignKey, which SetForeignKey retargets
            declared = [f for f in pair.model.foreign_keys if tuple(pair.truth_name(c) for c in f.columns) == columns]
            if len(declared) == 1:
                return False  # else a ForeignKeyConstraint declares it too (ras-party): both follow
        key = (pair.source.file, pair.source.class_name, old)
        if key not in self._retargeted:
            self._retargeted.add(key)
            self.actions.append(RenameTableInForeignKeys(
                file=pair.source.file, class_name=pair.source.class_name, table=pair.truth.name,
                reason=f"{item.message}; the table {old} is now {new}: the targets of {pair.source.class_name}'s "
                       "ForeignKeyConstraint items name it so.",
                name=new, old_name=old,
            ))
        return source is None or not source.foreign_key

    def _retarget_helper(self, pair: TablePair, columns: tuple[str, ...], item: Discrepancy) -> bool:
        """A column a helper of the project makes (``reference_col("users")``) whose key differs
        only by the old name of a table the plan renames: the name among the call's arguments
        follows (the helper builds the key from it)."""
        source = self._source(item)
        renamed = self._renamed_target(pair, columns)
        if source is None or source.style != "helper" or source.inherited or renamed is None:
            return False
        old, new = renamed
        reason = (f"{item.message}; {source.class_name}.{source.attribute} is made by a helper from the table's "
                  f"name: the call names {new}.")
        self.actions.append(RenameTableInColumn(**self._common(item, source, source.file, source.class_name, reason),
                                                name=new, old_name=old))
        return True

    @staticmethod
    def _same_fk_target(pair: TablePair, columns: tuple[str, ...], fk: ForeignKey) -> bool:
        """The model's foreign key on ``columns`` already names ``fk``'s target."""
        model_fk = _model_fk(pair, columns)
        return (model_fk is not None and model_fk.target_table == fk.target_table
                and model_fk.target_columns == fk.target_columns
                and (model_fk.target_schema or pair.truth.schema) == (fk.target_schema or pair.truth.schema))

    def _relationships_losing_their_path(
        self, pair: TablePair, columns: tuple[str, ...], fk: ForeignKey | None
    ) -> tuple[str, str, list[str]] | None:
        """(class, table, relationships) when the model's foreign key on ``columns`` targets a
        table that a class still maps after the plan (the database has no table of that name
        and no rename maps the class to another), and relationships of that class go through
        the key (``secondary=`` the key's table, or between the two classes): moving or
        removing the key would leave them without a join path. None: nothing depends on it."""
        model_fk = _model_fk(pair, columns)
        if model_fk is None or (fk is not None and fk.target_table == model_fk.target_table):
            return None
        old = model_fk.target_table
        if old is None or self.context.truth.table(old, model_fk.target_schema or pair.truth.schema) is not None:
            return None  # the table is there: the key moves between two mapped tables
        mapped = next((c for c in self.models.classes if c.table == old and c.kind == "model"), None)
        if mapped is None:
            return None
        if any(p.model.name == old and p.truth.name != old for p in self.context.pairs):
            return None  # a table rename the plan follows: the class maps the new table
        holder = pair.source.class_name if pair.source else pair.model.name
        users = [
            f"{r.class_name}.{r.attribute}" + (" (secondary=)" if r.secondary else "")
            for r in self.models.relationships
            if mapped.class_name in (r.class_name, r.target)
            and (r.secondary or holder in (r.class_name, r.target))
        ]
        return (mapped.class_name, old, users) if users else None

    def _exclude(self, item: Discrepancy) -> None:
        """Exclusion constraints are reported, not written: left by hand, saying what to write."""
        if item.expected == "no exclusion constraint":
            what = "remove the ExcludeConstraint from the model's __table_args__ (or create it in the database)"
        else:
            what = f"declare it in __table_args__ as ExcludeConstraint(...) ({item.expected})"
        pair = self._pair(item)
        cls = pair.source if pair is not None else None
        self._by_hand(cls.file if cls else item.file, cls.line if cls else item.line, item,
                      f"{item.message}; not edited by apply: {what}.")

    def _server_default(self, item: Discrepancy) -> None:
        found = self._truth_column(item)
        if found is None:
            return
        pair, column = found
        if self.options.timestamp_policy and timestamp_target(pair.truth, column) is not None:
            return  # the policy decides these columns (apply_timestamp_policy)
        default = normalize_default(column.default, column.type)
        if frozen_now(item.actual, default):
            self._frozen_now(item, pair, column)
            return
        reason = f"{item.message}; the model takes the database's default" + (
            f" as server_default=text({default!r})." if default is not None else ": none."
        )
        self._change(item, default, lambda file, cls, source: SetServerDefault(
            **self._common(item, source, file, cls, reason), default=default))

    def _frozen_now(self, item: Discrepancy, pair: TablePair, column: Column) -> None:
        """The models' ``server_default="now()"`` froze the database's default: no edit (the models
        made that default), a note of the bug and how to mend both sides."""
        alter = alter_column(pair.truth.name, pair.truth.schema, column.name, self.options.schema)
        self.notes.append(
            f"{pair.truth.name}.{column.name}: server_default=\"now()\" of {item.model_class}.{item.model_attribute} "
            f"is a string, which PostgreSQL froze to {column.default} when the table was created: every row "
            f"takes that time. Not edited (the model made that default); to mean the time of each insert, write "
            f"server_default=text(\"now()\") and run {alter} SET DEFAULT now();")

    def _identity(self, item: Discrepancy) -> None:
        identity = item.expected
        if identity is None:
            how = "the model drops its Identity(...)"
        else:
            how = "the model declares it with " + ("Identity(always=True)" if identity == "always" else "Identity()")
        reason = f"{item.message}; {how}."
        self._change(item, identity, lambda file, cls, source: SetIdentity(
            **self._common(item, source, file, cls, reason), identity=identity))

    def _table_comment(self, item: Discrepancy) -> None:
        pair = self._pair(item)
        if pair is None or pair.source is None:
            return
        cls = pair.source
        base = self.models.table_args_base(cls)
        if base is None and self._base_with_table_args(cls) is not None:
            self._by_hand(
                cls.file, cls.line, item,
                f"{item.message}: the database says {item.expected!r}; {cls.class_name} may take __table_args__ "
                f"from {self._base_with_table_args(cls)}, which a new __table_args__ in the class would "
                "replace: set the comment by hand."
            )
            return
        where = "comment= of the Table(...)" if cls.kind == "table-object" else '"comment" in __table_args__'
        if item.expected is not None:
            reason = f"{item.message}; the model takes the database's comment ({where})."
        else:
            reason = f"{item.message}; the database has none, so the model's {where} goes."
        if base is not None:
            reason += f" The class's __table_args__ keeps the {base}.__table_args__ it inherits."
        self.actions.append(SetTableComment(
            file=cls.file, class_name=cls.class_name, table=item.table, reason=reason, comment=item.expected,
            table_args_from=base, options_name=cls.options_name,
        ))

    def _leaving_module_indexes(self, actions: list[Action]) -> list[Action]:
        """``actions``, less those that would change or remove an index an ``Index(...)`` call at
        module level makes (koschei's ``Index("ix", *Dependency.nevra)`` after the classes):
        the edits rewrite ``__table_args__`` items, so each is a person's edit of that call. An
        index the database lacks whose call is a statement of its own (rebble's ``db.Index(...)``
        after the class) is removed with that statement."""
        places = self._module_index_places
        added = {action.definition.name for action in actions if isinstance(action, AddIndex)}
        kept = []
        for action in actions:
            name = action.definition.name if isinstance(action, (AddIndex, DropIndex)) else None
            if name not in places:
                kept.append(action)
                continue
            index = places[name]
            if isinstance(action, DropIndex) and index.standalone and name not in added:
                kept.append(self._module_index_drop(action, index))
                continue
            self.by_hand.append(ByHand(index.file, index.line, action.kind, (
                f"{action.reason.split('; ')[0]}; not edited: the Index({name!r}, ...) call at {index.file}:"
                f"{index.line} makes it at module level; change that call by hand.")))
        return kept

    @cached_property
    def _module_index_places(self) -> dict[str, ModuleIndex]:
        """The indexes ``Index(...)`` calls at module level make, by name."""
        return {index.name: index for index in self.models.module_indexes}

    @staticmethod
    def _module_index_drop(action: DropIndex, index: ModuleIndex) -> DropIndex:
        return replace(action, file=index.file, module_line=index.line, attribute=None, reason=(
            f"{action.reason.split('; ')[0]}; the Index({index.name!r}, ...) statement at {index.file}:{index.line}, "
            "after the class, is removed."))

    def _keeping_inherited_table_args(self, actions: list[Action]) -> list[Action]:
        """``actions``, those that give a class a ``__table_args__`` of its own while it inherits
        one (Flask-AppBuilder's base sets ``{"extend_existing": True}`` for every model) ending
        it with the inherited one (``Model.__table_args__``); left to a person when the base that
        passes it on is not among the bases the class writes."""
        kept = []
        for action in actions:
            cls = self.models.class_named(action.class_name) if isinstance(
                action, (AddIndex, AddUniqueConstraint)) and action.attribute is None else None
            if cls is None or cls.inherited_table_args is None or cls.file != action.file \
                    or not isinstance(action, (AddIndex, AddUniqueConstraint)) or cls.items_attribute is not None:
                kept.append(action)
                continue
            base = self.models.table_args_base(cls)
            if base is not None:
                kept.append(replace(action, table_args_from=base, reason=(
                    f"{action.reason} The class's new __table_args__ ends with {base}.__table_args__, which it "
                    f"inherits ({cls.inherited_table_args}).")))
                continue
            self.by_hand.append(ByHand(cls.file, cls.line, action.kind, (
                f"{action.reason} Not added: {cls.class_name} has no __table_args__ of its own and inherits "
                f"{cls.inherited_table_args}; one of its own would replace it. Add the item to a __table_args__ "
                "that keeps the inherited one, by hand.")))
        return kept

    def _base_with_table_args(self, cls: ClassSource) -> str | None:
        """A scanned base class of ``cls`` that defines ``__table_args__`` (its own or
        inherited), if any, where the class has none of its own."""
        if cls.inherited_table_args is not None:
            return cls.inherited_table_args.split(".", 1)[0]
        if cls.own_table_args:
            return None
        for base in cls.bases:
            source = self.models.class_named(base.rsplit(".", 1)[-1])
            if source is not None and "__table_args__" in source.names:
                return source.class_name
        return None

    def _comment(self, item: Discrepancy) -> None:
        comment = item.expected
        reason = f"{item.message}; the model takes the database's comment."
        self._change(item, comment, lambda file, cls, source: SetComment(
            **self._common(item, source, file, cls, reason), comment=comment))

    def _undecided(self, item: Discrepancy) -> bool:
        """Whether ``item`` is half of a pair that may be a rename, left for a person to
        decide (recorded once, from the model's side)."""
        candidate = weak_candidate(item.evidence)
        if candidate is None or self.options.drop_unmatched:
            return False
        if item.kind == kinds.EXTRA_COLUMN:
            source = self._source(item)
            self.undecided.append(UndecidedRename(
                file=source.file if source else item.file or "", line=source.line if source else item.line or 0,
                class_name=source.class_name if source else item.model_class or "",
                table=item.table, attribute=source.attribute if source else item.column or "",
                old_column=item.column or "", new_column=candidate.other,
                confidence=candidate.pairing.confidence, reasons=candidate.pairing.reasons,
            ))
        return True

    def _extra_column(self, item: Discrepancy) -> None:
        if self._undecided(item):
            return
        source = self._source(item)
        candidate = weak_candidate(item.evidence)
        reason = f"{item.message}; the attribute is removed."
        # a module-level Index(...) of the column: PostgreSQL dropped the index with it; the statement
        # goes with the attribute where it is one of its own (conbench's ``s.Index("hardware_index", ...)``)
        module_indexes = self._module_indexes_listing(item) if source is not None else []
        listing = [entry for entry in self._table_items_listing(item)
                   if entry not in {f"Index {index.name}" for index, _ in module_indexes}]
        if listing:
            # SQLAlchemy cannot build the table while an item names a column it lacks
            reason += f" So are the table items that list the column: {', '.join(listing)}."
        if candidate is not None:
            reason += (
                f" The database's {candidate.other} might be the same column renamed (confidence "
                f"{candidate.pairing.confidence:.2f}, below the rename threshold {self.options.rename_threshold}); "
                "dropped as --drop-unmatched asks: declare the rename in [tool.schema-inspector] renames to "
                "keep the attribute instead."
            )
        if source is not None and not source.inherited \
                and (shadowed := self._declared_by_a_base_too(source.class_name, source.attribute)) is not None:
            self._by_hand(source.file, source.line, item, (
                f"{item.message}; {source.class_name}.{source.attribute} redeclares {shadowed}'s: removing it from "
                f"{source.class_name} leaves {shadowed}'s, which maps the column again. Change both by hand."))
            return
        dropped_with: list[DropIndex] = []
        if source is not None:
            # (one reason for every column of the index the database dropped: one action, however many)
            dropped_with = [self._module_index_drop(DropIndex(
                file=index.file, class_name=source.class_name, table=item.table, definition=definition,
                reason=f"index {index.name} is in the model but not in the database (PostgreSQL drops an index "
                       "with a column it lists)"), index) for index, definition in module_indexes if index.standalone]
            references = [r for r in self.models.references if r.name == source.attribute
                          and not (r.file == source.file and source.line <= r.line <= source.end_line)
                          and not any(r.file == index.file and index.line <= r.line <= index.end_line
                                      for index, _ in module_indexes if index.standalone)]
            reading = {file: lines_reading_at_import(file, source.class_name, source.attribute)
                       for file in {r.file for r in references}}  # each file read once
            at_import = [f"{r.file}:{r.line}" for r in references if r.line in reading[r.file]]
            mapping = {file: lines_reading_table_column(file, source.class_name, source.attribute)
                       for file in reading}
            mapped_by = [f"{r.file}:{r.line}" for r in references if r.line in mapping.get(r.file, ())
                         and r.line not in reading[r.file]]
            if mapped_by:  # the DDD sandbox's ``properties={"_deleted_at": projects_table.c.deleted_at}``
                self._by_hand(source.file, source.line, item,
                              f"{item.message}; {source.class_name}.c.{source.attribute} is read at "
                              f"{', '.join(mapped_by)} (a mapper's properties, say): removing the column would "
                              "break that code when it runs. Change it, and remove the column, by hand.")
                return
            if at_import:  # ceilometer's ``message_id = Sample.message_id`` in another class's body
                gone = "".join(f" PostgreSQL dropped the index {index.name} with the column; the Index(...) call at "
                               f"{index.file}:{index.line} still makes it." for index, _ in module_indexes)
                self._by_hand(source.file, source.line, item,
                              f"{item.message}; {source.class_name}.{source.attribute} is read when its module "
                              f"loads, at {', '.join(at_import)}: removing it would break the import. Change "
                              f"that code, and remove the attribute, by hand.{gone}")
                return
            if dropped_with:
                reason += " So are the Index(...) statements that list it after the class: " + ", ".join(
                    f"{drop.definition.name} ({drop.file}:{drop.module_line})" for drop in dropped_with) + "."
                self.actions.extend(dropped_with)
            uses = [f"{r.file}:{r.line}" for r in references]
            if uses:
                reason += f" Warning: the name {source.attribute} is used at {', '.join(uses)}."
        self._change(item, None, lambda file, cls, source: DropColumn(**self._common(item, source, file, cls, reason)))

    def _keys_the_reader_cannot_follow(self, new: str, old: str) -> list[tuple[str, str, int]]:
        """(table, file, line) of each table whose database key to ``new`` (renamed from ``old``) the
        model lacks, where the table's items are built in a way the reader cannot follow (lingvodoc's
        ``(ForeignKeyConstraint(...),) + super().__table_args__`` with ``"parser" + ".client_id"``): a
        rename of the class's table would leave those keys on the old name, and the models broken."""
        found = []
        for other in self.context.pairs:
            hidden = self.context.hidden_items(other)
            if hidden is None:
                continue
            model_targets = {fk.target_table for fk in other.model.foreign_keys}
            if any(fk.target_table == new for fk in other.truth.foreign_keys) and old not in model_targets \
                    and new not in model_targets:
                found.append((other.truth.name, *hidden))
        return found

    @cached_property
    def _inherited_columns(self) -> set[tuple[str, str]]:
        """(the class that defines it, attribute) of each column a class takes from a base."""
        return {(s.defined_in, s.attribute) for s in self.models.columns if s.inherited}

    def _declared_by_a_base_too(self, class_name: str, attribute: str) -> str | None:
        """The mixin or abstract base among ``class_name``'s bases that binds ``attribute`` too (learnhouse's
        ``CertificationBase.config``, a SQLModel field the table class writes again), if any."""
        cls = self.models.class_named(class_name)
        if cls is None:
            return None
        columns = self._inherited_columns
        return next((m.class_name for m in self.models.classes if m.kind == "mixin" and attribute in m.names
                     and any(self.models.derives_from(base, m.class_name) for base in cls.bases)
                     # a column the base gives other classes, or a pydantic field of a SQLModel base; not a
                     # method of the same name (``LabelMixin.label()``)
                     and ((m.class_name, attribute) in columns
                          or any(base.rsplit(".", 1)[-1] == "SQLModel" for base in m.bases))), None)

    def _module_indexes_listing(self, item: Discrepancy) -> list[tuple[ModuleIndex, Index]]:
        """The indexes of the column ``item`` drops that an ``Index(...)`` call at module level makes
        (which PostgreSQL drops with the column), with their definitions as the model has them."""
        pair = self._pair(item)
        if pair is None:
            return []
        places = self._module_index_places
        return [(places[i.name], i) for i in pair.model.indexes
                if item.column in i.columns and i.name in places and all(t.name != i.name for t in pair.truth.indexes)]

    def _table_items_listing(self, item: Discrepancy) -> list[str]:
        """The model's multi-column unique constraints, indexes and foreign keys that list the
        column ``item`` drops (a one-column flag goes with its attribute)."""
        pair = self._pair(item)
        if pair is None:
            return []
        model = pair.model
        listing = [f"UniqueConstraint {u.name or ', '.join(u.columns)}" for u in model.unique_constraints
                   if item.column in u.columns and len(u.columns) > 1]
        listing += [f"Index {i.name}" for i in model.indexes if item.column in i.columns and i.name]
        listing += [f"ForeignKeyConstraint ({', '.join(fk.columns)})" for fk in model.foreign_keys
                    if item.column in fk.columns and len(fk.columns) > 1]
        return listing

    # -- whole columns, tables, classes -------------------------------------------------

    def _taken(self, class_name: str) -> set[str]:
        """Every attribute name the class has (own and inherited columns, relationships,
        methods, properties, names another class's ``backref=`` puts on it) or is getting."""
        taken = {s.attribute for s in self.models.columns_of_class(class_name)}
        for cls in self.models.classes_named(class_name):
            taken.update(cls.names)
        taken.update(r.backref for r in self._backrefs.get(class_name, ()))
        return taken | set(self.added[class_name].values())

    @cached_property
    def _backrefs(self) -> dict[str, list]:
        """The relationships that put a ``backref=`` on each class, by that class."""
        found: dict[str, list] = {}
        for relationship in self.models.relationships:
            if relationship.backref and relationship.target is not None:
                found.setdefault(relationship.target, []).append(relationship)
        return found

    def _snake_attributes(self, file: str, class_name: str | None = None) -> bool:
        """Whether the class's columns (when it has CamelCase ones), else the file's, map
        CamelCase names to snake_case attributes (``job_id = mapped_column("JobID")``)."""
        if (file, class_name) not in self.snake:
            own = self.models.columns_of_class(class_name) if class_name is not None else ()
            self.snake[file, class_name] = snake_case_attributes(own) if any(
                snake_attribute(s.column) != s.column for s in own) else snake_case_attributes(
                self.models.columns_in(file))
        return self.snake[file, class_name]

    def _annotated(self, file: str) -> bool:
        """Whether new columns in ``file`` may be annotated (``Mapped[...]``, SQLModel fields):
        not where the file's columns are all ``Column(...)`` calls without annotations."""
        if file not in self.annotated:
            own = [s for s in self.models.columns_in(file) if not s.inherited]
            self.annotated[file] = not own or any(
                s.optional_annotation is not None or s.style in ("mapped_column", "annotation") for s in own
            ) or any(c.style != "column" for c in self.models.classes_in(file) if c.kind == "model")
        return self.annotated[file]

    def _module_level(self, file: str) -> frozenset[str]:
        if file not in self.module_level:
            self.module_level[file] = module_names(self.models, file)
        return self.module_level[file]

    def _anchor(self, pair: TablePair, class_name: str, column: str | None) -> str | None:
        """The attribute of the nearest preceding database column that the class body
        holds (or gets from this plan): the new column goes after it (None: after them all)."""
        own = {
            p.truth.name: p.source.attribute for p in pair.columns
            if p.source is not None and not p.source.inherited
        }
        own.update(self.added[class_name])
        if not self.options.drop_unmatched:
            # an undecided pair's model column stands where the database column is, so that
            # new columns go around it as they will once it is decided (and plans agree)
            sources = column_sources(self.models, pair.model.name, pair.source)
            for candidate in pair.candidates:
                source = sources.get(candidate.old)
                if not candidate.dropped_and_added and source is not None and not source.inherited:
                    own.setdefault(candidate.new, source.attribute)
        names = [c.name for c in pair.truth.columns]
        for previous in reversed(names[: names.index(column)] if column is not None else names):
            if previous in own:
                return own[previous]
        return None

    def _add_column_action(self, pair: TablePair, column: Column, attribute: str, file: str,
                           class_name: str, reason: str) -> AddColumn:
        table = pair.truth
        definition = self._policy_definition(table, column)
        action = AddColumn(
            file=file, class_name=class_name, table=table.name, reason=reason,
            attribute=attribute, column=column.name, definition=definition,
            primary_key=bool(table.primary_key and column.name in table.primary_key.columns),
            foreign_key=(fk := self._truth_fk(table, column.name)), qualified_targets=self._qualified_keys([fk]),
            unique=unique_of_new_column(table, column.name, self.context.naming, pair.naming_schema) is not None,
            enum=self._truth_enum(column),
            after=self._anchor(pair, class_name, column.name),
            **self._spelled(file, column.type),
            explicit_nullable=self.conventions.explicit_nullable(file),
            dataclass_field=self._dataclass_field(class_name, table, column),
            sqlmodel=(file, class_name) in self._sqlmodel_classes,
        )
        self.added[class_name][column.name] = attribute
        return action

    def _spelled(self, file: str, column_type: ColumnType) -> dict:
        """``type_source`` / ``type_source_file`` of an action writing ``column_type`` in ``file``."""
        spelled = self.conventions.type_source(file, column_type)
        return {"type_source": spelled[0], "type_source_file": spelled[1]} if spelled else {}

    def _dataclass_field(self, class_name: str, table: Table, column: Column) -> str | None:
        """How a new field of a dataclass model stays out of the constructor's required
        arguments: ``default=None`` for a nullable column, ``init=False`` for the others (the
        database's default or the caller's assignment fills it); None for other classes."""
        # the class of that name on this table (another module may have a class of the name)
        own = next((c for c in self.models.classes if c.class_name == class_name and c.table == table.name), None)
        if not self._is_dataclass(class_name, own=own):
            return None
        in_key = bool(table.primary_key and column.name in table.primary_key.columns)
        return "default" if column.nullable and not in_key else "init"

    def _new_dataclass(self, file: str, bases: tuple[str, ...]) -> bool:
        """Whether a new class of ``file`` with ``bases`` is a dataclass model: a base is one, or every
        mapped class of the file is mapped by ``@reg.mapped_as_dataclass`` (which the new class takes)."""
        mapped = [c for c in self.models.classes_in(file) if c.kind == "model" and c.table]
        return any(self._is_dataclass(b.rsplit(".", 1)[-1].split("[")[0]) for b in bases) \
            or (bool(mapped) and all(c.dataclass for c in mapped))

    def _is_dataclass(self, name: str, seen: frozenset = frozenset(), own: ClassSource | None = None) -> bool:
        """Whether the scanned class ``name`` (``own``, where it is known) is a dataclass model: it or a
        base derives from ``MappedAsDataclass``, or its decorator maps it as one (``@reg.mapped_as_dataclass``)."""
        cls = own or self.models.class_named(name)
        if cls is None or name in seen:
            return False
        if cls.dataclass:
            return True
        for base in cls.bases:
            short = base.rsplit(".", 1)[-1].split("[")[0]
            if short == "MappedAsDataclass" or self._is_dataclass(short, seen | {name}):
                return True
        return False

    def _missing_column(self, item: Discrepancy) -> None:
        if self._undecided(item):
            return
        found = self._truth_column(item)
        if found is None or found[0].source is None:
            return
        pair, column = found
        cls = found[0].source
        hidden = self.models.hidden_columns(cls.class_name)
        if hidden is not None and not self._hidden_columns_accounted(cls.class_name, pair, column.name):
            self.notes.append(
                f"{item.message}; not added: the reader cannot see every column of {cls.class_name} "
                f"(see {hidden.file}:{hidden.line}), so it may be there already; add it by hand if it is missing."
            )
            return
        snake = self._snake_attributes(cls.file, cls.class_name)
        attribute = free_attribute_name(column.name, self._taken(cls.class_name), self._module_level(cls.file), snake,
                                        self._annotated(cls.file))
        reason = f"{item.message}; a new attribute maps it"
        if attribute != column.name:
            reason += f" as {attribute} = Column({column.name!r}, ...) ({_why_renamed(column.name, snake)})"
        reason += "."
        candidate = weak_candidate(item.evidence)
        if candidate is not None:
            reason += (
                f" The model's {candidate.other} might be this column under an old name "
                f"(confidence {candidate.pairing.confidence:.2f}, below the rename threshold "
                f"{self.options.rename_threshold}); it is dropped and this one added, as --drop-unmatched asks."
            )
        self.actions.append(self._add_column_action(pair, column, attribute, cls.file, cls.class_name, reason))

    def _hidden_columns_accounted(self, class_name: str, pair: TablePair, column: str) -> bool:
        """Every column the reader cannot see of ``class_name`` is an attribute's
        (``id = primary_key("Query")``), the table has a column of each such name, and
        ``column`` is none of them: those are the hidden columns, ``column`` is new."""
        attributes = self.models.hidden_attributes(class_name)
        return (attributes is not None and column not in attributes
                and all(pair.truth.column(attribute) is not None for attribute in attributes))

    def _table_rename(self, item: Discrepancy) -> None:
        pair = self._pair(item)
        if pair is None or pair.source is None:
            return
        evidence = expect(item.evidence, Rename)
        cls = pair.source.class_name
        joined = [c.class_name for c in self.models.classes
                  if c.kind == "model" and c.inherits_table is None and c.table not in (None, pair.model.name)
                  and cls in {base.rsplit(".", 1)[-1] for base in c.bases}]
        if joined and any(c.class_name == cls and not c.prefixed for c in self.models.computed_tablenames):
            self._by_hand(pair.source.file, pair.source.line, item,
                          f"{item.message}; {cls}'s __tablename__ is computed by its base, and so are those of its "
                          f"subclasses {', '.join(joined)} (joined inheritance): one written in {cls} would be theirs "
                          f"too. Give {cls} the name {evidence.new!r} by hand (a declared_attr that returns it for "
                          f"{cls} alone)")
            return
        written = pair.source.table_name_from
        if written is not None:
            how = (f"the constant {written}, which other code may use: change its value to {evidence.new!r} by hand"
                   if all(part.isidentifier() for part in written.split(".")) else
                   f"computed ({written}): change it to give {evidence.new!r} by hand")
            named = (f"{pair.source.class_name}'s table name" if pair.source.kind == "table-object"
                     else f"{pair.source.class_name}.__tablename__")
            self._by_hand(pair.source.file, pair.source.line, item, f"{item.message}; {named} is {how}")
            return
        unseen = self._keys_the_reader_cannot_follow(evidence.new, evidence.old)
        if unseen:
            self._by_hand(pair.source.file, pair.source.line, item, (
                f"{item.message}; the keys to it of {', '.join(f'{t} ({f}:{n})' for t, f, n in unseen)} may be among "
                f"table items the reader cannot follow, which would still name {evidence.old}: rename the table and "
                "those keys by hand."))
            return
        written_new, written_old = evidence.new, evidence.old
        prefix = self._prefixes.get(cls)
        if prefix is not None:  # the base's __init_subclass__ puts it before the name the class writes
            if not (evidence.new.startswith(prefix) and len(evidence.new) > len(prefix)):
                self._by_hand(pair.source.file, pair.source.line, item, (
                    f"{item.message}; {cls}'s base puts the prefix {prefix!r} before the __tablename__ it writes "
                    f"(__init_subclass__), which {evidence.new!r} does not start with: rename it by hand"))
                return
            written_new, written_old = evidence.new[len(prefix):], evidence.old[len(prefix):]
        self.actions.append(SetTableName(
            file=pair.source.file, class_name=pair.source.class_name, table=item.table,
            reason=f"{item.message}; __tablename__ follows the database" + (
                f" (after the prefix {prefix!r} its base puts before it)." if prefix else "."),
            name=written_new, old_name=written_old,
        ))
        for relationship in self.models.relationships:  # the strings SQLAlchemy looks the table up by
            if evidence.old in relationship.tables_named:
                self.actions.append(RenameTableInRelationship(
                    file=relationship.file, class_name=relationship.class_name, table=item.table,
                    reason=f"{item.message}; {relationship.class_name}.{relationship.attribute} names the table "
                    f"{evidence.old} in a string SQLAlchemy evaluates by name: it names {evidence.new}.",
                    attribute=relationship.attribute, name=evidence.new, old_name=evidence.old,
                ))

    def _missing_table(self, item: Discrepancy) -> None:
        where = f" ({item.file}:{item.line})" if item.file else ""
        self.notes.append(
            f"{item.message}{where}. No fix is planned: remove the class if the table is gone for good, "
            "or create the table."
        )

    def _missing_class(self, item: Discrepancy) -> None:
        table = self.context.truth.table(item.table, item.schema)
        if table is None:
            return
        library = next((t for t in self.models.library_tables if t[0] == table.name), None)
        if library is not None:
            if library[2] in self.models.library:
                self.notes.append(
                    f"{item.message}; no class generated: class {library[1]} of an installed library maps it "
                    f"({library[2]}:{library[3]}); the library's tables are not compared.")
            else:
                self.notes.append(
                    f"{item.message}; no class generated: class {library[1]} of {library[2]}:{library[3]}, "
                    "a file outside the models read (--models and its glob), maps it; give --models (and a glob) "
                    "that take in both to compare it.")
            return
        unread = next((u for u in self.models.unread_tables if u[0] == table.name), None)
        if unread is not None:
            self.notes.append(
                f"{item.message}; no class generated: the class at {unread[1]}:{unread[2]} maps it, but the reader "
                "did not read that class (another class has its name; see the unresolved line)."
            )
            return
        unread = next((u for u in self.models.schema_unread if u[0] == table.name), None)
        if unread is not None:
            self.notes.append(
                f"{item.message}; no class generated: the class at {unread[1]}:{unread[2]} maps a table of that name "
                "in a schema the reader cannot read (see the unresolved line), which may be this one.")
            return
        if self._may_map(table):
            # A class whose table is unknown may map this one: a generated class would map
            # the table twice ("Table ... is already defined").
            self.not_generated.append(table.qualified_name)
            return
        self.add_model(table)

    def _learned_types(self) -> None:
        """Types the reader cannot resolve (a TypeDecorator choosing its type in
        ``load_dialect_impl``) are learnt from the database columns that use them: one type
        for all of them says nothing; different types are a note (which one is right is the
        team's call), never an edit."""
        from .conventions import callee_of

        used: dict[str, dict[str, list[str]]] = {}
        for pair in self.context.pairs:
            for column in pair.columns:
                if column.model.type.kind != "unresolved" or column.source is None:
                    continue
                callee = callee_of(column.source.type_source)
                if callee is not None:
                    used.setdefault(callee, {}).setdefault(column.truth.type.render(), []).append(
                        f"{pair.truth.name}.{column.truth.name}")
        for callee, by_type in sorted(used.items()):
            if len(by_type) < 2:
                continue
            counted = sorted(by_type.items(), key=lambda kv: (-len(kv[1]), kv[0]))
            listed = "; ".join(f"{rendered}: {first_few(sorted(columns))}" for rendered, columns in counted)
            self.notes.append(
                f"the columns of type {callee} (which the reader cannot resolve) have different types in the "
                f"database: {listed}; the models are left alone."
            )

    def _unmatched_computed_names(self) -> None:
        """The classes whose computed ``__tablename__`` names no table of the database: not compared
        (an empty database, or one of another application, would otherwise be nothing to change)."""
        read = set(self.context.truth.schemas) or {self.context.truth.default_schema}
        unmatched = [c for c in self.models.computed_tablenames
                     if c.matched is None and (c.schema or self.context.truth.default_schema) in read]
        if unmatched:
            why = ("the database's tables tell no one prefix for them (no table's name ends with theirs, or two "
                   "prefixes are as common)" if all(c.prefixed for c in unmatched)
                   else "no table of the database has a name it may give")
            self.notes.append(
                f"{len(unmatched)} class(es) not compared: their __tablename__ is computed "
                f"({unmatched[0].expression}), and {why}: "
                f"{first_few([f'{c.class_name} ({c.file}:{c.line})' for c in unmatched])}.")

    def _unread_schemas(self) -> None:
        """Schemas the models' tables are in that were not read: a note, never a comparison
        against another schema's tables."""
        truth = self.context.truth
        default = truth.default_schema
        read = set(truth.schemas) or {default}
        unread: dict[str, list[str]] = {}
        for table in self.models.schema.tables:
            schema = table.schema or default
            if schema not in read:
                unread.setdefault(schema, []).append(table.name)
        for schema, tables in sorted(unread.items()):
            shown = ", ".join(sorted(tables)[:5]) + (", ..." if len(tables) > 5 else "")
            self.notes.append(
                f"schema {schema} was not read, so the {len(tables)} model table(s) in it ({shown}) were not "
                f"compared; pass --schema {schema} (with --schema {default}) to compare them."
            )

    @cached_property
    def unresolved_mappers(self) -> list:
        return unresolved_mappers(self.models)

    def _may_map(self, table: Table) -> bool:
        """Whether a class whose table is unknown may map ``table``: not one made at run time
        whose body writes a column the table lacks."""
        columns = {column.name for column in table.columns}
        return any(not set(c.run_time_columns) - columns for c in self.unresolved_mappers)

    def add_model(self, table: Table) -> None:
        existing = [(c.class_name, c.table) for c in self.models.classes if c.table and c.kind == "model"]
        taken = {c.class_name for c in self.models.classes} | {
            a.class_name for a in self.actions if isinstance(a, AddModel)
        }
        file, file_reason = self.placement.file_for(table)
        module_level = self._module_level(file)
        prefix = self._written_prefix(file)
        if prefix is not None and not (table.name.startswith(prefix) and len(table.name) > len(prefix)):
            self.by_hand.append(ByHand(file, 0, "add-model", (
                f"table {table.qualified_name} has no model class, and none is generated in {file}: the base of "
                f"its classes puts the prefix {prefix!r} before the __tablename__ they write (__init_subclass__), "
                "which this table's name does not start with; write its class by hand")))
            return
        written_table = table.name[len(prefix):] if prefix is not None else None
        class_name = class_name_for(written_table or table.name, existing, taken, module_level)
        style = self.placement.style_for(file)
        mapped_class = None
        if style == "table":  # a Table(...) object, named as the file names them, and its class
            mapped_class, class_name = class_name, self.placement.table_variable(
                file, table.name, taken | set(module_level))
        attributes: list[tuple[str, str]] = []
        used: set[str] = set()
        snake = self._snake_attributes(file)
        for column in table.columns:
            attribute = free_attribute_name(column.name, used, module_level, snake, not (
                style in ("table", "column") or (style is None and not self._annotated(file))))
            used.add(attribute)
            attributes.append((column.name, attribute))
        after_class = self.placement.follows(file, table, class_name)
        # a SQLModel table class derives from SQLModel itself: the bases of the file's classes are
        # the API's too (``UserBase``), whose fields the table may lack
        bases = Bases() if style == "sqlmodel" else self.placement.bases_for(file, table)
        if not table.columns:
            self.notes.append(
                f"table {table.qualified_name} has no columns: no class can map it (a mapper needs a key "
                "column), so none is added; the db-sql suggestion gives it one."
            )
            self._suggest_key_column(table, "")
            return
        key = _orm_primary_key(table)
        orm_key, key_reason = key.columns, key.reason
        definition = replace(table, columns=tuple(self._policy_definition(table, c) for c in table.columns))
        enums = tuple(sorted(
            {e for e in (self._truth_enum(c) for c in table.columns) if e is not None}, key=lambda e: e.name
        ))
        renamed = [f"{a} for {c!r} ({_why_renamed(c)})" for c, a in attributes if a != c]
        reason = (
            f"table {table.qualified_name} has no model class: class {class_name} ({file_reason}) maps its "
            f"{len(table.columns)} columns"
        ) + (f"; attributes {', '.join(renamed)}" if renamed else "") + f". {key_reason}" + bases.reason
        schema_source = self._schema_source(table, file)
        key_classes = self._key_classes(table, file, schema_source)
        # after the classes of its file it names (``ForeignKey(Parent.id)``): defined by then
        after_class = self.placement.past(class_name, after_class, [
            pair.source for pair, _ in key_classes if pair.source is not None and pair.source.file == file])
        self.actions.append(AddModel(
            file=file, class_name=class_name, table=table.name, reason=reason, definition=definition,
            attributes=tuple(attributes), orm_primary_key=() if key.mapper_only else orm_key,
            mapper_key=orm_key if key.mapper_only else (), enums=enums,
            after_class=after_class, style=style, mapped_class=mapped_class,
            type_sources=tuple((c.name, *spelled) for c in table.columns
                               if (spelled := self.conventions.type_source(file, c.type)) is not None),
            explicit_nullable=self.conventions.explicit_nullable(file),
            bases=bases.names, provided=bases.provided, excluded=bases.excluded, bases_from=bases.taken_from,
            names=self._written_names(table), table_args_from=bases.table_args_from,
            own_table_args=bases.own_table_args, schema_source=schema_source,
            key_classes=tuple(key for _, keys in key_classes for key in keys), written_table=written_table,
            qualified_targets=self._qualified_targets(table, file, bases),
            dataclass=style != "sqlmodel" and self._new_dataclass(file, bases.names), bare=bases.bare,
        ))
        if table.primary_key is None and key.mapper_only:
            self._suggest_key_column(table, class_name)
        elif table.primary_key is None:
            self._suggest_primary_key(table, orm_key, class_name)

    def _written_prefix(self, file: str) -> str | None:
        """The prefix a base's ``__init_subclass__`` puts before the ``__tablename__`` of each mapped
        class of ``file`` (of the codebase, for a new module), when it is one prefix for all of
        them: a new class there gets it too (``computed_names``)."""
        if not self._prefixes:
            return None

        def mapped(classes) -> list:
            return [c for c in classes if c.kind == "model" and c.table and c.inherits_table is None]

        found = {self._prefixes.get(c.class_name) for c in (mapped(self.models.classes_in(file))
                                                             or mapped(self.models.classes))}
        return found.pop() if len(found) == 1 else None

    @cached_property
    def _prefixes(self) -> dict[str, str | None]:
        """The classes whose base's ``__init_subclass__`` puts a prefix before their ``__tablename__``,
        and that prefix (None: the database's tables told none)."""
        return {c.class_name: c.prefix for c in self.models.computed_tablenames if c.prefixed}

    def _schema_source(self, table: Table, file: str) -> str | None:
        """``AddModel.schema_source``: the name every class of ``file`` on a table of ``table``'s
        schema writes that schema as (c2cgeoportal's ``{"schema": _schema}``), if they agree."""
        default = self.context.truth.default_schema
        written = {pair.source.schema_written for pair in self.context.pairs
                   if pair.source is not None and pair.source.file == file
                   and (pair.truth.schema or default) == (table.schema or default)}
        return written.pop() if len(written) == 1 else None

    def _key_classes(self, table: Table, file: str, schema_source: str | None
                     ) -> list[tuple[TablePair, tuple[tuple[str | None, str, str, str, str, str], ...]]]:
        """``AddModel.key_classes``, by the target's table: the classes and attributes of the target
        columns of ``table``'s foreign keys to tables of other schemas, and (``schema_source``: the
        schema is written as a name; or a base's ``__init_subclass__`` puts a prefix from the settings
        before the target's table name; or the database renamed the target's table, a rename the class
        may take only by hand) to those of its own schema whose class ``file`` defines (the new class
        goes after it) or imports; a key of several columns where the class maps every one of them."""
        default = self.context.truth.default_schema
        found: list[tuple[TablePair, tuple[tuple[str | None, str, str, str, str, str], ...]]] = []
        for fk in table.foreign_keys:
            own_schema = (fk.target_schema or default) == (table.schema or default)
            if fk.target_table is None:
                continue
            pair = self.context.table_pair(fk.target_table, fk.target_schema)
            model_columns = [pair.column_pair(target) for target in fk.target_columns] if pair is not None else []
            sources = [c.source if c is not None else None for c in model_columns]
            if pair is None or pair.source is None or not sources \
                    or any(s is None or s.class_name != pair.source.class_name for s in sources):
                continue
            if own_schema and schema_source is None and pair.source.class_name not in self._prefixes \
                    and pair.rename is None:
                continue
            if own_schema and pair.source.file != file and pair.source.class_name not in self._prefixes:
                continue  # a string names a table of its own schema (the renderer writes the class where imported)
            found.append((pair, tuple(
                (fk.target_schema, fk.target_table, column, pair.source.class_name, source.attribute, pair.source.file)
                for column, source in zip(fk.target_columns, sources, strict=True) if source is not None)))
        return found

    def _qualified_targets(self, table: Table, file: str, bases: Bases) -> tuple[str, ...]:
        """``AddModel.qualified_targets``: those of ``table``'s keys (``_qualified_keys``), and the
        table itself (a key to its own rows) when the new class writes the default schema
        (``_writes_default_schema``)."""
        default = self.context.truth.default_schema
        found = set(self._qualified_keys(fk for fk in table.foreign_keys
                                         if (fk.target_table, fk.target_schema or default)
                                         != (table.name, table.schema or default)))
        if any(fk.target_table == table.name and (fk.target_schema or default) == (table.schema or default) == default
               for fk in table.foreign_keys) and self._writes_default_schema(file, bases):
            found.add(table.name)
        return tuple(sorted(found))

    def _writes_default_schema(self, file: str, bases: Bases) -> bool:
        """Whether a new class of ``file`` with ``bases`` writes the default schema: every class of
        the file does, and the new one inherits the ``__table_args__`` of a base (PDAP's); not where
        each class writes ``{"schema": "public"}`` of its own, which the new one does not."""
        return file in self._default_schema_files and bases.table_args_from is not None

    @cached_property
    def _default_schema_files(self) -> frozenset[str]:
        """The files whose every class writes the default schema, as a new class there will (none
        in most codebases: then no key is looked at for it)."""
        default = self.context.truth.default_schema
        schemas: dict[str, set[str | None]] = defaultdict(set)
        for pair in self.context.pairs:
            if pair.source is not None:
                schemas[pair.source.file].add(pair.model.schema)
        return frozenset(file for file, written in schemas.items() if written == {default})

    def _qualified_keys(self, fks: Iterable[ForeignKey | None]) -> tuple[str, ...]:
        """The tables of the default schema these keys name whose classes write that schema
        (``{"schema": "public"}``, theirs or their base's: PDAP's): their tables are ``public.x``
        in the metadata, so a key to them writes ``"public.x.id"`` (``AddModel.qualified_targets``)."""
        default = self.context.truth.default_schema
        found = set()
        for fk in fks:
            if fk is None or fk.target_table is None or (fk.target_schema or default) != default:
                continue
            pair = self.context.table_pair(fk.target_table, fk.target_schema)
            if pair is not None and pair.model.schema == default:
                found.add(fk.target_table)
            elif pair is None and self._default_schema_files \
                    and (target := self.context.truth.table(fk.target_table, fk.target_schema)) is not None \
                    and self._writes_default_schema(file := self.placement.file_for(target)[0],
                                                    self.placement.bases_for(file, target)):
                found.add(fk.target_table)  # a table the plan gives a class, in a file of such classes
        return tuple(sorted(found))

    def _written_names(self, table: Table) -> tuple[tuple[str, str, bool], ...]:
        """The names of ``table``'s constraints and indexes that a new class writes otherwise
        under the metadata's naming convention (the convention's token, or conv(...)), and
        its one-column foreign keys the convention would name otherwise."""
        naming = self.context.naming
        found = []
        items = [("unique", u.name, u.columns) for u in table.unique_constraints]
        items += [("index", i.name, i.columns) for i in table.indexes]
        items += [("check", c.name, ()) for c in table.check_constraints]
        items += [("foreign_key", fk.name, fk.columns) for fk in table.foreign_keys if len(fk.columns) > 1]
        schema = written_schema(table.schema)
        for kind, name, columns in items:
            if name is None:
                continue
            written = naming.written(kind, name, table.name, columns, schema=schema)
            if (written.text, written.converted) != (name, False):
                found.append((name, written.text, written.converted))
        for fk in table.foreign_keys:
            if len(fk.columns) == 1 and fk.name and naming.template("foreign_key") is not None:
                if naming.unnamed("foreign_key", table.name, fk.columns, fk.target_table, fk.target_columns,
                                  schema=schema) != fk.name:
                    written = naming.written("foreign_key", fk.name, table.name, fk.columns, fk.target_table,
                                             fk.target_columns, schema=schema)
                    found.append((fk.name, written.text, written.converted))
        return tuple(found)

    def _suggest_primary_key(self, table: Table, columns: tuple[str, ...], class_name: str) -> None:
        sql = (
            f"ALTER TABLE {self._sql_table(table)} ADD PRIMARY KEY "
            f"({', '.join(quote_ident(c) for c in columns)});"
        )
        self.actions.append(SuggestSQL(
            file="", class_name=class_name, table=table.name, sql=sql,
            reason=f"{table.qualified_name} has no primary key; the mapper uses ({', '.join(columns)}), "
                   "so the database should declare it.",
        ))

    def _suggest_key_column(self, table: Table, class_name: str) -> None:
        """No column set can be the key (every column nullable, or none at all): the table
        needs a key column, which an identity column gives every existing row."""
        column = _free_key_column(table)
        self.actions.append(SuggestSQL(
            file="", class_name=class_name, table=table.name,
            sql=(f"ALTER TABLE {self._sql_table(table)} ADD COLUMN {quote_ident(column)} bigint "
                 "GENERATED ALWAYS AS IDENTITY PRIMARY KEY;"),
            reason=(f"{table.qualified_name} has no primary key and no NOT NULL column to make one of, so "
                    f"rows cannot be told apart; an identity column {column} numbers them and is the key "
                    "(then plan maps it)."),
        ))

    def _sql_table(self, table: Table) -> str:
        return qualified_table(table.name, None if table.schema == self.options.schema else table.schema)

    # -- timestamp policy -----------------------------------------------------------------

    def _policy_definition(self, table: Table, column: Column) -> Column:
        """The column as a new model states it: under the policy, with its target default."""
        target = timestamp_target(table, column, self.options.schema) if self.options.timestamp_policy else None
        return column if target is None else replace(column, default=target.model_default)

    def apply_timestamp_policy(self) -> None:
        for table in self.context.truth.tables:
            pair = self.context.table_pair(table.name, table.schema)
            cls = pair.source if pair else None
            for column in table.columns:
                target = timestamp_target(table, column, self.options.schema)
                if target is None:
                    continue
                if target.db_sql:
                    self.actions.append(SuggestSQL(
                        file="", class_name=cls.class_name if cls else "", table=table.name,
                        reason=target.reason, sql=target.db_sql,
                    ))
                column_pair = pair.column_pair(column.name) if pair else None
                if pair is None or column_pair is None or column_pair.source is None:
                    continue  # a new attribute or class already carries the target
                if normalize_default(column_pair.model.default, column.type) == target.model_default:
                    continue
                source = column_pair.source
                said = column_pair.model.default or "no server_default"
                reason = f"{target.reason}; the model has {said}."
                action = SetServerDefault(
                    file=source.file, class_name=source.class_name, table=table.name, reason=reason,
                    attribute=source.attribute, column=column.name, default=target.model_default,
                )
                self.changes.append(ColumnChange(
                    source, pair, (kinds.SERVER_DEFAULT, target.model_default), partial(_moved, action),
                ))

    # -- decisions per class / mixin, and the plan ---------------------------------------

    def _override(self, override: Override) -> None:
        changes, source, disagreeing = override.changes, override.source, override.disagreeing
        pair = changes[0].pair
        truth_name = pair.truth_name(source.column)
        cls = pair.source
        if cls is None:
            return
        if truth_name is None:  # the database has no such column: this class maps none
            why = (f"{', '.join(disagreeing)} still use{'s' if len(disagreeing) == 1 else ''} it"
                   if disagreeing else f"{source.file} is an installed library's (read, never edited)")
            self.actions.append(UnmapInheritedColumn(
                file=cls.file, class_name=cls.class_name, table=pair.truth.name, attribute=source.attribute,
                column=source.column, inherited_from=source.defined_in,
                reason=(f"{pair.truth.name}.{source.column} is not in the database; {cls.class_name} inherits "
                        f"{source.attribute} from {source.defined_in}, which is left as it is ({why}): "
                        f"{source.attribute} = None in {cls.class_name}, and SQLAlchemy maps no such column for it."),
                after=self._anchor(pair, cls.class_name, None),
            ))
            return
        if source.per_class:  # sbc-pay's ``default=cls._get_name``: no statement to copy
            self.by_hand.append(ByHand(cls.file, cls.line, changes[0].key[0], (
                f"{pair.truth.name}.{truth_name} differs from the definition {cls.class_name} inherits from "
                f"{source.defined_in}, which a declared_attr makes for each class ({source.file}:{source.line} reads "
                f"the class, or does more than return the column): override {source.attribute} in {cls.class_name} "
                "by hand")))
            return
        made = [change.make(cls.file, cls.class_name) for change in changes]
        why = (f"{', '.join(disagreeing)} use{'s' if len(disagreeing) == 1 else ''} that definition as it is"
               if disagreeing else f"{source.file} is an installed library's (read, never edited)")
        reason = (
            f"{pair.truth.name}.{truth_name} differs from the definition {cls.class_name} inherits from "
            f"{source.defined_in}, but {why}, so {cls.class_name} overrides {source.attribute}: the inherited "
            "statement is copied whole (its type, default=, onupdate= and every other argument) and changed only "
            f"where the database differs: {' '.join(action.reason for action in made)}"
        )
        self.actions.append(OverrideColumn(
            file=cls.file, class_name=cls.class_name, table=pair.truth.name, reason=reason,
            attribute=source.attribute, column=truth_name, source_file=source.file,
            source_class=source.defined_in, changes=tuple(made),
            after=self._anchor(pair, cls.class_name, truth_name),
        ))
        self.added[cls.class_name][truth_name] = source.attribute

    def _notes(self) -> None:
        for table in self.context.truth.tables:
            if table.primary_key is not None or not table.columns or any(not c.nullable for c in table.columns):
                continue
            pair = self.context.table_pair(table.name, table.schema)
            if pair is not None and pair.source is not None and pair.model.primary_key is None \
                    and table.name not in self.no_pk_tables:
                self._suggest_key_column(table, pair.source.class_name)
        if self.no_pk_tables:
            self.notes.append(NO_PK_NOTE.format(tables=first_few(sorted(self.no_pk_tables), 10)))
            for _name, (pair, orm_key) in sorted(self.no_pk_tables.items()):
                if orm_key:
                    self._suggest_primary_key(pair.truth, orm_key, pair.source.class_name if pair.source else "")
        kept = [s for s in self.models.columns
                if s.column in RESERVED_ATTRIBUTES and s.attribute != s.column and not s.inherited]
        if kept:
            mapped = sorted(f"{s.class_name}.{s.attribute} = Column({s.column!r}, ...)" for s in kept)
            names = sorted({s.column for s in kept})
            self.notes.append(RESERVED_NOTE.format(
                mapped=first_few(mapped),
                names=(", ".join(repr(n) for n in names) + (" is" if len(names) == 1 else " are")),
            ))

    def _leave_outside_files(self) -> None:
        """An action on a file outside the models path (an enum class of another package the
        models import) becomes a note: the tool edits only the models it was given."""
        outside = set(self.models.outside)
        if not outside:
            return
        kept = []
        for action in self.actions:
            if action.file in outside:
                self.notes.append(f"{action.file}: {action.reason} Not edited: the file is outside the models path "
                                  "(read for the names the models import from it); make this change there by hand.")
            else:
                kept.append(action)
        self.actions = kept

    def finish(self) -> Plan:
        self._unread_schemas()
        self._learned_types()
        self._unmatched_computed_names()
        if self.not_generated:
            classes = first_few([f"{c.class_name} ({c.file}:{c.line})" for c in self.unresolved_mappers])
            self.notes.append(
                f"{len(self.not_generated)} table(s) without a class ({first_few(self.not_generated, 10)}): "
                f"no class generated, because the table of {classes} is not known (a class a function makes "
                "when it runs, a computed __tablename__ that matches no table, or one the reader cannot read) and "
                "may be one of them; give those classes a literal __tablename__ at module level, or map the tables "
                "by hand."
            )
        placed, overrides = place_changes(self.changes, self.models)
        self.actions.extend(placed)
        for override in overrides:
            self._override(override)
        overridden = {(o.source.class_name, o.source.attribute) for o in overrides}
        self.actions.extend(self._keeping_inherited_table_args(self._leaving_module_indexes(
            self.table_items.actions(overridden))))
        self.notes.extend(self.table_items.notes)
        relationships = RelationshipPlanner(self.context)
        self.actions.extend(relationships.actions())
        self.notes.extend(relationships.notes)
        self._notes()
        self._leave_outside_files()
        self._leave_sqlmodel_changes()
        actions = in_plan_order(set(self.actions), self.models, self.context.pairs)
        return Plan(actions=tuple(actions), file_hashes=edited_file_hashes(actions, self.models),
                    notes=tuple(dict.fromkeys(self.notes)),
                    undecided=tuple(sorted(set(self.undecided), key=lambda u: (u.file, u.line, u.old_column))),
                    by_hand=tuple(dict.fromkeys(self.by_hand)),
                    items_attributes=self._items_attributes(actions))

    @cached_property
    def _sqlmodel_classes(self) -> dict[tuple[str, str], ClassSource]:
        """(file, class) -> the SQLModel classes (table classes and the bases they take fields from)."""
        return {(c.file, c.class_name): c for c in self.models.classes if c.style == "sqlmodel"}

    def _leave_sqlmodel_changes(self) -> None:
        """The changes to SQLModel classes that are not edits of a field, its table's name or its
        ``__table_args__`` (a field redefined in one table class of a base several share, an identity,
        a relationship's strings), and a field dropped from a SQLModel base, which the API schemas
        that derive from it share: a person makes them."""
        kept = []
        for action in self.actions:
            owner = self._sqlmodel_classes.get((action.file, action.class_name))
            if owner is None or (isinstance(action, SQLMODEL_EDITS) and not (
                    isinstance(action, DropColumn) and owner.kind != "model")) \
                    or (isinstance(action, OverrideColumn) and owner.kind == "model"
                        and all(isinstance(change, SQLMODEL_EDITS) for change in action.changes)):
                kept.append(action)
                continue
            why = (f"{owner.class_name} is a SQLModel base that API schemas may share, which keep the field"
                   if isinstance(action, DropColumn) else
                   f"{owner.class_name} is a SQLModel class, and this change is not an edit of a field")
            self.by_hand.append(ByHand(action.file, owner.line, action.kind,
                                       f"{action.reason} Not changed: {why}; change it by hand."))
        self.actions = kept

    def _items_attributes(self, actions: list[Action]) -> tuple[tuple[str, str, str], ...]:
        """(file, class, attribute) of the classes the actions edit whose table items are in
        an attribute of their own (``ClassSource.items_attribute``)."""
        edited = {(a.file, a.class_name) for a in actions}
        return tuple(sorted((c.file, c.class_name, c.items_attribute) for c in self.models.classes
                            if c.items_attribute is not None and (c.file, c.class_name) in edited))


def _moved(action: Action, file: str, class_name: str) -> Action:
    """``action`` made on another class (the mixin that defines the column, or the class)."""
    return replace(action, file=file, class_name=class_name)


def _class_labels(enum_class: EnumClassSource) -> list:
    """The database labels of the enum class's members, in their order."""
    if enum_class.labels_are == "values" and enum_class.values is not None:
        return [str(value) for value in enum_class.values]
    return list(enum_class.members)


def _first_member(enum_class: EnumClassSource) -> str:
    """``NO_ACCESS = "No Access"``: the first member as written (its name and its value)."""
    value = enum_class.value_sources[0] if enum_class.value_sources else "..."
    return f"{enum_class.members[0]} = {value}" if enum_class.members else enum_class.class_name


def _member_for(label: str, enum_class: EnumClassSource) -> tuple[str, str | int | None, str | None] | None:
    """(member name, value, value as written to copy) for a new ``label``, following the way
    the class names its members and gives their values; None when no name can follow it."""
    members, values = enum_class.members, enum_class.values
    if enum_class.labels_are == "values":
        texts = [str(v) for v in values or ()]
        if texts and all(m == v.upper() for m, v in zip(members, texts, strict=False)):
            name = re.sub(r"\W", "_", label.upper())
        elif texts and all(m == v.lower() for m, v in zip(members, texts, strict=False)):
            name = re.sub(r"\W", "_", label.lower())
        else:
            name = label
        return (name, label, None) if name.isidentifier() and not keyword.iskeyword(name) else None
    if not label.isidentifier() or keyword.iskeyword(label):
        return None
    if values is None:
        last = enum_class.value_sources[-1] if enum_class.value_sources else ""
        return (label, None, last) if re.fullmatch(r"(\w+\.)*auto\(\)", last) else None
    integers = [v for v in values if isinstance(v, int) and not isinstance(v, bool)]
    if values and len(integers) == len(values):
        return label, max(integers) + 1, None
    if all(isinstance(v, str) for v in values):
        for change in (str, str.lower, str.upper):
            if all(v == change(m) for m, v in zip(members, values, strict=False)):
                # a member with another member's value is an alias of it in Python: no new label
                return (label, change(label), None) if change(label) not in values else None
    return None


def _why_renamed(column: str, snake: bool = False) -> str:
    if snake and free_attribute_name(column, (), (), snake) == snake_attribute(column):
        return "snake_case, as the codebase maps its other CamelCase columns"
    if column in RESERVED_ATTRIBUTES:
        return f"{column!r} is reserved on a mapped class"
    if not column.isidentifier():
        return "not a valid Python name"
    return "a keyword, a reserved or taken name, or a name the class body reads such as an import"


@dataclass(frozen=True)
class _OrmKey:
    """The key the mapper of a new class uses: ``columns`` on the table (``primary_key=True``
    on each) or, when ``mapper_only``, in ``__mapper_args__`` only (the table keeps no key:
    a table key would make its nullable columns NOT NULL); ``reason`` in words."""

    columns: tuple[str, ...]
    reason: str
    mapper_only: bool = False


def _orm_primary_key(table: Table) -> _OrmKey:
    """The key the mapper uses for a new class: the database's primary key; else its
    smallest unique NOT NULL column set (a UNIQUE constraint or a plain unique index over
    NOT NULL columns); else its NOT NULL columns; else (every column nullable) every column
    as a key of the mapper alone."""
    if table.primary_key is not None:
        return _OrmKey(tuple(table.primary_key.columns), "Its primary key is the database's.")
    not_null = [c.name for c in table.columns if not c.nullable]
    unique_sets = [u.columns for u in table.unique_constraints if not u.nulls_not_distinct] + [
        i.columns for i in table.indexes
        if i.unique and i.where is None and not i.expressions and i.columns
    ]
    candidates = sorted((cols for cols in unique_sets if all(c in not_null for c in cols)), key=len)
    if candidates:
        columns = tuple(candidates[0])
        return _OrmKey(columns, (
            f"The table has no primary key; the mapper needs one, so the class uses the unique NOT NULL "
            f"column{'s' if len(columns) > 1 else ''} {', '.join(columns)} as its ORM key, and the database "
            "should declare it (db-sql suggestion)."
        ))
    if not_null:
        return _OrmKey(tuple(not_null), (
            f"The table has no primary key and no unique NOT NULL column; the mapper needs a key, so the class "
            f"uses ({', '.join(not_null)}) - every NOT NULL column - as its ORM key, and the database should "
            "declare a primary key (db-sql suggestion)."
        ))
    columns = tuple(c.name for c in table.columns)
    return _OrmKey(columns, (
        f"The table has no primary key and no NOT NULL column; the mapper needs a key, so the class names "
        f"({', '.join(columns)}) - every column - as the mapper's key in __mapper_args__ (the table itself "
        "keeps its nullable columns and no key), and the database needs a key column (db-sql suggestion)."
    ), mapper_only=True)


def _free_key_column(table: Table) -> str:
    """A name for a new identity key column that the table does not have."""
    taken = {c.name for c in table.columns}
    for name in ("id", "row_id", f"{table.name}_id"):
        if name not in taken:
            return name
    number = 2
    while f"id_{number}" in taken:
        number += 1
    return f"id_{number}"


def _unlike_keys_on(pair: TablePair, columns: tuple[str, ...], default_schema: str) -> bool:
    """Whether the database or the model has foreign keys on ``columns`` (the database's names) that
    differ from each other (newspipe's column ``ForeignKey`` beside a ``ForeignKeyConstraint`` of it
    with ``ondelete="CASCADE"``); the same key written twice (ras-party's) is one."""
    truth = {fk_signature(f, default_schema) for f in pair.truth.foreign_keys if tuple(f.columns) == columns}
    model = {fk_signature(f, default_schema) for f in pair.model.foreign_keys
             if tuple(pair.truth_name(c) for c in f.columns) == columns}
    return len(truth) > 1 or len(model) > 1


def _model_fk(pair: TablePair, columns: tuple[str, ...]) -> ForeignKey | None:
    """The model's foreign key on ``columns`` (the database's names), if it has one."""
    return next((f for f in pair.model.foreign_keys if tuple(pair.truth_name(c) for c in f.columns) == columns),
                None)


def _enum_call(type_source: str | None) -> dict[str, object] | None:
    """The literal keywords of the type as written when it is one ``Enum(...)`` / ``ENUM(...)`` call
    (``Enum(Kind, native_enum=False, length=32)``: ``{"native_enum": False, "length": 32}``, a keyword of
    another value as None); None for another expression (``Enum(...).with_variant(...)``) and a call
    with ``**options``."""
    try:
        node = ast.parse((type_source or "").strip(), mode="eval").body
    except SyntaxError:
        return None
    if not isinstance(node, ast.Call) or not isinstance(node.func, (ast.Name, ast.Attribute)) \
            or (node.func.id if isinstance(node.func, ast.Name) else node.func.attr) not in ("Enum", "ENUM") \
            or any(k.arg is None for k in node.keywords):  # ``**options``: what it says is not known
        return None
    return {k.arg: k.value.value if isinstance(k.value, ast.Constant) else None for k in node.keywords if k.arg}

