"""Partial indexes whose predicates are module constants (copr's ``_group_unique_where =
text("...")`` and duffy's ``INDEX_UNIQUENESS_CLAUSE = and_(Column("retired_at") == None, ...)``,
each given to two indexes as ``postgresql_where=``): read as the SQL they stand for."""

from . import models  # noqa: F401
