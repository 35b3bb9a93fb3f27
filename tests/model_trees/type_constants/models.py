from sqlalchemy import Column, Integer, Numeric, String, Unicode
from sqlalchemy.orm import declarative_base

from . import limits
from .limits import MAX_TAG_LENGTH

Base = declarative_base()

CODE_LENGTH = 12


class Tag(Base):
    __tablename__ = "tag"

    id = Column(Integer, primary_key=True)
    name = Column(Unicode(MAX_TAG_LENGTH), nullable=False)
    title = Column(String(limits.NAME_MAX))
    code = Column(String(length=CODE_LENGTH))
    price = Column(Numeric(limits.PRICE_DIGITS, 2))
