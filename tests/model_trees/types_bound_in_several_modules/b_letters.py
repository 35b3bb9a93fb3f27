from sqlalchemy import Column, Enum, Integer

from .base import Base

status_enum = Enum("draft", "sent", name="letter_status")


class Letter(Base):
    __tablename__ = "letters"

    id = Column(Integer, primary_key=True)
    status = Column(status_enum, server_default="draft", nullable=False)
