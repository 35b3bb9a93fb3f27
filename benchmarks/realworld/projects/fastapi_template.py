"""fastapi/full-stack-fastapi-template: SQLModel. Table classes (``class User(UserBase, table=True)``,
named after the class in lower case) take their fields from API base classes they share with
request and response schemas (``UserCreate(UserBase)``, ``UserPublic(UserBase)``); ``EmailStr``
and ``str`` fields with ``max_length=`` (``VARCHAR(255)``), ``sa_type=DateTime(timezone=True)``,
``foreign_key="user.id"`` with ``ondelete="CASCADE"`` and ``nullable=False``, ``Relationship(...)``
with an unquoted forward reference (``list[Item]``, written for Python 3.14's lazy annotations; quoted
in the laid-out copy, since SQLModel cannot resolve it under ``from __future__ import annotations``).
SQLModel's fields are read; the plan leaves their edits by hand."""

from recipe import Recipe

RECIPE = Recipe(
    name="fastapi_template",
    repo="fastapi/full-stack-fastapi-template",
    style="SQLModel, table classes on shared API bases",
    files=("backend/app/models.py",),
    strip="backend/",
    stubs={"app/__init__.py": ""},
    metadata="app.models:SQLModel.metadata",
    imports=("app.models",),
    models="app",
    fixes={"app/models.py": ("items: list[Item] = Relationship", 'items: list["Item"] = Relationship')},
    drift=(
        "ALTER TABLE item RENAME TO items",
    ),
)
