"""Bases referenced as ``module.Class`` (issue 11): ``class Package(domain_object.DomainObject,
Base)`` where domain_object.py is scanned: its columns belong to the table."""

from . import models  # noqa: F401
