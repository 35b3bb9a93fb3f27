from sqlalchemy import Boolean, Column, DateTime, Index, Integer, String, and_, text
from sqlalchemy.orm import declarative_base

Base = declarative_base()

_IN_A_TEAM = text("archived IS NOT TRUE AND team_id IS NOT NULL")
_PERSONAL = text("archived IS NOT TRUE AND team_id IS NULL")
LIVE_MACHINE = and_(
    Column("retired_at") == None,  # noqa: E711
    Column("phase") != "building",
    Column("phase") != "broken",
)


class Board(Base):
    __tablename__ = "board"
    __table_args__ = (
        Index("board_name_in_team_uniq", "team_id", "name", unique=True, postgresql_where=_IN_A_TEAM),
        Index("board_name_for_owner_uniq", "owner_id", "name", unique=True, postgresql_where=_PERSONAL),
    )

    id = Column(Integer, primary_key=True)
    name = Column(String(100), nullable=False)
    team_id = Column(Integer)
    owner_id = Column(Integer)
    archived = Column(Boolean)


class Machine(Base):
    __tablename__ = "machine"
    __table_args__ = (
        Index("live_hostname_uniq", "hostname", unique=True, postgresql_where=LIVE_MACHINE),
        Index("live_address_uniq", "address", unique=True, postgresql_where=LIVE_MACHINE),
    )

    id = Column(Integer, primary_key=True)
    hostname = Column(String(255))
    address = Column(String(64))
    phase = Column(String(20), nullable=False)
    retired_at = Column(DateTime)
