"""Two mapped classes of one name in different modules (issue 11): ``billing.Event`` and
``audit.Event``. The reader reads the first; it generates no class for the other's table."""

from . import audit, base, billing  # noqa: F401
