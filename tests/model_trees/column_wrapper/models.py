from sqlalchemy import ForeignKey, Integer, String
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedColumn

from .fields import Help, mapped_column

COMMENTS = {"code": "the code as the registry writes it"}


class Base(DeclarativeBase):
    pass


def registry_code(help: Help | None = None) -> MappedColumn:
    return mapped_column(String(32), ForeignKey("registry.code"), help=help)


class Registry(Base):
    __tablename__ = "registry"

    code: Mapped[str] = mapped_column(String(32), primary_key=True, comment=COMMENTS["code"].title())


class Sample(Base):
    __tablename__ = "sample"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, help=Help("Id", "the sample's number"))
    label: Mapped[str | None] = mapped_column(String(100), help=Help("Label", "what the lab calls it"))
    note: Mapped[str | None] = mapped_column(String(200), comment="written by hand")
    registry_code: Mapped[str | None] = registry_code(help=Help("Registry", "where it was registered"))
