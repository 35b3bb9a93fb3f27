from typing import Optional

from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Labels, MetadataColumn, TagList


class Dataset(Base):
    __tablename__ = "dataset"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_metadata: Mapped[MetadataColumn]
    tags: Mapped[TagList]
    labels: Mapped[Optional[Labels]]
