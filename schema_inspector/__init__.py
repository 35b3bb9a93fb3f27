"""schema-inspector: make hand-written SQLAlchemy models match a live PostgreSQL database."""

__version__ = "0.1.0"
