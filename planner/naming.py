"""Every identifier the planner generates goes through here.

Three kinds of names:

- attribute names for database columns (``free_attribute_name``): valid, not a keyword,
  not a name Declarative or Flask-SQLAlchemy reserve on a mapped class, not taken;
- class names for new models (``class_name_for``): CamelCase in the codebase's own
  convention (singular ``UserFaveDirector`` or plural ``UsersFavesDirectors``), inferred
  from the existing (class, table) pairs;
- SQL identifiers in ``db-sql`` suggestions (``quote_ident``): quoted the PostgreSQL way
  when they need it, never pasted raw.
"""

from __future__ import annotations

import keyword
import re
import unicodedata
from typing import Iterable

# Names a mapped class cannot use for a column attribute. ``metadata`` and ``registry``
# belong to Declarative (an error on SQLAlchemy 2.0, a warning on 2.1 that still shadows
# the class's MetaData); ``query`` / ``query_class`` to Flask-SQLAlchemy's Model; the
# dunder names and ``_sa_*`` to the mapper itself.
RESERVED_ATTRIBUTES = frozenset({
    "metadata", "registry", "query", "query_class",
    "_sa_class_manager", "_sa_instance_state", "_sa_registry",
})

# Appended to a name that would otherwise clash with a keyword or a reserved name.
_SUFFIX = "_"
# The prefix of a column name that does not start with a letter (``2fa_enabled``).
_LEADING_DIGIT_PREFIX = "column_"
_FALLBACK_ATTRIBUTE = "column"
_FALLBACK_CLASS = "Table"


def is_reserved_attribute(name: str) -> bool:
    """True for a name a mapped class must not use for a column attribute."""
    return name in RESERVED_ATTRIBUTES or (name.startswith("__") and name.endswith("__"))


def is_safe_attribute(name: str) -> bool:
    """A name usable as-is for a column attribute in a class body."""
    return (
        name.isidentifier()
        and unicodedata.normalize("NFKC", name) == name  # Python folds identifiers to NFKC
        and not keyword.iskeyword(name)
        and not is_reserved_attribute(name)
        # ``__x`` in a class body is name-mangled to ``_Class__x``.
        and not name.startswith("__")
    )


def free_attribute_name(column_name: str, taken: set[str]) -> str:
    """A safe, free attribute name for the database column ``column_name``.

    The column name is kept when it is usable (``users_id``, ``userId``, ``prénom``);
    otherwise it becomes snake_case (``"Weird Name"`` -> ``weird_name``,
    ``2fa_enabled`` -> ``column_2fa_enabled``), a keyword or reserved name gets a
    trailing underscore (``class_``, ``metadata_``), and a name in ``taken`` is numbered
    (``name_2``). The caller maps the attribute with ``Column("db name", ...)`` whenever
    the result differs from the column name.
    """
    candidate = unicodedata.normalize("NFKC", column_name)
    if not candidate.isidentifier() or candidate.startswith("__"):
        candidate = _snake_case(candidate)
    if keyword.iskeyword(candidate) or is_reserved_attribute(candidate):
        candidate += _SUFFIX
    return _first_free(candidate, taken, is_safe_attribute, separator="_")


def _snake_case(text: str) -> str:
    """Lower-case words joined by ``_``: every character that cannot be in an identifier
    separates words."""
    words = re.split(r"_+", "".join(ch if ("a" + ch).isidentifier() else "_" for ch in text))
    name = "_".join(word.lower() for word in words if word)
    if not name:
        return _FALLBACK_ATTRIBUTE
    if not name.isidentifier():  # starts with a digit (or a combining mark)
        name = _LEADING_DIGIT_PREFIX + name
    return name


def _first_free(candidate: str, taken: set[str], is_safe, separator: str) -> str:
    if candidate not in taken and is_safe(candidate):
        return candidate
    stem = candidate.rstrip("_") or candidate
    number = 2
    while True:
        numbered = f"{stem}{separator}{number}"
        if numbered not in taken and is_safe(numbered):
            return numbered
        number += 1


# -- class names ----------------------------------------------------------------------------

# Words whose plural is not formed with -s / -es, and words that look plural but are not.
_IRREGULAR_SINGULARS = {
    "people": "person", "children": "child", "men": "man", "women": "woman",
    "media": "media", "data": "data", "criteria": "criterion", "indices": "index",
    "analyses": "analysis", "news": "news", "series": "series", "species": "species",
}
_NOT_PLURAL_ENDINGS = ("ss", "us", "is", "ics")


def singular(word: str) -> str:
    """English singular of one lower-case word, for naming: ``users`` -> ``user``,
    ``categories`` -> ``category``, ``addresses`` -> ``address``, ``media`` -> ``media``."""
    lower = word.lower()
    if lower in _IRREGULAR_SINGULARS:
        return _IRREGULAR_SINGULARS[lower]
    if len(lower) <= 3 or lower.endswith(_NOT_PLURAL_ENDINGS) or not lower.endswith("s"):
        return lower
    if lower.endswith("ies"):
        return lower[:-3] + "y"
    if lower.endswith(("sses", "xes", "ches", "shes", "zzes")):
        return lower[:-2]
    return lower[:-1]


def table_words(table: str) -> list[str]:
    """The words of a table name: ``users_faves_directors`` -> users, faves, directors."""
    return [w for w in re.split(r"[^0-9A-Za-z]+|(?<=[a-z])(?=[A-Z])", table) if w]


def _camel(words: Iterable[str]) -> str:
    return "".join(word[:1].upper() + word[1:].lower() for word in words)


def singular_class_name(table: str) -> str:
    return _camel(singular(w) for w in table_words(table))


def plural_class_name(table: str) -> str:
    return _camel(table_words(table))


def naming_convention(existing: Iterable[tuple[str, str]]) -> str:
    """``"singular"`` or ``"plural"``: how the codebase names classes after tables, by
    majority over the (class, table) pairs where the two conventions differ; singular
    when nothing decides it."""
    votes = {"singular": 0, "plural": 0}
    for class_name, table in existing:
        as_singular, as_plural = singular_class_name(table), plural_class_name(table)
        if as_singular == as_plural:
            continue
        if class_name == as_singular:
            votes["singular"] += 1
        elif class_name == as_plural:
            votes["plural"] += 1
    return "plural" if votes["plural"] > votes["singular"] else "singular"


def class_name_for(table: str, existing: Iterable[tuple[str, str]], taken: set[str]) -> str:
    """A free class name for ``table`` in the codebase's convention.

    ``existing`` holds the (class name, table name) pairs already in the models;
    ``taken`` every name the class must not shadow (other classes, imports). A name
    that is taken gets a number (``TvChannel2``).
    """
    convention = naming_convention(existing)
    name = singular_class_name(table) if convention == "singular" else plural_class_name(table)
    name = unicodedata.normalize("NFKC", name)
    if not name:
        name = _FALLBACK_CLASS
    if not name.isidentifier():  # starts with a digit
        name = _FALLBACK_CLASS + name
    if keyword.iskeyword(name):  # None, True, False
        name += _SUFFIX
    return _first_free(name, taken, _is_safe_class_name, separator="")


def _is_safe_class_name(name: str) -> bool:
    return name.isidentifier() and not keyword.iskeyword(name)


# -- SQL identifiers --------------------------------------------------------------------------

_PLAIN_SQL_IDENTIFIER = re.compile(r"[a-z_][a-z0-9_]*")

# PostgreSQL's keywords that are not "unreserved" (``pg_get_keywords()`` with catcode
# R, T or C, as of PostgreSQL 18): its own ``quote_ident()`` quotes exactly these, and so
# do we. (SQLAlchemy's RESERVED_WORDS lacks some, e.g. ``lateral``, ``system_user``.)
_PG_KEYWORDS = frozenset("""
all analyse analyze and any array as asc asymmetric authorization between bigint binary bit
boolean both case cast char character check coalesce collate collation column concurrently
constraint create cross current_catalog current_date current_role current_schema
current_time current_timestamp current_user dec decimal default deferrable desc distinct do
else end except exists extract false fetch float for foreign freeze from full grant greatest
group grouping having ilike in initially inner inout int integer intersect interval into is
isnull join json json_array json_arrayagg json_exists json_object json_objectagg json_query
json_scalar json_serialize json_table json_value lateral leading least left like limit
localtime localtimestamp merge_action national natural nchar none normalize not notnull null
nullif numeric offset on only or order out outer overlaps overlay placing position precision
primary real references returning right row select session_user setof similar smallint some
substring symmetric system_user table tablesample then time timestamp to trailing treat trim
true union unique user using values varchar variadic verbose when where window with
xmlattributes xmlconcat xmlelement xmlexists xmlforest xmlnamespaces xmlparse xmlpi xmlroot
xmlserialize xmltable
""".split())


def quote_ident(name: str) -> str:
    """``name`` as a PostgreSQL identifier, quoted exactly when PostgreSQL's own
    ``quote_ident()`` would: bare when it reads back unchanged (lower case, not a
    keyword), otherwise in double quotes with ``"`` doubled."""
    if _PLAIN_SQL_IDENTIFIER.fullmatch(name) and name not in _PG_KEYWORDS:
        return name
    return '"' + name.replace('"', '""') + '"'


def qualified_table(name: str, schema: str | None) -> str:
    """``schema.table`` for SQL, the schema left out for ``public`` (and for none)."""
    if schema in (None, "public"):
        return quote_ident(name)
    return f"{quote_ident(schema)}.{quote_ident(name)}"
