"""openstack/heat: classic declarative written through the full module name
(``sqlalchemy.Column(sqlalchemy.String(36), ...)``) on oslo.db's mixins (read from the installed
library, ``pip install oslo.db`` where this runs), plain-class mixins (``SoftDelete``,
``StateAware``), TypeDecorators of its own whose ``load_dialect_impl`` picks ``LONGTEXT`` on MySQL
and else returns ``self.impl`` (``LongText``, ``Json(LongText)``, ``List``), and a foreign key
whose target is a keyword (``sqlalchemy.ForeignKey(column='resource.id', ...)``)."""

from recipe import Recipe

RECIPE = Recipe(
    name="heat",
    repo="openstack/heat",
    style="classic declarative, dialect-picking TypeDecorators, keyword FK target",
    files=("heat/db/models.py", "heat/db/types.py"),
    stubs={"heat/__init__.py": "", "heat/db/__init__.py": ""},
    stub_roots=("*",),
    metadata="heat.db.models:BASE.metadata",
    imports=("heat.db.models",),
    models="heat/db",
    line_length=79,
    drift=(
        "ALTER TABLE stack RENAME COLUMN disable_rollback TO rollback_disabled",
        "ALTER TABLE event ALTER COLUMN physical_resource_id TYPE varchar(512)",
        'ALTER TABLE software_config ALTER COLUMN "group" SET NOT NULL',
        "ALTER TABLE service ADD COLUMN region varchar(255)",
        "CREATE INDEX ix_event_resource_name ON event (resource_name)",
        "COMMENT ON COLUMN stack.status_reason IS 'why the stack is in its status'",
        "ALTER TABLE resource_data DROP CONSTRAINT fk_resource_id",
        "ALTER TABLE resource_data ADD CONSTRAINT fk_resource_id FOREIGN KEY (resource_id) REFERENCES resource (id)"
        " ON DELETE SET NULL",
        "ALTER TABLE stack_lock ALTER COLUMN engine_id SET DEFAULT ''",
        "ALTER TABLE snapshot DROP COLUMN status_reason",
        "CREATE TABLE stack_note (id serial PRIMARY KEY, stack_id varchar(36) NOT NULL REFERENCES stack (id),"
        " body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE stack RENAME TO stack_v2",
    ),
    dropped=("snapshot.status_reason",),
)
