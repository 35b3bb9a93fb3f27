"""Indexes written in a class body but given another class's columns: SQLAlchemy attaches such an
index to the table of the class it names, and one given a mixin's own column to no table at all (the
mixin's columns are copied into each table that uses it)."""

from datetime import datetime

from sqlalchemy import Column, DateTime, ForeignKey, Index, Integer, String
from sqlalchemy.orm import declarative_base

Base = declarative_base()


class CreatedMixin:
    created_utc = Column(DateTime, default=datetime.utcnow)


class Feed(Base, CreatedMixin):
    __tablename__ = "feeds"

    id = Column(Integer, primary_key=True)
    label = Column(String(80))

    Index("ix_feeds_label_desc", label.desc())
    Index("index_feed_created", CreatedMixin.created_utc.desc())  # attached to no table


class FeedReading(Base, CreatedMixin):
    __tablename__ = "feed_readings"

    id = Column(Integer, primary_key=True)
    feed_id = Column(Integer, ForeignKey("feeds.id"), index=True)

    Index("ix_feeds_label_lower", Feed.label)  # on the feeds table
