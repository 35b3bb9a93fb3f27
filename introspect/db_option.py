"""``--db`` resolution: a PostgreSQL URL, a ``.sql`` file (loaded into a throwaway embedded
PostgreSQL), or a ``.json`` snapshot. All three give the same Schema."""

from __future__ import annotations

import os
from dataclasses import replace
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
        from .connection import remember_secrets
        from .postgres import read_schema

        remember_secrets(db)
        return read_schema(db, schemas)
    path = Path(db)
    if not path.is_file():
        raise InputError(f"{db}: no such file (expected a PostgreSQL URL, a .sql file or a .json snapshot)")
    if path.suffix == ".json":
        try:
            return select_schemas(Schema.from_json(path.read_text(encoding="utf-8")), schemas, db)
        except KeyError as error:
            raise InputError(f"{db}: missing key {error}: not a schema-inspector snapshot "
                             "(write one with `schema-inspector introspect --out`)") from None
        except (ValueError, TypeError, AttributeError, OSError) as error:
            raise InputError(f"{db}: {error}") from None
    if path.suffix == ".sql":
        return schema_from_sql(path, schemas)
    raise InputError(f"{db}: unknown database source (use a URL, a .sql file or a .json snapshot)")


def select_schemas(snapshot: Schema, schemas: tuple[str, ...], source: str) -> Schema:
    """The snapshot as reading ``schemas`` from the database would have given it (the three
    sources give the same answers); a schema it does not hold is an error, as it is for a
    database that does not have it."""
    held = snapshot.schemas or ("public",)
    missing = [name for name in schemas if name not in held]
    if not schemas or missing:
        raise InputError(
            f"{source}: schema {', '.join(map(repr, missing)) or '(none given)'} not in the snapshot; it holds "
            f"{', '.join(map(repr, held))} (write one with `schema-inspector introspect --schema NAME --out FILE`)")
    if tuple(schemas) == tuple(held):
        return snapshot

    def wanted(items, used=frozenset()):
        return tuple(item for item in items if (item.schema or snapshot.default_schema) in schemas
                     or (item.schema or snapshot.default_schema, item.name) in used)

    tables, views = wanted(snapshot.tables), wanted(snapshot.views)
    # and the enums and domains of other schemas their columns use, as the catalog read takes them
    used = frozenset((column.type.type_schema or snapshot.default_schema, column.type.name)
                     for table in (*tables, *views) for column in table.columns
                     if column.type.kind in ("enum", "domain"))
    return replace(snapshot, tables=tables, views=views, enums=wanted(snapshot.enums, used),
                   domains=wanted(snapshot.domains, used), schemas=tuple(schemas))


def schema_from_sql(path: Path, schemas: tuple[str, ...] = ("public",)) -> Schema:
    """Load a SQL file into a throwaway embedded PostgreSQL and introspect it."""
    from .embedded import EmbeddedPostgres
    from .postgres import read_schema

    with EmbeddedPostgres() as server:
        server.load_sql(path)
        return read_schema(server.url(), schemas)
