"""The static model reader: SQLAlchemy / Flask-SQLAlchemy model files -> ``ModelSet``, never
importing them. One function does the reading, :func:`read_models`; the rest of this surface
is what it returns (the records of ``sourcemap``), the two file helpers the codemods share
with it so a file is decoded and parsed one way (:func:`decode_source`, :func:`parse_python`), and
the planner's question before a drop, :func:`lines_reading_at_import` (``import_time``).

Inside, one module per pass (see ``reader``): ``scan`` (what each file defines), ``imports``
(the project's modules the models import from), ``build`` (classes linked across files and
placed on tables, with ``columns``, ``constraints``, ``relationships``, ``column_types`` and
``exprs`` reading the statements), ``assemble`` (the model ``Schema`` and the source map)."""

from .assemble import UNRESOLVED_TYPE
from .import_time import lines_reading_at_import
from .reader import content_hash, decode_source, parse_python, read_models
from .sourcemap import (
    ClassSource,
    ColumnSource,
    ComputedTableName,
    EnumClassSource,
    EnumLabelsSource,
    ModelSet,
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
    "Reference",
    "RelationshipSource",
    "decode_source",
    "lines_reading_at_import",
    "parse_python",
    "read_models",
]
