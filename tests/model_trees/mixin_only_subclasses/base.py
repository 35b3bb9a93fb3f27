"""A base and a mixin whose ``declared_attr`` give a table its name and every column, as a library's
mixins do (ziggurat_foundations' ``GroupMixin``)."""

import sqlalchemy as sa
from sqlalchemy.orm import declarative_base, declared_attr

Base = declarative_base()


class GroupMixin:
    @declared_attr
    def __tablename__(cls):
        return "groups"

    @declared_attr
    def id(cls):
        return sa.Column(sa.Integer, primary_key=True)

    @declared_attr
    def group_name(cls):
        return sa.Column(sa.String(128), nullable=False, unique=True)

    @declared_attr
    def kind(cls):
        return sa.Column(sa.String(20))
