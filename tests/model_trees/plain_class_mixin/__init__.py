"""A mapped class that also inherits a plain class whose class attributes its columns shadow
(``class Trade(Base, LocalTrade)``, freqtrade's pattern), ``# type: ignore`` after each column,
types read from the annotation alone, a ``str`` enum annotation over ``String(25)``, and a
mixed-case table name."""

from . import models  # noqa: F401
