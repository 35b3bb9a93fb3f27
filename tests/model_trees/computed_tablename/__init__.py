"""A ``__tablename__`` computed from the class name on the declarative base (issue 11):
``@declared_attr.directive def __tablename__(cls): return to_snake(cls.__name__)``, a function
the reader does not work out (a loop). The planner matches each class to the database table of its
snake_case (or plural) name."""

from . import base, models  # noqa: F401
