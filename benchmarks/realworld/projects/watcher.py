"""openstack/watcher: classic declarative on ``orm.declarative_base(cls=WatcherBase)`` where the
base's class takes oslo.db's ``SoftDeleteMixin``, ``TimestampMixin`` and ``ModelBase`` (read from
the installed library, ``pip install oslo.db`` where this runs), unique constraints over the
mixin's ``deleted`` column, ``__table_args__`` ending in a ``table_args()`` call, JSON held in
``TEXT`` by a TypeDecorator family, ``LargeBinary`` and ``Numeric``. The configuration is a stub
of ours naming a PostgreSQL URL."""

from recipe import OPENSTACK_DATABASE_CONF, Recipe

RECIPE = Recipe(
    name="watcher",
    repo="openstack/watcher",
    style="classic declarative, oslo.db soft-delete mixin, table_args() call",
    files=("watcher/db/sqlalchemy/models.py",),
    stubs={"watcher/__init__.py": "", "watcher/db/__init__.py": "", "watcher/db/sqlalchemy/__init__.py": "",
           "watcher/conf/__init__.py": OPENSTACK_DATABASE_CONF},
    stub_roots=("*",),
    metadata="watcher.db.sqlalchemy.models:Base.metadata",
    imports=("watcher.db.sqlalchemy.models",),
    models="watcher/db/sqlalchemy",
    line_length=79,
    drift=(
        "ALTER TABLE audits RENAME COLUMN hostname TO host_name",
        "ALTER TABLE goals ALTER COLUMN display_name TYPE varchar(255)",
        "ALTER TABLE audits ALTER COLUMN audit_type SET NOT NULL",
        "ALTER TABLE strategies ADD COLUMN version varchar(36)",
        "CREATE INDEX ix_actions_state ON actions (state)",
        "COMMENT ON COLUMN action_plans.state IS 'the plan state machine'",
        "ALTER TABLE audits ALTER COLUMN force SET DEFAULT false",
        "ALTER TABLE action_plans DROP COLUMN status_message",
        "CREATE TABLE audit_note (id serial PRIMARY KEY, audit_id integer NOT NULL REFERENCES audits (id),"
        " body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE audits RENAME TO audits_v2",
    ),
    dropped=("action_plans.status_message",),
)
