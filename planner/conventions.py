"""The codebase's own conventions, read from the model map: what new code should follow.

- ``custom_type_name``: a type written with a class that is not SQLAlchemy's own (a
  ``TypeDecorator``, a library's type such as ``GUID`` or ``UUIDType``): it has behaviour
  of its own that a SQLAlchemy spelling of the database type would drop;
- ``Conventions``: the type spellings and the ``nullable=`` habit new columns follow.
"""

from __future__ import annotations

import ast
import functools
import re
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from schema_inspector.introspect.schema import ColumnType
from schema_inspector.introspect.sqltypes import (
    BEHAVIOUR_TYPES,
    SPELLING_FAMILIES,
    is_type_name,
    sqlalchemy_spelling,
    types_equivalent,
)

_CALLEE = re.compile(r"\s*([A-Za-z_][\w.]*)")
# ``Text(collation="C")``: how one column sorts (gafaelfawr's token), not how the file writes text
_COLLATION = re.compile(r"\bcollation\s*=")


@functools.lru_cache(maxsize=4096)
def callee_of(type_source: str | None) -> str | None:
    """``db.String`` for ``db.String(50)``, ``GUID`` for ``GUID()``; None when the type is
    not written as a (dotted) name or a call of one."""
    if not type_source:
        return None
    match = _CALLEE.match(type_source)
    return match.group(1) if match else None


def custom_type_name(type_source: str | None, renames: Mapping[str, str] | None = None) -> str | None:
    """The class name of ``type_source`` when it is not one of SQLAlchemy's types (generic
    or PostgreSQL's: the ones the reader maps), else None. ``renames``: the SQLAlchemy types
    the file imports under another name (``SQLEnum`` -> ``Enum``)."""
    callee = callee_of(type_source)
    name = (renames or {}).get(callee, callee).rsplit(".", 1)[-1] if callee else None
    if callee is None or (is_type_name(name) and name not in BEHAVIOUR_TYPES):
        return None
    return callee


# A spelling the project uses for a type (custom types only) is its convention when at
# least this share of the project's columns of that type use it.
_PROJECT_SHARE = 0.8
# A file writes nullable= as a habit when at least this share of its columns do.
_EXPLICIT_SHARE = 0.8


@dataclass
class Conventions:
    """How the models already write things, for the code the plan adds.

    - ``type_source(file, type)``: the text a new column of ``type`` is written with: the
      file's most common spelling of exactly that type (``db.Unicode(50)``, ``sa.Text``),
      else a type of the project's own that (nearly) every column of that type uses
      (``GUID()`` for uuid), with a file that writes it (for its import);
    - ``explicit_nullable(file)``: the file writes ``nullable=`` on (nearly) every column,
      True ones too.

    The column pairs are grouped by file once; a file's conventions are read when a plan
    adds something to it (most plans add to few files of many).
    """

    columns_by_file: dict[str, list] = field(default_factory=dict)  # file -> [(pair, column pair)]
    renames_in: Callable[[str], Mapping[str, str]] = lambda file: {}  # ModelSet.renames_in
    serializing: frozenset[str] = frozenset()  # ModelSet.serializing_types
    _files: dict[str, _FileConventions] = field(default_factory=dict)
    _project: dict[str, Counter] | None = None

    @classmethod
    def read(cls, context) -> Conventions:
        conventions = cls(renames_in=context.models.renames_in,
                          serializing=frozenset(context.models.serializing_types))
        for pair in context.pairs:
            for column in pair.columns:
                source = column.source
                if source is not None and not source.inherited:
                    conventions.columns_by_file.setdefault(source.file, []).append((pair, column))
        return conventions

    def _of(self, file: str) -> _FileConventions:
        if file not in self._files:
            self._files[file] = _FileConventions.read(self.columns_by_file.get(file, ()), self.serializing)
        return self._files[file]

    @property
    def by_project(self) -> dict[str, Counter]:
        """Type -> Counter of (spelling, file) for the project's own types (not SQLAlchemy's)."""
        if self._project is None:
            self._project = {}
            for file, columns in self.columns_by_file.items():
                for _, column in columns:
                    text = column.source.type_source
                    if custom_type_name(text, self.renames_in(file)) is None or _has_behaviour(text, self.serializing) \
                            or data_arguments(text) or not _same_type(column):
                        continue
                    self._project.setdefault(column.truth.type.render(), Counter())[(text, file)] += 1
        return self._project

    def type_source(self, file: str, column_type: ColumnType) -> tuple[str, str] | None:
        """(text, a file that writes it) for a new column of ``column_type`` in ``file``."""
        if column_type.kind == "enum":
            return None
        key = column_type.render()
        own = self._of(file).spellings.get(key)
        if own:
            text, count = own.most_common(1)[0]
            return (text, file) if 2 * count >= sum(own.values()) else None
        family = self._family_spelling(file, column_type)
        if family is not None:
            return family, file
        texts: Counter = Counter()
        files: dict[str, str] = {}
        for (text, where), count in self.by_project.get(key, Counter()).items():
            texts[text] += count
            files.setdefault(text, where)
        if not texts:
            return None
        text, count = texts.most_common(1)[0]
        everything = sum(c for _, c in self._of_type(key))
        if custom_type_name(text, self.renames_in(files[text])) is None or count < _PROJECT_SHARE * everything:
            return None
        return text, files[text]

    def _of_type(self, key: str):
        """(spelling, count) of every column of the type ``key`` in the project."""
        for file in self.columns_by_file:
            yield from self._of(file).spellings.get(key, Counter()).items()

    def _family_spelling(self, file: str, column_type: ColumnType) -> str | None:
        """SQLAlchemy's spelling of ``column_type`` with the class the file writes for that
        type at other sizes (``db.Unicode(40)`` where the file writes ``db.Unicode(80)``)."""
        callees = self._of(file).callees.get(column_type.name)
        spelling = sqlalchemy_spelling(column_type) if callees else None
        if callees is None or spelling is None or spelling.inner is not None or spelling.name not in SPELLING_FAMILIES:
            return None
        callee, count = callees.most_common(1)[0]
        if 2 * count < sum(callees.values()) or callee.rsplit(".", 1)[-1] not in SPELLING_FAMILIES[spelling.name]:
            return None
        return callee + spelling.render()[len(spelling.name):]

    def explicit_nullable(self, file: str) -> bool:
        explicit, columns = self._of(file).nullable
        return columns >= 2 and explicit >= _EXPLICIT_SHARE * columns


@dataclass
class _FileConventions:
    spellings: dict[str, Counter]  # type as rendered -> Counter of spellings
    callees: dict[str, Counter]  # type name without parameters -> Counter of classes written
    nullable: tuple[int, int]  # (columns that write nullable=, columns), primary keys left out

    @classmethod
    def read(cls, columns, serializing: frozenset[str] = frozenset()) -> _FileConventions:
        spellings: dict[str, Counter] = {}
        callees: dict[str, Counter] = {}
        explicit = counted = 0
        for pair, column in columns:
            source = column.source
            key_columns = pair.truth.primary_key.columns if pair.truth.primary_key else ()
            if column.truth.name not in key_columns:
                explicit += source.explicit_nullable
                counted += 1
            if not source.type_source or column.truth.type.kind == "enum":
                continue
            if _has_behaviour(source.type_source, serializing) or data_arguments(source.type_source) \
                    or _COLLATION.search(source.type_source) or _names_its_constraint(source.type_source):
                # its behaviour (its collation, the name of its CHECK constraint: invenio-banners'
                # ``db.Boolean(name="active")``) is its column's, not a way to write the type
                continue
            callee = callee_of(source.type_source)
            if callee is not None and column.model.type.name == column.truth.type.name:
                # the class a file writes for a type, whatever the parameters
                callees.setdefault(column.truth.type.name, Counter())[callee] += 1
            if _same_type(column):
                spellings.setdefault(_rendered(column.truth.type), Counter())[source.type_source] += 1
        return cls(spellings, callees, (explicit, counted))


@functools.lru_cache(maxsize=4096)
def _has_behaviour(type_source: str | None, serializing: frozenset[str] = frozenset()) -> bool:
    """A type written with one of SQLAlchemy's types with Python-side behaviour (``PickleType``),
    or with one of the files' TypeDecorators that serialize values into text (``serializing``:
    jupyterhub's ``JSONDict``, whose columns hold dicts)."""
    callee = callee_of(type_source)
    name = callee.rsplit(".", 1)[-1] if callee is not None else None
    return name is not None and (name in BEHAVIOUR_TYPES or name in serializing)


@functools.lru_cache(maxsize=4096)
def _names_its_constraint(type_source: str | None) -> bool:
    """A type written with ``name=`` (``Boolean(name="active")``: the CHECK constraint
    ``create_constraint=True`` makes; an enum's type name)."""
    node = _type_call(type_source)
    return node is not None and any(keyword.arg == "name" for keyword in node.keywords)


@functools.lru_cache(maxsize=4096)
def data_arguments(type_source: str | None) -> tuple[str, ...]:
    """The arguments of a type that name something other than types, as written: module
    constants (``String(limits.NAME_MAX)``, ``String(LENGTHS["name"])``,
    ``String(LENGTHS.get("name"))``) and its column's data (``ChoiceType(PROJECT_STYLES)``);
    () when they are literals and types (``ARRAY(db.Text)``, ``UUIDType(binary=False)``).
    Such a spelling is its own column's, not a way to write the type."""
    node = _type_call(type_source)
    if node is None:
        return ()
    return tuple(ast.unparse(argument) for argument in (*node.args, *(keyword.value for keyword in node.keywords))
                 if _names_data(argument))


def number_arguments(type_source: str | None) -> tuple[str, ...]:
    """``data_arguments`` that may give the type's numbers: its positional arguments,
    ``length=`` / ``precision=`` / ``scale=`` and a ``**spread`` (not mlrun's ``collation=SQLTypesUtil.collation()``
    of ``String(255, collation=...)``, whose 255 an edit may change)."""
    node = _type_call(type_source)
    if node is None:
        return ()
    numbers = [*node.args, *(k.value for k in node.keywords if k.arg in (None, "length", "precision", "scale"))]
    return tuple(ast.unparse(argument) for argument in numbers if _names_data(argument))


def _type_call(type_source: str | None) -> ast.Call | None:
    """The call a type is written as (``String(255, collation=...)``), if it is one."""
    try:
        node = ast.parse(type_source or "", mode="eval").body
    except SyntaxError:
        return None
    return node if isinstance(node, ast.Call) else None


def _names_data(argument: ast.expr) -> bool:
    for inner in ast.walk(argument):
        name = inner.attr if isinstance(inner, ast.Attribute) else inner.id if isinstance(inner, ast.Name) else None
        if name is not None and not is_type_name(name) and not _in_a_type_name(inner, argument):
            return True
    return False


def _in_a_type_name(node: ast.AST, argument: ast.expr) -> bool:
    """Whether ``node`` is the module part of a dotted type name (``db`` of ``db.Text``)."""
    return any(isinstance(outer, ast.Attribute) and outer.value is node and (
        is_type_name(outer.attr) or _in_a_type_name(outer, argument)) for outer in ast.walk(argument))


def _rendered(column_type: ColumnType) -> str:
    return column_type.render()


def _same_type(column) -> bool:
    truth, model = column.truth.type, column.model.type
    return truth == model or types_equivalent(truth, model).stored_alike
