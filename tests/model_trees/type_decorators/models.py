from sqlalchemy import Column, Integer
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.ext.mutable import MutableDict
from sqlalchemy.orm import declarative_base

from .types import GUID, EmailText, JSONAlias, JSONDict
from .types import LowerCaseText as LCT

Base = declarative_base()


class Account(Base):
    __tablename__ = "account"

    id = Column(Integer, primary_key=True)
    public_id = Column(GUID(), nullable=False, unique=True)
    referrer_id = Column(GUID())
    email = Column(EmailText(200), nullable=False)
    handle = Column(LCT(40))
    settings = Column(JSONAlias)
    prefs = Column(MutableDict.as_mutable(JSONB))
    extra = Column(MutableDict.as_mutable(JSONDict))
