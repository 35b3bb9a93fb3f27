"""A subclass that annotates again, without a value, columns its abstract base maps: SQLAlchemy
keeps the inherited columns as they are (pycroft's ``PreMember.birthdate: Mapped[date]``)."""

from datetime import date

from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class BaseUser(Base):
    __abstract__ = True

    id: Mapped[int] = mapped_column(primary_key=True)
    birthdate: Mapped[date | None]
    passwd_hash: Mapped[str | None] = mapped_column(deferred=True)


class User(BaseUser):
    __tablename__ = "users"


class PreMember(BaseUser):
    __tablename__ = "pre_member"

    birthdate: Mapped[date]
    passwd_hash: Mapped[str]
    move_in_date: Mapped[date | None]
