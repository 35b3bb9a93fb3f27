from decimal import Decimal
from typing import Optional

from sqlalchemy import Integer, Numeric, String, text
from sqlalchemy.dialects.postgresql import DOMAIN
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class Invoice(Base):
    __tablename__ = "invoice"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    total: Mapped[Decimal] = mapped_column(
        DOMAIN("positive_amount", Numeric(12, 2), constraint_name="positive_amount_check",
               not_null=True, check=text("VALUE >= 0")),
        nullable=False,
    )
    contact: Mapped[Optional[str]] = mapped_column(DOMAIN(name="contact_email", data_type=String(200)))
