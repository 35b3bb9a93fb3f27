"""openstack/zun: classic declarative on ``declarative_base(cls=ZunBase)`` (oslo.db's mixins read
from the installed library, ``pip install oslo.db`` where this runs), ``Text().with_variant(
MEDIUMTEXT(), 'mysql')`` returned by a type function, ``server_default=str(consts.TYPE_CONTAINER)``
computed from a constant of another module, foreign keys to a unique ``uuid`` column, a
TypeDecorator family for JSON in ``TEXT``. The configuration is a stub of ours."""

from recipe import OPENSTACK_DATABASE_CONF, Recipe

RECIPE = Recipe(
    name="zun",
    repo="openstack/zun",
    style="classic declarative, type function with a MySQL variant, computed server default",
    files=("zun/db/sqlalchemy/models.py", "zun/common/consts.py"),
    stubs={"zun/__init__.py": "", "zun/db/__init__.py": "", "zun/db/sqlalchemy/__init__.py": "",
           "zun/common/__init__.py": "", "zun/conf/__init__.py": OPENSTACK_DATABASE_CONF},
    # two tables' unique constraints of one name (MySQL keeps constraint names per table,
    # PostgreSQL per schema): the volume's renamed in the laid-out copy
    fixes={"zun/db/sqlalchemy/models.py": ("""'volume'
    __table_args__ = (
        schema.UniqueConstraint('uuid', name='uniq_volume0uuid'),""", """'volume'
    __table_args__ = (
        schema.UniqueConstraint('uuid', name='uniq_volume1uuid'),""")},
    stub_roots=("*",),
    metadata="zun.db.sqlalchemy.models:Base.metadata",
    imports=("zun.db.sqlalchemy.models",),
    models="zun/db/sqlalchemy",
    line_length=79,
    drift=(
        "ALTER TABLE container RENAME COLUMN workdir TO working_dir",
        "ALTER TABLE container ALTER COLUMN status_detail TYPE varchar(255)",
        "ALTER TABLE volume_mapping ALTER COLUMN project_id SET NOT NULL",
        "ALTER TABLE image ADD COLUMN digest varchar(255)",
        "CREATE INDEX ix_container_host ON container (host)",
        "COMMENT ON COLUMN zun_service.report_count IS 'heartbeats so far'",
        "ALTER TABLE container ALTER COLUMN cpu_policy SET DEFAULT 'shared'",
        "ALTER TABLE container DROP COLUMN websocket_token",
        "CREATE TABLE container_note (id serial PRIMARY KEY, container_id integer NOT NULL"
        " REFERENCES container (id), body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE container RENAME TO container_v2",
    ),
    dropped=("container.websocket_token",),
)
