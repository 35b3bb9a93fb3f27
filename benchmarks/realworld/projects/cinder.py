"""openstack/cinder: 35 tables in one module, classic declarative on ``BASE`` plus a base of its
own on oslo.db's mixins (read from the installed library, ``pip install oslo.db`` where this runs),
a self-referencing foreign key to the column defined just above (``specs_id = sa.Column(
sa.String(36), sa.ForeignKey(id))``), ``column_property`` and ``expression`` defaults, attributes
with a leading underscore mapped to other names (``_name_id``). oslo.config and the rest of cinder
are stubs."""

from recipe import Recipe

RECIPE = Recipe(
    name="cinder",
    repo="openstack/cinder",
    style="classic declarative, a foreign key to a column of the class body",
    files=("cinder/db/models.py",),
    stubs={"cinder/__init__.py": "", "cinder/db/__init__.py": ""},
    stub_roots=("*",),
    metadata="cinder.db.models:BASE.metadata",
    imports=("cinder.db.models",),
    models="cinder/db",
    line_length=79,
    drift=(
        "ALTER TABLE volumes RENAME COLUMN display_description TO description",
        "ALTER TABLE messages ALTER COLUMN detail_id TYPE varchar(64)",
        "ALTER TABLE backups ALTER COLUMN container SET NOT NULL",
        "ALTER TABLE snapshots ADD COLUMN encryption_format varchar(36)",
        "CREATE INDEX ix_volume_attachment_instance_uuid ON volume_attachment (instance_uuid)",
        "COMMENT ON COLUMN volumes.host IS 'backend host@backend#pool'",
        "ALTER TABLE quality_of_service_specs DROP CONSTRAINT quality_of_service_specs_specs_id_fkey",
        "ALTER TABLE quality_of_service_specs ADD FOREIGN KEY (specs_id) REFERENCES quality_of_service_specs (id)"
        " ON DELETE CASCADE",
        "ALTER TABLE quotas ALTER COLUMN hard_limit SET DEFAULT 0",
        "ALTER TABLE transfers DROP COLUMN expires_at",
        "CREATE TABLE volume_notes (id serial PRIMARY KEY, volume_id varchar(36) NOT NULL REFERENCES volumes (id),"
        " body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE volumes RENAME TO volumes_v2",
    ),
    dropped=("transfers.expires_at",),
)
