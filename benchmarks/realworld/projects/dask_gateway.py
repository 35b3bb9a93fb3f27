"""dask/dask-gateway (a server that launches Dask clusters for users; the database backends' state):
SQLAlchemy Core only, two ``sa.Table`` objects on a module's ``sa.MetaData()`` beside the backend's
classes, ``sa.Unicode(255)`` columns, TypeDecorators of the module's own (``_IntEnum(JobStatus)``
over ``Integer`` given the enum class, ``_JSON`` over ``LargeBinary``), a foreign key written
``sa.Column("cluster_id", sa.ForeignKey("clusters.id", ondelete="CASCADE"), nullable=False)`` with
no type (taken from the key's column). The package's other modules the backend imports (its base
class, proxy, TLS, utilities) and traitlets are permissive stubs; ``models.py`` (the enums) and
``workqueue.py`` are laid out."""

from recipe import Recipe

RECIPE = Recipe(
    name="dask_gateway",
    repo="dask/dask-gateway",
    style="Core tables on a module MetaData, TypeDecorators of an int enum and of JSON",
    files=("dask-gateway-server/dask_gateway_server/backends/db_base.py",
           "dask-gateway-server/dask_gateway_server/models.py",
           "dask-gateway-server/dask_gateway_server/workqueue.py"),
    strip="dask-gateway-server/",
    stubs={"dask_gateway_server/__init__.py": "", "dask_gateway_server/backends/__init__.py": ""},
    # the clusters' token is ``sa.BINARY(140)``, a type PostgreSQL does not have (``type "binary" does
    # not exist``; the project runs on SQLite): bytea in the laid-out copy
    fixes={"dask_gateway_server/backends/db_base.py": ('sa.Column("token", sa.BINARY(140),',
                                                       'sa.Column("token", sa.LargeBinary(140),')},
    stub_roots=("*",),
    metadata="dask_gateway_server.backends.db_base:metadata",
    imports=("dask_gateway_server.backends.db_base",),
    models="dask_gateway_server/backends",
    line_length=88,
    drift=(
        "ALTER TABLE clusters RENAME COLUMN api_address TO api_url",
        "ALTER TABLE clusters ALTER COLUMN username TYPE varchar(512)",
        "ALTER TABLE clusters ALTER COLUMN stop_time SET NOT NULL",
        "ALTER TABLE clusters ADD COLUMN project varchar(64)",
        "CREATE INDEX ix_workers_name ON workers (name)",
        "COMMENT ON COLUMN clusters.token IS 'the API token of the cluster, encrypted'",
        "ALTER TABLE workers ALTER COLUMN close_expected SET DEFAULT 0",
        "ALTER TABLE clusters DROP COLUMN dashboard_address",
        "CREATE TABLE cluster_events (id serial PRIMARY KEY, cluster_id integer NOT NULL REFERENCES clusters (id),"
        " kind varchar(32) NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE workers RENAME TO cluster_workers",
    ),
    dropped=("clusters.dashboard_address",),
)
