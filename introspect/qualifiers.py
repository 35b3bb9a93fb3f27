"""Expressions as the default ``search_path`` prints them, whatever role reads them.

ruleutils (pg_get_expr, pg_get_indexdef) qualifies a name that the effective search_path
would not find: a type after "::", a function before "(", OPERATOR(schema.op), COLLATE
schema.name, and the text of a reg* constant ('public.users_id_seq'::regclass). With
public dropped from the path (no USAGE), every object of public comes out qualified.
The default path, pg_catalog then public, prints such a name bare exactly when
pg_catalog does not take the name first; _VISIBLE_ON_DEFAULT_PATH_SQL decides that per
kind of object, as namespace.c and ruleutils.c do, and only those qualifiers are
dropped. Where that cannot be decided from the catalogs alone (a function of a name
that a polymorphic or variadic function also has, say) the qualifier stays: the text
is then longer than the owner's, never different in meaning.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import Any, NamedTuple

from .schema import Schema, Table

REFERENCE_SCHEMA = "public"

# One token of ruleutils' output. Literals are '...' with '' for a quote (ruleutils never
# prints E'...'; with standard_conforming_strings off it doubles backslashes, and no
# backslash escapes a quote either way); quoted identifiers "..." with "" for a quote.
_TOKEN = re.compile(r"""
      '(?:[^']|'')*'
    | "(?:[^"]|"")*"
    | (?:[A-Za-z_]|[^\x00-\x7f])(?:[A-Za-z0-9_$]|[^\x00-\x7f])*
    | ::
    | \s+
    | .
""", re.VERBOSE | re.DOTALL)
# quote_identifier() leaves exactly these bare (and keywords, which are never names here)
_PLAIN_NAME = r"[a-z_][a-z0-9_]*"
_NAME = re.compile(rf'"(?:[^"]|"")*"|{_PLAIN_NAME}')
_OPERATOR_CHARS = frozenset("+-*/<>=~!@#%^&|`?")

# reg* types whose constants print a name qualified when needed -> (kind of the name,
# the text of such a constant naming an object of public: the name is group 1)
_REG_CONSTANTS = {
    "regclass": ("relation", re.compile(rf"public\.({_NAME.pattern})")),
    "regconfig": ("text search configuration", re.compile(rf"public\.({_NAME.pattern})")),
    "regproc": ("function name", re.compile(rf"public\.({_NAME.pattern})")),
    # format_type(): a type modifier and array brackets may follow the name
    "regtype": ("type", re.compile(rf"public\.({_NAME.pattern})(?:\([^()]*\))?(?:\[\])*")),
}

# (kind, name) pairs -> those the default path prints bare: pg_catalog, searched first,
# has no object of that kind and name that would be found instead. Functions and
# operators are found by argument types. A call passes a function's leading arguments,
# cast to their declared types (the rest take their defaults), unless a parameter is
# polymorphic or variadic. So a public function is found exactly when no other function
# of its name accepts the same leading argument types (compared over the fewest
# arguments both accept): one in pg_catalog would win, another in public would make the
# call ambiguous. The only function of a name is found whatever its arguments (and a
# regproc constant, a name without arguments, prints bare only then). Likewise
# an operator (exact argument types are tried first) when pg_catalog has none of its
# name and argument types. Every object of the name must pass: the text does not say
# which one it calls.
_VISIBLE_ON_DEFAULT_PATH_SQL = """
WITH ref(kind, name) AS (SELECT * FROM unnest(%(kinds)s::text[], %(names)s::text[])),
     public AS (SELECT oid FROM pg_namespace WHERE nspname = 'public')
SELECT ref.kind, ref.name FROM ref
WHERE CASE ref.kind
    WHEN 'type' THEN NOT EXISTS (
        SELECT 1 FROM pg_type WHERE typname = ref.name AND typnamespace = 'pg_catalog'::regnamespace)
    WHEN 'relation' THEN NOT EXISTS (
        SELECT 1 FROM pg_class WHERE relname = ref.name AND relnamespace = 'pg_catalog'::regnamespace)
    WHEN 'text search configuration' THEN NOT EXISTS (
        SELECT 1 FROM pg_ts_config
        WHERE cfgname = ref.name AND cfgnamespace = 'pg_catalog'::regnamespace)
    WHEN 'collation' THEN NOT EXISTS (
        SELECT 1 FROM pg_collation
        WHERE collname = ref.name AND collnamespace = 'pg_catalog'::regnamespace
          AND collencoding IN (-1, pg_char_to_encoding(getdatabaseencoding())))
    WHEN 'operator' THEN NOT EXISTS (
        SELECT 1 FROM pg_operator o
        WHERE o.oprname = ref.name AND o.oprnamespace = (SELECT oid FROM public)
          AND (EXISTS (SELECT 1 FROM pg_type t
                       WHERE t.oid IN (o.oprleft, o.oprright) AND t.typtype = 'p')
               OR EXISTS (SELECT 1 FROM pg_operator twin
                          WHERE twin.oprnamespace = 'pg_catalog'::regnamespace
                            AND twin.oprname = o.oprname AND twin.oprleft = o.oprleft
                            AND twin.oprright = o.oprright)))
    WHEN 'function name' THEN (
        SELECT count(*) = 1 AND bool_and(p.pronamespace <> 'pg_catalog'::regnamespace)
        FROM pg_proc p
        WHERE p.proname = ref.name
          AND p.pronamespace IN ('pg_catalog'::regnamespace, (SELECT oid FROM public)))
    WHEN 'function' THEN (
        SELECT count(*) = 1 AND bool_and(p.pronamespace <> 'pg_catalog'::regnamespace)
               OR NOT bool_or(p.pronamespace <> 'pg_catalog'::regnamespace AND (
                   p.provariadic <> 0
                   OR EXISTS (SELECT 1 FROM pg_type t
                              WHERE t.oid = ANY (p.proargtypes::oid[]) AND t.typtype = 'p')
                   OR EXISTS (
                       SELECT 1
                       FROM pg_proc other CROSS JOIN LATERAL (
                           SELECT greatest(p.pronargs - p.pronargdefaults,
                                           other.pronargs - other.pronargdefaults) AS fewest) shared
                       WHERE other.proname = p.proname AND other.oid <> p.oid
                         AND other.pronamespace IN ('pg_catalog'::regnamespace, p.pronamespace)
                         AND (other.provariadic <> 0
                              OR shared.fewest <= least(p.pronargs, other.pronargs)
                                 AND (other.proargtypes::oid[])[0:shared.fewest - 1]
                                     = (p.proargtypes::oid[])[0:shared.fewest - 1]))))
        FROM pg_proc p
        WHERE p.proname = ref.name
          AND p.pronamespace IN ('pg_catalog'::regnamespace, (SELECT oid FROM public)))
END
"""


class _Qualified(NamedTuple):
    """A name that an expression qualifies with ``public.``: spelt without the qualifier,
    ``text[start:end]`` is ``bare``."""

    kind: str  # type, relation, function, function name (regproc), operator, collation,
    #            text search configuration
    name: str
    start: int
    end: int
    bare: str


def unqualify_public(cursor: Any, schema: Schema) -> Schema:
    """``schema`` with its expressions as a session whose path holds ``public`` prints
    them (one query, none when no expression names an object of ``public``)."""
    wanted: set[tuple[str, str]] = set()

    def collect(text: str) -> str:
        wanted.update((found.kind, found.name) for found in _public_names(text))
        return text

    _map_expressions(schema, collect)
    if not wanted:
        return schema
    kinds, names = zip(*sorted(wanted), strict=False)
    cursor.execute(_VISIBLE_ON_DEFAULT_PATH_SQL, {"kinds": list(kinds), "names": list(names)})
    visible = set(cursor.fetchall())
    return _map_expressions(schema, lambda text: _drop_qualifiers(text, visible))


def _map_expressions(schema: Schema, fix: Callable[[str], str]) -> Schema:
    """``schema`` with ``fix`` applied to every expression text PostgreSQL printed."""
    def optional(text: str | None) -> str | None:
        return None if text is None else fix(text)

    def relation(table: Table) -> Table:
        return replace(
            table,
            columns=tuple(replace(column, default=optional(column.default),
                                  generated=optional(column.generated))
                          for column in table.columns),
            check_constraints=tuple(replace(check, expression=fix(check.expression))
                                    for check in table.check_constraints),
            indexes=tuple(replace(index, where=optional(index.where),
                                  expressions=tuple(map(fix, index.expressions)),
                                  elements=tuple(map(fix, index.elements)))
                          for index in table.indexes),
        )

    return replace(
        schema,
        tables=tuple(map(relation, schema.tables)),
        views=tuple(map(relation, schema.views)),
        domains=tuple(replace(domain, default=optional(domain.default),
                              checks=tuple(map(fix, domain.checks)))
                      for domain in schema.domains),
    )


def _drop_qualifiers(text: str, visible: set[tuple[str, str]]) -> str:
    """``text`` without the ``public.`` qualifiers of the (kind, name) pairs in ``visible``."""
    pieces, done = [], 0
    for found in _public_names(text):
        if (found.kind, found.name) in visible:
            pieces += [text[done:found.start], found.bare]
            done = found.end
    return "".join(pieces) + text[done:]


def _public_names(text: str) -> list[_Qualified]:
    """The names ``text`` (ruleutils' output) qualifies with ``public.``, in order.
    Nothing inside a string literal or a quoted identifier counts, except the name a reg*
    constant holds."""
    tokens = [(match.start(), match.group()) for match in _TOKEN.finditer(text)]
    words = [token for _, token in tokens] + ["", "", ""]  # lookahead past the end
    found = []
    for i, (start, token) in enumerate(tokens):
        before = words[i - 1] if i else ""
        if token.startswith("'") and words[i + 1] == "::" and words[i + 2] in _REG_CONSTANTS:
            kind, pattern = _REG_CONSTANTS[words[i + 2]]
            name = pattern.fullmatch(token[1:-1].replace("''", "'"))
            if name:  # the literal starts with 'public. (no quote to unescape in there)
                found.append(_Qualified(kind, _unquote(name.group(1)), start, start + len(token),
                                        "'" + token[len("'public."):]))
        elif token != REFERENCE_SCHEMA or words[i + 1] != ".":
            continue
        elif before == "(" and i >= 2 and words[i - 2] == "OPERATOR":
            end = i + 2
            while words[end] in _OPERATOR_CHARS:
                end += 1
            if end > i + 2 and words[end] == ")":  # OPERATOR(public.===) -> ===
                operator = "".join(words[i + 2:end])
                found.append(_Qualified("operator", operator, tokens[i - 2][0],
                                        tokens[end][0] + 1, operator))
        elif _NAME.fullmatch(words[i + 2]):
            qualified_kind = ("type" if before == "::"
                    else "collation" if before.isspace() and i >= 2 and words[i - 2] == "COLLATE"
                    else "function" if words[i + 3] == "("
                    else None)
            if qualified_kind:
                found.append(_Qualified(qualified_kind, _unquote(words[i + 2]), start, tokens[i + 2][0], ""))
    return found


def _unquote(name: str) -> str:
    return name[1:-1].replace('""', '"') if name.startswith('"') else name
