from sqlalchemy import String, TypeDecorator
from sqlalchemy.dialects.postgresql import JSONB, UUID


class LowerCaseText(TypeDecorator):
    """Stores text lower-cased."""

    impl = String
    cache_ok = True

    def process_bind_param(self, value, dialect):
        return value.lower() if value is not None else value


class EmailText(LowerCaseText):
    cache_ok = True


class JSONDict(TypeDecorator):
    impl = JSONB
    cache_ok = True


JSONAlias = JSONDict


class GUID(TypeDecorator):
    impl = String
    cache_ok = True

    def load_dialect_impl(self, dialect):
        if dialect.name == "postgresql":
            return dialect.type_descriptor(UUID())
        return dialect.type_descriptor(String(36))
