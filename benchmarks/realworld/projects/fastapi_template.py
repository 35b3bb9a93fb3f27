"""fastapi/full-stack-fastapi-template: SQLModel. Table classes (``class User(UserBase, table=True)``,
named after the class in lower case) take their fields from API base classes they share with
request and response schemas (``UserCreate(UserBase)``, ``UserPublic(UserBase)``); ``EmailStr``
and ``str`` fields with ``max_length=`` (``VARCHAR(255)``), ``sa_type=DateTime(timezone=True)``,
``foreign_key="user.id"`` with ``ondelete="CASCADE"`` and ``nullable=False``, ``Relationship(...)``
with an unquoted forward reference (``list[Item]``, written for Python 3.14's lazy annotations; quoted
in the laid-out copy, since SQLModel cannot resolve it under ``from __future__ import annotations``).
Fields shared with the API schemas through a base are edited there where the change is the
column's alone (``max_length=``, ``nullable=``, ``index=``, the name in ``sa_column_kwargs``)."""

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
        "ALTER TABLE item RENAME COLUMN description TO summary",
        "ALTER TABLE \"user\" ALTER COLUMN full_name TYPE varchar(300)",
        "ALTER TABLE \"user\" ALTER COLUMN full_name SET NOT NULL",
        "ALTER TABLE item ADD COLUMN priority integer",
        "CREATE INDEX ix_item_title ON item (title)",
        "COMMENT ON COLUMN \"user\".hashed_password IS 'bcrypt'",
        "ALTER TABLE item DROP COLUMN created_at",
        "ALTER TABLE \"user\" ALTER COLUMN is_active SET DEFAULT true",
        "CREATE TABLE item_note (id uuid PRIMARY KEY, item_id uuid NOT NULL REFERENCES item (id),"
        " body text NOT NULL, created_at timestamp with time zone NOT NULL DEFAULT now())",
        "ALTER TABLE \"user\" RENAME TO users",
    ),
    dropped=("item.created_at",),
)
