"""jowilf/starlette-admin (an admin interface for Starlette and FastAPI), its SQLModel example app
(``examples/14-sqlmodel``): ``SQLModel, table=True`` classes named after their tables (``author``,
``article``), ``Field(primary_key=True, default=None)`` keys, ``Field(min_length=2, index=True)`` on
``str`` (an unsized ``AutoString``), ``Field(foreign_key="author.id", default=None)``, most columns as
``sa_column=Column(...)`` (``String(200), unique=True, index=True`` under an ``EmailStr`` annotation,
``DateTime(timezone=True)``, ``JSON`` under ``list[str]``, ``Text`` with a pydantic ``min_length=``),
two ``enum.StrEnum`` classes as ``SAEnum(Role)`` (imported ``Enum as SAEnum``: unnamed, PostgreSQL types
named from the class, of the members' names) with Python-side defaults, ``Relationship(back_populates=)``
under ``Optional["Author"]``. The example's directory name is no Python identifier (``14-sqlmodel``): it
is imported by name. Starlette's ``Request`` is a permissive stub."""

from recipe import Recipe

RECIPE = Recipe(
    name="starlette_admin_sqlmodel",
    repo="jowilf/starlette-admin",
    style="SQLModel tables, sa_column Columns, StrEnum columns",
    files=("examples/14-sqlmodel/models.py",),
    strip="examples/",
    stub_roots=("*",),
    metadata="14-sqlmodel.models:SQLModel.metadata",
    imports=("14-sqlmodel.models",),
    models="14-sqlmodel",
    python=(3, 11),  # enum.StrEnum
    drift=(
        "ALTER TABLE comment RENAME COLUMN author_name TO commenter_name",
        "ALTER TABLE category ALTER COLUMN name TYPE varchar(120)",
        "ALTER TABLE comment ALTER COLUMN email SET NOT NULL",
        "ALTER TABLE article ADD COLUMN slug varchar(255)",
        "CREATE INDEX ix_article_published_at ON article (published_at)",
        "COMMENT ON COLUMN author.bio IS 'shown on the author page'",
        "ALTER TABLE article ALTER COLUMN views SET DEFAULT 0",
        "ALTER TABLE article DROP COLUMN updated_at",
        "CREATE TABLE article_revision (id serial PRIMARY KEY, article_id integer NOT NULL REFERENCES article (id),"
        " content text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE category RENAME TO categories",
        "ALTER TYPE articlestatus ADD VALUE 'SCHEDULED'",
    ),
    dropped=("article.updated_at",),
)
