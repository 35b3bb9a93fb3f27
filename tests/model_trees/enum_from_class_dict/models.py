from sqlalchemy import Enum, Integer
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

CHANNELS = {"MAIL": "By mail", "COUNTER": "At the counter"}


class Base(DeclarativeBase):
    pass


class Filing(Base):
    __tablename__ = "filing"

    PLACES = {
        "UNDEFINED": "Not defined",
        "ARCHIVE": "Archive",
        "COURT": "Court",
    }
    KINDS = {"ORAL": "Oral", "WRITTEN": "Written"}

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    place: Mapped[str] = mapped_column(Enum(*PLACES, name="filing_places", native_enum=False))
    kind: Mapped[str] = mapped_column(Enum(*KINDS, name="filing_kinds"))
    channel: Mapped[str] = mapped_column(Enum(*CHANNELS, name="filing_channels", native_enum=False))
