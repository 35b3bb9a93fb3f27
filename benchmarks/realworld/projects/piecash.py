"""sdementen/piecash (GnuCash's book as SQLAlchemy classes): classic declarative on a base of the
project's named like SQLAlchemy's (``@as_declarative(constructor=...) class DeclarativeBase`` of
``sa_extra``, made with an ``as_declarative`` of its own defined in a ``try`` block), a GUID mixin
with a ``declared_attr`` relationship, attributes mapped to other column names (``type =
Column("account_type", ...)``, ``_value_num``), TypeDecorators for GnuCash's dates and the slot type,
single-table inheritance of the key-value slots (``Slot`` / ``SlotSimple`` / ``SlotFrame``...), some
of whose subclasses a function makes with ``type(...)`` (their columns ``int64_val``... not
seen: the database's are notes), on SQLAlchemy 1.4. The library's other modules import as they
are; its dependencies absent here are permissive stubs. It showed one misreading: every class
derived directly from the project's ``DeclarativeBase`` was taken for a declarative root of
SQLAlchemy's, and its table was missing (``slots``, ``recurrences``, ``budget_amounts``,
``versions``)."""

from recipe import Recipe

RECIPE = Recipe(
    name="piecash",
    repo="sdementen/piecash",
    style="classic declarative on the project's base named DeclarativeBase, STI slots, SQLAlchemy 1.4",
    files=("piecash/*.py",),
    stub_roots=("*",),
    metadata="piecash.sa_extra:DeclarativeBase.metadata",
    imports=("piecash",),
    models="piecash",
    probe_packages=("sqlalchemy==1.4.54", "sqlalchemy-utils==0.41.2", "alembic==1.13.3", "psycopg2-binary"),
    drift=(
        "ALTER TABLE accounts RENAME COLUMN description TO summary",
        "ALTER TABLE accounts ALTER COLUMN code TYPE varchar(4096)",
        "ALTER TABLE accounts ALTER COLUMN code SET NOT NULL",
        "ALTER TABLE books ADD COLUMN locale varchar(16)",
        "CREATE INDEX ix_accounts_name ON accounts (name)",
        "COMMENT ON COLUMN accounts.name IS 'as GnuCash shows it'",
        "ALTER TABLE prices DROP COLUMN source",
        "ALTER TABLE accounts ALTER COLUMN hidden SET DEFAULT 0",
        "CREATE TABLE media_backups (id serial PRIMARY KEY, book_guid varchar(32) NOT NULL REFERENCES books (guid),"
        " created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE billterms RENAME TO bill_terms",
    ),
    dropped=("prices.source",),
)
