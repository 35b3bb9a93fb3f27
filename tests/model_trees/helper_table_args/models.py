from sqlalchemy import Column, Integer, String
from sqlalchemy.orm import declarative_base, declared_attr

from .helpers import lower_index, table_args

Base = declarative_base()


class Room(Base):
    __tablename__ = "room"

    @declared_attr
    def __table_args__(cls):
        return table_args(cls, schema="booking")

    id = Column(Integer, primary_key=True)
    code = Column(String(20), nullable=False)
    name = Column(String(80))


lower_index(Room.name)
