"""Enum labels spread from a dict of the class body, its keys (pjecz-hercules' ``UBICACIONES =
{"ARCHIVO": "Archivo", ...}`` then ``Enum(*UBICACIONES, name=..., native_enum=False)``): a
``varchar`` as long as the longest key, or a native enum of those labels; and from a module-level dict."""

from . import models  # noqa: F401
