"""cms-dev/cms (CMS, the Contest Management System of the International Olympiad in Informatics:
contests, users, teams, participations, tasks, datasets, testcases, submissions and their
compilation / evaluation results, user tests, admins) - 27 tables of classic ``Column``
declarative classes on SQLAlchemy 1.3, one module per concern under ``cms/db``, on a ``Base`` made
by ``as_declarative(bind=engine, metadata=metadata)`` applied at run time (not as a decorator)
over a ``MetaData(engine)`` that the package's ``__init__`` builds. PostgreSQL-only: five
``TypeDecorator`` types compiled (``@compiles``) to PostgreSQL DOMAINs (``CODENAME``,
``FILENAME``, ``FILENAME_SCHEMA``, ``FILENAME_SCHEMA_ARRAY``, ``DIGEST``) that ``before_create``
DDL listeners on the metadata create with ``CHECK``\\ s of their own; ``ARRAY(String)``,
``CastingArray(CIDR)``, ``JSONB``, ``OID`` and ``Interval`` columns; many named and unnamed
``CheckConstraint``\\ s in ``__table_args__``, composite ``UniqueConstraint``\\ s and
``ForeignKeyConstraint``\\ s, ``Enum``\\ s whose values are module constants imported from the
package (``from cms import TOKEN_MODE_DISABLED, ...``). The unusual parts: every ``Column`` is
annotated with a plain Python type (``id: int = Column(Integer, primary_key=True)``, not
``Mapped[...]``); a Python-side ``default=lambda: build_password(generate_random_password())``;
``default=[]`` on array columns. The application's configuration (``cms.conf.config``, the
engine's URL) and the ``cms`` package's constants are stubs of our own, as are the two
``cmscommon`` helpers the models call for defaults (crypto, datetime). It showed one misreading:
the base made by calling the decorator (``Base = as_declarative(...)(Base)``, under ``if not
TYPE_CHECKING:``) was not taken for a declarative base, so no class was mapped and the no-drift plan
stopped ("no mapped classes found"); it is read as ``@as_declarative(...)`` on the class (8/8)."""

from recipe import Recipe

# the ``cms`` package's constants the models name in their Enums (the same values), and the
# configuration the db package asks at import (ours)
CMS_INIT = '''TOKEN_MODE_DISABLED = "disabled"
TOKEN_MODE_FINITE = "finite"
TOKEN_MODE_INFINITE = "infinite"
TOKEN_MODE_MIXED = "mixed"

FEEDBACK_LEVEL_FULL = "full"
FEEDBACK_LEVEL_RESTRICTED = "restricted"
FEEDBACK_LEVEL_OI_RESTRICTED = "oi_restricted"


class ConfigError(Exception):
    pass


from .conf import config  # noqa: E402,F401
'''

CMS_CONF = '''class _Database:
    url = "postgresql+psycopg2://cms@localhost/cms"
    debug = False
    twophase_commit = False


class _Config:
    database = _Database()


config = _Config()
'''

CRYPTO = '''import secrets


def generate_random_password():
    return secrets.token_hex(8)


def build_password(password, method="plaintext"):
    return f"{method}:{password}"
'''

DATETIME = '''from datetime import datetime, timezone


def make_datetime(timestamp=None):
    if timestamp is None:
        return datetime.now(timezone.utc).replace(tzinfo=None)
    return datetime.fromtimestamp(timestamp, timezone.utc).replace(tzinfo=None)
'''

_DB = ("__init__", "session", "types", "base", "fsobject", "admin", "contest", "user", "task", "submission",
       "usertest", "init", "drop", "util")

RECIPE = Recipe(
    name="cms_contest",
    repo="cms-dev/cms",
    style="classic Column on 1.3, DOMAIN-backed TypeDecorators, CIDR[]/JSONB/OID/Interval, many CHECKs",
    files=(*(f"cms/db/{name}.py" for name in _DB), "cmscommon/__init__.py", "cmscommon/constants.py"),
    stubs={"cms/__init__.py": CMS_INIT,
           "cms/conf.py": CMS_CONF,
           "cmscommon/crypto.py": CRYPTO,
           "cmscommon/datetime.py": DATETIME},
    metadata="cms.db:metadata",
    imports=("cms.db",),
    models="cms/db",
    # SQLAlchemy 1.3: ``MetaData(engine)`` and ``as_declarative(bind=...)`` (the project pins <1.4)
    probe_packages=("sqlalchemy==1.3.24", "alembic==1.7.7", "psycopg2-binary"),
    drift=(
        "ALTER TABLE users RENAME COLUMN email TO email_address",
        "ALTER TABLE contests ALTER COLUMN description TYPE varchar(500)",
        "ALTER TABLE teams ADD COLUMN country varchar(64)",
        "ALTER TABLE announcements ALTER COLUMN admin_id SET NOT NULL",
        "CREATE INDEX ix_submissions_timestamp ON submissions (timestamp)",
        "COMMENT ON COLUMN datasets.memory_limit IS 'bytes'",
        "ALTER TABLE participations ALTER COLUMN hidden SET DEFAULT false",
        "ALTER TABLE questions DROP COLUMN ignored",
        "CREATE TABLE printjobs (id serial PRIMARY KEY,"
        " participation_id integer NOT NULL REFERENCES participations (id) ON DELETE CASCADE,"
        " timestamp timestamp without time zone NOT NULL DEFAULT now(), filename varchar NOT NULL)",
        "ALTER TABLE admins ALTER COLUMN name TYPE varchar(128)",
        "COMMENT ON TABLE user_test_managers IS 'graders and stubs of a user test'",
        "ALTER TABLE tasks ALTER COLUMN score_precision DROP DEFAULT",
        "ALTER TABLE messages RENAME TO participation_messages",
    ),
    dropped=("questions.ignored",),
)
