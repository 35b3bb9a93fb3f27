"""openstack/designate: SQLAlchemy Core only, no mapped class: 22 ``Table(...)`` objects on one
``MetaData`` (the storage layer builds its own objects from rows), ``Enum(name=..., *LABELS)``
with the labels spread from module constants after a keyword, a project ``UUID`` TypeDecorator
(``load_dialect_impl`` for PostgreSQL), oslo.db's ``types.JsonEncodedDict`` (read from the
installed library: ``pip install oslo.db`` where this runs), Python-side defaults as lambdas on
the configuration, ``CHAR(32)`` soft-delete markers. ``designate.conf`` is a stub of ours."""

from recipe import Recipe

CONF = ("from oslo_config import cfg\n\nCONF = cfg.CONF\n")

RECIPE = Recipe(
    name="designate",
    repo="openstack/designate",
    style="Core Table objects only, library TypeDecorator",
    files=("designate/storage/sqlalchemy/tables.py", "designate/storage/sqlalchemy/types.py"),
    stubs={"designate/__init__.py": "", "designate/storage/__init__.py": "",
           "designate/storage/sqlalchemy/__init__.py": "", "designate/conf/__init__.py": CONF},
    # written for MySQL: on PostgreSQL an enum cannot be named like a table (every table has a
    # row type of its name), and two tables' unique constraints cannot share a name
    fixes={"designate/storage/sqlalchemy/tables.py": (
        ("Enum(name='service_statuses',", "Enum(name='service_statuses_status',"),
        ("nullable=False),\n\n    ForeignKeyConstraint(['pool_id'], ['pools.id'], ondelete='CASCADE'),\n"
         "    UniqueConstraint('pool_id', 'host', 'port', name='unique_pool_host_port')",
         "nullable=False),\n\n    ForeignKeyConstraint(['pool_id'], ['pools.id'], ondelete='CASCADE'),\n"
         "    UniqueConstraint('pool_id', 'host', 'port', name='unique_also_notify_host_port')"),
    )},
    stub_roots=("*",),
    metadata="designate.storage.sqlalchemy.tables:metadata",
    imports=("designate.storage.sqlalchemy.tables",),
    models="designate/storage/sqlalchemy",
    line_length=79,
    drift=(
        "ALTER TABLE tlds RENAME COLUMN description TO summary",
        "ALTER TABLE quotas ALTER COLUMN resource TYPE varchar(64)",
        "ALTER TABLE blacklists ALTER COLUMN description SET NOT NULL",
        "ALTER TABLE pools ADD COLUMN region varchar(64)",
        "CREATE INDEX ix_zones_tenant_id ON zones (tenant_id)",
        "COMMENT ON COLUMN zones.serial IS 'SOA serial number'",
        "ALTER TABLE zones DROP COLUMN increment_serial",
        "ALTER TABLE quotas ALTER COLUMN hard_limit SET DEFAULT 0",
        "ALTER TABLE service_statuses ALTER COLUMN stats DROP NOT NULL",
        "CREATE TABLE zone_notes (id uuid PRIMARY KEY, zone_id uuid NOT NULL REFERENCES zones (id)"
        " ON DELETE CASCADE, created_at timestamp, body text NOT NULL)",
        "ALTER TABLE tsigkeys ALTER COLUMN secret TYPE varchar(512)",
        "ALTER TABLE zones RENAME TO zones_v2",
    ),
    dropped=("zones.increment_serial",),
)
