"""openstack/placement: classic declarative on ``orm.declarative_base(cls=_Base)`` where ``_Base``
takes oslo.db's ``models.ModelBase`` and ``models.TimestampMixin`` (read from the installed
library, ``pip install oslo.db`` where this runs), relationships joined by ``primaryjoin``
strings and ``foreign_keys=`` a column of the class with no foreign key, composite primary keys,
``Unicode`` beside ``String``, ``server_default="0"`` with a Python ``default=0``."""

from recipe import Recipe

RECIPE = Recipe(
    name="placement",
    repo="openstack/placement",
    style="classic declarative, oslo.db mixins on the base, relationships without foreign keys",
    files=("placement/db/sqlalchemy/models.py",),
    stubs={"placement/__init__.py": "", "placement/db/__init__.py": "", "placement/db/sqlalchemy/__init__.py": ""},
    stub_roots=("*",),
    metadata="placement.db.sqlalchemy.models:BASE.metadata",
    imports=("placement.db.sqlalchemy.models",),
    models="placement/db/sqlalchemy",
    line_length=79,
    drift=(
        "ALTER TABLE consumers RENAME COLUMN generation TO consumer_generation",
        "ALTER TABLE resource_classes ALTER COLUMN name TYPE varchar(512)",
        "ALTER TABLE placement_aggregates ALTER COLUMN uuid SET NOT NULL",
        "ALTER TABLE resource_providers ADD COLUMN region varchar(255)",
        "CREATE INDEX ix_allocations_used ON allocations (used)",
        "COMMENT ON COLUMN inventories.reserved IS 'held back from allocations'",
        "ALTER TABLE inventories ALTER COLUMN step_size SET DEFAULT 1",
        "ALTER TABLE inventories DROP COLUMN max_unit",
        "CREATE TABLE provider_notes (id serial PRIMARY KEY, resource_provider_id integer NOT NULL"
        " REFERENCES resource_providers (id), body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE resource_providers RENAME TO resource_providers_v2",
    ),
    dropped=("inventories.max_unit",),
)
