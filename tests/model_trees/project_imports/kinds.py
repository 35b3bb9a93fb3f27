import datetime
import uuid
from typing import Any

from sqlalchemy import CHAR, TIMESTAMP, Numeric
from sqlalchemy import JSON as PlainJSON
from sqlalchemy.dialects import postgresql
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement
from sqlalchemy.types import TypeDecorator


class JSON(TypeDecorator[Any]):
    """JSONB on PostgreSQL, plain JSON elsewhere."""

    impl = postgresql.JSONB
    cache_ok = True

    def load_dialect_impl(self, dialect):
        if dialect.name == "postgresql":
            return dialect.type_descriptor(postgresql.JSONB(none_as_null=True))
        return dialect.type_descriptor(PlainJSON(none_as_null=True))


class Document(TypeDecorator[Any]):
    """A JSON document of a given shape: the argument is its own, not the impl's."""

    impl = JSON
    cache_ok = True

    def __init__(self, shape: type = dict) -> None:
        super().__init__()
        self.shape = shape


class UUID(TypeDecorator[uuid.UUID]):
    """PostgreSQL's uuid, CHAR(36) elsewhere."""

    impl = CHAR(36)
    cache_ok = True

    def load_dialect_impl(self, dialect):
        if dialect.name == "postgresql":
            return dialect.type_descriptor(postgresql.UUID())
        return dialect.type_descriptor(CHAR(36))


class Timestamp(TypeDecorator[datetime.datetime]):
    impl = TIMESTAMP(timezone=True)
    cache_ok = True


# types held in module-level names; plain JSON on PostgreSQL even though JSON above is JSONB
plain_json = postgresql.JSON().with_variant(PlainJSON(), "sqlite")
Money = Numeric(12, 2)


class GenerateUUID(FunctionElement):
    """A random uuid, in each dialect's SQL."""

    name = "uuid_default"
    inherit_cache = True


@compiles(GenerateUUID, "postgresql")
def _generate_uuid_postgresql(element, compiler, **kw):
    return "(GEN_RANDOM_UUID())"


@compiles(GenerateUUID, "sqlite")
def _generate_uuid_sqlite(element, compiler, **kw):
    return "(lower(hex(randomblob(16))))"
