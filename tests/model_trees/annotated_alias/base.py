from typing import Annotated, Any

from sqlalchemy import String
from sqlalchemy.dialects.postgresql import ARRAY, JSONB
from sqlalchemy.orm import DeclarativeBase, mapped_column

MetadataColumn = Annotated[dict[str, Any], mapped_column(JSONB, nullable=False, default=dict)]
TagList = Annotated[list[str], mapped_column(ARRAY(String(40)), nullable=True)]
Labels = Annotated[set[str], mapped_column(ARRAY(String(20)))]


class Base(DeclarativeBase):
    pass
