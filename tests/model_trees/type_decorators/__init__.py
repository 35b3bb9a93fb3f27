"""TypeDecorators as projects write them (issue 11): a subclass of a TypeDecorator (its impl
inherited), a name bound to one, one imported under another name, ``MutableDict.as_mutable``
over a type and over a TypeDecorator, and a ``load_dialect_impl`` type (reported, not compared)."""

from . import models  # noqa: F401
