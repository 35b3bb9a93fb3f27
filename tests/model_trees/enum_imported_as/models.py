from sqlalchemy import Column, Enum, Integer
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from .kinds import SignalStatus as StatusCode


class Base(DeclarativeBase):
    pass


class Span(Base):
    __tablename__ = "span"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    status = Column(Enum(StatusCode), nullable=False)
    last_status: Mapped[StatusCode]
