"""A foreign key written in an ``Annotated`` alias's ``mapped_column`` (imported as ``col``), which
SQLAlchemy adds to every column annotated with it (pycroft's ``fkey_pgroup``)."""

import typing as t

from sqlalchemy import ForeignKey
from sqlalchemy.orm import DeclarativeBase, Mapped
from sqlalchemy.orm import mapped_column as col


class Base(DeclarativeBase):
    pass


class Group(Base):
    __tablename__ = "groups"

    id: Mapped[int] = col(primary_key=True)


fkey_group = t.Annotated[int, col(ForeignKey(Group.id, ondelete="CASCADE"), index=True)]


class Config(Base):
    __tablename__ = "config"

    id: Mapped[int] = col(primary_key=True)
    member_group_id: Mapped[fkey_group] = col()
    blocked_group_id: Mapped[fkey_group | None]
