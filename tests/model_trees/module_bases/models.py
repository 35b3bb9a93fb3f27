from sqlalchemy import Column, ForeignKey, Integer, String
from sqlalchemy.orm import declarative_base

from . import domain_object

Base = declarative_base()


class Package(domain_object.DomainObject, Base):
    __tablename__ = "package"

    name = Column(String(100), nullable=False, unique=True)


class Resource(domain_object.DomainObject, Base):
    __tablename__ = "resource"

    package_id = Column(Integer, ForeignKey("package.id", ondelete="CASCADE"))
    url = Column(String(500))
