"""The project's own ``mapped_column``: a function of SQLAlchemy's name that takes a keyword of
its own and makes it the column's comment where the call gives none (ukrdc-sqla's
``mapped_column(..., sqla_info=ColumnInfo(label, description))``), used directly and through a
helper; and a comment that is no literal (RuoYi's ``comment=cls.__create_time_comment__``). The
comments these columns get are not read: not compared."""

from . import models  # noqa: F401
