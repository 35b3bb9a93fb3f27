"""Names resolved through each file's imports (issue 11): a plain ``Service`` class in one
module and the mapped ``Service`` in another; ``ForeignKey(Service.id)`` names the one the
file imports."""

from . import api, base, catalog, usage  # noqa: F401
