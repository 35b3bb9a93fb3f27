"""fedora-infra/mirrormanager2: classic declarative, 38 tables in one module, on the base a
library function returns (``BASE = get_base()`` of sqlalchemy-helpers, whose ``Base`` carries a
naming convention: read from the installed package, ``pip install sqlalchemy-helpers`` where this
runs), ``sa.Column`` through the module alias, ``deferred(...)`` columns, association tables,
PickleType, self-referencing foreign keys."""

from recipe import Recipe

RECIPE = Recipe(
    name="mirrormanager",
    repo="fedora-infra/mirrormanager2",
    style="classic declarative on a library function's base",
    files=("mirrormanager2/lib/model.py", "mirrormanager2/lib/database.py"),
    stubs={"mirrormanager2/__init__.py": "", "mirrormanager2/lib/__init__.py": ""},
    stub_roots=("*",),
    metadata="mirrormanager2.lib.database:BASE.metadata",
    imports=("mirrormanager2.lib.model",),
    models="mirrormanager2/lib",
    line_length=100,
    drift=(
        "ALTER TABLE site RENAME COLUMN org_url TO homepage",
        "ALTER TABLE product ALTER COLUMN name TYPE varchar(256)",
        "ALTER TABLE location ALTER COLUMN name SET NOT NULL",
        "ALTER TABLE arch ADD COLUMN bits integer",
        "CREATE INDEX ix_directory_ctime ON directory (ctime)",
        "COMMENT ON COLUMN host.bandwidth_int IS 'Mbit/s'",
        "ALTER TABLE host DROP COLUMN internet2_clients",
        "ALTER TABLE version ALTER COLUMN sortorder SET DEFAULT 0",
        "CREATE TABLE host_note (id serial PRIMARY KEY, host_id integer NOT NULL REFERENCES host (id),"
        " body text NOT NULL)",
        "ALTER TABLE host RENAME TO host_v2",
    ),
    dropped=("host.internet2_clients",),
)
