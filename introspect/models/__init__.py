"""The static model reader: SQLAlchemy / Flask-SQLAlchemy model files -> ``ModelSet``, never
importing them. One function does the reading, :func:`read_models`; the rest of this surface
is what it returns (the records of ``sourcemap``), the two file helpers the codemods share
with it so a file is decoded and parsed one way (:func:`decode_source`, :func:`parse_python`), and
the planner's questions before a drop, :func:`lines_reading_at_import` and
:func:`lines_reading_table_column` (``import_time``).

Inside, one module per pass (see ``reader``): ``scan`` (what each file defines), ``imports``
(the project's modules the models import from), ``build`` (classes linked across files and
placed on tables, with ``columns``, ``constraints``, ``relationships``, ``column_types`` and
``exprs`` reading the statements), ``assemble`` (the model ``Schema`` and the source map).
``source_files`` holds what the codemods and the query check share with it, apart from them."""

from typing import TYPE_CHECKING

from .source_files import content_hash, decode_source, parse_python
from .sourcemap import (
    ClassSource,
    ColumnSource,
    ComputedTableName,
    EnumClassSource,
    EnumLabelsSource,
    ModelSet,
    ModuleIndex,
    Reference,
    RelationshipSource,
)

__all__ = [
    "UNRESOLVED_TYPE",
    "content_hash",
    "ClassSource",
    "ColumnSource",
    "ComputedTableName",
    "EnumClassSource",
    "EnumLabelsSource",
    "ModelSet",
    "ModuleIndex",
    "Reference",
    "RelationshipSource",
    "decode_source",
    "lines_reading_at_import",
    "lines_reading_table_column",
    "parse_python",
    "read_models",
]

if TYPE_CHECKING:
    from .assemble import UNRESOLVED_TYPE
    from .import_time import lines_reading_at_import, lines_reading_table_column
    from .reader import read_models

# The reader's passes are imported when one of these is first asked for: a command whose model set
# comes from the cache, or that reads none (introspect), imports none of them.
_LAZY = {"read_models": ".reader", "UNRESOLVED_TYPE": ".assemble", "lines_reading_at_import": ".import_time",
         "lines_reading_table_column": ".import_time"}


def __getattr__(name: str) -> object:
    if name in _LAZY:
        from importlib import import_module

        value = getattr(import_module(_LAZY[name], __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
