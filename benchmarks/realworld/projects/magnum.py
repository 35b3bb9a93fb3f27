"""openstack/magnum: classic declarative on ``declarative_base(cls=MagnumBase)`` where the base's
class takes oslo.db's ``TimestampMixin`` and ``ModelBase`` (read from the installed library,
``pip install oslo.db`` where this runs) and sets ``metadata = None``, ``__table_args__`` tuples
that end in a call ``table_args()`` (the MySQL options, None on PostgreSQL), JSON held in ``TEXT``
by a TypeDecorator family (``JSONEncodedDict(JsonEncodedType)``). The configuration is a stub of
ours naming a PostgreSQL URL."""

from recipe import OPENSTACK_DATABASE_CONF, Recipe

RECIPE = Recipe(
    name="magnum",
    repo="openstack/magnum",
    style="classic declarative, table_args() call in __table_args__, TypeDecorator family",
    files=("magnum/db/sqlalchemy/models.py",),
    stubs={"magnum/__init__.py": "", "magnum/db/__init__.py": "", "magnum/db/sqlalchemy/__init__.py": "",
           "magnum/conf/__init__.py": OPENSTACK_DATABASE_CONF},
    stub_roots=("*",),
    metadata="magnum.db.sqlalchemy.models:Base.metadata",
    imports=("magnum.db.sqlalchemy.models",),
    models="magnum/db/sqlalchemy",
    line_length=79,
    drift=(
        "ALTER TABLE cluster RENAME COLUMN discovery_url TO discovery_endpoint",
        "ALTER TABLE cluster_template ALTER COLUMN name TYPE varchar(512)",
        "ALTER TABLE magnum_service ALTER COLUMN host SET NOT NULL",
        "ALTER TABLE nodegroup ADD COLUMN zone varchar(255)",
        "CREATE INDEX ix_cluster_project_id ON cluster (project_id)",
        "COMMENT ON COLUMN quotas.hard_limit IS 'the most a project may have'",
        "ALTER TABLE cluster ALTER COLUMN master_lb_enabled SET DEFAULT false",
        "ALTER TABLE x509keypair DROP COLUMN intermediates",
        "CREATE TABLE cluster_note (id serial PRIMARY KEY, cluster_id integer NOT NULL REFERENCES cluster (id),"
        " body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE cluster RENAME TO cluster_v2",
    ),
    dropped=("x509keypair.intermediates",),
)
