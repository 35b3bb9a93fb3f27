"""cookiecutter-flask's ``reference_col``: a helper that defaults its keyword dicts first
(``foreign_key_kwargs = foreign_key_kwargs or {}``) and returns ``Column(db.ForeignKey(
f"{tablename}.{pk_name}", **foreign_key_kwargs), nullable=nullable, **column_kwargs)``: each call a
foreign key column typed by its target, with the dicts a call gives spread into it."""

from . import models  # noqa: F401
