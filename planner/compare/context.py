"""Matching the ground truth with the models, once, before any comparator runs.

Tables are matched by (schema, name), a model table without a schema standing for the
truth's default schema; then table renames are looked for among the leftovers. Within a
matched table, columns are matched by database name (``ColumnSource.column``, never the
attribute), then column renames among the leftovers (``planner.renames``).
Every comparator reads this context; none of them matches anything itself.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cached_property

from schema_inspector.introspect.models import ClassSource, ColumnSource, ModelSet
from schema_inspector.introspect.naming_convention import NamingConvention
from schema_inspector.introspect.schema import (
    Column,
    Enum,
    Schema,
    Table,
    stored_identifier,
)

from ..computed_names import match_computed_tablenames
from ..discrepancy import Discrepancy
from ..renames import (
    DEFAULT_THRESHOLD,
    RenamePair,
    TableHistory,
    TableRenamePair,
    pair_columns,
    pair_tables,
)


@dataclass(frozen=True)
class ColumnPair:
    """A database column and the model column that maps it (``rename`` when by another name)."""

    truth: Column
    model: Column
    source: ColumnSource | None
    rename: RenamePair | None = None


@dataclass(frozen=True)
class TablePair:
    """A database table and the model table that maps it, with their columns matched."""

    truth: Table
    model: Table
    source: ClassSource | None
    columns: tuple[ColumnPair, ...]
    missing: tuple[Column, ...]  # database columns no model column maps
    extra: tuple[Column, ...]  # model columns the database does not have
    candidates: tuple[RenamePair, ...]  # weak rename candidates among missing x extra
    rename: TableRenamePair | None = None
    # for a model whose schema the reader could not read: the schema the database's index names
    # show it has (``_unread_schema_named``)
    unread_schema_named: str | None = None
    schema_unread: bool = False  # the model's schema is one the reader could not read

    @property
    def naming_schema(self) -> str | None:
        """The schema SQLAlchemy puts in the names it gives the model's indexes and constraints
        (``ix_<schema>_<table>_<column>``)."""
        return self.model.schema if self.model.schema is not None else self.unread_schema_named

    def truth_name(self, model_column: str) -> str | None:
        """The database name of a model column (its own, or the one a rename maps it to)."""
        for pair in self.columns:
            if pair.model.name == model_column:
                return pair.truth.name
        return None

    def column_pair(self, truth_column: str) -> ColumnPair | None:
        for pair in self.columns:
            if pair.truth.name == truth_column:
                return pair
        return None


@dataclass(frozen=True)
class CompareContext:
    """Everything the comparators need, matched."""

    truth: Schema
    models: ModelSet
    pairs: tuple[TablePair, ...]
    missing_classes: tuple[Table, ...]  # database tables no class maps
    missing_tables: tuple[tuple[Table, ClassSource | None], ...]  # model tables the DB lacks

    @cached_property
    def naming(self) -> NamingConvention:
        """The metadata's naming convention (names of constraints and indexes)."""
        return NamingConvention(self.models.naming_convention)

    def model_enum(self, name: str, schema: str | None) -> Enum | None:
        """The models' enum type ``name``: of ``schema``, or where none is given, the one written without
        a schema (an ``Enum(...)`` without ``schema=`` is the type the search path finds, in whichever
        schema the database has it: GeoNature-citizen's in ``public`` for a table of ``gnc_obstax``)."""
        if schema is None:
            unqualified = next((e for e in self.models.schema.enums if e.name == name and e.schema is None), None)
            if unqualified is not None:
                return unqualified
        return self.models.schema.enum(name, schema or self.truth.default_schema)

    def truth_enum(self, name: str, schema: str | None) -> Enum | None:
        return self.truth.enum(name, schema or self.truth.default_schema)

    def table_pair(self, truth_table: str, schema: str | None = None) -> TablePair | None:
        return self._pairs_by_table.get((schema or self.truth.default_schema, truth_table))

    def hidden_items(self, pair: TablePair) -> tuple[str, int] | None:
        """(file, line) of what may build items of ``pair``'s table that the reader cannot see (a
        function builds its ``__table_args__``, or is given its columns): an item the database has
        and the model seems to lack may be there; None when the reader saw them all."""
        return self._hidden_items.get((pair.truth.name, pair.truth.schema or self.truth.default_schema))

    def hides_column(self, pair: TablePair, column: str) -> bool:
        """Whether ``column``, which the model's table lacks, may be one of the columns of the pair's
        class the reader cannot see (``ModelSet.hidden_columns``: a column an ``Annotated`` alias
        chooses at run time, a helper the reader cannot follow): the database's items over it
        cannot be judged either."""
        if pair.source is None or pair.model.column(column) is not None \
                or self.models.hidden_columns(pair.source.class_name) is None:
            return False
        attributes = self.models.hidden_attributes(pair.source.class_name)
        return attributes is None or column in attributes

    def hidden_attribute(self, pair: TablePair, column: str) -> bool:
        """Whether ``column`` is the column of an attribute of the pair's class the reader cannot
        read (``id: Mapped[id_key]`` with an ``Annotated`` alias chosen at run time): the class has
        it, and its `unresolved:` line says why it is not compared."""
        if not self.hides_column(pair, column):
            return False
        attributes = self.models.hidden_attributes(pair.source.class_name) if pair.source is not None else None
        return attributes is not None and column in attributes

    @cached_property
    def _hidden_items(self) -> dict[tuple[str, str | None], tuple[str, int]]:
        default = self.truth.default_schema
        return {(table, schema or default): (file, line) for table, schema, file, line in self.models.hidden_items}

    def unread_schema_pair(self, model_table: str) -> TablePair | None:
        """The pair of the model's table ``model_table`` whose schema the reader could not read, if any."""
        return self._unread_schema_pairs.get(model_table)

    @cached_property
    def _unread_schema_pairs(self) -> dict[str, TablePair]:
        found: dict[str, TablePair] = {}
        for pair in self.pairs:
            if pair.schema_unread:
                found.setdefault(pair.model.name, pair)
        return found

    @cached_property
    def _pairs_by_table(self) -> dict[tuple[str | None, str], TablePair]:
        pairs: dict[tuple[str | None, str], TablePair] = {}
        for pair in self.pairs:
            pairs.setdefault((pair.truth.schema, pair.truth.name), pair)
        return pairs

    # -- discrepancy constructors that attach the model location -------------------

    def located(self, pair: TablePair, source: ColumnSource | None = None, **fields) -> Discrepancy:
        """A discrepancy on ``pair``, located at the column's model statement ``source`` when there
        is one (else at the class), with the class (and attribute) named so the planner can
        address it."""
        model_class = model_attribute = file = line = None
        if source is not None:
            model_class, model_attribute, file, line = source.class_name, source.attribute, source.file, source.line
        elif pair.source is not None:
            model_class, file, line = pair.source.class_name, pair.source.file, pair.source.line
        return Discrepancy(
            table=pair.truth.name, schema=pair.truth.schema, file=file, line=line, model_class=model_class,
            model_attribute=model_attribute, **fields
        )

    def column_discrepancy(self, pair: TablePair, column: ColumnPair, **fields) -> Discrepancy:
        """A discrepancy on a matched column, named by its database name."""
        return self.located(pair, column.source, column=column.truth.name, **fields)


def build_context(
    truth: Schema,
    models: ModelSet,
    renames: Iterable[tuple[str, str, str]] = (),
    rename_threshold: float = DEFAULT_THRESHOLD,
) -> CompareContext:
    """Match ``truth`` and ``models`` table by table and column by column."""
    models = match_computed_tablenames(truth, models, rename_threshold)
    default = truth.default_schema
    # declared renames by table: "gene" is the table of that name in any schema read, "uta.gene" the one in uta
    declared: dict[tuple[str | None, str], list[tuple[str, str]]] = {}
    for table, old, new in renames:
        schema, _, name = table.rpartition(".")
        declared.setdefault((schema or None, name), []).append((old, new))

    truth_by_key = {(t.schema or default, t.name): t for t in truth.tables}
    in_database = frozenset(truth_by_key)
    view_keys = {(v.schema or default, v.name) for v in truth.views}
    read_schemas = set(truth.schemas) or {default}

    matched: list[tuple[Table, Table, TableRenamePair | None]] = []
    model_only: list[Table] = []
    schema_unread = {table for table, _, _ in models.schema_unread}
    for model_table in models.schema.tables:
        key = (model_table.schema or default, model_table.name)
        if model_table.schema is None and model_table.name in schema_unread:
            # a schema the reader cannot read: the table of that name, when one schema read has it
            named = [k for k in truth_by_key if k[1] == model_table.name]
            if len(named) > 1:
                continue  # several have it: which one the class maps cannot be judged
            key = named[0] if named else key
        if key in view_keys or key[0] not in read_schemas:
            continue  # views are never compared; schemas not read cannot be judged
        if key in truth_by_key:
            matched.append((truth_by_key.pop(key), model_table, None))
        else:
            model_only.append(model_table)

    made = _made_for_relationships(truth_by_key, models)
    for schema in sorted({m.schema or default for m in model_only}):
        in_schema = [m for m in model_only if (m.schema or default) == schema]
        db_only = [t for (s, n), t in sorted(truth_by_key.items()) if s == schema and not _made_at_run_time(t, models)
                   and (s, n) not in made and not _made_for_another(t, schema, in_database, models)]
        for rename in pair_tables([_key_named(m, models) for m in in_schema], db_only, rename_threshold):
            model_table = next(m for m in in_schema if m.name == rename.old)
            matched.append((truth_by_key.pop((schema, rename.new)), model_table, rename))
            model_only.remove(model_table)
    # a table of a schema the reader cannot read (mbdata's ``config.schemas.get("doc", "doc")``) may
    # have been renamed in any schema read (a name tables of two schemas have is not one to pair)
    unplaced = [m for m in model_only if m.schema is None and m.name in schema_unread]
    names = Counter(name for _, name in truth_by_key)
    alone = {name: key for key in truth_by_key if names[name := key[1]] == 1}
    for rename in pair_tables(unplaced, [truth_by_key[key] for key in sorted(alone.values())], rename_threshold):
        model_table = next(m for m in unplaced if m.name == rename.old)
        matched.append((truth_by_key.pop(alone[rename.new]), model_table, rename))
        model_only.remove(model_table)

    pairs = tuple(
        _pair_table(truth_table, model_table, models, rename, _declared_of(declared, truth_table, model_table,
                                                                           rename, default), rename_threshold)
        for truth_table, model_table, rename in sorted(matched, key=lambda m: (m[0].schema or "", m[0].name))
    )
    return CompareContext(
        truth=truth,
        models=models,
        pairs=pairs,
        missing_classes=_missing_classes(truth_by_key, models, [(m.name, t.name) for t, m, r in matched if r], made),
        missing_tables=tuple(
            (m, models.class_for_table(m.name, m.schema)) for m in sorted(model_only, key=lambda t: t.name)
        ),
    )


def _missing_classes(unmatched: dict[tuple[str, str], Table], models: ModelSet,
                     renamed: list[tuple[str, str]], made: frozenset[tuple[str, str]]) -> tuple[Table, ...]:
    """The database's tables no class maps, less those made at run time and the migration
    tool's own. With SQLAlchemy-Continuum, the version table of a table that gets a class
    now is the library's too: the new class is versioned as its neighbours are (``placement``);
    so is the version table (or a mixin's table per class: ``<table>_history``) of a renamed table
    whose old one was (``renamed``: old, new)."""
    template = models.version_table_name
    versions = {(schema, template % t.name) for (schema, _), t in unmatched.items()} if template else set()
    versions |= {key for key, t in unmatched.items() for old, new in renamed
                 for prefix, suffix in _library_names(models) if t.name == prefix + new + suffix
                 and _made_at_run_time(replace(t, name=prefix + old + suffix), models)}
    return tuple(t for key, t in sorted(unmatched.items())
                 if not _made_at_run_time(t, models) and key not in made and key not in versions
                 and not _migration_bookkeeping(t))


# the tables a migration tool keeps its state in, by their columns: Alembic's (Flask-Migrate's)
# version table under any name (``version_table=`` renames it; ``version_num`` varchar(32) by
# default, wider where a project's revision ids are longer), and sqlalchemy-migrate's
_BOOKKEEPING = (("version_num",), ("repository_id", "repository_path", "version"))


def _migration_bookkeeping(table: Table) -> bool:
    """A table of the migration tool's, not of the application's: no class maps it, and the
    models are the application's."""
    names = tuple(c.name for c in table.columns)
    return names in _BOOKKEEPING and table.primary_key is not None and \
        table.primary_key.columns == names[:1] and not table.foreign_keys


def _key_named(table: Table, models: ModelSet) -> Table:
    """``table`` with its unnamed primary key under the name the naming convention gives it
    (``pk__%(table_name)s``), which a rename of the table keeps: evidence of the rename."""
    key = table.primary_key
    if key is None or key.name is not None:
        return table
    name = NamingConvention(models.naming_convention).unnamed("primary_key", table.name, key.columns,
                                                              schema=table.schema)
    return replace(table, primary_key=replace(key, name=name)) if name else table


def _library_names(models: ModelSet) -> list[tuple[str, str]]:
    """(prefix, suffix) of the names the models' libraries give the table they make for a table
    (SQLAlchemy-Continuum's ``article_version``, a mixin's ``article_history``)."""
    found = [("", suffix) for _, suffix in models.tables_per_class]
    if models.version_table_name:
        prefix, _, suffix = (models.version_table_name % "\0").partition("\0")
        found.append((prefix, suffix))
    return found


def _made_for_another(table: Table, schema: str, in_database: frozenset[tuple[str, str]], models: ModelSet) -> bool:
    """Whether ``table`` is named as a library of the models names the table it makes for another
    table of the database (``in_database``: (schema, name) of each): a table of its, never one a
    class's table was renamed to."""
    name = table.name
    return any(name.startswith(prefix) and name.endswith(suffix) and len(name) > len(prefix) + len(suffix)
               and (schema, name[len(prefix):len(name) - len(suffix)]) in in_database
               for prefix, suffix in _library_names(models))


def _made_at_run_time(table: Table, models: ModelSet) -> bool:
    """Whether a table made at run time (a ``Table(...)`` whose name is computed, a version
    table of SQLAlchemy-Continuum) may be ``table``: the reader listed it as unresolved, and
    its table is no missing class."""
    return models.made_at_run_time(table.name)


def _made_for_relationships(unmatched: dict[tuple[str, str], Table], models: ModelSet) -> frozenset[tuple[str, str]]:
    """The keys of the tables no class maps that may be those the functions of relationships'
    ``secondary=`` make at run time (``ModelSet.made_for_a_relationship``): keyed to the tables of
    a relationship's two classes and to nothing else. Where several are, those shaped as an
    association (``_an_association``) if any is: an entity keyed to the same two tables gets its
    class; else all of them (the made table's own ``created_at``: a class for it would be a second
    ``Table`` of that name, and the models would no longer import)."""
    if not models.made_secondaries:
        return frozenset()
    by_targets: dict[frozenset[str], list[tuple[str, str]]] = {}
    for key, table in unmatched.items():
        targets = frozenset(fk.target_table for fk in table.foreign_keys if fk.target_table)
        if len(table.foreign_keys) > 1 and models.made_for_a_relationship(targets):
            by_targets.setdefault(targets, []).append(key)
    found: set[tuple[str, str]] = set()
    for keys in by_targets.values():
        shaped = [key for key in keys if _an_association(unmatched[key])]
        found.update(shaped or keys)
    return frozenset(found)


def _an_association(table: Table) -> bool:
    """A table of two keys or more whose columns are their columns, but its own one-column
    primary key (``id``): the shape of a relationship's ``secondary=`` table, not an entity's."""
    keyed = {column for fk in table.foreign_keys for column in fk.columns}
    own_key = set(table.primary_key.columns) if table.primary_key and len(table.primary_key.columns) == 1 else set()
    return len(table.foreign_keys) > 1 and all(c.name in keyed or c.name in own_key for c in table.columns)


def _declared_of(declared: dict[tuple[str | None, str], list[tuple[str, str]]], truth_table: Table,
                 model_table: Table, table_rename: TableRenamePair | None, default: str) -> list[tuple[str, str]]:
    """The renames declared for the table, by its name alone or with its schema (and by the
    model's name for a table that is renamed too)."""
    names = [truth_table.name, *([model_table.name] if table_rename else [])]
    schema = truth_table.schema or default
    return [pair for name in names for pair in (*declared.get((None, name), ()), *declared.get((schema, name), ()))]


def _pair_table(
    truth_table: Table,
    model_table: Table,
    models: ModelSet,
    table_rename: TableRenamePair | None,
    wanted: list[tuple[str, str]],
    threshold: float,
) -> TablePair:
    source = models.class_for_table(model_table.name, model_table.schema)
    sources = column_sources(models, model_table.name, source)
    truth_columns = {c.name: c for c in truth_table.columns}
    model_names = {stored_identifier(c.name) for c in model_table.columns}
    columns = [
        ColumnPair(truth_columns[stored_identifier(m.name)], m, sources.get(m.name))
        for m in model_table.columns
        if stored_identifier(m.name) in truth_columns
    ]
    model_only = [m for m in model_table.columns if stored_identifier(m.name) not in truth_columns]
    db_only = [t for t in truth_table.columns if t.name not in model_names]
    # the catalog's memory is read only for a table with columns left to pair
    history = TableHistory.of(truth_table, ((p.model.name, p.truth.name) for p in columns), {
        name: found.defined_in for name, found in sources.items() if found is not None}) if (
        model_only and db_only) else None
    renames, candidates = pair_columns(
        truth_table.name, model_only, db_only, model_table.columns, truth_table.columns, wanted, threshold,
        _references(model_table), _references(truth_table), history,
    )
    for rename in renames:
        model_column = next(m for m in model_only if m.name == rename.old)
        columns.append(ColumnPair(truth_columns[rename.new], model_column, sources.get(rename.old), rename))
    order = {c.name: index for index, c in enumerate(truth_table.columns)}
    renamed_old = {r.old for r in renames}
    renamed_new = {r.new for r in renames}
    return TablePair(
        truth=truth_table,
        model=model_table,
        source=source,
        columns=tuple(sorted(columns, key=lambda p: order[p.truth.name])),
        missing=tuple(c for c in db_only if c.name not in renamed_new),
        extra=tuple(c for c in model_only if c.name not in renamed_old),
        candidates=tuple(candidates),
        rename=table_rename,
        unread_schema_named=_unread_schema_named(truth_table, model_table, models),
        schema_unread=model_table.schema is None and any(name == model_table.name
                                                         for name, _, _ in models.schema_unread),
    )


def _unread_schema_named(truth: Table, model: Table, models: ModelSet) -> str | None:
    """Where the reader could not read the model's schema (``MetaData(schema=settings.x)``): the
    database table's, when an index there has the name SQLAlchemy gives an unnamed index in that
    schema (``ix_<schema>_<table>_<column>``); None otherwise."""
    if model.schema is not None or truth.schema is None or not any(
            name == model.name for name, _, _ in models.schema_unread):
        return None
    # here, not at the top: indexes imports this module
    from .indexes import unnamed_index_name

    naming = NamingConvention(models.naming_convention)
    named = any(index.name == unnamed_index_name(truth.name, index.columns, naming, truth.schema)
                for index in truth.indexes if index.columns and not index.expressions)
    return truth.schema if named else None


def _references(table: Table) -> dict[str, str]:
    """Column -> the table its single-column foreign key references (when it is known)."""
    return {fk.columns[0]: fk.target_table for fk in table.foreign_keys
            if len(fk.columns) == 1 and fk.target_table is not None}


def column_sources(models: ModelSet, table: str, owner: ClassSource | None) -> dict[str, ColumnSource]:
    """Database column name -> its model statement; the mapped class's own entry wins
    over a single-table-inheritance subclass's."""
    found: dict[str, ColumnSource] = {}
    for source in models.columns_of(table):
        if source.column not in found or (owner is not None and source.class_name == owner.class_name):
            found[source.column] = source
    return found
