from . import db
from .base import NotNullColumn, primary_key, reference


class DataSource(db.Model):
    __tablename__ = "data_source"

    id = primary_key("DataSource")
    name = NotNullColumn(db.String(100))
    note = NotNullColumn(db.Text, nullable=True)


class Query(db.Model):
    __tablename__ = "query"

    id = primary_key("Query")
    data_source_id = reference("data_source")
    parent_id = reference("query", ondelete="SET NULL", nullable=True)
    title = NotNullColumn(db.String(200), index=True)
