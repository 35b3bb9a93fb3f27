"""Computed ``__tablename__`` matched against the database.

A class whose ``__tablename__`` is computed from its name (``to_snake(cls.__name__)`` on the
declarative base) is placed by the reader on a provisional table, the first of its usual
names (``ComputedTableName.candidates``: snake_case, lower case, their plurals). Here each
such table takes the first candidate the database has that no other class maps; a class
that matches none is left out of the comparison (its table unknown), and the planner then
generates no class for a table it may map (``unresolved_mappers``), unless its provisional table
is, by the rename evidence, a table the database renamed (``flow`` now ``flow_v2``): it keeps that
table, and the plan pairs the two as a rename. A class in a schema that was not read keeps its
provisional table: it can map none of the tables read.

A class whose base's ``__init_subclass__`` puts a prefix the files do not hold before the name
it writes (fief's ``f"{settings.database_table_prefix}{name}"``) is placed on the name it
writes; its candidate is that name after the prefix the database's tables have: of the prefixes
under which its classes' names are tables, the one most of them have (none when two tie).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from schema_inspector.introspect.models import ClassSource, ComputedTableName, ModelSet
from schema_inspector.introspect.schema import Schema, sorted_tables

from .renames import DEFAULT_THRESHOLD, pair_tables


def match_computed_tablenames(truth: Schema, models: ModelSet, rename_threshold: float = DEFAULT_THRESHOLD
                               ) -> ModelSet:
    """``models`` with each computed table renamed to the database table it matches (or
    left out when none matches, unless it is a renamed one); ``computed_tablenames`` record the
    match."""
    if not models.computed_tablenames:
        return models
    default = truth.default_schema
    provisional = {(c.schema or default, c.candidates[0]) for c in models.computed_tablenames}
    in_database = {(t.schema or default, t.name) for t in truth.tables}
    taken = {(t.schema or default, t.name) for t in models.schema.tables} - provisional
    renamed: dict[tuple[str, str], str | None] = {}
    computed = []
    read = set(truth.schemas) or {default}
    prefixes = _prefixes(truth, models.computed_tablenames)
    for entry in models.computed_tablenames:
        schema = entry.schema or default
        if schema not in read:
            # its schema was not read: it keeps its provisional table, which no table read can
            # be (the planner's note on schemas not read names it), and stays out of the matching
            computed.append(entry)
            continue
        prefix = (entry.prefix if entry.prefix is not None else prefixes.get(entry.hook or "")) \
            if entry.prefixed else None
        candidates = entry.candidates if not entry.prefixed else (
            (prefix + entry.candidates[0],) if prefix is not None else ())
        match = next((name for name in candidates
                      if (schema, name) in in_database and (schema, name) not in taken), None)
        if match is None and candidates:  # a table the database renamed: the plan pairs the two
            match = _renamed_table_name(truth, models, schema, entry.candidates[0], candidates, taken,
                                        rename_threshold)
        if match is None and entry.prefixed and candidates and (schema, candidates[0]) not in taken:
            match = candidates[0]  # the prefix known: a table the database lacks, as a literal name's is
        if match is not None:
            taken.add((schema, match))
        renamed[(schema, entry.candidates[0])] = match
        computed.append(replace(entry, matched=match, prefix=prefix))
    if all(key[1] == new for key, new in renamed.items()):
        return replace(models, computed_tablenames=tuple(computed))

    def new_name(name: str, schema: str | None) -> str | None:
        return renamed.get((schema or default, name), name)

    tables = []
    for table in models.schema.tables:
        name = new_name(table.name, table.schema)
        if name is None:
            continue
        # a foreign key to a provisional table follows it; to one that matched nothing it is
        # unknown (target_table None: not compared)
        foreign_keys = tuple(
            replace(fk, target_table=new_name(fk.target_table, fk.target_schema or table.schema))
            if fk.target_table is not None and (fk.target_schema or table.schema or default, fk.target_table) in renamed
            else fk
            for fk in table.foreign_keys
        )
        tables.append(replace(table, name=name, foreign_keys=foreign_keys))
    classes = tuple(_class(c, new_name) for c in models.classes)
    columns = tuple(replace(c, table=mapped) for c in models.columns
                    if (mapped := new_name(c.table, c.schema)) is not None)
    return replace(
        models,
        schema=replace(models.schema, tables=tuple(sorted_tables(tables))),
        classes=classes,
        columns=columns,
        computed_tablenames=tuple(computed),
    )


def _prefixes(truth: Schema, entries: tuple[ComputedTableName, ...]) -> dict[str, str]:
    """For each hook (``ComputedTableName.hook``) that puts a prefix from the settings before its
    classes' names, the prefix before most of those names among the database's tables (``fief_``
    of ``fief_users``), and of those as many, the one most of the tables start with (``acme_``
    rather than ``acme_web``, which ``acme_webhooks`` puts before ``hooks``); none when two are
    still as good, or no name is a table's end."""
    default = truth.default_schema
    written: dict[tuple[str, str], set[str]] = {}  # (schema, name written) -> the hooks of its classes
    for entry in entries:
        if entry.prefixed and entry.prefix is None and entry.hook is not None:
            written.setdefault((entry.schema or default, entry.candidates[0]), set()).add(entry.hook)
    tables: dict[str, list[str]] = {}  # by schema
    for table in truth.tables:
        tables.setdefault(table.schema or default, []).append(table.name)
    counts: dict[str, Counter[str]] = {}
    for schema, names in tables.items():
        for name in names:
            for split in range(len(name)):  # the table's every end a class may write, what comes before it
                for hook in written.get((schema, name[split:]), ()):
                    counts.setdefault(hook, Counter())[name[:split]] += 1
    found = {}
    for hook, count in counts.items():
        most = max(count.values())
        tied = [prefix for prefix, number in count.items() if number == most]
        if len(tied) > 1:
            schemas = {schema for (schema, _), hooks in written.items() if hook in hooks}
            starting = {prefix: sum(t.startswith(prefix) for schema in schemas for t in tables.get(schema, ()))
                        for prefix in tied}
            tied = [prefix for prefix in tied if starting[prefix] == max(starting.values())]
        if len(tied) == 1:
            found[hook] = tied[0]
    return found


def _renamed_table_name(truth: Schema, models: ModelSet, schema: str, provisional: str, candidates: tuple[str, ...],
                         taken: set[tuple[str, str]], threshold: float) -> str | None:
    """The first of the class's usual names under which its provisional table pairs, as a
    rename, with a database table of ``schema`` that no class maps by name (``nodes`` for
    ``nodes_v2``); None when none does."""
    default = truth.default_schema
    table = next((t for t in models.schema.tables if (t.schema or default, t.name) == (schema, provisional)), None)
    mapped = {(t.schema or default, t.name) for t in models.schema.tables} | taken
    free = [t for t in truth.tables if (t.schema or default) == schema and (schema, t.name) not in mapped]
    if table is None or not free:
        return None
    return next((name for name in candidates if (schema, name) not in mapped - {(schema, provisional)}
                 and pair_tables([replace(table, name=name)], free, threshold)), None)


def _class(source: ClassSource, new_name) -> ClassSource:
    if source.table is None:
        return source
    return replace(source, table=new_name(source.table, source.schema))


def unresolved_mappers(models: ModelSet) -> list[ClassSource]:
    """Mapped classes whose table the reader could not decide (a computed ``__tablename__``
    that matched no database table, or one it cannot read): any table without a class may
    be theirs. A class over a join of other classes' tables maps none of its own."""
    return [c for c in models.classes
            if c.kind == "model" and c.table is None and c.inherits_table is None and not c.joins]
