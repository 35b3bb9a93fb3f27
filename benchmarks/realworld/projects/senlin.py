"""openstack/senlin (clustering service; retired: the last commit of master removed the code, so the
one before it is laid out): classic declarative on ``declarative.declarative_base()`` of
``sqlalchemy.ext``, a plain-class ``TimestampMixin`` before oslo.db's ``ModelBase`` (read from the
installed library) in each class's bases, ``{'mysql_engine': 'InnoDB'}`` as ``__table_args__``,
columns naming themselves (``Column('check_type', String(255))``), TypeDecorators of the project
(JSON in ``Text`` with a ``LONGTEXT`` variant on MySQL, a time-zone-aware ``DateTime``) made mutable
by ``associate_with`` at import, Python-side uuid defaults through a module alias of oslo.utils'
function (``default=lambda: UUID4()``), a relationship whose ``primaryjoin`` is a string and a
``backref()`` on both ends. The configuration and pytz are permissive stubs."""

from recipe import Recipe

RECIPE = Recipe(
    name="senlin",
    repo="openstack/senlin",
    style="classic declarative, plain mixin before oslo.db's ModelBase, mutable TypeDecorators",
    files=("senlin/db/sqlalchemy/models.py", "senlin/db/sqlalchemy/types.py"),
    stubs={"senlin/__init__.py": "", "senlin/db/__init__.py": "", "senlin/db/sqlalchemy/__init__.py": ""},
    stub_roots=("*",),
    metadata="senlin.db.sqlalchemy.models:BASE.metadata",
    imports=("senlin.db.sqlalchemy.models",),
    models="senlin/db/sqlalchemy",
    line_length=79,
    ref="ec5fae997686c64c3c1192b231b2434e6a6aeb1c",  # master's last commit with the code
    drift=(
        "ALTER TABLE profile RENAME COLUMN permission TO permissions",
        "ALTER TABLE health_registry RENAME COLUMN check_type TO kind",
        "ALTER TABLE node ALTER COLUMN role TYPE varchar(128)",
        "ALTER TABLE cluster ALTER COLUMN name SET NOT NULL",
        "ALTER TABLE receiver ADD COLUMN region varchar(64)",
        "CREATE INDEX ix_event_oid ON event (oid)",
        "COMMENT ON COLUMN action.control IS 'the signal sent to the running action'",
        "ALTER TABLE cluster_policy ALTER COLUMN priority SET DEFAULT 0",
        "ALTER TABLE policy DROP COLUMN level",
        "CREATE TABLE cluster_note (id serial PRIMARY KEY, cluster_id varchar(36) NOT NULL REFERENCES cluster (id),"
        " body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE event RENAME TO events",
    ),
    dropped=("policy.level",),
    note="no enum in the models (their states are strings): no ADD VALUE in the drift",
)
