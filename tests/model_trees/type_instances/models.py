from sqlalchemy import Column, Integer
from sqlalchemy.orm import declarative_base

from .kinds import SHORT_CODE, SQLINET, SQLINET_KEY, INETLiteral, address_list, money
from .kinds import SQLINET as ADDRESS

Base = declarative_base()

GATEWAY = INETLiteral()


class Host(Base):
    __tablename__ = "host"

    id = Column(Integer, primary_key=True)
    addr = Column(SQLINET, nullable=False)
    seen_from = Column(ADDRESS)
    gateway = Column(GATEWAY)
    code = Column(SHORT_CODE)
    peers = Column(address_list(SQLINET))
    price = Column(money(12))
    key = Column(SQLINET_KEY)
