from sqlalchemy import BigInteger, Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column


class Base(DeclarativeBase):
    pass


class AuditedBase(Base):
    __abstract__ = True

    @declared_attr
    def opened_by(cls):
        return cls._person_reference()

    @declared_attr
    def closed_by(cls):
        return cls._person_reference()

    @declared_attr
    def revision(cls):
        return cls._counter(start=1)

    @classmethod
    def _person_reference(cls):
        """who did it: a login, kept without a foreign key"""
        return mapped_column(String(64), nullable=True)

    @staticmethod
    def _counter(start):
        return mapped_column(BigInteger, nullable=False, server_default=str(start))


class Ticket(AuditedBase):
    __tablename__ = "ticket"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    body: Mapped[str] = mapped_column(Text)


class Queue(AuditedBase):
    __tablename__ = "ticket_queue"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
