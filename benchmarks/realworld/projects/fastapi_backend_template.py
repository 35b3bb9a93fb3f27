"""Aeternalis-Ingenium/FastAPI-Backend-Template (a FastAPI + async SQLAlchemy template): SQLAlchemy 2.0
``Mapped`` columns written through import aliases (``Mapped as SQLAlchemyMapped``, ``mapped_column as
sqlalchemy_mapped_column``), types through the module (``sqlalchemy.String(length=64)``,
``sqlalchemy.DateTime(timezone=True)``), a ``DeclarativeBase`` with a ``metadata`` of its own exported
under another name (``Base: typing.Type[DeclarativeBase] = DBTable``), ``autoincrement="auto"``,
underscored attributes behind properties (``_hashed_password``), ``server_default=functions.now()``,
``server_onupdate=sqlalchemy.schema.FetchedValue(for_update=True)``, ``__mapper_args__ =
{"eager_defaults": True}``. It showed one miswriting: the editor did not follow the import aliases
(the reader did, but for the nullability of ``SQLAlchemyMapped[bool]``): it took ``x:
SQLAlchemyMapped[str] = sqlalchemy_mapped_column(...)`` for a SQLModel field (wrapped in
``Field(default=...)``, a column beside it) and wrote new columns as ``sqlalchemy.Column``."""

from recipe import Recipe

RECIPE = Recipe(
    name="fastapi_backend_template",
    repo="Aeternalis-Ingenium/FastAPI-Backend-Template",
    style="2.0 Mapped through import aliases, a base given under another name",
    files=("backend/src/models/db/account.py", "backend/src/repository/table.py"),
    strip="backend/",
    metadata="src.repository.table:Base.metadata",
    imports=("src.models.db.account",),
    models="src",
    line_length=119,
    drift=(
        "ALTER TABLE account RENAME COLUMN is_logged_in TO logged_in",
        "ALTER TABLE account ALTER COLUMN username TYPE varchar(128)",
        "ALTER TABLE account ALTER COLUMN updated_at SET NOT NULL",
        "ALTER TABLE account ADD COLUMN display_name varchar(64)",
        "CREATE INDEX ix_account_created_at ON account (created_at)",
        "COMMENT ON COLUMN account._hashed_password IS 'the hash of the password'",
        "ALTER TABLE account ALTER COLUMN is_active SET DEFAULT false",
        "ALTER TABLE account DROP COLUMN _hash_salt",
        "CREATE TABLE account_session (id serial PRIMARY KEY, account_id integer NOT NULL REFERENCES account (id),"
        " token varchar(255) NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE account RENAME TO accounts",
    ),
    dropped=("account._hash_salt",),
)
