"""Each module binds ``status_enum`` to an enum of its own (truenth-portal's ``status_types_enum``)."""

from sqlalchemy import Column, Enum, Integer

from .base import Base

status_enum = Enum("open", "closed", name="ticket_status")


class Ticket(Base):
    __tablename__ = "tickets"

    id = Column(Integer, primary_key=True)
    status = Column(status_enum, server_default="open", nullable=False)
