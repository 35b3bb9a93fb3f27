from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base


class Service(Base):
    __tablename__ = "service"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80))
