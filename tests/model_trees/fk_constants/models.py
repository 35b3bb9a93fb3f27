from sqlalchemy import Column, ForeignKey, ForeignKeyConstraint, Integer, String
from sqlalchemy.orm import declarative_base

from . import keys
from .keys import FOLDER_ID

Base = declarative_base()

OWNER_ID = "owner.id"


class Owner(Base):
    __tablename__ = "owner"

    id = Column(Integer, primary_key=True)


class Folder(Base):
    __tablename__ = "folder"

    id = Column(Integer, primary_key=True)
    title = Column(String(40), unique=True)
    owner_id = Column(Integer, ForeignKey(OWNER_ID), nullable=False)


class Note(Base):
    __tablename__ = "note"

    id = Column(Integer, primary_key=True)
    owner_id = Column(Integer, ForeignKey(OWNER_ID, ondelete="CASCADE"))
    folder_id = Column(Integer, ForeignKey(FOLDER_ID))
    parent_id = Column(Integer, ForeignKey(keys.FOLDER_ID))
    folder_title = Column(String(40))

    __table_args__ = (ForeignKeyConstraint(["folder_title"], [keys.FOLDER_TITLE]),)
