"""Column helpers imported from another module (issue 11): ``id = primary_key("DataSource")``
with ``primary_key`` a function in base.py that returns a column, and a
``functools.partial(db.Column, nullable=False)`` alias whose keyword makes columns NOT NULL."""

from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy()

from . import base, models  # noqa: E402,F401
