import enum
import uuid

import sqlalchemy_utils
from sqlalchemy import Column, Integer, String, Unicode
from sqlalchemy.orm import declarative_base
from sqlalchemy_utils import (
    ChoiceType,
    EmailType,
    EncryptedType,
    JSONType,
    ScalarListType,
    StringEncryptedType,
    TSVectorType,
    URLType,
    UUIDType,
)
from sqlalchemy_utils.types.encrypted.encrypted_type import AesEngine

Base = declarative_base()

ROLES = [("admin", "Administrator"), ("user", "User")]


class Level(enum.IntEnum):
    low = 1
    high = 2


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
    # cgwire/zou: a Unicode(255) unless impl= says otherwise
    role = Column(ChoiceType(ROLES))
    level = Column(ChoiceType(Level, impl=Integer()))
    # ethyca/fides, skyportal: a varchar of the encrypted text (bytea for the older name)
    secret = Column(StringEncryptedType(JSONType, "key", AesEngine, "pkcs5"))
    token = Column(StringEncryptedType(Unicode, "key", AesEngine, "pkcs5", length=255))
    legacy = Column(EncryptedType(Unicode, "key"))
