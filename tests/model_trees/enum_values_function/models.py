import enum

from sqlalchemy import Enum, Integer
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from .labels import member_values


class Base(DeclarativeBase):
    pass


class Platform(str, enum.Enum):
    SLACK = "slack"
    DISCORD = "discord"


class Health(str, enum.Enum):
    OK = "ok-now"
    DOWN = "down-now"


def _enum_values(enum_cls):
    return [item.value for item in enum_cls]


class Account(Base):
    __tablename__ = "chat_account"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    platform: Mapped[Platform] = mapped_column(Enum(Platform, name="chat_platform", values_callable=_enum_values))
    health: Mapped[Health] = mapped_column(Enum(Health, name="chat_health", values_callable=member_values))
