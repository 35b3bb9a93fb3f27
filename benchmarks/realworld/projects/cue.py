"""openstack/cue (message-broker provisioning, retired; its last tree before the retirement):
classic declarative on ``declarative_base(cls=CueBase)`` over oslo.db's ``ModelBase`` and
``TimestampMixin`` (read from the installed library), the project's ``IdMixin`` (a UUID key with a
Python-side lambda default) and ``SoftDeleteMixin``, a ``load_dialect_impl`` UUID ``TypeDecorator``
(``types.UUID()``), a composite key of the mixin's ``id`` and a foreign key, ``sa.Column('name',
...)`` with the name repeated, and ``sa.Index(...)`` calls in class bodies that are assigned to
nothing (no table gets them; one names a column its table does not have)."""

from recipe import Recipe

RECIPE = Recipe(
    name="cue",
    repo="openstack/cue",
    ref="HEAD~1",  # the last commit retired the repository (no files)
    style="classic declarative, oslo.db base, UUID TypeDecorator, unassigned Index calls in class bodies",
    files=("cue/db/sqlalchemy/models.py", "cue/db/sqlalchemy/base.py", "cue/db/sqlalchemy/types.py"),
    stubs={"cue/__init__.py": "", "cue/db/__init__.py": "", "cue/db/sqlalchemy/__init__.py": ""},
    stub_roots=("*",),
    metadata="cue.db.sqlalchemy.base:BASE.metadata",
    imports=("cue.db.sqlalchemy.models",),
    models="cue/db/sqlalchemy",
    line_length=79,
    drift=(
        "ALTER TABLE clusters RENAME COLUMN error_detail TO error_details",
        "ALTER TABLE nodes ALTER COLUMN management_ip TYPE varchar(64)",
        "ALTER TABLE nodes ALTER COLUMN instance_id SET NOT NULL",
        "ALTER TABLE broker ADD COLUMN description varchar(255)",
        "CREATE INDEX ix_clusters_project_id ON clusters (project_id)",
        "COMMENT ON COLUMN clusters.name IS 'given by the tenant'",
        "ALTER TABLE clusters ALTER COLUMN volume_size SET DEFAULT 1",
        "ALTER TABLE clusters DROP COLUMN group_id",
        "CREATE TABLE cluster_notes (id serial PRIMARY KEY, cluster_id uuid NOT NULL REFERENCES clusters (id),"
        " body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE endpoints RENAME TO node_endpoints",
    ),
    dropped=("clusters.group_id",),
)
