"""lsst-sqre/gafaelfawr (the Rubin Science Platform's authentication and authorization service):
SQLAlchemy 2.0 ``Mapped`` classes on a ``DeclarativeBase`` whose ``type_annotation_map`` maps
``str`` to ``Text()``, so that most columns are bare annotations (``username: Mapped[str]``,
``notes: Mapped[str | None]``) with no ``mapped_column``; Python enum columns from the annotation
alone (``token_type: Mapped[TokenType]``, the enums in the application's ``models/enums.py``),
``Text(collation="C")``, ``Text().with_variant(postgresql.INET, "postgresql")``, foreign keys with
``ondelete``, named indexes and an unnamed unique constraint in ``__table_args__``; one class a
module under a package that re-exports them. It showed one miswriting, mended: a new ``text`` column (and
each text column of a new class) was written ``mapped_column(Text(collation="C"))``, the spelling of
the file's only explicit ``Text`` (``token``'s own ``COLLATE "C"``), where the database's column has
the default collation; no check saw it, since neither the tool nor Alembic compares collations."""

from recipe import Recipe

RECIPE = Recipe(
    name="gafaelfawr",
    repo="lsst-sqre/gafaelfawr",
    style="2.0 Mapped, bare annotations through a type_annotation_map, enums from annotations",
    files=("src/gafaelfawr/schema/*.py", "src/gafaelfawr/models/enums.py", "src/gafaelfawr/models/__init__.py"),
    strip="src/",
    stubs={"gafaelfawr/__init__.py": ""},
    metadata="gafaelfawr.schema:SchemaBase.metadata",
    imports=("gafaelfawr.schema",),
    models="gafaelfawr",
    line_length=79,
    drift=(
        "ALTER TABLE token_change_history RENAME COLUMN actor TO actor_username",
        "ALTER TABLE oidc_client ALTER COLUMN description TYPE varchar(1024)",
        "ALTER TABLE token ALTER COLUMN service SET NOT NULL",
        "ALTER TABLE token ADD COLUMN comment text",
        "CREATE INDEX ix_token_expires ON token (expires)",
        "COMMENT ON COLUMN token.scopes IS 'comma-separated scopes'",
        "ALTER TABLE token_auth_history ALTER COLUMN scopes SET DEFAULT ''",
        "ALTER TABLE oidc_client DROP COLUMN notes",
        "CREATE TABLE token_notes (id serial PRIMARY KEY, token text NOT NULL REFERENCES token (token)"
        " ON DELETE CASCADE, body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE subtoken RENAME TO token_parent",
        "ALTER TYPE tokentype ADD VALUE 'bot'",
    ),
    dropped=("oidc_client.notes",),
)
