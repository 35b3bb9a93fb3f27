"""A subclass of a class of a file found only through its bases."""

from .group import Group


class AuditedGroup(Group):
    __mapper_args__ = {"polymorphic_identity": "audited"}
