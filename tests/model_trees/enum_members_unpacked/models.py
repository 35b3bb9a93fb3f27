"""An enum whose members one statement unpacks, as truenth-portal's ``OverallStatus`` does."""

from enum import Enum

from sqlalchemy import Column, Integer
from sqlalchemy import Enum as SQLEnum
from sqlalchemy.orm import declarative_base

Base = declarative_base()


class Stage(Enum):
    (draft, in_review, done) = range(3)

    def __str__(self):
        return self.name.replace("_", " ").title()


class Task(Base):
    __tablename__ = "tasks"

    id = Column(Integer, primary_key=True)
    stage = Column(SQLEnum(Stage), nullable=False, index=True)
