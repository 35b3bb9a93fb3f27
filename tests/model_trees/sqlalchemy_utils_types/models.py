import uuid

import sqlalchemy_utils
from sqlalchemy import Column, Integer, String
from sqlalchemy.orm import declarative_base
from sqlalchemy_utils import EmailType, JSONType, ScalarListType, TSVectorType, URLType, UUIDType

Base = declarative_base()


class Profile(Base):
    __tablename__ = "profile"

    id = Column(Integer, primary_key=True)
    public_id = Column(UUIDType(binary=False), default=uuid.uuid4, nullable=False)
    email = Column(EmailType(length=120), nullable=False)
    homepage = Column(URLType)
    last_ip = Column(sqlalchemy_utils.IPAddressType(max_length=64))
    country = Column(sqlalchemy_utils.CountryType)
    settings = Column(JSONType)
    tags = Column(ScalarListType())
    name = Column(String(80))
    search = Column(TSVectorType("name"))
