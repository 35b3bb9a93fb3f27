"""Table items made by the project's own functions (issue 11), as indico writes them:
``__table_args__`` returned by a helper given the schema (``table_args(cls, schema="booking")``:
its schema is read, the constraint and index it adds are not), and a module-level call
given a model's column that adds an index (``lower_index(Room.name)``). The reader cannot
see those items: the database's are not added to the models again."""

from . import models  # noqa: F401
