"""Columns of a domain type written as the domain itself, as sqlacodegen writes them:
``mapped_column(DOMAIN("positive_amount", Numeric(12, 2), check=...))``. The reader reads the
domain by its name and schema (its base type, checks and default are the database's)."""

from . import models  # noqa: F401
