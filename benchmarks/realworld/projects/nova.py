"""openstack/nova: the main database's 30 tables in one module, classic declarative written
through ``sa.`` / ``orm.`` / ``schema.``, every class on ``BASE`` plus mixins from an installed
library (oslo.db's ``models.TimestampMixin`` / ``models.SoftDeleteMixin``: ``created_at``,
``updated_at``, ``deleted_at``, ``deleted``, read from the library where Python finds it,
``pip install oslo.db`` where this runs); a type made by a function of another module and called
through it (``types.MediumText()`` of ``nova.db.types``, ``Text().with_variant(MEDIUMTEXT(),
'mysql')``); TypeDecorators choosing INET on PostgreSQL; ``primaryjoin`` strings. ``nova.utils``
and the rest of nova are stubs."""

from recipe import Recipe

RECIPE = Recipe(
    name="nova",
    repo="openstack/nova",
    style="classic declarative on library mixins, type functions",
    files=("nova/db/main/models.py", "nova/db/types.py"),
    stubs={"nova/__init__.py": "", "nova/db/__init__.py": "", "nova/db/main/__init__.py": ""},
    stub_roots=("*",),
    metadata="nova.db.main.models:BASE.metadata",
    imports=("nova.db.main.models",),
    models="nova/db/main",
    line_length=79,
    drift=(
        "ALTER TABLE services RENAME COLUMN disabled_reason TO disabled_why",
        "ALTER TABLE instance_faults ALTER COLUMN message TYPE varchar(512)",
        "ALTER TABLE services ALTER COLUMN topic SET NOT NULL",
        "ALTER TABLE instances ADD COLUMN pinned_az varchar(255)",
        "CREATE INDEX ix_migrations_status ON migrations (status)",
        "COMMENT ON COLUMN instances.user_data IS 'base64 cloud-init payload'",
        "ALTER TABLE migrations DROP COLUMN old_instance_type_id",
        "ALTER TABLE services ALTER COLUMN report_count SET DEFAULT 0",
        "ALTER TABLE instance_faults ALTER COLUMN deleted SET NOT NULL",
        "CREATE TABLE instance_notes (id serial PRIMARY KEY, instance_uuid varchar(36) NOT NULL"
        " REFERENCES instances (uuid), created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE instances RENAME TO instances_v2",
    ),
    dropped=("migrations.old_instance_type_id",),
)
