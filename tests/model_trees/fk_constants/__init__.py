"""Foreign key targets named through module-level constants (issue 11): ``ForeignKey(OWNER_ID)``
with ``OWNER_ID = "owner.id"`` in the file, one imported by name from another module, one
read as ``module.NAME``, and a ``ForeignKeyConstraint`` naming its columns the same way."""

from . import models  # noqa: F401
