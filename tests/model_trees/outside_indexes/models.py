from sqlalchemy import DDL, Column, Index, Integer, String, Text, UniqueConstraint, event, func
from sqlalchemy.orm import declarative_base

Base = declarative_base()


class Document(Base):
    __tablename__ = "document"

    id = Column(Integer, primary_key=True)
    slug = Column(String(80), nullable=False)
    owner = Column(String(40))
    body = Column(Text)


Index("ix_document_owner_slug", Document.owner, Document.slug.desc())
Index("ix_document_lower_slug", func.lower(Document.slug))
Document.__table__.append_constraint(UniqueConstraint("owner", "slug", name="uq_document_owner_slug"))

event.listen(
    Document.__table__,
    "after_create",
    DDL("CREATE INDEX ix_document_body_fts ON document USING gin (to_tsvector('english', body))"),
)
