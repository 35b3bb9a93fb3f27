"""Indexes and constraints declared outside the class body (issue 11): a module-level
``Index(..., Model.col)``, ``Model.__table__.append_constraint(...)``, and an ``after_create``
event listener whose DDL creates an index (not read as an Index; the plan does not add it)."""

from . import models  # noqa: F401
