from sqlalchemy import Column, ForeignKey, Integer

from .b_letters import status_enum
from .base import Base


class Reply(Base):
    __tablename__ = "replies"

    id = Column(Integer, primary_key=True)
    letter_id = Column(ForeignKey("letters.id"), nullable=False)
    status = Column(status_enum, nullable=False)
