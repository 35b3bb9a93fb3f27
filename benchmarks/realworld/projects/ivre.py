"""ivre/ivre: classic declarative and Core in one ``db/sql/tables.py`` written for PostgreSQL and
DuckDB: abstract mixins per family of tables (nmap ``n_*`` and view ``v_*`` twins of one set of
classes), ids from a sequence per table made in a ``@declared_attr`` factory (``_id_column()``; not
read: said once), an address type subclassing ``postgresql.INET`` used through module constants
(``SQLINET = INETLiteral()``, and ``SQLINET_KEY``, that instance with DuckDB's variant), array types
from a function of their item type (``SQLARRAY(String(64))``), full-text GIN indexes made by a
function, and ``Uuid`` / ``JSON`` / ``LargeBinary`` columns. ``ivre``'s other modules (the schema
versions the defaults read) are permissive stubs."""

from recipe import Recipe

RECIPE = Recipe(
    name="ivre",
    repo="ivre/ivre",
    style="classic declarative and Core, mixin families, sequence ids, type constants and functions",
    files=("ivre/db/sql/tables.py",),
    stubs={"ivre/passive.py": "SCHEMA_VERSION = 3\n", "ivre/xmlnmap.py": "SCHEMA_VERSION = 22\n"},
    stub_roots=("*",),
    metadata="ivre.db.sql.tables:Base.metadata",
    imports=("ivre.db.sql.tables",),
    models="ivre/db/sql",
    drift=(
        "ALTER TABLE passive RENAME COLUMN recontype TO recon_type",
        "ALTER TABLE passive ALTER COLUMN sensor TYPE varchar(128)",
        "ALTER TABLE auth_user ALTER COLUMN display_name SET NOT NULL",
        "ALTER TABLE passive ADD COLUMN source_host varchar(255)",
        "CREATE INDEX ix_auth_user_last_login ON auth_user (last_login)",
        "COMMENT ON COLUMN auth_user.groups IS 'the groups the user is a member of'",
        "ALTER TABLE auth_user DROP COLUMN schema_version",
        "ALTER TABLE passive ALTER COLUMN count SET DEFAULT 1",
        "CREATE TABLE media_backups (id serial PRIMARY KEY, user_id integer NOT NULL REFERENCES auth_user (id),"
        " created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE rir RENAME TO rir_records",
    ),
    dropped=("auth_user.schema_version",),
)
