"""openstack/tricircle (networking across several Neutron instances; retired: the last commit of master
removed the code, so the one before it is laid out): classic declarative on the project's own
``declarative.declarative_base()`` (``sqlalchemy.ext.declarative``) in ``tricircle/db/core.py``, classes
deriving from it and a ``DictBase`` mixin of ``attributes`` lists, with oslo.db's ``TimestampMixin``
(read from the installed library), every column named in its first argument
(``sql.Column('pod_id', sql.String(length=36), ...)``), ``schema.UniqueConstraint`` in
``__table_args__`` tuples, a variant key (``sql.BigInteger().with_variant(sql.Integer(), 'sqlite')``),
``server_default=sql.text('CURRENT_TIMESTAMP')``. The database module is laid out; what it imports and
is not installed (the project's exceptions) is a permissive stub."""

from recipe import Recipe

RECIPE = Recipe(
    name="tricircle",
    repo="openstack/tricircle",
    style="classic declarative on declarative_base() with oslo.db's mixin, columns named as strings",
    files=("tricircle/db/models.py", "tricircle/db/core.py"),
    stubs={"tricircle/__init__.py": "", "tricircle/db/__init__.py": ""},
    stub_roots=("*",),
    metadata="tricircle.db.core:ModelBase.metadata",
    imports=("tricircle.db.models",),
    models="tricircle/db",
    line_length=79,
    ref="8db8fb30f5757c46a953962d8c2133743cfffdb3",  # master's last commit with the code
    drift=(
        "ALTER TABLE pods RENAME COLUMN dc_name TO datacenter_name",
        "ALTER TABLE cached_endpoints ALTER COLUMN service_url TYPE varchar(1024)",
        "ALTER TABLE resource_routings ALTER COLUMN bottom_id TYPE varchar(64)",
        "ALTER TABLE async_jobs ALTER COLUMN project_id SET NOT NULL",
        "ALTER TABLE pods ADD COLUMN description varchar(255)",
        "CREATE INDEX ix_shadow_agents_pod_id ON shadow_agents (pod_id)",
        "COMMENT ON COLUMN resource_routings.top_id IS 'the id of the resource in the top pod'",
        "ALTER TABLE async_jobs ALTER COLUMN status SET DEFAULT 'New'",
        "ALTER TABLE pods DROP COLUMN pod_az_name",
        "CREATE TABLE pod_notes (id serial PRIMARY KEY, pod_id varchar(36) NOT NULL REFERENCES pods (pod_id),"
        " body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE recycle_resources RENAME TO recycled_resources",
    ),
    dropped=("pods.pod_az_name",),
    note="no enum in the drift: the models have none",
)
