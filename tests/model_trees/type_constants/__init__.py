"""Constants in type arguments (issue 11): ``Unicode(MAX_TAG_LENGTH)`` imported by name,
``String(limits.NAME_MAX)`` through the module, ``String(length=CODE_LENGTH)`` of the file."""

from . import models  # noqa: F401
