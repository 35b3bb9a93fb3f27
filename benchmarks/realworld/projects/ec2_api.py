"""openstack/ec2-api (an EC2-compatible API for OpenStack; retired: the last commit of master removed
the code, so the one before it is laid out): two tables on a bare ``declarative_base()`` and a mixin
base over oslo.db's ``ModelBase`` (read from the installed library) that says ``metadata = None``,
keys and unique constraints declared in ``__table_args__`` alone (``PrimaryKeyConstraint('id')``, a
composite ``PrimaryKeyConstraint('project_id', 'item_id', 'key')``, a ``UniqueConstraint`` named by a
module constant), no column marked ``primary_key``."""

from recipe import Recipe

RECIPE = Recipe(
    name="ec2_api",
    repo="openstack/ec2-api",
    style="classic declarative on a bare base and an oslo.db mixin base, keys in __table_args__ only",
    files=("ec2api/db/sqlalchemy/models.py",),
    stubs={"ec2api/__init__.py": "", "ec2api/db/__init__.py": "", "ec2api/db/sqlalchemy/__init__.py": ""},
    stub_roots=("*",),
    metadata="ec2api.db.sqlalchemy.models:BASE.metadata",
    imports=("ec2api.db.sqlalchemy.models",),
    models="ec2api/db/sqlalchemy",
    line_length=79,
    ref="32740781f6050cbb08847066fc2fef996d93f2a1",  # master's last commit with the code
    drift=(
        "ALTER TABLE items RENAME COLUMN os_id TO os_uuid",
        "ALTER TABLE tags ALTER COLUMN value TYPE text",
        "ALTER TABLE items ALTER COLUMN project_id SET NOT NULL",
        "ALTER TABLE items ADD COLUMN created_at timestamp",
        "CREATE INDEX ix_items_project_id ON items (project_id)",
        "COMMENT ON COLUMN items.data IS 'the EC2 object, as JSON'",
        "ALTER TABLE tags ALTER COLUMN value SET DEFAULT ''",
        "ALTER TABLE items DROP COLUMN vpc_id",
        "CREATE TABLE item_notes (id serial PRIMARY KEY, item_id varchar(30) NOT NULL REFERENCES items (id),"
        " body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE tags RENAME TO item_tags",
    ),
    dropped=("items.vpc_id",),
)
