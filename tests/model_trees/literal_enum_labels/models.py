"""Enum labels spread from the arguments of a ``Literal`` alias (pycroft's
``Enum(*AccountType.__args__, name="account_type")``), of the module's own alias and of one it imports."""

import typing as t

from sqlalchemy import Enum
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from .kinds import Direction

AccountType = t.Literal["ASSET", "LIABILITY", "REVENUE"]


class Base(DeclarativeBase):
    pass


class Account(Base):
    __tablename__ = "account"

    id: Mapped[int] = mapped_column(primary_key=True)
    type: Mapped[AccountType] = mapped_column(Enum(*AccountType.__args__, name="account_type"))


class TrafficVolume(Base):
    __tablename__ = "traffic_volume"

    id: Mapped[int] = mapped_column(primary_key=True)
    direction: Mapped[Direction] = mapped_column(Enum(*t.get_args(Direction), name="traffic_direction"))
