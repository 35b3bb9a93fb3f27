"""An enum class imported under the name another enum class of the files has (agenta's ``from
...dtos import OTelStatusCode as StatusCode`` beside a ``class StatusCode(Enum)``): SQLAlchemy names
the type and takes the labels from the class imported, never from the other one."""

from . import models  # noqa: F401
