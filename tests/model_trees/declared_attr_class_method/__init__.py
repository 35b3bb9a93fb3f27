"""Columns a ``@declared_attr`` makes by calling a class method of its mixin (letta's audit
columns: ``def _created_by_id(cls): return cls._user_by_id()``, where the class method returns
``mapped_column(String, nullable=True)``): one column per declared_attr on every table."""

from . import models  # noqa: F401
