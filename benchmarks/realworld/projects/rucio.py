"""rucio/rucio: 2.0 ``Mapped`` on a ``DeclarativeBase`` whose ``MetaData(schema=...)`` comes from
the configuration; every class takes ``ModelBase`` (a plain mixin of ``declared_attr`` columns and a
``declared_attr`` ``__table_args__`` that returns ``cls._table_args + (CheckConstraint(...), ...)``,
branch by branch), its primary keys, foreign keys and indexes in ``_table_args`` tuples with upper-case
names, string lengths from ``common_schema.get_schema_value('NAME_LENGTH')`` (the deployment's
schema module), TypeDecorators over ``String`` and ``Enum(..., create_constraint=True)``. The
configuration and the schema module are stubs of our own that give Rucio's default values."""

from recipe import Recipe

RECIPE = Recipe(
    name="rucio",
    repo="rucio/rucio",
    style="2.0 Mapped, table args from a declared_attr over cls._table_args",
    files=("lib/rucio/db/sqla/models.py", "lib/rucio/db/sqla/types.py", "lib/rucio/db/sqla/constants.py",
           "lib/rucio/db/sqla/session.py", "lib/rucio/common/types.py", "lib/rucio/common/constants.py"),
    strip="lib/",
    stubs={"rucio/__init__.py": "", "rucio/db/__init__.py": "", "rucio/db/sqla/__init__.py": "",
           "rucio/common/__init__.py": "",
           "rucio/common/config.py": "def config_get(*args, default=None, **kwargs):\n    return default\n",
           "rucio/common/schema.py": (
               "_LENGTHS = {'ACCOUNT_LENGTH': 25, 'SCOPE_LENGTH': 25, 'NAME_LENGTH': 250}\n\n\n"
               "def get_schema_value(key, vo='def'):\n    return _LENGTHS[key]\n"),
           "rucio/common/utils.py": (
               "import uuid\n\n\ndef generate_uuid():\n    return str(uuid.uuid4()).replace('-', '').lower()\n\n\n"
               "def retrying(*args, **kwargs):\n    return lambda function: function\n")},
    stub_roots=("*",),
    metadata="rucio.db.sqla.session:BASE.metadata",
    imports=("rucio.db.sqla.models",),
    models="rucio/db/sqla",
    line_length=120,
    drift=(
        "ALTER TABLE accounts RENAME COLUMN email TO email_address",
        "ALTER TABLE bad_replicas RENAME COLUMN expires_at TO expiry",
        "ALTER TABLE bad_replicas ALTER COLUMN reason TYPE text",
        "ALTER TABLE accounts ALTER COLUMN email_address SET NOT NULL",
        "ALTER TABLE scopes ADD COLUMN description varchar(255)",
        'CREATE INDEX "BAD_REPLICAS_REASON_IDX" ON bad_replicas (reason)',
        "COMMENT ON COLUMN accounts.suspended_at IS 'when the account was suspended'",
        "ALTER TABLE bad_replicas DROP COLUMN bytes",
        "ALTER TABLE rses ALTER COLUMN availability_read SET DEFAULT true",
        "CREATE TABLE account_notes (id serial PRIMARY KEY, account varchar(25) NOT NULL"
        " REFERENCES accounts (account), body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE accounts RENAME TO accounts_v2",
    ),
    dropped=("bad_replicas.bytes",),
)
