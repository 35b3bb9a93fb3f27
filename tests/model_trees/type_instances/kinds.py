from sqlalchemy.dialects import postgresql
from sqlalchemy.types import Numeric, String


class INETLiteral(postgresql.INET):
    """An address type that can also be rendered as a literal."""

    cache_ok = True

    def literal_processor(self, dialect):
        def process(value):
            return "NULL" if value is None else "'%s'::inet" % str(value).replace("'", "''")

        return process


class Code(String):
    cache_ok = True


SQLINET = INETLiteral()
SQLINET_KEY = SQLINET.with_variant(String(64), "sqlite")
SHORT_CODE = Code(12)


def address_list(item_type):
    return postgresql.ARRAY(item_type)


def money(precision):
    return Numeric(precision, 2)
