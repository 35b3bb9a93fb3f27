"""Every identifier the planner generates goes through here.

Three kinds of names:

- attribute names for database columns (``free_attribute_name``): valid, not a keyword,
  not a name Declarative or Flask-SQLAlchemy reserve on a mapped class, not taken, and
  not a name the class body reads (an import, the base class, a type the generated code
  writes): an attribute binds its name in the class namespace, so ``DateTime = ...``
  turns every later ``DateTime(...)`` of the body into a call of that column;
- class names for new models (``class_name_for``): CamelCase in the codebase's own
  convention (singular ``UserFaveDirector`` or plural ``UsersFavesDirectors``), inferred
  from the existing (class, table) pairs, never a module-level name of the target file
  (``class Column(Base)`` would rebind the import for every class after it);
- SQL identifiers in ``db-sql`` suggestions (``quote_ident``): quoted the PostgreSQL way
  when they need it, never pasted raw.
"""

from __future__ import annotations

import ast
import functools
import keyword
import re
import unicodedata
from collections.abc import Collection, Iterable

from schema_inspector.introspect.models import ModelSet
from schema_inspector.introspect.models.sourcemap import ColumnSource
from schema_inspector.introspect.sqltypes import KNOWN_TYPE_NAMES

# Names a mapped class cannot use for a column attribute. ``metadata`` and ``registry``
# belong to Declarative (an error on SQLAlchemy 2.0, a warning on 2.1 that still shadows
# the class's MetaData); ``query`` / ``query_class`` to Flask-SQLAlchemy's Model; the
# dunder names and every ``_sa_*`` name to the mapper itself (Declarative skips any
# attribute with that prefix, so such a column would silently go unmapped).
RESERVED_ATTRIBUTES = frozenset({
    "metadata", "registry", "query", "query_class",
    "_sa_class_manager", "_sa_instance_state", "_sa_registry",
})
_MAPPER_PREFIX = "_sa_"

# Every module-level name the code generator (``codemods.render``, ``codemods.model``)
# may write into a class body or a new class (``RENDERED_NAMES``): SQLAlchemy constructs and
# types (bare, or under a namespace), the ORM's helpers, the usual base class, and the names of
# annotations below. An attribute or class named like one of them would rebind it for the code
# after it. ``tests/test_naming.py`` renders classes of every type and option and checks that
# each name they read is here, and those of unannotated classes in ``CALL_NAMES``.
CALL_NAMES = frozenset({
    # SQLAlchemy constructs
    "Column", "ForeignKey", "ForeignKeyConstraint", "UniqueConstraint", "CheckConstraint",
    "PrimaryKeyConstraint", "Index", "Identity", "Computed", "Table", "text", "func",
    # the ORM
    "Mapped", "mapped_column", "relationship",
    # namespaces a file reaches them through
    "db", "sa", "sqlalchemy", "orm", "postgresql",
    # the base class of a file without classes to go by
    "Base", "Model",
    # builtins, which no import shows: a class body may read them (``default=dict``)
    "int", "str", "bool", "float", "bytes", "dict", "list",
}) | KNOWN_TYPE_NAMES
# Those that only the annotations of ``Mapped[...]`` columns (and SQLModel fields) read: typing's
# helpers, the Python types of modules and those modules. A class whose columns are ``Column(...)``
# calls without annotations may have a ``date``, ``time`` or ``uuid`` attribute (where the file
# imports one of them, its module-level names keep it apart all the same).
ANNOTATION_NAMES = frozenset({
    "Optional", "Any", "typing",
    "datetime", "date", "time", "timedelta", "Decimal", "decimal", "UUID", "uuid",
    "BitString", "Range",
})
RENDERED_NAMES = CALL_NAMES | ANNOTATION_NAMES

# Appended to a name that would otherwise clash with a keyword or a reserved name.
_SUFFIX = "_"
# The prefix of a column name that does not start with a letter (``2fa_enabled``).
_LEADING_DIGIT_PREFIX = "column_"
_FALLBACK_ATTRIBUTE = "column"
# where a CamelCase word starts: ``Job|ID``, ``Heart|Beat|Time``, ``LFN|Path``
_CAMEL_BOUNDARY = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
_FALLBACK_CLASS = "Table"
# Appended to a class name that would rebind a module-level name (``ColumnModel``).
_CLASS_SUFFIX = "Model"


def is_reserved_attribute(name: str) -> bool:
    """True for a name a mapped class must not use for a column attribute."""
    return (
        name in RESERVED_ATTRIBUTES
        or name.startswith(_MAPPER_PREFIX)
        or (name.startswith("__") and name.endswith("__"))
    )


def module_names(models: ModelSet, file: str) -> frozenset[str]:
    """The module-level names of ``file`` that the model reader saw: every name its top-level
    statements bind (classes of any kind, ``Table`` variables, imports...), the names its classes'
    bases start from (``Base``, ``db``) and the names its column types are written with
    (``String``, ``sa``, ``postgresql``).

    Imports nothing refers to are not in the ModelSet; ``RENDERED_NAMES`` covers every
    such name the generated code could read.
    """
    names: set[str] = set(next((bound for path, bound in models.bound_names if path == file), ()))
    for source in models.classes_in(file):
        names.add(source.class_name)
        for base in source.bases:
            names.update(_names_read(base))
    for column in models.columns_in(file):
        if column.type_source:
            names.update(_names_read(column.type_source))
    return frozenset(names)


@functools.lru_cache(maxsize=4096)  # a codebase spells its types a few hundred ways at most
def _names_read(expression: str) -> tuple[str, ...]:
    """The names a Python expression reads (``db.String(50)`` -> ``db``); none for text
    that does not parse."""
    try:
        tree = ast.parse(expression, mode="eval")
    except SyntaxError:
        return ()
    return tuple(node.id for node in ast.walk(tree) if isinstance(node, ast.Name))


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


def snake_attribute(column: str) -> str:
    """``JobID`` -> ``job_id``, ``HeartBeatTime`` -> ``heart_beat_time``: the attribute of a
    CamelCase column in a codebase that maps such columns to snake_case attributes."""
    return _CAMEL_BOUNDARY.sub("_", column).lower()


def snake_case_attributes(sources: Iterable[ColumnSource]) -> bool:
    """Whether most of ``sources`` whose database name is not snake_case map it to its
    snake_case attribute (diracx's ``job_id: Mapped[int] = mapped_column("JobID", ...)``)."""
    cased = [s for s in sources if snake_attribute(s.column) != s.column]
    return bool(cased) and 2 * sum(s.attribute == snake_attribute(s.column) for s in cased) > len(cased)


def free_attribute_name(
    column_name: str, taken: Collection[str], module_level: Collection[str] = frozenset(), snake: bool = False,
    annotated: bool = True,
) -> str:
    """A safe, free attribute name for the database column ``column_name``.

    The column name is kept when it is usable (``users_id``, ``userId``, ``prénom``); otherwise
    it becomes snake_case (``"Weird Name"`` -> ``weird_name``, ``2fa_enabled`` ->
    ``column_2fa_enabled``), loses Declarative's ``_sa_`` prefix (``_sa_note`` -> ``sa_note``),
    a keyword, a reserved name or a name the class body reads (``module_level``, the target
    file's module-level names, and ``RENDERED_NAMES``; ``CALL_NAMES`` alone where the class's
    columns are not ``annotated``) gets a trailing underscore (``class_``, ``metadata_``,
    ``DateTime_``), and a name in ``taken`` (the class's own attributes) is numbered
    (``name_2``). The caller maps the attribute with ``Column("db name", ...)`` whenever the
    result differs from the column name. With ``snake``, a CamelCase name becomes its snake_case
    (``Priority`` -> ``priority``), as the codebase's other attributes are.
    """
    shadowing = (RENDERED_NAMES if annotated else CALL_NAMES).union(module_level)
    candidate = unicodedata.normalize("NFKC", column_name)
    if snake and candidate.isidentifier():
        candidate = snake_attribute(candidate)
    if not candidate.isidentifier() or candidate.startswith("__"):
        candidate = _snake_case(candidate)
    if candidate.startswith(_MAPPER_PREFIX):
        candidate = candidate.lstrip("_")
    if keyword.iskeyword(candidate) or is_reserved_attribute(candidate) or candidate in shadowing:
        candidate += _SUFFIX
    return _first_free(candidate, shadowing.union(taken), is_safe_attribute, separator="_")


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


def _first_free(candidate: str, taken: Collection[str], is_safe, separator: str) -> str:
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
    # singulars in -as (inflect: ``alias`` -> ``alia``; clld's ``language_alias``)
    "alias": "alias", "atlas": "atlas", "bias": "bias", "canvas": "canvas",
}
_NOT_PLURAL_ENDINGS = ("ss", "us", "is", "ics")


def singular(word: str) -> str:
    """A quick English singular of one word, for comparing names (rename evidence):
    ``users`` -> ``user``, ``categories`` -> ``category``, ``addresses`` -> ``address``,
    ``media`` -> ``media``. Class names use ``singular_noun``."""
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


def singular_noun(word: str, own: dict[str, str] | None = None) -> str:
    """The English singular of one word, for a class name: the codebase's own pairs first
    (``own``: table word -> class word, from ``codebase_words``), then the fixed table above
    (``media``, ``data`` stay as they are), then the ``inflect`` library's dictionary of
    English (``movies`` -> ``movie``, ``statuses`` -> ``status``, ``caches`` -> ``cache``,
    ``heroes`` -> ``hero``). A word that cannot be an -s plural is kept."""
    lower = word.lower()
    if own and lower in own:
        return own[lower]
    if lower in _IRREGULAR_SINGULARS:
        return _IRREGULAR_SINGULARS[lower]
    if len(lower) <= 3 or lower.endswith(_NOT_PLURAL_ENDINGS) or not lower.endswith("s"):
        return lower
    return _inflected_singular(lower)


@functools.lru_cache(maxsize=8192)
def _inflected_singular(word: str) -> str:
    found = _inflect_engine().singular_noun(word)
    return found if isinstance(found, str) and found else word


@functools.lru_cache(maxsize=1)
def _inflect_engine():
    """inflect's engine, imported when a class name is first made. inflect decorates its
    methods with typeguard's ``@typechecked``, which recompiles each of them at import
    (over a second, ten under load) to check argument types at run time; we call it with
    ``str`` only, so the decorator is left out while inflect is imported (as ``python -O``
    does), then put back."""
    import typeguard

    checked = typeguard.typechecked

    def unchecked(target=None, **options):
        return target if target is not None else (lambda function: function)

    typeguard.typechecked = unchecked
    try:
        import inflect
    finally:
        typeguard.typechecked = checked
    return inflect.engine()


def codebase_words(existing: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Table word -> class word, as the codebase's own (class, table) pairs spell them
    (``Status`` / ``statuses``, ``UserSession`` / ``users_sessions``): the class word must be
    a form of the table word (sharing all but its last two letters, and at most a letter longer), so a
    class named unlike its table (``Account`` / ``users``) teaches nothing."""
    own: dict[str, str] = {}
    for class_name, table in existing:
        table_parts, class_parts = table_words(table), table_words(class_name)
        if len(table_parts) != len(class_parts):
            continue
        for table_word, class_word in zip(table_parts, class_parts, strict=False):
            plural, single = table_word.lower(), class_word.lower()
            shared = len(_common_prefix(plural, single))
            # a singular is at most a letter longer than its plural (``criterion`` / ``criteria``): codo-cmdb's
            # ``TagAssetModels`` / ``t_tag_asset`` pairs words one apart, and "t" is no form of "tag"
            if single and shared >= max(1, len(single) - 2) and len(single) <= len(plural) + 1:
                own.setdefault(plural, single)
    return own


def _common_prefix(a: str, b: str) -> str:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return a[:n]


def table_words(table: str) -> list[str]:
    """The words of a table name: ``users_faves_directors`` -> users, faves, directors;
    ``MixedCase`` -> Mixed, Case; letters of any script are letters (``données_clients``
    -> données, clients), anything that cannot be in an identifier separates words."""
    words = []
    text = unicodedata.normalize("NFKC", table)  # as Python reads identifiers: "ﬁ" -> "fi"
    for chunk in "".join(ch if _continues_identifier(ch) and ch != "_" else " " for ch in text).split():
        start = 0
        for i in range(1, len(chunk)):
            if chunk[i].isupper() and chunk[i - 1].islower():  # camelCase boundary
                words.append(chunk[start:i])
                start = i
        if chunk[start:]:
            words.append(chunk[start:])
    return words


def _continues_identifier(character: str) -> bool:
    return ("a" + character).isidentifier()


def _camel(words: Iterable[str]) -> str:
    return "".join(word[:1].upper() + word[1:].lower() for word in words)


def singular_class_name(table: str, own: dict[str, str] | None = None) -> str:
    return _camel(singular_noun(w, own) for w in table_words(table))


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


def class_name_for(
    table: str,
    existing: Iterable[tuple[str, str]],
    taken: Collection[str],
    module_level: Collection[str] = frozenset(),
) -> str:
    """A free class name for ``table`` in the codebase's convention.

    ``existing`` holds the (class name, table name) pairs already in the models;
    ``taken`` the other model classes, ``module_level`` the target file's module-level
    names (imports, the base, ``Table`` variables). A name the file or the generated code
    reads (``module_level``, ``RENDERED_NAMES``: table ``column`` -> not ``Column``) gets
    the suffix ``Model`` (``ColumnModel``); a name still taken gets a number
    (``TvChannel2``).
    """
    existing = list(existing)
    convention = naming_convention(existing)
    if convention == "singular":
        name = singular_class_name(table, codebase_words(existing))
    else:
        name = plural_class_name(table)
    # upper() / lower() may make characters an identifier cannot hold ("¼" stays data)
    name = "".join(ch for ch in unicodedata.normalize("NFKC", name) if _continues_identifier(ch))
    if not name:
        name = _FALLBACK_CLASS
    if not name.isidentifier():  # starts with a digit
        name = _FALLBACK_CLASS + name
    if keyword.iskeyword(name):  # None, True, False
        name += _SUFFIX
    shadowing = RENDERED_NAMES.union(module_level)
    if name in shadowing:
        name += _CLASS_SUFFIX
    return _first_free(name, shadowing.union(taken), _is_safe_class_name, separator="")


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


def alter_column(table_name: str, schema: str | None, column: str, default_schema: str = "public") -> str:
    """``ALTER TABLE t ALTER COLUMN c`` (a suggestion's start), the schema written unless the default one."""
    written = None if schema == default_schema else schema
    return f"ALTER TABLE {qualified_table(table_name, written)} ALTER COLUMN {quote_ident(column)}"
