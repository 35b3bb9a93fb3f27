"""Where the models say what they say.

The static model reader (``introspect.models``) turns model files into a ``Schema`` (what
the models claim about the database) plus this map from tables and columns back to the
class, attribute, file and line that define them. The planner uses the map to address its
actions; the codemods use it to find the statements to edit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from ..schema import Schema


@dataclass(frozen=True)
class Location:
    file: str
    line: int

    def __str__(self) -> str:
        return f"{self.file}:{self.line}"


@dataclass(frozen=True)
class ModuleIndex:
    """An index an ``Index("ix", Model.col)`` call at module level makes (after the classes)."""

    name: str
    file: str
    line: int
    end_line: int
    standalone: bool  # the call is a statement of its own in the module's body: removing it is its lines


@dataclass(frozen=True)
class ComputedTableName:
    """A class whose ``__tablename__`` is computed from its name (``to_snake(cls.__name__)``),
    or given a prefix the files do not hold by its base's ``__init_subclass__``
    (``f"{settings.prefix}{cls.__tablename__}"``, or a constant's: ``prefixed``, ``candidates``
    the name it writes): the reader places it on ``candidates[0]``; the planner renames that table to the
    first candidate the database has (``planner.computed_names``; for a prefix, the candidate
    after the prefix most of the classes' tables have), else leaves it out."""

    class_name: str
    expression: str  # as written
    candidates: tuple[str, ...]  # snake_case, its plural, lower case, its plural...
    schema: str | None
    file: str
    line: int
    matched: str | None = None  # the database table it was matched to (set by the planner)
    prefixed: bool = False
    # the prefix: a constant's (set by the reader), or the one the database's tables have (set by the planner)
    prefix: str | None = None
    hook: str | None = None  # file:line of the __init_subclass__ that puts it (the classes of one hook share it)


@dataclass(frozen=True, slots=True)  # as many as columns: no __dict__ each
class ClassSource:
    """A mapped class, a mixin / abstract base, or a module-level ``Table(...)`` object."""

    class_name: str  # the class name, or the variable a Table(...) is assigned to
    table: str | None  # None for mixins and abstract bases
    schema: str | None
    file: str
    line: int  # the ``class`` line (decorators excluded) or the assignment line
    end_line: int
    kind: str = "model"  # model | mixin | table-object
    bases: tuple[str, ...] = ()  # base names as written
    style: str = "column"  # column (db.Column / Column) | mapped_column
    inherits_table: str | None = None  # single-table inheritance: the parent class name
    # every name bound at class level by the class and its scanned bases: columns,
    # relationships, methods, properties... (new attribute names must avoid them)
    names: tuple[str, ...] = ()
    # ``__tablename__ = TABLE_NAME``: the constant that names the table (other code may use
    # it too, so a rename of the table is a person's edit)
    table_name_from: str | None = None
    # defined inside a module-level block (``with warnings.catch_warnings():``, ``if``,
    # ``try``): the edits are made on top-level classes only, so its changes are by hand
    nested: bool = False
    # the __table_args__ the class inherits, having none of its own, as written:
    # ``Model.__table_args__ = {"extend_existing": True}`` (one of its own would replace it)
    inherited_table_args: str | None = None
    own_table_args: bool = False  # the class's body assigns __table_args__
    # the name the class's __table_args__ ends with (or is) that holds its options, a dict
    # (compair's ``DefaultTableMixin.default_table_args``; see TableItems.options_name)
    options_name: str | None = None
    # the table comment is not a literal (``"comment": cls.__doc__``): it is not compared
    comment_unread: bool = False
    # ``__table_args__ = {"schema": _schema}``: the schema as written, where it is a name
    schema_written: str | None = None
    # (name as written, keys) of each index whose ``postgresql_where`` is not read as SQL
    # (duffy's ``postgresql_where=INDEX_UNIQUENESS_CLAUSE``, an ``and_(...)`` in a constant): the
    # database's index of that name is not compared; the table's others are
    unread_indexes: tuple[tuple[str, tuple[str, ...]], ...] = ()
    # (name as it reads now, as written) of the indexes named by an expression of ``__tablename__``
    # (mistral's ``Index("%s_scope" % __tablename__, "scope")``): a rename of the table renames them
    names_after_table: tuple[tuple[str, str], ...] = ()
    # mapped over a join of these classes' tables (copr's ``User``: ``__table__ =
    # outerjoin(_UserPublic.__table__, _UserPrivate.__table__)``): no table of its own
    joins: tuple[str, ...] = ()
    # a class a function makes at run time, its table not known: the column names its body writes
    # (a table that lacks one of them is not its; scrapydweb's ``Job`` of ``create_jobs_table``)
    run_time_columns: tuple[str, ...] = ()
    # mapped as a dataclass by its decorator (``@reg.mapped_as_dataclass``, memobase's): a new field
    # stays out of the constructor's required arguments, as under ``MappedAsDataclass``
    dataclass: bool = False
    # the inherited __table_args__ is made for each class by a declared_attr that reads the
    # class: a new __table_args__ cannot keep it by naming ``Base.__table_args__``
    table_args_per_class: bool = False
    # the class attribute that holds the table's items, read by a base's declared_attr
    # ``__table_args__`` that adds checks and options to it (Rucio's ``cls._table_args``): the
    # items are edited there
    items_attribute: str | None = None


@dataclass(frozen=True, slots=True)  # as many as columns: no __dict__ each
class ColumnSource:
    """One column as a model defines it. ``column`` is the database name."""

    table: str
    schema: str | None
    column: str
    attribute: str  # Python attribute; for Table(...) columns the key (key=, else the database name)
    class_name: str  # the mapped class (or Table variable) the column belongs to
    defined_in: str  # the class whose body holds the statement (a mixin, for inherited ones)
    file: str
    line: int  # first line of the statement
    end_line: int
    style: str  # column | mapped_column | annotation | table | column_property
    explicit_name: bool = False  # Column("db_name", ...) or name="db_name"
    # the name as written when a constant gives it (``Column(EventFieldType.UID, ...)``): a
    # rename or a type change, which rewrite the call's positional arguments, is left by hand
    name_from: str | None = None
    explicit_nullable: bool = False  # nullable= written
    optional_annotation: bool | None = None  # Mapped[Optional[X]] -> True, Mapped[X] -> False
    type_source: str | None = None  # the type as written, e.g. "db.String(50)"
    type_from_key: bool = False  # no type of its own: SQLAlchemy gives it its ForeignKey's target's
    declared_attr: bool = False  # returned by a ``@declared_attr`` function (not edited)
    # made for each class by that function (it reads ``cls``, or does more than return it): no copy
    per_class: bool = False
    guarded: bool = False  # in the branch of ``if TYPE_CHECKING: ... else:`` that runs (not edited)
    foreign_key: bool = False  # the statement declares a ForeignKey (not a ForeignKeyConstraint elsewhere)
    # its ForeignKey names a column object (``users.c.id``, ``User.id``), which follows a rename of
    # that table's ``__tablename__`` or ``Table`` name
    foreign_key_object: bool = False
    # what the reader could not read of the column ("nullable", "server_default", "foreign_key"):
    # not compared
    unread: tuple[str, ...] = ()
    # the keywords an alias of Column sets that the statement does not write (``partial(Column,
    # server_default="")``): a change that would take one away is not an edit of the statement
    presets: tuple[str, ...] = ()
    # of a column a helper makes: the keywords its call gives the column as they are (``nullable=`` of
    # ``reference_col("events", nullable=True)`` where the helper writes ``nullable=nullable``)
    forwarded: tuple[str, ...] = ()
    # the keywords the file's function that makes its ForeignKey sets (weasyl's ``ForeignKey`` giving
    # ``deferrable=True``): the call cannot be given them again, so a change of the key is a person's
    foreign_key_presets: tuple[str, ...] = ()

    @property
    def inherited(self) -> bool:
        return self.defined_in != self.class_name

    @property
    def location(self) -> Location:
        return Location(self.file, self.line)


@dataclass(frozen=True)
class Unresolved:
    """Something the reader could not decide statically; reported, never guessed."""

    file: str
    line: int
    message: str
    # the class whose columns the reader may not all see (a column under `if`, from a
    # variable or a function, or behind a base it cannot read); None for anything else
    hides_columns_of: str | None = None
    # the attribute whose column it hides (``id = primary_key("Query")``: "id"); None when
    # it may hide any column (a base the reader cannot read)
    hidden_attribute: str | None = None

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.message}"


@dataclass(frozen=True, slots=True)  # as many as columns: no __dict__ each
class Reference:
    """A use of a name (``obj.user_id``, ``"user_id"`` in relationship args) outside its definition."""

    name: str
    file: str
    line: int


@dataclass(frozen=True, slots=True)  # as many as columns: no __dict__ each
class RelationshipSource:
    """A ``relationship(...)`` attribute as written (see ``introspect.models.relationships``)."""

    class_name: str  # the class whose body holds the statement
    attribute: str
    target: str | None  # the related class name as written (last dotted part); None if unreadable
    file: str
    line: int
    end_line: int
    foreign_keys: bool = False  # foreign_keys= given
    primaryjoin: bool = False  # primaryjoin= given
    secondary: bool = False  # many-to-many through secondary=
    back_populates: str | None = None
    backref: str | None = None  # the attribute backref= creates on the target class
    # the tables its strings name (``secondary="tags_issues"``, ``tags.c.id`` in a
    # ``primaryjoin=`` string): a table renamed is renamed there too
    tables_named: tuple[str, ...] = ()


@dataclass(frozen=True)
class EnumClassSource:
    """A Python enum class an ``Enum`` column type is made from (``Enum(OrderStatus, ...)``,
    ``Mapped[OrderStatus]``): the PostgreSQL type's labels are its members' names, or their
    values (``labels_are``, from ``values_callable``)."""

    class_name: str
    type_name: str  # the PostgreSQL enum type
    type_schema: str | None
    file: str
    line: int
    end_line: int
    labels_are: str  # "names" | "values"
    members: tuple[str, ...]
    values: tuple[object, ...] | None  # None when a value is not a literal (auto())
    value_sources: tuple[str, ...]  # each value as written


@dataclass(frozen=True)
class EnumLabelsSource:
    """A module-level statement that writes a PostgreSQL enum type's labels as literal strings,
    which columns use by its name: ``status = ENUM("a", "b", name="status")``, or ``PFS = ["group2",
    "group5"]`` of ``Enum(*PFS, name="pfs")``."""

    type_name: str
    type_schema: str | None
    file: str
    variable: str
    labels: tuple[str, ...]


@dataclass(frozen=True)
class ModelSet:
    """What the reader found in the model files."""

    schema: Schema
    classes: tuple[ClassSource, ...] = ()
    columns: tuple[ColumnSource, ...] = ()
    unresolved: tuple[Unresolved, ...] = ()
    errors: tuple[Unresolved, ...] = ()  # files that could not be read or parsed
    files: tuple[str, ...] = ()  # every file that was read
    references: tuple[Reference, ...] = ()
    relationships: tuple[RelationshipSource, ...] = ()
    # (class name, why): classes whose columns the reader cannot all see - their own
    # ``hides_columns_of`` entries, a scanned base's (in any file), or, for the class that
    # holds a single-table hierarchy's table, a subclass's
    hidden: tuple[tuple[str, Unresolved], ...] = ()
    # (class name, attributes): the classes of ``hidden`` whose every cause hides the column
    # of one known attribute
    hidden_attributes_of: tuple[tuple[str, tuple[str, ...]], ...] = ()
    # ``MetaData(naming_convention={...})`` of the models: (key, template), e.g.
    # ("ck", "ck_%(table_name)s_%(constraint_name)s"); () when none is written literally
    naming_convention: tuple[tuple[str, str], ...] = ()
    enum_classes: tuple[EnumClassSource, ...] = ()  # Python enums the columns' enum types come from
    enum_labels: tuple[EnumLabelsSource, ...] = ()  # module-level literals the enum types' labels are in
    # classes whose __tablename__ is computed from the class name, placed on a provisional
    # table (the first candidate) until matched against the database
    computed_tablenames: tuple[ComputedTableName, ...] = ()
    # (index name, file, line): indexes an event listener creates with DDL
    # (``event.listen(Model.__table__, "after_create", DDL("CREATE INDEX ix_x ..."))``);
    # the reader cannot read them as Index items, and the planner does not add them again
    listener_indexes: tuple[tuple[str, str, int], ...] = ()
    # (table, column, file, line): column defaults an ``after_create`` listener's DDL sets
    # (snovault's ``ALTER TABLE %(table)s ALTER COLUMN "xid" SET DEFAULT txid_current()``); the
    # models need no ``server_default`` for them
    listener_defaults: tuple[tuple[str, str, str, int], ...] = ()
    # the indexes an ``Index("ix", Model.col)`` call at module level makes (after the classes): the edits
    # change ``__table_args__`` items, so these are changed by hand, but for the removal of a call that is
    # a statement of its own
    module_indexes: tuple[ModuleIndex, ...] = ()
    # (table, file, line): tables that a class the reader did not read maps (a second
    # model class of the same name); the planner generates no class for them
    unread_tables: tuple[tuple[str, str, int], ...] = ()
    # (file, names): every name the top-level statements of each model file bind, models or not
    bound_names: tuple[tuple[str, tuple[str, ...]], ...] = ()
    # (table, file, line): tables whose schema the reader cannot read (c2cgeoportal's
    # ``{"schema": _schema}`` of ``config["schema"] or "main"``): each is the database's table
    # of that name when one schema read has it, and no class is generated for one of that name
    schema_unread: tuple[tuple[str, str, int], ...] = ()
    # (table, class, file, line): tables a mapped class of an installed library's files maps
    # (neutron-lib's ``StandardAttribute``, the table its mixins' keys refer to), or of a file of
    # the project's outside the models path (read for what the models import from it): mapped
    # there, neither compared nor given a generated class
    library_tables: tuple[tuple[str, str, str, int], ...] = ()
    # (regex, file, line): tables made at run time, by ``Table(...)`` calls whose name is
    # computed (in a loop, an f-string: models.unnamed_tables) and by SQLAlchemy-Continuum
    # (models.versioning); the database's tables whose names match are taken as theirs
    runtime_tables: tuple[tuple[str, str, int], ...] = ()
    # (class, target class, file, line): the relationships whose ``secondary=`` is a table a function
    # makes at run time (ActiveDriverDB's ``secondary=make_association_table("site.id", "kinase.id")``),
    # which the reader does not read; the database's association table of the two classes' tables is it
    made_secondaries: tuple[tuple[str, str, str, int], ...] = ()
    # (class, suffix): a table a method of the class makes for each class that uses it, named
    # from that class's table (``sketch`` -> ``sketch_label``; see ``unnamed_tables``)
    tables_per_class: tuple[tuple[str, str], ...] = ()
    # SQLAlchemy-Continuum's name of a class's version table (``%s_version``) when the
    # models call its ``make_versioned()``; None otherwise
    version_table_name: str | None = None
    # the files' TypeDecorators that serialize values into text or bytes (JSON in a text column):
    # a column of one holds its own kind of value, so it is no way to write a new column's type
    serializing_types: tuple[str, ...] = ()
    # TypeDecorators of a module that listens to each Index being attached (healpix-alchemy's
    # ``after_parent_attach`` makes an indexed ``Tile`` column's index SP-GiST): the method of an
    # index on a column of one of them is the listener's, not compared
    index_listened_types: tuple[str, ...] = ()
    # files outside the path given that the models import from (``imports``), read
    # for the types, enums and constants they define; never edited
    outside: tuple[str, ...] = ()
    # those of them that are an installed library's (a base's module found on sys.path)
    library: tuple[str, ...] = ()
    # the classes of those library files that derive from no declarative base, and those with
    # columns of the project's files outside the models read (by path or glob): their mixins
    # (oslo.db's ``SoftDeleteMixin``, advanced-alchemy's ``SlugKey``, polar's ``MetadataMixin``),
    # placed like a project's
    library_mixins: tuple[str, ...] = ()
    # each of them with its bases as written, which ``derives_from`` follows (fastapi-users'
    # ``SQLAlchemyBaseOAuthAccountTableUUID`` on ``SQLAlchemyBaseOAuthAccountTable[UUID_ID]``)
    library_bases: tuple[tuple[str, tuple[str, ...]], ...] = ()
    # the scanned classes that are declarative (a declarative base, ``@as_declarative`` or on
    # ``DeclarativeBase``, or a class deriving from one): deriving from one maps a class
    declarative_classes: tuple[str, ...] = ()
    # (table, schema, file, line): tables whose indexes and constraints the reader may not all
    # see (``__table_args__`` built by a function, a module-level call given the class's
    # columns); the planner adds none of the database's to them
    hidden_items: tuple[tuple[str, str | None, str, int], ...] = ()
    # (file, content hash) of every file read: what a plan made from these models records, so
    # that apply refuses a file changed since (the planner reads no file itself)
    file_hashes: tuple[tuple[str, str], ...] = ()
    # (file, local name, SQLAlchemy's name): a SQLAlchemy type the file imports under another
    # name (``from sqlalchemy import Enum as SQLEnum``): SQLAlchemy's own type, not a custom one
    type_renames: tuple[tuple[str, str, str], ...] = ()

    def renames_in(self, file: str) -> dict[str, str]:
        """Local name -> SQLAlchemy's name of the types ``file`` imports under another name."""
        return self._renames.get(file, {})

    def made_at_run_time(self, table: str) -> bool:
        """Whether ``table`` may be one of ``runtime_tables``."""
        names, patterns = self._runtime_matcher
        return table in names or any(pattern.fullmatch(table) for pattern in patterns)

    def made_for_a_relationship(self, keyed_to: frozenset[str]) -> bool:
        """Whether a table whose foreign keys are to the tables ``keyed_to`` may be the one a
        relationship's ``secondary=`` makes at run time (``made_secondaries``): one keyed to the
        tables of its class (of each class that derives from a mixin's) and of its target, and to
        nothing else."""
        return keyed_to in self._made_secondaries

    @cached_property
    def _made_secondaries(self) -> frozenset[frozenset[str]]:
        if not self.made_secondaries:
            return frozenset()
        tables: dict[str, set[str]] = {}
        for cls in self.classes:
            if cls.table:
                tables.setdefault(cls.class_name, set()).add(cls.table)
        below: dict[str, set[str]] = {}  # a class -> the classes that derive from it
        for cls in self.classes:
            for base in cls.bases:
                below.setdefault(base.rsplit(".", 1)[-1].split("[")[0], set()).add(cls.class_name)

        def of(name: str) -> set[str]:  # the tables of the class and of those deriving from it
            found, frontier, seen = set(), [name], {name}
            while frontier:
                current = frontier.pop()
                found |= tables.get(current, set())
                for derived in below.get(current, set()) - seen:
                    seen.add(derived)
                    frontier.append(derived)
            return found

        return frozenset(frozenset({own, target}) for name, target_class, _, _ in self.made_secondaries
                         for own in of(name) for target in tables.get(target_class, ()))

    @cached_property
    def _runtime_matcher(self) -> tuple[frozenset[str], tuple[re.Pattern, ...]]:
        """The names ``runtime_tables`` spell out (a history recipe's ``users_history``: one each, a
        thousand at a thousand classes), and the patterns of the others, compiled once: past the ``re``
        module's cache, a pattern a call compiles is compiled again at every table."""
        names, patterns = set(), []
        for pattern, _, _ in self.runtime_tables:
            literal = re.sub(r"\\(.)", r"\1", pattern)
            if re.escape(literal) == pattern:
                names.add(literal)
            else:
                patterns.append(re.compile(pattern))
        return frozenset(names), tuple(patterns)

    @cached_property
    def _renames(self) -> dict[str, dict[str, str]]:
        found: dict[str, dict[str, str]] = {}
        for file, local, original in self.type_renames:
            found.setdefault(file, {})[local] = original
        return found

    def hidden_columns(self, class_name: str) -> Unresolved | None:
        """Why ``class_name`` may have columns the reader could not see, or None."""
        return self._hidden_columns.get(class_name)

    def hidden_attributes(self, class_name: str) -> tuple[str, ...] | None:
        """The attributes whose columns ``class_name`` hides, when every cause names one
        (``id = primary_key("Query")``); None when a cause may hide any column."""
        return self._hidden_attributes.get(class_name)

    @cached_property
    def _hidden_attributes(self) -> dict[str, tuple[str, ...]]:
        return dict(self.hidden_attributes_of)

    @cached_property
    def _hidden_columns(self) -> dict[str, Unresolved]:
        return dict(self.hidden)

    def class_named(self, name: str) -> ClassSource | None:
        """The first scanned class called ``name`` (in file order), or None."""
        found = self._classes_by_name.get(name)
        return found[0] if found else None

    def classes_named(self, name: str) -> tuple[ClassSource, ...]:
        """The scanned classes called ``name``, in file order."""
        return self._classes_by_name.get(name, ())

    def classes_in(self, file: str) -> tuple[ClassSource, ...]:
        return self._classes_by_file.get(file, ())

    def columns_of_class(self, class_name: str) -> tuple[ColumnSource, ...]:
        """The columns of the classes called ``class_name``, own and inherited."""
        return self._columns_by_class.get(class_name, ())

    def columns_in(self, file: str) -> tuple[ColumnSource, ...]:
        """The columns whose statement is in ``file`` (a mixin's, for the mixin's file)."""
        return self._columns_by_file.get(file, ())

    # Built once each: a plan asks for every class and file it edits, and a scan of every class
    # or column each time made building the plan grow with the square of the codebase.
    @cached_property
    def _classes_by_name(self) -> dict[str, tuple[ClassSource, ...]]:
        return _grouped(self.classes, lambda c: c.class_name)

    @cached_property
    def _classes_by_file(self) -> dict[str, tuple[ClassSource, ...]]:
        return _grouped(self.classes, lambda c: c.file)

    @cached_property
    def _columns_by_class(self) -> dict[str, tuple[ColumnSource, ...]]:
        return _grouped(self.columns, lambda c: c.class_name)

    @cached_property
    def _columns_by_file(self) -> dict[str, tuple[ColumnSource, ...]]:
        return _grouped(self.columns, lambda c: c.file)

    def derives_from(self, base: str, ancestor: str, seen: frozenset = frozenset()) -> bool:
        """Whether the scanned class a base names, as written (``models.Stamped``,
        ``Base[int]``), is ``ancestor`` or derives from it (through the scanned classes)."""
        name = base.rsplit(".", 1)[-1].split("[")[0]
        if name == ancestor:
            return True
        cls = self.class_named(name)
        bases = cls.bases if cls is not None else self._library_bases.get(name)
        if bases is None or name in seen:
            return False
        return any(self.derives_from(written, ancestor, seen | {name}) for written in bases)

    @cached_property
    def _library_bases(self) -> dict[str, tuple[str, ...]]:
        return dict(self.library_bases)

    def table_args_base(self, cls: ClassSource) -> str | None:
        """The base of ``cls``, as written, whose ``__table_args__`` it inherits (having none of
        its own: ``Model`` for Flask-AppBuilder's ``{"extend_existing": True}``), if any."""
        if cls.inherited_table_args is None or cls.table_args_per_class:
            return None
        holder = cls.inherited_table_args.split(".", 1)[0]
        return next((b for b in cls.bases if self.derives_from(b, holder)), None)

    def class_for_table(self, table: str, schema: str | None = None) -> ClassSource | None:
        """The class that maps ``table`` in ``schema``: one of that very schema first (refinery's
        ``CognitionProject`` of ``cognition.project`` beside ``Project`` of ``project``), else one
        that names none."""
        sources = self._classes_by_table.get(table, ())
        exact = next((source for source in sources if source.schema == schema), None)
        if exact is not None:
            return exact
        return next((source for source in sources if schema is None or source.schema is None), None)

    @cached_property
    def _classes_by_table(self) -> dict[str, tuple[ClassSource, ...]]:
        # The classes that map a table themselves (no mixin, no single-table subclass), in order;
        # a Table(...) object before the classes mapped onto it (weasyl's ``__table__ = tables.folder``,
        # in a file read before tables.py): its columns are defined there, and a class with
        # ``__table__`` cannot take one of its own
        grouped: dict[str, list[ClassSource]] = {}
        for source in sorted(self.classes, key=lambda c: c.kind != "table-object"):
            if source.table is not None and source.kind != "mixin" and source.inherits_table is None:
                grouped.setdefault(source.table, []).append(source)
        return {table: tuple(sources) for table, sources in grouped.items()}

    @cached_property
    def _columns_by_table(self) -> dict[str, tuple[ColumnSource, ...]]:
        # Built once: lookups per table would otherwise scan every column of the codebase.
        return _grouped(self.columns, lambda c: c.table)

    def column_source(self, table: str, column: str) -> ColumnSource | None:
        for source in self.columns_of(table):
            if source.column == column:
                return source
        return None

    def columns_of(self, table: str) -> tuple[ColumnSource, ...]:
        return self._columns_by_table.get(table, ())


def _grouped(records, key) -> dict:
    """``records`` by ``key(record)``, each group in their order."""
    grouped: dict = {}
    for record in records:
        grouped.setdefault(key(record), []).append(record)
    return {value: tuple(members) for value, members in grouped.items()}
