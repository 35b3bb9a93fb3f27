"""Common sqlalchemy-utils column types (issue 11), read as the types they create on
PostgreSQL: TSVectorType, UUIDType, JSONType, EmailType, URLType, IPAddressType, CountryType,
ScalarListType."""

from . import models  # noqa: F401
