"""Annotated aliases that carry a mapped_column are columns, whatever their Python type
(issue 11: ``Mapped[MetadataColumn]`` with ``dict[str, Any]`` was taken for a relationship)."""

from . import base, models  # noqa: F401
