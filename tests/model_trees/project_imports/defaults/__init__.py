from . import versions  # noqa: F401
