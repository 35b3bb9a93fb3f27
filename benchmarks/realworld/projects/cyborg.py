"""openstack/cyborg (accelerator management): classic declarative on ``declarative_base(cls=
CyborgBase)`` whose base says ``metadata = None`` (oslo.db's mixins read from the installed library),
named PostgreSQL enums of string labels, ``__table_args__`` tuples ending in ``table_args()`` (a
function giving MySQL's options, or ``None`` elsewhere), self-referencing foreign keys,
``primaryjoin=usage_id == QuotaUsage.id``. The configuration is a stub of ours."""

from recipe import OPENSTACK_DATABASE_CONF_SETTABLE, Recipe

RECIPE = Recipe(
    name="cyborg",
    repo="openstack/cyborg",
    style="classic declarative, a table_args() function in __table_args__ tuples, named enums",
    files=("cyborg/db/sqlalchemy/models.py", "cyborg/common/constants.py"),
    stubs={"cyborg/__init__.py": "", "cyborg/db/__init__.py": "", "cyborg/db/sqlalchemy/__init__.py": "",
           "cyborg/common/__init__.py": "", "cyborg/conf/__init__.py": OPENSTACK_DATABASE_CONF_SETTABLE,
           "cyborg/common/paths.py": "def state_path_def(*args):\n    return '/tmp/cyborg'\n"},
    # one enum has no name, which PostgreSQL's CREATE TYPE needs (cyborg runs on MySQL): named here
    fixes={"cyborg/db/sqlalchemy/models.py": ("""            constants.ARQ_DELETING,
        ),""", """            constants.ARQ_DELETING,
            name='arq_state',
        ),""")},
    stub_roots=("*",),
    metadata="cyborg.db.sqlalchemy.models:Base.metadata",
    imports=("cyborg.db.sqlalchemy.models",),
    models="cyborg/db/sqlalchemy",
    line_length=79,
    drift=(
        "ALTER TABLE devices RENAME COLUMN vendor_board_info TO board_info",
        "ALTER TABLE deployables ALTER COLUMN driver_name TYPE varchar(255)",
        "ALTER TABLE deployables ALTER COLUMN rp_uuid SET NOT NULL",
        "ALTER TABLE devices ADD COLUMN serial varchar(64)",
        "CREATE INDEX ix_devices_hostname ON devices (hostname)",
        "COMMENT ON COLUMN devices.vendor IS 'the maker'",
        "ALTER TABLE quota_usages ALTER COLUMN until_refresh SET DEFAULT 0",
        "ALTER TABLE reservations DROP COLUMN expire",
        "CREATE TABLE device_notes (id serial PRIMARY KEY, device_id integer NOT NULL"
        " REFERENCES devices (id), body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE attributes RENAME TO deployable_attributes",
    ),
    dropped=("reservations.expire",),
)
