"""Tables in another schema (issue 11): ``__table_args__ = {"schema": "audit"}``. Compared
when that schema is read (``--schema public --schema audit``), else a note says it was not."""

from . import models  # noqa: F401
