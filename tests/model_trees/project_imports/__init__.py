"""Types, enums and constants the models import from the project's other modules, outside
the models directory (issue 11: names resolved through each file's imports). ``JSON`` is a
TypeDecorator of the project (its ``load_dialect_impl`` picks JSONB on PostgreSQL), not
SQLAlchemy's ``JSON``; ``RunState`` derives from an enum base of yet another module."""

from .models import jobs  # noqa: F401
