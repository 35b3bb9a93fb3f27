"""Typed fix actions: what to change, where, and why. Data only; codemods carry them out.

Every action names its fix ``kind`` (the value of ``--only``), the file and class it edits,
the table it concerns and the ``reason`` a person reads in the plan. Actions are frozen,
comparable and serialisable: a plan can be saved as JSON, reviewed, filtered and applied
later, file by file.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import MISSING, dataclass, fields
from typing import Any, ClassVar

from schema_inspector.introspect.schema import (
    Column,
    ColumnType,
    Enum,
    ForeignKey,
    Index,
    Table,
    UniqueConstraint,
    from_plain,
    nested_dataclass,
    to_plain,
)

FIX_KINDS = (
    "table-name", "column-name", "add-column", "drop-column", "type", "nullable",
    "primary-key", "foreign-key", "server-default", "identity", "comment", "unique", "index", "relationship",
    "add-model", "db-sql",
)


# class name (the JSON's "action") -> action class: every class with a fix kind registers itself
ACTION_TYPES: dict[str, type[Action]] = {}


@dataclass(frozen=True, kw_only=True)
class Action:
    """Base of every fix action."""

    kind: ClassVar[str] = ""
    removes: ClassVar[bool] = False  # takes something out of the models (ordered before additions)

    def __init_subclass__(cls, **kwargs) -> None:
        super().__init_subclass__(**kwargs)
        if cls.kind:
            ACTION_TYPES[cls.__name__] = cls
    file: str  # models file to edit ("" for db-sql suggestions)
    class_name: str  # class (or Table(...) variable) to edit
    table: str
    reason: str

    @property
    def id(self) -> str:
        """Stable id: the same action always gets the same id."""
        payload = json.dumps(self.to_json(with_id=False), sort_keys=True, ensure_ascii=False)
        return hashlib.sha256(payload.encode()).hexdigest()[:12]

    def to_json(self, with_id: bool = True) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if with_id:
            data["id"] = self.id
        data["kind"] = self.kind
        data["action"] = type(self).__name__
        for f in fields(self):
            value = getattr(self, f.name)
            if f.name == "changes":  # nested actions keep their type
                data[f.name] = [change.to_json(with_id=False) for change in value]
            else:
                data[f.name] = to_plain(value)
        return data

    @staticmethod
    def from_json(data: dict[str, Any]) -> Action:
        cls = ACTION_TYPES.get(data.get("action", ""))
        if cls is None:
            raise ValueError(f"unknown action {data.get('action')!r}")
        kwargs = {}
        for f in fields(cls):
            if f.name not in data and (f.default is not MISSING or f.default_factory is not MISSING):
                continue  # a field added later, with its default: older plans stay readable
            value = data[f.name]
            nested = nested_dataclass(cls, f.name)
            if f.name == "changes":
                value = tuple(Action.from_json(change) for change in value)
            elif nested is not None and value is not None:
                value = (
                    tuple(from_plain(nested, v) for v in value)
                    if isinstance(value, list)
                    else from_plain(nested, value)
                )
            elif isinstance(value, list):
                value = tuple(tuple(v) if isinstance(v, list) else v for v in value)
            kwargs[f.name] = value
        return cls(**kwargs)


@dataclass(frozen=True, kw_only=True)
class ColumnAction(Action):
    """An action on one mapped attribute."""

    attribute: str
    column: str  # database name


@dataclass(frozen=True, kw_only=True)
class SetTableName(Action):
    kind: ClassVar[str] = "table-name"
    name: str
    old_name: str


@dataclass(frozen=True, kw_only=True)
class RenameTableInRelationship(Action):
    """The renamed table's name in the strings of the relationship ``attribute``
    (``secondary="old"``, ``old.c.id`` in ``primaryjoin=``), which SQLAlchemy looks up by name."""

    kind: ClassVar[str] = "table-name"
    attribute: str
    name: str
    old_name: str


@dataclass(frozen=True, kw_only=True)
class RenameTableInForeignKeys(Action):
    """The renamed table's name in the targets of the class's (or the ``Table``'s)
    ``ForeignKeyConstraint`` items (``["old.id"]``), which SQLAlchemy looks up by name."""

    kind: ClassVar[str] = "foreign-key"
    name: str
    old_name: str


@dataclass(frozen=True, kw_only=True)
class RenameTableInColumn(ColumnAction):
    """The renamed table's name in the string arguments of the column's call, which a helper
    makes its ForeignKey from (cookiecutter-flask's ``reference_col("users")``)."""

    kind: ClassVar[str] = "foreign-key"
    name: str
    old_name: str


@dataclass(frozen=True, kw_only=True)
class MapColumnName(ColumnAction):
    """Keep the attribute, map it to the database name: ``user_id = Column("users_id", ...)``."""

    kind: ClassVar[str] = "column-name"
    old_column: str


@dataclass(frozen=True, kw_only=True)
class AddColumn(ColumnAction):
    """A new attribute for ``definition``; ``after`` is the attribute it follows (None: first)."""

    kind: ClassVar[str] = "add-column"
    definition: Column
    primary_key: bool = False
    foreign_key: ForeignKey | None = None
    unique: bool = False
    enum: Enum | None = None
    after: str | None = None
    # the type as the codebase writes it (``GUID()``, ``db.Unicode(50)``) and a file that
    # does (for its imports); None: SQLAlchemy's spelling of the database type
    type_source: str | None = None
    type_source_file: str | None = None
    explicit_nullable: bool = False  # nullable= on every column, as the file writes them
    # a field of a dataclass model (MappedAsDataclass): "default" -> ``default=None``,
    # "init" -> ``init=False``, so that the constructor's callers keep working and no
    # field without a default follows one with a default; None: not a dataclass
    dataclass_field: str | None = None
    sqlmodel: bool = False  # a field of a SQLModel class: ``rank: int | None = None``
    qualified_targets: tuple[str, ...] = ()  # as ``AddModel.qualified_targets``: its key's, if its class writes it


@dataclass(frozen=True, kw_only=True)
class OverrideColumn(ColumnAction):
    """The class overrides a column it inherits: the statement that defines it in
    ``source_class`` (in ``source_file``) is copied whole into the class after ``after``
    (None: before its first column), and ``changes`` (column actions on ``attribute``) are
    carried out on the copy. The type (a TypeDecorator included), ``default=``,
    ``onupdate=``, ``index=`` and every other argument stay as inherited."""

    kind: ClassVar[str] = "add-column"
    source_file: str
    source_class: str
    changes: tuple[Action, ...]
    after: str | None = None


@dataclass(frozen=True, kw_only=True)
class DropColumn(ColumnAction):
    kind: ClassVar[str] = "drop-column"
    removes: ClassVar[bool] = True


@dataclass(frozen=True, kw_only=True)
class UnmapInheritedColumn(ColumnAction):
    """The database has no column for an attribute the class inherits from ``inherited_from``
    (an installed library's mixin, or one other classes still need as it is): ``attribute =
    None`` in the class body, after ``after`` (None: before its first column), and SQLAlchemy
    maps no such column for this class."""

    kind: ClassVar[str] = "drop-column"
    removes: ClassVar[bool] = True
    inherited_from: str
    after: str | None = None


@dataclass(frozen=True, kw_only=True)
class SetType(ColumnAction):
    kind: ClassVar[str] = "type"
    type: ColumnType
    enum: Enum | None = None
    # the type as the codebase writes it (``db.Unicode(60)`` where varchar is ``db.Unicode``)
    # and a file that does, for a change the written class cannot say with other
    # parameters: see AddColumn.type_source
    type_source: str | None = None
    type_source_file: str | None = None
    # the name the statement gives the column as the expression written before its type, when
    # that is not a string (``Column(session_column, String(512))``)
    named_by: str | None = None
    # the database renamed the enum type (ALTER TYPE ... RENAME TO), its labels the same: only the
    # ``name=`` of the ``Enum(Kind, ...)`` a Python enum class makes changes
    enum_renamed: bool = False


@dataclass(frozen=True, kw_only=True)
class SetNullable(ColumnAction):
    kind: ClassVar[str] = "nullable"
    nullable: bool


@dataclass(frozen=True, kw_only=True)
class AddEnumMember(Action):
    """A member of the Python enum class ``class_name`` (in ``file``) for a label the
    database's enum type ``enum_type`` gained: ``attribute = value`` after the member
    ``after`` (None: first). ``value`` None copies ``value_like``, the previous members'
    value as written (``auto()``)."""

    kind: ClassVar[str] = "type"
    enum_type: str
    attribute: str
    value: str | int | None = None
    value_like: str | None = None
    after: str | None = None


@dataclass(frozen=True, kw_only=True)
class AddEnumLabels(Action):
    """The labels the database's enum type ``enum_type`` gained, written into the module-level
    statement ``class_name`` of ``file`` that holds its labels as strings (``status = ENUM("a", "b",
    name="status")``, ``PFS = ["group2", "group5"]`` of ``Enum(*PFS, ...)``): ``labels`` is the
    database's, in its order; each one the statement lacks goes after the label it follows."""

    kind: ClassVar[str] = "type"
    enum_type: str
    labels: tuple[str, ...]


@dataclass(frozen=True, kw_only=True)
class SetPrimaryKey(ColumnAction):
    kind: ClassVar[str] = "primary-key"
    primary_key: bool


@dataclass(frozen=True, kw_only=True)
class SetForeignKey(ColumnAction):
    """Add, retarget (``foreign_key`` set) or remove (``None``) the column's ForeignKey."""

    kind: ClassVar[str] = "foreign-key"
    foreign_key: ForeignKey | None
    # The model already names this target (only options differ): the target as written is
    # kept, whatever its spelling (``ForeignKey(USER_ID)``, ``ForeignKey(User.id)``).
    keep_target: bool = False
    qualified_targets: tuple[str, ...] = ()  # as ``AddModel.qualified_targets``: its key's, if its class writes it


@dataclass(frozen=True, kw_only=True)
class SetServerDefault(ColumnAction):
    """Set ``server_default=text(default)``, or remove it when ``default`` is None."""

    kind: ClassVar[str] = "server-default"
    default: str | None


@dataclass(frozen=True, kw_only=True)
class SetIdentity(ColumnAction):
    """``Identity(always=True)`` ("always"), ``Identity()`` ("by default") as a positional
    argument of the column call, or no ``Identity`` (None): what Alembic compares of an
    identity column (its presence and ALWAYS vs BY DEFAULT)."""

    kind: ClassVar[str] = "identity"
    identity: str | None  # "always" | "by default" | None


@dataclass(frozen=True, kw_only=True)
class SetComment(ColumnAction):
    kind: ClassVar[str] = "comment"
    comment: str | None
    # a base, as written, whose ``__table_args__`` the class inherits, having none of its own
    # (see AddModel.table_args_from): a new ``__table_args__`` ends with them
    table_args_from: str | None = None
    # the name the class's ``__table_args__`` ends with that holds its options, a dict (compair's
    # ``DefaultTableMixin.default_table_args``): the comment joins them, ``{**name, "comment": ...}``
    options_name: str | None = None


@dataclass(frozen=True, kw_only=True)
class SetTableComment(Action):
    """The table's comment: ``"comment"`` in ``__table_args__`` (``comment=`` of a
    ``Table(...)``), or none when ``comment`` is None."""

    kind: ClassVar[str] = "comment"
    comment: str | None
    # a base, as written, whose ``__table_args__`` the class inherits, having none of its own
    # (see AddModel.table_args_from): a new ``__table_args__`` ends with them
    table_args_from: str | None = None
    # the name the class's ``__table_args__`` ends with that holds its options, a dict (compair's
    # ``DefaultTableMixin.default_table_args``): the comment joins them, ``{**name, "comment": ...}``
    options_name: str | None = None


@dataclass(frozen=True, kw_only=True)
class AddModel(Action):
    """A new class for ``definition`` after ``after_class`` (None: end of file).

    ``attributes`` pairs every database column with its attribute name (already free of
    keywords, reserved names and collisions); ``orm_primary_key`` is the key the mapper
    uses, which differs from the table's when the table has none; ``mapper_key``, when
    set, is a key of the mapper alone (``__mapper_args__``), for a table without a key whose
    columns are all nullable (a table key would make them NOT NULL).
    """

    kind: ClassVar[str] = "add-model"
    definition: Table
    attributes: tuple[tuple[str, str], ...]  # (column, attribute)
    orm_primary_key: tuple[str, ...] = ()
    mapper_key: tuple[str, ...] = ()  # database column names
    enums: tuple[Enum, ...] = ()
    after_class: str | None = None
    # "mapped_column" | "column": how the new class declares its columns, for a file whose
    # own classes do not say (None: as the file does); "table": a ``class_name = Table(...)``
    # object, with a plain class ``mapped_class`` mapped to it as the file maps its others;
    # "sqlmodel": ``class X(SQLModel, table=True)`` with fields, in a file of SQLModel classes
    style: str | None = None
    mapped_class: str | None = None
    # (column, type as the codebase writes it, a file that does): see AddColumn.type_source
    type_sources: tuple[tuple[str, str, str], ...] = ()
    explicit_nullable: bool = False
    # no base at all (a registry's decorator maps it), where the file's classes write one
    bare: bool = False
    # a dataclass model (its bases ``MappedAsDataclass``, or the file's ``@reg.mapped_as_dataclass``): each
    # field stays out of the constructor's required arguments (``default=None``, or ``init=False``)
    dataclass: bool = False
    # the bases as the file's classes write them (() : the file's style says), and the
    # columns they already give the table as the database has them (not written again)
    bases: tuple[str, ...] = ()
    provided: tuple[str, ...] = ()
    # attributes the bases add whose columns the table lacks: ``name = None`` in the class
    excluded: tuple[str, ...] = ()
    # a file whose classes the bases were taken from, when the new class's file has none
    # (a new module): the new file imports the bases as that file does
    bases_from: str | None = None
    # (database name, name to write, as conv(...)): names the metadata's naming convention
    # would change, and a one-column foreign key it would name otherwise
    names: tuple[tuple[str, str, bool], ...] = ()
    # a base, as written, whose ``__table_args__`` the class inherits (Flask-AppBuilder's
    # ``Model``: ``{"extend_existing": True}``): a ``__table_args__`` of the class's own ends with
    # them (``Model.__table_args__``, or ``{**Model.__table_args__, "comment": ...}``), so they stay
    table_args_from: str | None = None
    # a base's ``__table_args__`` that the class must not take (lcfs' ``{"schema": "metadata"}``, which
    # its siblings replace): a ``__table_args__`` of its own, ``{}`` when it has nothing to say
    own_table_args: bool = False
    # (schema, table, column, class, attribute, the class's file) of the target columns of its foreign
    # keys to tables of another schema (and others: ``planner.build``), the class that maps each: written
    # ``ForeignKey(Class.attribute)`` where the file imports that class (a string names a table of the new
    # class's own MetaData only: renku's components)
    key_classes: tuple[tuple[str | None, str, str, str, str, str], ...] = ()
    # the schema as the file's classes of that schema write it (``_schema``, ``settings.SCHEMA``):
    # ``{"schema": _schema}``, and its keys to those classes' tables by class (``ForeignKey(Theme.id)``)
    schema_source: str | None = None
    # the ``__tablename__`` the class writes when its base's ``__init_subclass__`` puts a prefix
    # before it (fief's ``webhook_headers`` for ``fief_webhook_headers``); None: the table's name
    written_table: str | None = None
    # the tables its keys name whose classes write the default schema (PDAP's base: ``{"schema":
    # "public"}``): their tables are ``public.x`` in the metadata, and a key writes ``"public.x.id"``
    qualified_targets: tuple[str, ...] = ()


@dataclass(frozen=True, kw_only=True)
class AddUniqueConstraint(Action):
    """Declare the database's unique constraint ``definition`` (database column names):
    ``unique=True`` on ``attribute`` when it is set, else a ``UniqueConstraint`` under the
    database's name in ``__table_args__``.

    ``model_columns`` are the same columns under the names the models give them before
    this plan (its database name for a column the models lack): an item lists those
    unless the same run maps them to the database's names (``column-name``), so that
    ``--only unique`` alone leaves models that still build."""

    kind: ClassVar[str] = "unique"
    definition: UniqueConstraint
    attribute: str | None = None
    model_columns: tuple[str, ...] = ()
    # the name as written under the metadata's naming convention (see AddModel.names)
    names: tuple[tuple[str, str, bool], ...] = ()
    # a base, as written, whose ``__table_args__`` the class inherits, having none of its own
    # (see AddModel.table_args_from): a new ``__table_args__`` ends with them
    table_args_from: str | None = None


@dataclass(frozen=True, kw_only=True)
class DropUniqueConstraint(Action):
    """Remove a unique constraint the database lacks: ``definition`` as the model declares
    it (database column names). The ``UniqueConstraint`` of that name in
    ``__table_args__`` (unnamed: over those columns) goes, and with ``attribute`` also
    ``unique=True`` on that column."""

    kind: ClassVar[str] = "unique"
    removes: ClassVar[bool] = True
    definition: UniqueConstraint
    attribute: str | None = None
    model_columns: tuple[str, ...] = ()  # as AddUniqueConstraint's


@dataclass(frozen=True, kw_only=True)
class AddIndex(Action):
    """Declare the database's index ``definition``: ``index=True`` (and ``unique=True`` for
    a unique index) on ``attribute`` when it is set, else an ``Index`` under the database's
    name in ``__table_args__`` (expressions and the predicate as ``text(...)``);
    ``model_columns`` as ``AddUniqueConstraint``'s."""

    kind: ClassVar[str] = "index"
    definition: Index
    attribute: str | None = None
    model_columns: tuple[str, ...] = ()
    names: tuple[tuple[str, str, bool], ...] = ()  # as AddUniqueConstraint's
    # a base, as written, whose ``__table_args__`` the class inherits, having none of its own
    # (see AddModel.table_args_from): a new ``__table_args__`` ends with them
    table_args_from: str | None = None
    # the name of the model's ``Index`` as written when an expression of ``__tablename__`` gives
    # it (``"%s_scope" % __tablename__``) and the table is renamed: that item is rewritten in place,
    # under the database's name
    written_name: str | None = None


@dataclass(frozen=True, kw_only=True)
class DropIndex(Action):
    """Remove an index the database lacks (or has otherwise): ``definition`` as the model
    writes it. With ``attribute``, ``index=True`` on that column (and ``unique=True`` of a
    unique one); with ``module_line``, the statement ``Index("name", ...)`` of its own at that
    line of ``file``'s module body (after the classes); else the ``Index`` named
    ``definition.name`` in ``__table_args__``."""

    kind: ClassVar[str] = "index"
    removes: ClassVar[bool] = True
    definition: Index
    attribute: str | None = None
    module_line: int | None = None


@dataclass(frozen=True, kw_only=True)
class SetRelationshipForeignKeys(Action):
    """``foreign_keys="[Class.attribute, ...]"`` on the relationship ``attribute``: the
    string SQLAlchemy evaluates once every class is mapped (no import, no ordering)."""

    kind: ClassVar[str] = "relationship"
    attribute: str
    foreign_keys: tuple[str, ...]  # "Class.attribute" of each foreign key column


@dataclass(frozen=True, kw_only=True)
class SuggestSQL(Action):
    """A change that belongs in the database: printed and written as SQL, never executed."""

    kind: ClassVar[str] = "db-sql"
    sql: str
