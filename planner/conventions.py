"""The codebase's own conventions, read from the model map: what new code should follow.

- ``custom_type_name``: a type written with a class that is not SQLAlchemy's own (a
  ``TypeDecorator``, a library's type such as ``GUID`` or ``UUIDType``): it has behaviour
  of its own that a SQLAlchemy spelling of the database type would drop;
- ``Conventions``: the type spellings and the ``nullable=`` habit new columns follow.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

import sqlalchemy
from sqlalchemy.dialects import postgresql

from schema_inspector.introspect.schema import ColumnType
from schema_inspector.introspect.sqltypes import SPELLING_FAMILIES, sqlalchemy_spelling, types_equivalent

_CALLEE = re.compile(r"\s*([A-Za-z_][\w.]*)")


def callee_of(type_source: str | None) -> str | None:
    """``db.String`` for ``db.String(50)``, ``GUID`` for ``GUID()``; None when the type is
    not written as a (dotted) name or a call of one."""
    if not type_source:
        return None
    match = _CALLEE.match(type_source)
    return match.group(1) if match else None


def custom_type_name(type_source: str | None) -> str | None:
    """The class name of ``type_source`` when it is not one of SQLAlchemy's types (generic
    or PostgreSQL's), else None."""
    callee = callee_of(type_source)
    if callee is None:
        return None
    name = callee.rsplit(".", 1)[-1]
    if _is_sqlalchemy_type(name):
        return None
    return callee


def _is_sqlalchemy_type(name: str) -> bool:
    for module in (sqlalchemy, sqlalchemy.types, postgresql):
        value = getattr(module, name, None)
        if isinstance(value, type) and issubclass(value, sqlalchemy.types.TypeEngine):
            return True
    return False


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
    """

    by_file: dict[str, dict[str, Counter]] = field(default_factory=dict)
    by_project: dict[str, Counter] = field(default_factory=dict)
    nullable: dict[str, list[int]] = field(default_factory=dict)  # file -> [explicit, columns]
    # file -> type name without parameters -> the callees its columns of that type use
    callees: dict[str, dict[str, Counter]] = field(default_factory=dict)

    @classmethod
    def read(cls, context) -> "Conventions":
        conventions = cls()
        primary = {(pair.truth.name, c) for pair in context.pairs if pair.truth.primary_key
                   for c in pair.truth.primary_key.columns}
        for pair in context.pairs:
            for column in pair.columns:
                source = column.source
                if source is None or source.inherited:
                    continue
                if (pair.truth.name, column.truth.name) not in primary:
                    counts = conventions.nullable.setdefault(source.file, [0, 0])
                    counts[0] += source.explicit_nullable
                    counts[1] += 1
                if not source.type_source or column.truth.type.kind == "enum":
                    continue
                callee = callee_of(source.type_source)
                if callee is not None and column.model.type.name == column.truth.type.name:
                    # the class a file writes for a type, whatever the parameters
                    family = conventions.callees.setdefault(source.file, {}).setdefault(column.truth.type.name, Counter())
                    family[callee] += 1
                if types_equivalent(column.truth.type, column.model.type) not in ("same", "cosmetic"):
                    continue
                key = column.truth.type.render()
                conventions.by_file.setdefault(source.file, {}).setdefault(key, Counter())[source.type_source] += 1
                conventions.by_project.setdefault(key, Counter())[(source.type_source, source.file)] += 1
        return conventions

    def type_source(self, file: str, column_type: ColumnType) -> tuple[str, str] | None:
        """(text, a file that writes it) for a new column of ``column_type`` in ``file``."""
        if column_type.kind == "enum":
            return None
        key = column_type.render()
        own = self.by_file.get(file, {}).get(key)
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
        if custom_type_name(text) is None or count < _PROJECT_SHARE * sum(texts.values()):
            return None
        return text, files[text]

    def _family_spelling(self, file: str, column_type: ColumnType) -> str | None:
        """SQLAlchemy's spelling of ``column_type`` with the class the file writes for that
        type at other sizes (``db.Unicode(40)`` where the file writes ``db.Unicode(80)``)."""
        callees = self.callees.get(file, {}).get(column_type.name)
        spelling = sqlalchemy_spelling(column_type) if callees else None
        if spelling is None or spelling.inner is not None or spelling.name not in SPELLING_FAMILIES:
            return None
        callee, count = callees.most_common(1)[0]
        if 2 * count < sum(callees.values()) or callee.rsplit(".", 1)[-1] not in SPELLING_FAMILIES[spelling.name]:
            return None
        return callee + spelling.render()[len(spelling.name):]

    def explicit_nullable(self, file: str) -> bool:
        explicit, columns = self.nullable.get(file, (0, 0))
        return columns >= 2 and explicit >= _EXPLICIT_SHARE * columns
