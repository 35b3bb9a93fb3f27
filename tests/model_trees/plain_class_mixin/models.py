from datetime import datetime
from enum import Enum
from typing import ClassVar, Optional

from sqlalchemy import Float, Integer, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class Side(str, Enum):
    BUY = "buy"
    SELL = "sell"


class LocalTrade:
    """Trades kept in memory (backtesting): the same fields, as plain class attributes."""

    trades: ClassVar[list] = []
    id: int = 0
    pair: str = ""
    amount: float = 0.0
    opened: Optional[datetime] = None
    side: str = Side.BUY

    def value(self) -> float:
        return self.amount


class Trade(Base, LocalTrade):
    __tablename__ = "trades"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)  # type: ignore
    pair: Mapped[str] = mapped_column(String(25), nullable=False, index=True)  # type: ignore
    amount: Mapped[float] = mapped_column(Float(), nullable=False)  # type: ignore
    opened: Mapped[Optional[datetime]] = mapped_column(nullable=True)  # type: ignore
    side: Mapped[Side] = mapped_column(String(25), nullable=False)  # type: ignore


class Setting(Base):
    __tablename__ = "AppSetting"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(25), nullable=False, index=True)
    value: Mapped[Optional[str]]
