"""openstack/masakari: classic declarative, every model ``class Host(BASE, MasakariAPIBase,
models.SoftDeleteMixin)`` with the declarative base first and a plain API base after it that
sets ``metadata = None`` and takes a timestamp mixin of its own (Python-side defaults made by
lambdas) and oslo.db's ``ModelBase`` (read from the installed library, ``pip install oslo.db``
where this runs), named enums written inline."""

from recipe import Recipe

RECIPE = Recipe(
    name="masakari",
    repo="openstack/masakari",
    style="classic declarative, declarative base first among the bases, named inline enums",
    files=("masakari/db/sqlalchemy/models.py",),
    stubs={"masakari/__init__.py": "", "masakari/db/__init__.py": "", "masakari/db/sqlalchemy/__init__.py": ""},
    stub_roots=("*",),
    metadata="masakari.db.sqlalchemy.models:BASE.metadata",
    imports=("masakari.db.sqlalchemy.models",),
    models="masakari/db/sqlalchemy",
    line_length=79,
    drift=(
        "ALTER TABLE hosts RENAME COLUMN control_attributes TO control_attrs",
        "ALTER TABLE vmoves ALTER COLUMN instance_name TYPE varchar(512)",
        "ALTER TABLE failover_segments ALTER COLUMN description SET NOT NULL",
        "ALTER TABLE notifications ADD COLUMN retries integer",
        "CREATE INDEX ix_vmoves_status ON vmoves (status)",
        "COMMENT ON COLUMN hosts.reserved IS 'kept for evacuations'",
        "ALTER TABLE hosts ALTER COLUMN on_maintenance SET DEFAULT false",
        "ALTER TABLE vmoves DROP COLUMN dest_host",
        "CREATE TABLE host_note (id serial PRIMARY KEY, host_id integer NOT NULL REFERENCES hosts (id),"
        " body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE hosts RENAME TO hosts_v2",
    ),
    dropped=("vmoves.dest_host",),
)
