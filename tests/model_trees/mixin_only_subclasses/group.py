"""Nothing here names SQLAlchemy: the class's table and columns are all its bases'."""

from .base import Base, GroupMixin


class Group(GroupMixin, Base):
    __possible_permissions__ = ("admin", "edit")
    __mapper_args__ = {"polymorphic_on": "kind", "polymorphic_identity": "group"}

    def permitted(self, name):
        return name in self.__possible_permissions__
