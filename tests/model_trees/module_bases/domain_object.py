from sqlalchemy import Column, DateTime, Integer, func


class DomainObject:
    """Columns every table of the domain has."""

    id = Column(Integer, primary_key=True)
    created = Column(DateTime(timezone=True), server_default=func.now(), nullable=False)
