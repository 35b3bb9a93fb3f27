"""Server defaults, compared as normalised text (never evaluated on a server: evaluating
``nextval(...)`` would advance a sequence).

Normalisation (``normalize_default``) folds what PostgreSQL treats as the same default:
- letter case and spacing outside quoted literals;
- ``now()``, ``CURRENT_TIMESTAMP`` and ``transaction_timestamp()`` (all the transaction's
  start time) to ``now()``;
- the casts PostgreSQL adds when it stores a default: ``'abc'::text`` or
  ``'abc'::character varying`` is ``'abc'``, ``'{}'::jsonb`` on a jsonb column is ``'{}'``
  (a cast of a string literal to a text type, or to the column's own type);
- a quoted number or boolean on a numeric or boolean column (``'0'`` is stored as ``0``);
- ``NULL`` (``sa.null()``, ``NULL::numeric``) is no default: PostgreSQL stores none for it;
- a typed literal (``interval '30 days'``) and a cast written as a call (``jsonb('[]')``) are
  the casts PostgreSQL stores (``'30 days'::interval``, ``'[]'::jsonb``);
- a timestamp literal on a timestamp column is its instant in one spelling
  (``'1900-01-01T00:00:00Z'`` is PostgreSQL's ``'1900-01-01 00:00:00+00'``);
- a JSON literal on a jsonb column is written as PostgreSQL prints the value: jsonb keeps
  no key order or spacing (``'{"b":1, "a":{}}'`` is PostgreSQL's ``'{"a": {}, "b": 1}'``).

Serial (``nextval(...)``), identity and generated columns are skipped: their values come
from the database and a model need not repeat them. So is a model default that is not
static SQL (the reader lists it as unresolved): it is not known, so it is not compared.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from datetime import datetime, timezone
from decimal import Decimal
from functools import lru_cache

from schema_inspector.introspect.schema import ColumnType
from schema_inspector.introspect.sqltypes import canonical, family

from ..discrepancy import SERVER_DEFAULT, WARNING, Discrepancy
from ..evidence import ServerDefault
from .context import CompareContext
from .sql_text import canonical_default

NOW = "now()"
_NOW_SPELLINGS = frozenset({"now()", "current_timestamp", "transaction_timestamp()"})
_TEXT_TYPES = frozenset({"text", "character varying", "character"})
_QUOTED = re.compile(r"""('(?:[^']|'')*'|"(?:[^"]|"")*")""")
_STRING_LITERAL = r"'(?:[^']|'')*'"
_LITERAL_TEXT_CAST = re.compile(rf"({_STRING_LITERAL})::(?:text|character varying)\b(?!\s*[\[(])")
# the type as folded: words in lower case, a quoted name as written (mbdata's ``musicbrainz."EVENT_ART_PRESENCE"``)
_TYPE_WORD = r'(?:[a-z_][a-z0-9_ ]*|"[^"]+")'
_TOP_LEVEL_CAST = re.compile(rf"({_STRING_LITERAL})::({_TYPE_WORD}(?:\.{_TYPE_WORD})?(?:\(\d+(?:,\d+)?\))?(?:\[\])*)")
_NUMBER = re.compile(r"-?\d+(?:\.\d+)?(?:e[-+]?\d+)?", re.IGNORECASE)
_BOOLEAN_SPELLINGS = {
    "true": "true", "t": "true", "yes": "true", "y": "true", "on": "true", "1": "true",
    "false": "false", "f": "false", "no": "false", "n": "false", "off": "false", "0": "false",
}
_NUMERIC_FAMILIES = frozenset({"integer", "decimal", "float"})
# Types whose name before a string literal makes a literal of that type (``interval '1 day'``)
# or, called with one, is a cast to it (``jsonb('[]')``: PostgreSQL has no function of that name)
_LITERAL_TYPES = "interval|date|time|timestamp|timestamptz|json|jsonb|uuid|inet|cidr"
_TYPED_LITERAL = re.compile(rf"(?:^|(?<=[\s(,+\-*/=<>]))({_LITERAL_TYPES})\s*$", re.IGNORECASE)
_CAST_CALL = re.compile(r"(?:^|(?<=[\s(,+\-*/=<>]))(json|jsonb|uuid|interval|inet|cidr)\s*\(\s*$", re.IGNORECASE)
_NULL = re.compile(r"null(?:::[a-z_][a-z0-9_ .\"]*(?:\(\d+(?:,\d+)?\))?(?:\[\])*)?")


@lru_cache(maxsize=8192)
def normalize_default(text: str | None, column_type: ColumnType | None = None) -> str | None:
    """The comparable form of a default expression (see the module docstring)."""
    if text is None:
        return None
    expression = _fold_outside_quotes(_casts_as_stored(text.strip()))
    expression = _strip_outer_parentheses(expression)
    if expression in _NOW_SPELLINGS:
        return NOW
    if _NULL.fullmatch(expression):
        return None
    expression = _LITERAL_TEXT_CAST.sub(r"\1", expression)
    cast = _TOP_LEVEL_CAST.fullmatch(expression)
    if cast and column_type is not None and _redundant_cast(cast.group(2), column_type):
        expression = cast.group(1)
    if column_type is not None and len(expression) >= 2 and expression[0] == expression[-1] == "'":
        expression = _unquote_scalar(expression, column_type)
    return expression


def _fold_outside_quotes(text: str) -> str:
    """Lower-case and single-space everything outside quoted literals and identifiers, with no
    space next to a parenthesis (``gen_random_uuid ()`` is PostgreSQL's ``gen_random_uuid()``)."""
    parts = _QUOTED.split(text)
    return "".join(part if index % 2 else _IN_PARENTHESES.sub("", " ".join(part.lower().split()))
                   for index, part in enumerate(parts))


# a space between a function's name and its parenthesis, or inside parentheses
_IN_PARENTHESES = re.compile(r"(?<=\w) (?=\()|(?<=\() | (?=\))")


def _casts_as_stored(text: str) -> str:
    """A string literal's typed spellings as PostgreSQL stores them: ``interval '30 days'``
    and ``jsonb('[]')`` are ``'30 days'::interval`` and ``'[]'::jsonb``."""
    parts = _QUOTED.split(text)
    for index in range(1, len(parts), 2):
        literal, before, after = parts[index], parts[index - 1], parts[index + 1]
        if not literal.startswith("'"):
            continue
        if (typed := _TYPED_LITERAL.search(before)) is not None:  # interval '30 days'
            parts[index - 1], parts[index] = before[:typed.start(1)], f"{literal}::{typed[1].lower()}"
        elif (called := _CAST_CALL.search(before)) is not None and after.lstrip().startswith(")"):  # jsonb('[]')
            parts[index - 1], parts[index] = before[:called.start(1)], f"{literal}::{called[1].lower()}"
            parts[index + 1] = after.lstrip()[1:]
    return "".join(parts)


def _strip_outer_parentheses(text: str) -> str:
    while text.startswith("(") and text.endswith(")") and _balanced(text[1:-1]):
        text = text[1:-1].strip()
    return text


def _balanced(text: str) -> bool:
    depth = 0
    for part_index, part in enumerate(_QUOTED.split(text)):
        if part_index % 2:
            continue
        for char in part:
            depth += {"(": 1, ")": -1}.get(char, 0)
            if depth < 0:
                return False
    return depth == 0


def _redundant_cast(cast_type: str, column_type: ColumnType) -> bool:
    """A cast to a text type, to the column's own type, or to another integer type of an integer
    column changes nothing a default means."""
    base = re.sub(r"\(.*?\)|\[\]", "", cast_type).strip().rsplit(".", 1)[-1].strip('"')
    if base in _TEXT_TYPES or base == "bpchar":
        return True
    if column_type.kind != "base":
        return base == column_type.name
    if family(ColumnType(base)) == family(column_type) == "integer":
        return True  # ``text("-1")`` of a smallint column, stored ``'-1'::integer`` (goat)
    return canonical(ColumnType(base)).name == canonical(column_type).name


def _unquote_scalar(literal: str, column_type: ColumnType) -> str:
    inner = literal[1:-1]
    kind = family(column_type) if not column_type.dimensions else "array"
    if kind in _NUMERIC_FAMILIES and _NUMBER.fullmatch(inner):
        return inner
    if kind == "boolean" and inner.lower() in _BOOLEAN_SPELLINGS:
        return _BOOLEAN_SPELLINGS[inner.lower()]
    if kind == "datetime" and inner.strip().lower() == "epoch":
        # PostgreSQL's special input, stored as the instant (weasyl's ``server_default='epoch'``)
        inner = "1970-01-01T00:00:00" + ("+00:00" if column_type.name.endswith("with time zone") else "")
    if kind == "datetime" and (instant := _timestamp(inner)) is not None:
        return f"'{instant}'"
    if column_type.name == "jsonb" and not column_type.dimensions and (value := _jsonb(inner)) is not None:
        return f"'{value}'"
    return literal


def _jsonb(text: str) -> str | None:
    """A jsonb literal as PostgreSQL prints it: jsonb keeps no key order or spacing, and
    prints keys shortest first (``'{"aa":{},"b":1}'`` is ``'{"b": 1, "aa": {}}'``) and numbers
    as numeric does (``1e2`` is ``100``). None when the text is not JSON."""
    try:
        value = json.loads(text.replace("''", "'"), parse_float=Decimal, parse_int=Decimal)
    except ValueError:
        return None
    return _jsonb_text(value).replace("'", "''")


def _jsonb_text(value) -> str:
    if isinstance(value, dict):
        keys = sorted(value, key=lambda key: (len(key.encode()), key.encode()))
        return "{" + ", ".join(f"{_jsonb_text(key)}: {_jsonb_text(value[key])}" for key in keys) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(_jsonb_text(item) for item in value) + "]"
    if isinstance(value, Decimal):
        return format(value, "f")  # as numeric prints it: 1e2 is 100, 2.0 stays 2.0
    return json.dumps(value, ensure_ascii=False)


def _timestamp(text: str) -> str | None:
    """An ISO 8601 timestamp (a date alone too) in one spelling: with a time zone, its UTC
    instant; None for anything else (``'infinity'``...)."""
    try:
        value = datetime.fromisoformat(text.strip())
    except ValueError:
        return None
    if value.tzinfo is not None:
        value = value.astimezone(timezone.utc)
    return value.isoformat(sep=" ")


def _frozen_time_literal(normalised: str | None) -> bool:
    """A quoted ``'now()'``: the models wrote ``server_default="now()"`` (a string)."""
    return normalised is not None and len(normalised) > 1 and normalised[0] == normalised[-1] == "'" and (
        normalised[1:-1].strip().lower() in _NOW_SPELLINGS
    )


# an instant to the microsecond, as ``normalize_default`` writes a timestamp literal
_INSTANT = re.compile(r"'\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d+(\+00:00)?'")


def frozen_now(model_default: str | None, database_default: str | None) -> bool:
    """Whether the database's default is what the models' ``server_default="now()"`` (a string)
    made of it: PostgreSQL reads the string as the time the table is created, to the microsecond
    (both defaults normalised). The models made exactly that default: it is no drift."""
    return _frozen_time_literal(model_default) and _INSTANT.fullmatch(database_default or "") is not None


def _same_expression(database: str | None, model: str | None) -> bool:
    """Two expressions PostgreSQL's parser reads alike, but for the casts it adds to a string inside
    them and the spelling of a type (see ``canonical_default``)."""
    if database is None or model is None or not ("(" in database or "::" in database):
        return False
    found = canonical_default(database)
    return found is not None and found == canonical_default(model)


def compare_defaults(context: CompareContext) -> Iterable[Discrepancy]:
    # defaults an after_create listener's DDL sets: the models write none for them
    by_listener = {(table, column) for table, column, _, _ in context.models.listener_defaults}
    for pair in context.pairs:
        for column in pair.columns:
            truth = column.truth
            if truth.is_serial or truth.identity or truth.generated:
                continue
            if column.source is not None and "server_default" in column.source.unread:
                continue  # not static SQL: the reader reported it
            expected = normalize_default(truth.default, truth.type)
            actual = normalize_default(column.model.default, truth.type)
            if expected != actual and truth.type.kind == column.model.type.kind == "enum":
                # ``server_default=Kind.A.name`` is cast to the model's enum type: one the database renamed is
                # the type's change, not the default's (``'A'::kindenum`` beside the database's ``'A'::kind``)
                actual = normalize_default(column.model.default, column.model.type)
            if expected == actual or (actual is None and (pair.model.name, column.model.name) in by_listener) \
                    or _same_expression(truth.default, column.model.default):
                continue
            where = f"{pair.truth.name}.{truth.name}"
            if _frozen_time_literal(actual):
                message = (
                    f"{where}: server_default={column.model.default} is a string literal, not a "
                    f"function call: PostgreSQL evaluates it once, when the table is created, and "
                    f"stores that fixed timestamp as the default. Write server_default=text(\"now()\") "
                    f"or func.now() (the database has {truth.default or 'no default'})"
                )
            elif actual is None:
                message = f"{where} has DEFAULT {truth.default} in the database; the model has no server_default"
            elif expected is None:
                message = f"{where} has no default in the database; the model has server_default {column.model.default}"
            else:
                message = f"{where} has DEFAULT {truth.default} in the database; the model has {column.model.default}"
            yield context.column_discrepancy(
                pair,
                column,
                kind=SERVER_DEFAULT,
                severity=WARNING,
                message=message,
                expected=expected,
                actual=actual,
                evidence=ServerDefault(truth.default),
            )
