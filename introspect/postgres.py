"""Live PostgreSQL catalogs -> one typed ``Schema``.

The whole schema is read with a fixed number of catalog queries (schema names, relations
and columns, constraints, indexes, enums, domains), whatever the number of tables, inside one
read-only transaction (``read_only_cursor``). Nothing is ever evaluated on the server:
defaults, generation expressions, check and index predicates come back as the text
``pg_get_expr`` / ``pg_get_indexdef`` print.

Supports PostgreSQL 13-18. The SQL text branches on the server version only where a
catalog column does not exist everywhere (``pg_index.indnullsnotdistinct`` from 15,
``pg_constraint.conenforced`` from 18). PostgreSQL 18's NOT NULL rows in pg_constraint
(contype 'n') need no query of their own: ``pg_attribute.attnotnull`` is set for them,
NOT VALID ones included, and Column.nullable follows it (see ``_columns``).

Expression text does not depend on who reads it. ``pg_get_expr`` leaves a name
unqualified when the session's effective search_path finds it, so the read pins
search_path to ``public`` (PostgreSQL's default path without ``"$user"``) for its
transaction, and every role gets what an owner with the default path gets:
``nextval('users_id_seq'::regclass)``, ``'open'::billing.state``. PostgreSQL silently
leaves a schema the role has no USAGE on out of the effective path; for such a role
(``public`` unusable) the reader drops the ``public.`` qualifiers that the default path
would not print (``introspect.qualifiers``; one more query).

Index key elements keep their sort order (DESC, NULLS FIRST / LAST, from
``pg_index.indoption``: ``Index.elements``), INCLUDE columns and operator classes other
than the default. Known simplifications: index elements keep no collations;
``Schema.enums`` / ``domains`` list the types of the schemas read and those of other
schemas that their columns use. A view keeps its definition (``pg_get_viewdef``), a
partitioned table its partitions with their bounds, an identity column the options of its
sequence that are not the defaults, an ``interval`` its field restriction.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from operator import itemgetter
from typing import Any

from .connection import read_only_cursor
from .errors import InputError
from .index_elements import KeyPart, index_fields
from .qualifiers import REFERENCE_SCHEMA, unqualify_public
from .schema import (
    CheckConstraint,
    Column,
    ColumnType,
    Domain,
    Enum,
    ExcludeConstraint,
    ForeignKey,
    Index,
    Partition,
    PrimaryKey,
    Schema,
    Table,
    UniqueConstraint,
    sorted_tables,
)

# relkind -> Table.kind; ordinary and partitioned tables, views, materialized views,
# foreign tables. Partition children are left out by the relispartition filter.
_RELATION_KINDS = {
    "r": "table",
    "p": "partitioned table",
    "f": "foreign table",
    "v": "view",
    "m": "materialized view",
}
_VIEW_KINDS = {"view", "materialized view"}

# pg_type.typtype -> ColumnType.kind (base, pseudo and multirange types stay "base"; so do
# pg_catalog's own range types, which SQLAlchemy spells: TSRANGE, INT4RANGE...)
_TYPE_KINDS = {"e": "enum", "d": "domain", "c": "composite", "r": "range"}

# pg_constraint.confdeltype / confupdtype -> ForeignKey.ondelete / onupdate (NO ACTION = None)
_FK_ACTIONS = {"a": None, "r": "RESTRICT", "c": "CASCADE", "n": "SET NULL", "d": "SET DEFAULT"}

_IDENTITY = {"a": "always", "d": "by default"}
# pg_index.indoption bits of a key column (access methods that order: btree)
_INDOPTION_DESC = 1
_INDOPTION_NULLS_FIRST = 2
_GENERATED = {"s": "stored", "v": "virtual"}

# The relations we read: in the requested schemas, not a partition child, not owned by
# an extension. Temporary tables live in pg_temp_N schemas, so they never match.
_RELATION_FILTER = """
    n.nspname = ANY(%(schemas)s)
    AND c.relkind IN ('r', 'p', 'f', 'v', 'm')
    AND NOT c.relispartition
    AND c.relpersistence <> 't'
    AND NOT EXISTS (
        SELECT 1 FROM pg_depend dep
        WHERE dep.classid = 'pg_class'::regclass AND dep.objid = c.oid AND dep.deptype = 'e')
"""

# A type reference (oid, typmod) decoded the same way for columns and domains: the
# element type for arrays (typmods apply to the element), its kind, schema and name,
# and format_type() with and without the modifier so that Python can cut out "(n)".
# Arrays are detected as format_type() does on PostgreSQL 13: a varlena base type
# with an element type.
_TYPE_COLUMNS = """
    (t.typtype = 'b' AND t.typelem <> 0 AND t.typlen = -1) AS is_array,
    e.typtype AS elem_typtype,
    en.nspname AS elem_schema,
    e.typname::text AS elem_name,
    format_type(e.oid, NULL) AS elem_text,
    format_type(e.oid, {typmod}) AS elem_text_mod,
    {typmod} AS typmod
"""
_TYPE_JOINS = """
    LEFT JOIN pg_type t ON t.oid = {typid}
    LEFT JOIN pg_type e ON e.oid = CASE
        WHEN t.typtype = 'b' AND t.typelem <> 0 AND t.typlen = -1 THEN t.typelem ELSE t.oid END
    LEFT JOIN pg_namespace en ON en.oid = e.typnamespace
"""

# What a domain-typed column inherits from its domain (and the domains under it): the
# column rejects NULL if any of them is NOT NULL, and takes the nearest domain default
# when it has none of its own. This is the column's effective behaviour, the one the
# models must declare, and what SQLAlchemy's reflection (hence Alembic) reports too.
# Computed once for all domains (there are few) and hash-joined to the columns.
_DOMAIN_EFFECTIVE_CTE = """
    domain_chain(domain_oid, oid, depth) AS (
        SELECT oid, oid, 0 FROM pg_type WHERE typtype = 'd'
        UNION ALL
        SELECT chain.domain_oid, base.oid, chain.depth + 1
        FROM domain_chain chain
        JOIN pg_type cur ON cur.oid = chain.oid
        JOIN pg_type base ON base.oid = cur.typbasetype AND base.typtype = 'd'
    ),
    domain_effective AS (
        SELECT chain.domain_oid, bool_or(d.typnotnull) AS not_null,
               (array_agg(pg_get_expr(d.typdefaultbin, 0) ORDER BY chain.depth)
                   FILTER (WHERE d.typdefaultbin IS NOT NULL))[1] AS default_text
        FROM domain_chain chain JOIN pg_type d ON d.oid = chain.oid
        GROUP BY chain.domain_oid
    )
"""

# One row per column (and one row with NULL columns for a table that has none).
# None of the big queries has an ORDER BY: Python sorts what it builds, and sorting these
# wide rows on the server by name took a quarter of the query's time.
# Comments are joined rather than read with obj_description()/col_description(): those
# run a subquery per row and made this query three times slower.
_RELATIONS_SQL = f"""
WITH RECURSIVE {_DOMAIN_EFFECTIVE_CTE}
SELECT n.nspname, c.relname::text, c.relkind::text, td.description,
       a.attnum, a.attisdropped, a.attname::text, a.attnotnull OR COALESCE(dom.not_null, false), a.attndims,
       COALESCE(pg_get_expr(ad.adbin, ad.adrelid), dom.default_text) AS default_text,
       a.attidentity::text, a.attgenerated::text,
       CASE WHEN a.attcollation <> 0 AND a.attcollation <> t.typcollation
            THEN co.collname::text END AS collation,
       cd.description AS column_comment,
       {_TYPE_COLUMNS.format(typmod="a.atttypmod")},
       CASE WHEN a.attidentity <> '' THEN (
           SELECT ARRAY[s.seqstart, s.seqincrement, s.seqmin, s.seqmax, s.seqcache, s.seqcycle::int,
                        s.seqtypid::int]
           FROM pg_depend dep JOIN pg_sequence s ON s.seqrelid = dep.objid
           WHERE dep.classid = 'pg_class'::regclass AND dep.refclassid = 'pg_class'::regclass
             AND dep.refobjid = c.oid AND dep.refobjsubid = a.attnum AND dep.deptype = 'i') END AS identity_sequence,
       CASE WHEN c.relkind IN ('v', 'm') AND a.attnum = 1 THEN pg_get_viewdef(c.oid, true) END AS definition,
       CASE WHEN c.relkind = 'p' AND a.attnum = 1 THEN ARRAY(
           SELECT ARRAY[CASE WHEN pn.nspname = 'public' THEN part.relname::text
                             ELSE pn.nspname || '.' || part.relname END,
                        pg_get_expr(part.relpartbound, part.oid)]
           FROM pg_inherits inh
           JOIN pg_class part ON part.oid = inh.inhrelid AND part.relispartition
           JOIN pg_namespace pn ON pn.oid = part.relnamespace
           WHERE inh.inhparent = c.oid) END AS partitions
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0
LEFT JOIN pg_attrdef ad ON ad.adrelid = c.oid AND ad.adnum = a.attnum
LEFT JOIN pg_collation co ON co.oid = a.attcollation
LEFT JOIN pg_description td
    ON td.objoid = c.oid AND td.classoid = 'pg_class'::regclass AND td.objsubid = 0
LEFT JOIN pg_description cd
    ON cd.objoid = c.oid AND cd.classoid = 'pg_class'::regclass AND cd.objsubid = a.attnum
LEFT JOIN domain_effective dom ON dom.domain_oid = a.atttypid
{_TYPE_JOINS.format(typid="a.atttypid")}
WHERE {_RELATION_FILTER}
"""

# The constrained columns come back as attnums, named in Python from the columns already
# read (a per-row ARRAY subquery cost a third of the query); the referenced columns of a
# foreign key are named here, since the target table may lie outside the schemas read.
_CONSTRAINTS_SQL = """
SELECT n.nspname, c.relname::text, con.conname::text, con.contype::text,
       con.conkey::int[] AS key_attnums,
       tn.nspname AS target_schema, tc.relname::text AS target_table,
       CASE WHEN con.contype = 'f' THEN
           ARRAY(SELECT att.attname::text
                 FROM unnest(con.confkey) WITH ORDINALITY AS k(attnum, ord)
                 JOIN pg_attribute att ON att.attrelid = con.confrelid AND att.attnum = k.attnum
                 ORDER BY k.ord)
       END AS target_columns,
       con.confdeltype::text, con.confupdtype::text, con.condeferrable, con.condeferred,
       con.convalidated, {enforced} AS enforced,
       CASE WHEN con.contype = 'c' THEN pg_get_expr(con.conbin, con.conrelid, true)
            WHEN con.contype = 'x' THEN pg_get_constraintdef(con.oid, true) END,
       {nulls_not_distinct} AS nulls_not_distinct,
       con.connoinherit
FROM pg_constraint con
JOIN pg_class c ON c.oid = con.conrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_class tc ON tc.oid = con.confrelid
LEFT JOIN pg_namespace tn ON tn.oid = tc.relnamespace
LEFT JOIN pg_index ui ON ui.indexrelid = con.conindid AND con.contype = 'u'
WHERE con.contype IN ('p', 'f', 'u', 'c', 'x') AND {relation_filter}
"""

# Indexes that back a PRIMARY KEY or UNIQUE constraint are the constraint, not an index
# of their own. (An FK's conindid names the *referenced* table's index, hence conrelid.)
_INDEXES_SQL = """
SELECT n.nspname, c.relname::text, ic.relname::text, i.indisunique, am.amname::text,
       pg_get_expr(i.indpred, i.indrelid, true),
       ARRAY(SELECT CASE WHEN i.indkey[k - 1] = 0
                         THEN pg_get_indexdef(i.indexrelid, k, true)
                         ELSE (SELECT att.attname::text FROM pg_attribute att
                               WHERE att.attrelid = i.indrelid AND att.attnum = i.indkey[k - 1])
                    END
             FROM generate_series(1, i.indnkeyatts) AS k ORDER BY k) AS elements,
       ARRAY(SELECT i.indkey[k - 1] = 0
             FROM generate_series(1, i.indnkeyatts) AS k ORDER BY k) AS is_expression,
       ARRAY(SELECT pg_get_indexdef(i.indexrelid, k, true)
             FROM generate_series(1, i.indnkeyatts) AS k ORDER BY k) AS definitions,
       ARRAY(SELECT i.indoption[k - 1]::int
             FROM generate_series(1, i.indnkeyatts) AS k ORDER BY k) AS sort_options,
       ARRAY(SELECT (SELECT att.attname::text FROM pg_attribute att
                     WHERE att.attrelid = i.indrelid AND att.attnum = i.indkey[k - 1])
             FROM generate_series(i.indnkeyatts + 1, i.indnatts) AS k ORDER BY k) AS include,
       {nulls_not_distinct} AS nulls_not_distinct,
       ARRAY(SELECT CASE WHEN opc.opcdefault THEN '' ELSE opc.opcname::text END
             FROM generate_series(1, i.indnkeyatts) AS k
             JOIN pg_opclass opc ON opc.oid = i.indclass[k - 1] ORDER BY k) AS operator_classes
FROM pg_index i
JOIN pg_class ic ON ic.oid = i.indexrelid
JOIN pg_class c ON c.oid = i.indrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_am am ON am.oid = ic.relam
WHERE {relation_filter}
  AND NOT EXISTS (
      SELECT 1 FROM pg_constraint con
      WHERE con.conindid = i.indexrelid AND con.conrelid = i.indrelid
        AND con.contype IN ('p', 'u', 'x'))
"""

# Types that belong to an extension (its own, or ones added with ALTER EXTENSION ... ADD)
# are the extension's business, not the application's.
_NOT_EXTENSION_TYPE = """
    NOT EXISTS (
        SELECT 1 FROM pg_depend dep
        WHERE dep.classid = 'pg_type'::regclass AND dep.objid = {alias}.oid
          AND dep.deptype = 'e')
"""

# An enum or a domain of another schema that a column of the schemas read uses (GeoNature-citizen's tables in
# ``gnc_obstax`` of an ``Enum(...)`` SQLAlchemy made in ``public``: its labels were not compared) is read with
# them: the columns' rows name them (``_used_elsewhere``), so no further scan of the catalog's columns is made
_OF_THE_SCHEMAS = """
    (n.nspname = ANY(%(schemas)s)
     OR (n.nspname::text, {alias}.typname::text) IN (
        SELECT * FROM unnest(%(used_schemas)s::text[], %(used_names)s::text[])))
"""

_ENUMS_SQL = f"""
SELECT n.nspname, t.typname::text,
       ARRAY(SELECT en.enumlabel::text FROM pg_enum en
             WHERE en.enumtypid = t.oid ORDER BY en.enumsortorder)
FROM pg_type t
JOIN pg_namespace n ON n.oid = t.typnamespace
WHERE t.typtype = 'e' AND {_OF_THE_SCHEMAS.format(alias="t")}
  AND {_NOT_EXTENSION_TYPE.format(alias="t")}
ORDER BY n.nspname, t.typname
"""

# Domain NOT NULL: pg_type.typnotnull stays authoritative on every version (PostgreSQL 17
# also records it as a contype 'n' row, which is why only 'c' rows are read as checks).
_DOMAINS_SQL = f"""
SELECT n.nspname, d.typname::text, d.typnotnull, pg_get_expr(d.typdefaultbin, 0),
       ARRAY(SELECT pg_get_expr(con.conbin, 0, true) FROM pg_constraint con
             WHERE con.contypid = d.oid AND con.contype = 'c' ORDER BY con.conname),
       d.typndims,
       {_TYPE_COLUMNS.format(typmod="d.typtypmod")}
FROM pg_type d
JOIN pg_namespace n ON n.oid = d.typnamespace
{_TYPE_JOINS.format(typid="d.typbasetype")}
WHERE d.typtype = 'd' AND {_OF_THE_SCHEMAS.format(alias="d")}
  AND {_NOT_EXTENSION_TYPE.format(alias="d")}
ORDER BY n.nspname, d.typname
"""

# The first query: the schema names, whether the role may use each (a schema it may not
# use is left out of its effective search_path), and search_path pinned for the rest of
# the transaction (a FROM item: evaluated once, before the other queries run).
_SCHEMA_NAMES_SQL = """
SELECT n.nspname::text, has_schema_privilege(n.oid, 'USAGE')
FROM pg_namespace n CROSS JOIN set_config('search_path', %(search_path)s, true)
ORDER BY n.nspname
"""


def read_schema(url: str, schemas: tuple[str, ...] = ("public",)) -> Schema:
    """Read tables, views, enums and domains of ``schemas`` from the database at ``url``.

    Raises InputError when the database is unreachable or a schema does not exist.
    """
    with read_only_cursor(url) as cursor:
        return read_catalog(cursor, schemas)


def read_catalog(cursor: Any, schemas: tuple[str, ...] = ("public",)) -> Schema:
    """Read the schema through an open psycopg2 cursor (a fixed number of queries, one
    more for a role without USAGE on ``public`` whose expressions name its objects).

    Sets ``search_path`` to ``public`` until the end of the cursor's transaction.
    """
    version_num = cursor.connection.server_version
    public_on_path = _pin_search_path(cursor, schemas)
    params = {"schemas": list(schemas)}
    relations = _fetch(cursor, _RELATIONS_SQL, params)
    constraints = _fetch(cursor, _constraints_sql(version_num), params)
    indexes = _fetch(cursor, _INDEXES_SQL.format(
        relation_filter=_RELATION_FILTER,
        nulls_not_distinct="i.indnullsnotdistinct" if version_num >= 150000 else "false"), params)
    used = _used_elsewhere(relations, schemas)
    params |= {"used_schemas": [schema for schema, _ in used], "used_names": [name for _, name in used]}
    enums = _fetch(cursor, _ENUMS_SQL, params)
    domains = _fetch(cursor, _DOMAINS_SQL, params)
    schema = _assemble(schemas, version_num, relations, constraints, indexes, enums, domains)
    return schema if public_on_path else unqualify_public(cursor, schema)


def _used_elsewhere(relations: list[tuple], schemas: tuple[str, ...]) -> list[tuple[str, str]]:
    """(schema, name) of each enum and domain of another schema than ``schemas`` that a column of
    ``relations`` (the rows of ``_RELATIONS_SQL``) is of (an array's: its element type's)."""
    # row[15:18]: the element type's typtype, schema and name of the row's _TYPE_COLUMNS (see ``_columns``);
    # row[4] None: a relation without columns; row[5]: a dropped column
    return sorted({(row[16], row[17]) for row in relations
                   if row[15] in ("e", "d") and row[16] not in schemas and row[4] is not None and not row[5]})


def _pin_search_path(cursor: Any, schemas: tuple[str, ...]) -> bool:
    """Pin search_path to ``public`` for the transaction and check that ``schemas``
    exist (a misspelt --schema would otherwise read as an empty database, every model
    missing). True when ``public`` is on the effective path: PostgreSQL then prints
    expressions as the default path does, and nothing is left to do."""
    cursor.execute(_SCHEMA_NAMES_SQL, {"search_path": REFERENCE_SCHEMA})
    usable = dict(cursor.fetchall())  # schema name -> the role may use it, in name order
    missing = [name for name in schemas if name not in usable]
    if not schemas or missing:
        user_schemas = [name for name in usable
                        if not name.startswith("pg_") and name != "information_schema"]
        raise InputError(
            f"schema {', '.join(map(repr, missing)) or '(none given)'} not in the database; "
            f"it has: {', '.join(map(repr, user_schemas)) or 'no user schemas'}"
        )
    return usable.get(REFERENCE_SCHEMA, False)


def _fetch(cursor: Any, sql: str, params: dict) -> list[tuple]:
    cursor.execute(sql, params)
    return cursor.fetchall()


def _constraints_sql(version_num: int) -> str:
    return _CONSTRAINTS_SQL.format(
        relation_filter=_RELATION_FILTER,
        enforced="con.conenforced" if version_num >= 180000 else "true",
        nulls_not_distinct="COALESCE(ui.indnullsnotdistinct, false)"
        if version_num >= 150000 else "false",
    )


def server_version_text(version_num: int) -> str:
    """180006 -> "18.6" (the numbering of PostgreSQL 10 and later)."""
    return f"{version_num // 10000}.{version_num % 10000}"


# -- rows -> dataclasses -----------------------------------------------------------------

def _assemble(schemas, version_num, relations, constraints, indexes, enums, domains) -> Schema:
    column_names = {
        (row[0], row[1], row[4]): row[6] for row in relations if row[4] is not None and not row[5]}
    by_table = _constraints_by_table(constraints, column_names)
    indexes_by_table = _indexes_by_table(indexes)
    tables: list[Table] = []
    views: list[Table] = []
    types: dict = {}
    for key, rows in _group(relations, 2).items():
        kind = _RELATION_KINDS[rows[0][2]]
        table = Table(
            name=key[1],
            schema=key[0],
            kind=kind,
            columns=_columns(rows, types),
            comment=rows[0][3],
            definition=next((row[-2] for row in rows if row[-2] is not None), None),
            partitions=tuple(sorted(
                (Partition(*pair) for row in rows if row[-1] is not None for pair in row[-1]),
                key=lambda p: p.name)),
            dropped_attnums=tuple(sorted(row[4] for row in rows if row[5])),
            indexes=() if kind in _VIEW_KINDS else tuple(indexes_by_table.get(key, ())),
            **({} if kind in _VIEW_KINDS else by_table.get(key, {})),
        )
        (views if kind in _VIEW_KINDS else tables).append(table)
    return Schema(
        tables=sorted_tables(tables),
        views=sorted_tables(views),
        enums=tuple(sorted((Enum(name=row[1], labels=tuple(row[2]), schema=row[0])
                            for row in enums), key=lambda e: (e.schema, e.name))),
        domains=tuple(sorted((_domain(row) for row in domains),
                             key=lambda d: (d.schema, d.name))),
        schemas=tuple(schemas),
        server_version=server_version_text(version_num),
    )


def _group(rows: Iterable[tuple], width: int) -> dict[tuple, list[tuple]]:
    """Rows grouped by their first ``width`` values."""
    groups: dict[tuple, list[tuple]] = {}
    for row in rows:
        groups.setdefault(tuple(row[:width]), []).append(row)
    return groups


def _columns(rows: list[tuple], types: dict) -> tuple[Column, ...]:
    """Columns of one relation; ``types`` caches ColumnTypes (a schema has few distinct)."""
    columns = []
    visible = sorted((row for row in rows if row[4] is not None and not row[5]), key=itemgetter(4))
    for position, row in enumerate(visible, start=1):  # attnum order
        (_, _, _, _, attnum, _, name, not_null, ndims, default, identity, generated, collation,
         comment, *type_row, sequence, _, _) = row
        columns.append(Column(
            name=name,
            type=_cached_type(types, type_row, ndims),
            # not_null = attnotnull, or a NOT NULL domain (see _DOMAIN_EFFECTIVE_CTE).
            # attnotnull is also true for a PostgreSQL 18 NOT VALID not-null constraint.
            # We keep that as NOT NULL: the server already rejects NULL in every new or
            # updated row, which is what the models must declare; only old rows may hold NULL.
            nullable=not not_null,
            default=None if generated else default,
            identity=_IDENTITY.get(identity),
            identity_options=identity_options(sequence),
            generated=default if generated else None,
            generated_kind=_GENERATED.get(generated),
            collation=collation,
            comment=comment,
            position=position,
            attnum=attnum,
        ))
    return tuple(columns)


# pg_sequence.seqtypid -> (smallest, largest) value of the type
_SEQUENCE_BOUNDS = {21: (-(2**15), 2**15 - 1), 23: (-(2**31), 2**31 - 1), 20: (-(2**63), 2**63 - 1)}


def identity_options(sequence: list[int] | None) -> str | None:
    """The options of an identity column's sequence that differ from the defaults
    PostgreSQL gives one of its type and direction, in SQL's order; None when all are
    the defaults (or the column is no identity column)."""
    if not sequence:
        return None
    start, increment, minimum, maximum, cache, cycle, type_oid = sequence
    low, high = _SEQUENCE_BOUNDS.get(type_oid, _SEQUENCE_BOUNDS[20])
    default_min, default_max = (1, high) if increment > 0 else (low, -1)
    options = []
    if start != (minimum if increment > 0 else maximum):
        options.append(f"START WITH {start}")
    for word, value, default in (("INCREMENT BY", increment, 1), ("MINVALUE", minimum, default_min),
                                 ("MAXVALUE", maximum, default_max), ("CACHE", cache, 1)):
        if value != default:
            options.append(f"{word} {value}")
    if cycle:
        options.append("CYCLE")
    return " ".join(options) or None


def _cached_type(types: dict, type_row: list, ndims: int) -> ColumnType:
    key = (*type_row, ndims)
    if key not in types:
        types[key] = _column_type(type_row, ndims)
    return types[key]


def _column_type(type_row: list, ndims: int) -> ColumnType:
    """Decode the _TYPE_COLUMNS values of one type reference."""
    is_array, elem_typtype, elem_schema, elem_name, elem_text, elem_text_mod, typmod = type_row
    kind = _TYPE_KINDS.get(elem_typtype, "base")
    if kind == "range" and elem_schema == "pg_catalog":
        kind = "base"
    if kind == "base" and elem_schema == "pg_catalog":
        name, type_schema = elem_text, None  # canonical spelling: "character varying"
    else:
        name, type_schema = elem_name, elem_schema
    length = precision = scale = fields = None
    if name == "interval" and typmod is not None and typmod >= 0:
        # format_type writes the fields, then the precision: "interval day to second(3)"
        fields, precision = _interval_modifiers(elem_text_mod)
    modifiers = _modifiers(elem_text, elem_text_mod) if typmod is not None and typmod >= 0 and not fields else ()
    if modifiers and name in ("numeric", "decimal"):
        precision = modifiers[0]
        scale = modifiers[1] if len(modifiers) > 1 else None
    elif modifiers and name.split(" ")[0] in ("time", "timestamp", "interval"):
        precision = modifiers[0]
    elif len(modifiers) == 1:
        length = modifiers[0]
    # attndims is 0 where PostgreSQL did not record it (views, CREATE TABLE AS); an array
    # has at least one dimension.
    dimensions = max(ndims or 0, 1) if is_array else 0
    return ColumnType(name=name, length=length, precision=precision, scale=scale,
                      dimensions=dimensions, kind=kind, type_schema=type_schema, fields=fields)


_INTERVAL = re.compile(r"interval(?: ([a-z ]+?))?(?:\((\d+)\))?")


def _interval_modifiers(text: str) -> tuple[str | None, int | None]:
    """"interval day to second(3)" -> ("day to second", 3); "interval(3)" -> (None, 3)."""
    match = _INTERVAL.fullmatch(text)
    if match is None:
        return None, None
    return match.group(1), int(match.group(2)) if match.group(2) else None


def _modifiers(plain: str, with_typmod: str) -> tuple[int, ...]:
    """The numbers format_type() adds for a typmod: ("numeric", "numeric(3,1)") -> (3, 1).

    The modifier may sit inside the name ("timestamp(3) with time zone"), so the common
    prefix and suffix are cut off. Anything else (interval field names) is ignored.
    """
    prefix = 0
    while prefix < min(len(plain), len(with_typmod)) and plain[prefix] == with_typmod[prefix]:
        prefix += 1
    suffix = 0
    while (suffix < min(len(plain), len(with_typmod)) - prefix
           and plain[-1 - suffix] == with_typmod[-1 - suffix]):
        suffix += 1
    middle = with_typmod[prefix:len(with_typmod) - suffix]
    if not (middle.startswith("(") and middle.endswith(")")):
        return ()
    try:
        return tuple(int(part) for part in middle[1:-1].split(","))
    except ValueError:
        return ()


def _constraints_by_table(rows: list[tuple], column_names: dict) -> dict[tuple, dict]:
    """(schema, table) -> Table keyword arguments for its constraints.

    ``column_names`` maps (schema, table, attnum) to the column name.
    """
    found: dict[tuple, dict] = defaultdict(lambda: defaultdict(list))
    for row in rows:
        (schema, table, name, contype, attnums, target_schema, target_table, target_columns,
         on_delete, on_update, deferrable, deferred, valid, enforced, check, nulls_nd, no_inherit) = row
        # an exclusion constraint's expression has attnum 0 (its elements are read from its
        # definition), and a check constraint's columns are in its expression
        columns = [column_names[(schema, table, attnum)] for attnum in attnums or ()] if contype in "pfu" else []
        entry = found[(schema, table)]
        if contype == "p":
            entry["primary_key"] = PrimaryKey(columns=tuple(columns), name=name)
        elif contype == "f":
            entry["foreign_keys"].append(ForeignKey(
                columns=tuple(columns), target_table=target_table,
                target_columns=tuple(target_columns), target_schema=target_schema, name=name,
                ondelete=_FK_ACTIONS[on_delete], onupdate=_FK_ACTIONS[on_update],
                deferrable=deferrable, initially_deferred=deferred, enforced=enforced,
                valid=valid,
            ))
        elif contype == "u":
            entry["unique_constraints"].append(UniqueConstraint(
                columns=tuple(columns), name=name, nulls_not_distinct=nulls_nd,
                deferrable=deferrable, initially_deferred=deferred))
        elif contype == "x":
            entry["exclude_constraints"].append(_exclude_constraint(check, name, deferrable, deferred))
        else:
            entry["check_constraints"].append(
                CheckConstraint(expression=check, name=name, enforced=enforced, valid=valid, no_inherit=no_inherit))
    return {
        key: {field: value if field == "primary_key" else _by_name(value)
              for field, value in entry.items()}
        for key, entry in found.items()
    }


_EXCLUDE_HEAD = re.compile(r"EXCLUDE USING (\w+) \(")


def _exclude_constraint(definition: str, name: str, deferrable: bool, deferred: bool) -> ExcludeConstraint:
    """``EXCLUDE USING gist (room WITH =, during WITH &&) WHERE (...)`` as printed by
    ``pg_get_constraintdef``: its method, (element, operator) pairs and predicate."""
    text = definition.strip()
    head = _EXCLUDE_HEAD.match(text)
    end = _closing(text, head.end() - 1) if head else -1
    if head is None or end < 0:
        return ExcludeConstraint(((text, ""),), name, "", None, deferrable, deferred)
    elements = []
    for part in split_top_level(text[head.end():end]):
        element, _, operator = part.rpartition(" WITH ")
        elements.append((_unquoted(element.strip()), operator.strip()))
    rest = text[end + 1:].strip()
    where = None
    if rest.startswith("WHERE ("):
        close = _closing(rest, len("WHERE "))
        where = rest[len("WHERE ("):close] if close > 0 else None
    return ExcludeConstraint(tuple(elements), name, head.group(1), where, deferrable, deferred)


def _outside_quotes(text: str, start: int = 0):
    """``(index, character, depth)`` for each character of ``text`` from ``start`` that is
    outside quotes; ``depth`` counts the parentheses open after that character."""
    depth, quote = 0, None
    for i in range(start, len(text)):
        ch = text[i]
        if quote:
            if ch == quote:
                quote = None
            continue
        if ch in "'\"":
            quote = ch
            continue
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        yield i, ch, depth


def _closing(text: str, start: int) -> int:
    """The index of the parenthesis that closes the one at ``start`` (-1: none)."""
    return next((i for i, ch, depth in _outside_quotes(text, start) if ch == ")" and depth == 0), -1)


def split_top_level(text: str) -> list[str]:
    """``text`` split at the commas outside parentheses and quotes."""
    parts, start = [], 0
    for i, ch, depth in _outside_quotes(text):
        if ch == "," and depth == 0:
            parts.append(text[start:i].strip())
            start = i + 1
    parts.append(text[start:].strip())
    return [p for p in parts if p]


def _unquoted(element: str) -> str:
    """A quoted column name without its quotes (``"Room"`` -> ``Room``); else as printed."""
    if len(element) > 1 and element[0] == element[-1] == '"' and '"' not in element[1:-1].replace('""', ""):
        return element[1:-1].replace('""', '"')
    return element


def _indexes_by_table(rows: list[tuple]) -> dict[tuple, tuple[Index, ...]]:
    found: dict[tuple, list[Index]] = defaultdict(list)
    for (schema, table, name, unique, method, where, elements, is_expression, definitions, options, include,
         nulls_not_distinct, operator_classes) in rows:
        # pg_get_indexdef(index, k, true) leaves the sort order out; pg_index.indoption has it
        parts = [
            KeyPart(
                definition,
                None if expression else element,
                bool(option & _INDOPTION_DESC),
                bool(option & _INDOPTION_NULLS_FIRST),
            )
            for element, expression, definition, option in zip(
                elements, is_expression, definitions, options, strict=False
            )
        ]
        columns, expressions, key = index_fields(parts)
        found[(schema, table)].append(
            Index(
                name=name,
                columns=columns,
                unique=unique,
                method=method,
                where=where,
                expressions=expressions,
                elements=key,
                include=tuple(include or ()),
                nulls_not_distinct=bool(nulls_not_distinct),
                operator_classes=tuple(
                    (element, opclass)
                    for element, expression, opclass in zip(elements, is_expression, operator_classes, strict=False)
                    if opclass and not expression
                ),
            )
        )
    return {key: _by_name(value) for key, value in found.items()}


def _by_name(items: list) -> tuple:
    return tuple(sorted(items, key=lambda item: item.name or ""))


def _domain(row: tuple) -> Domain:
    schema, name, not_null, default, checks, ndims, *type_row = row
    return Domain(
        name=name,
        type=_column_type(type_row, ndims),
        nullable=not not_null,
        default=default,
        checks=tuple(checks),
        schema=schema,
    )
