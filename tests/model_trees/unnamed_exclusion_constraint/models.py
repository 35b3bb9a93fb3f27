"""An ``ExcludeConstraint`` without a name: PostgreSQL names it
``membership_group_id_user_id_active_during_excl`` (pycroft's memberships)."""

from sqlalchemy import Column, Integer, event, text
from sqlalchemy.dialects.postgresql import TSTZRANGE, ExcludeConstraint
from sqlalchemy.orm import declarative_base

Base = declarative_base()


class Membership(Base):
    __tablename__ = "membership"

    id = Column(Integer, primary_key=True)
    group_id = Column(Integer, nullable=False)
    user_id = Column(Integer, nullable=False)
    active_during = Column(TSTZRANGE, nullable=False)

    __table_args__ = (
        ExcludeConstraint((group_id, "="), (user_id, "="), (active_during, "&&"), using="gist"),
    )


@event.listens_for(Membership.__table__, "before_create")
def create_btree_gist(target, connection, **kw):
    connection.execute(text("CREATE EXTENSION IF NOT EXISTS btree_gist"))
