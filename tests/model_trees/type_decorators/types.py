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


NATIVE_UUID_DIALECTS = {"postgresql"}


class GUID(TypeDecorator):
    """A type load_dialect_impl picks in a way the reader does not follow (learnt from the
    database columns that use it; ``if dialect.name == "postgresql": return ...`` is read)."""

    impl = String
    cache_ok = True

    def load_dialect_impl(self, dialect):
        native = UUID() if dialect.name in NATIVE_UUID_DIALECTS else String(36)
        return dialect.type_descriptor(native)
