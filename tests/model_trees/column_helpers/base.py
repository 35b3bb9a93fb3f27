import functools

from . import db

NotNullColumn = functools.partial(db.Column, nullable=False)


def primary_key(name: str):
    """The key column of every table, its comment naming the model."""
    return db.Column(db.Integer, primary_key=True, comment=f"{name} id")


def reference(table: str, ondelete: str = "CASCADE", nullable: bool = False):
    """A foreign key to ``table``'s id."""
    return db.Column(db.Integer, db.ForeignKey(f"{table}.id", ondelete=ondelete), nullable=nullable)


def label(length, **options):
    return db.Column(db.String(length), **options)
