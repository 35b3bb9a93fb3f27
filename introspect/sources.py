"""``--db`` resolution: a PostgreSQL URL, a ``.sql`` file (loaded into a throwaway embedded
PostgreSQL), or a ``.json`` snapshot. All three give the same Schema."""

from __future__ import annotations

import os
from pathlib import Path

from .errors import InputError
from .schema import Schema

DATABASE_URL_ENV = "DATABASE_URL"


def load_schema(db: str | None, schemas: tuple[str, ...] = ("public",)) -> Schema:
    """Read the database description named by ``db`` (default: ``$DATABASE_URL``)."""
    db = db or os.environ.get(DATABASE_URL_ENV)
    if not db:
        raise InputError(f"no database given: pass --db URL|FILE.sql|SNAPSHOT.json or set ${DATABASE_URL_ENV}")
    if "://" in db or db.startswith(("postgres:", "postgresql:")) or "=" in db:
        from .postgres import read_schema

        return read_schema(db, schemas)
    path = Path(db)
    if not path.is_file():
        raise InputError(f"{db}: no such file (expected a PostgreSQL URL, a .sql file or a .json snapshot)")
    if path.suffix == ".json":
        try:
            return Schema.from_json(path.read_text(encoding="utf-8"))
        except KeyError as error:
            raise InputError(f"{db}: missing key {error}: not a schema-inspector snapshot "
                             "(write one with `schema-inspector introspect --out`)") from None
        except (ValueError, TypeError, AttributeError, OSError) as error:
            raise InputError(f"{db}: {error}") from None
    if path.suffix == ".sql":
        return schema_from_sql(path, schemas)
    raise InputError(f"{db}: unknown database source (use a URL, a .sql file or a .json snapshot)")


def schema_from_sql(path: Path, schemas: tuple[str, ...] = ("public",)) -> Schema:
    """Load a SQL file into a throwaway embedded PostgreSQL and introspect it."""
    from .embedded import EmbeddedPostgres
    from .postgres import read_schema

    with EmbeddedPostgres() as server:
        server.load_sql(path)
        return read_schema(server.url(), schemas)
