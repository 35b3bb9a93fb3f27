"""openstack/astara (a network orchestration service for Neutron, run as service VMs; retired: the
last commits of master removed the code, so the one before them is laid out): three debug-flag tables
in one module, classic declarative on ``declarative_base(cls=AstaraBase)`` whose base is oslo.db's
``TimestampMixin`` and ``ModelBase`` (read from the installed library) and says ``metadata = None``,
``__table_args__`` tuples of a named ``schema.UniqueConstraint`` and ``table_args()`` (a function
giving MySQL's options from oslo.config's ``CONF.database.connection``, ``None`` elsewhere), options
registered on oslo.config at import (``options.set_defaults`` with the ``sqlite_db`` argument oslo.db
no longer takes: the package's ``__init__``, ours, gives it back). What the models import and is not
installed (six) is a permissive stub."""

from recipe import Recipe

# the package's __init__ (ours; the project's is empty): the models call oslo.db's
# ``options.set_defaults(CONF, connection, 'ironic.sqlite')``, whose third argument was ``sqlite_db``
# until oslo.db 4.25 and is ``max_pool_size`` since (an int: the import fails); every oslo.db that took
# it pins SQLAlchemy < 1.1, so the installed one is given the old signature here
_PACKAGE = """from oslo_db import options

_set_defaults = options.set_defaults


def _with_sqlite_db(conf, connection=None, sqlite_db=None, *args, **kwargs):
    return _set_defaults(conf, connection, *args, **kwargs)


options.set_defaults = _with_sqlite_db
"""

RECIPE = Recipe(
    name="astara",
    repo="openstack/astara",
    style="classic declarative on an oslo.db mixin base, a table_args() function in __table_args__ tuples",
    files=("astara/db/sqlalchemy/models.py", "astara/common/i18n.py"),
    stubs={"astara/__init__.py": _PACKAGE, "astara/common/__init__.py": "", "astara/db/__init__.py": "",
           "astara/db/sqlalchemy/__init__.py": ""},
    stub_roots=("*",),
    metadata="astara.db.sqlalchemy.models:Base.metadata",
    imports=("astara.db.sqlalchemy.models",),
    models="astara/db/sqlalchemy",
    line_length=79,
    ref="e7f8940fa086494ce626d1e511d2ac03872597da",  # master's last commit with the code
    drift=(
        "ALTER TABLE resource_debug RENAME COLUMN reason TO debug_reason",
        "ALTER TABLE tenant_debug ALTER COLUMN uuid TYPE varchar(64)",
        "ALTER TABLE global_debug ALTER COLUMN status SET NOT NULL",
        "ALTER TABLE tenant_debug ADD COLUMN requested_by varchar(255)",
        "CREATE INDEX ix_resource_debug_created_at ON resource_debug (created_at)",
        "COMMENT ON COLUMN global_debug.reason IS 'why the whole orchestrator is in debug mode'",
        "ALTER TABLE global_debug ALTER COLUMN status SET DEFAULT 0",
        "ALTER TABLE tenant_debug DROP COLUMN reason",
        "CREATE TABLE resource_debug_notes (id serial PRIMARY KEY, resource_debug_id integer NOT NULL"
        " REFERENCES resource_debug (id), body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE global_debug RENAME TO global_debug_flags",
    ),
    dropped=("tenant_debug.reason",),
    note="no enum in the models (their states are integers): no ADD VALUE in the drift",
)
