"""An enum stored by its members' values through a named function (SurfSense's
``values_callable=_enum_values``, ``def _enum_values(enum_cls): return [item.value for item in
enum_cls]``), defined in the models' module and imported from another."""

from . import models  # noqa: F401
