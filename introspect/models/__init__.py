"""The static model reader: SQLAlchemy / Flask-SQLAlchemy model files -> ``ModelSet``, never
importing them. One function does the reading, :func:`read_models`; the rest of this surface
is what it returns (the records of ``sourcemap``) and the two file helpers the codemods share
with it so a file is decoded and parsed one way (:func:`decode_source`, :func:`parse_python`).

Inside, one module per pass (see ``reader``): ``scan`` (what each file defines), ``imports``
(the project's modules the models import from), ``build`` (classes linked across files and
placed on tables, with ``columns``, ``constraints``, ``relationships``, ``column_types`` and
``exprs`` reading the statements), ``assemble`` (the model ``Schema`` and the source map)."""

from .assemble import UNRESOLVED_TYPE
from .import_time import read_at_import
from .reader import content_hash, decode_source, parse_python, read_models
from .sourcemap import (
    ClassSource,
    ColumnSource,
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
    "EnumClassSource",
    "EnumLabelsSource",
    "ModelSet",
    "Reference",
    "RelationshipSource",
    "decode_source",
    "parse_python",
    "read_at_import",
    "read_models",
]
