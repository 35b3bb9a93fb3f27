"""adsabs/myads (the vault service of the NASA Astrophysics Data System: saved queries, user
preferences and myADS notifications): classic declarative on ``declarative_base()`` in one module,
PostgreSQL ``ENUM`` objects made at module level (``myads_type = ENUM('template', 'query',
name='myads_type')``) and given to columns by name, ``MutableDict.as_mutable(JSONB)``, ``ARRAY(Text)``,
a ``LargeBinary`` column named ``query``, ``UTCDateTime`` columns with ``get_date`` defaults from the
ADS microservice utilities. ``adsmutils`` (not on PyPI) is a stub of ours: its ``UTCDateTime`` is a
TypeDecorator over ``TIMESTAMP``, as the library's. SQLAlchemy 1.3, as the project's time pins. The
label the drift adds to ``myads_frequency`` goes into that module-level ``ENUM(...)`` (it was a by-hand
item for each column that uses it)."""

from recipe import Recipe

# adsmutils, of our own: the two names the models import
_ADSMUTILS = """from datetime import datetime, timezone

from sqlalchemy.types import TIMESTAMP, TypeDecorator


def get_date(timestr=None):
    return datetime.now(timezone.utc)


class UTCDateTime(TypeDecorator):
    impl = TIMESTAMP
"""

RECIPE = Recipe(
    name="myads",
    repo="adsabs/myads",
    style="classic declarative, module-level PostgreSQL ENUMs, JSONB and ARRAY",
    files=("vault_service/models.py",),
    stubs={"vault_service/__init__.py": "", "adsmutils/__init__.py": _ADSMUTILS},
    metadata="vault_service.models:Base.metadata",
    imports=("vault_service.models",),
    models="vault_service",
    probe_packages=("sqlalchemy==1.3.24", "psycopg2-binary", "alembic==1.7.7"),
    drift=(
        "ALTER TABLE institute RENAME COLUMN canonical_name TO name",
        "ALTER TABLE queries ALTER COLUMN category TYPE varchar(512)",
        "ALTER TABLE myads ALTER COLUMN name SET NOT NULL",
        "ALTER TABLE users ADD COLUMN email varchar(255)",
        "CREATE INDEX ix_queries_qid ON queries (qid)",
        "COMMENT ON COLUMN myads.classes IS 'arXiv classes of an arxiv notification'",
        "ALTER TABLE myads ALTER COLUMN active SET DEFAULT true",
        "ALTER TABLE institute DROP COLUMN street",
        "CREATE TABLE myads_runs (id serial PRIMARY KEY, myads_id integer NOT NULL REFERENCES myads (id),"
        " numfound integer, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE library RENAME TO openurl_library",
        "ALTER TYPE myads_frequency ADD VALUE 'monthly'",
    ),
    dropped=("institute.street",),
)
