"""Two mapped classes of one name in different modules (issue 11): ``billing.Event`` and
``audit.Event``, on two tables. SQLAlchemy maps both; the reader reads both."""

from . import audit, base, billing  # noqa: F401
