"""benzakalexey/magnit (a weighbridge and pass system for waste polygons, in the "classic" hexagonal
layout): 25 SQLAlchemy Core ``Table(...)`` objects on one ``MetaData(naming_convention=...,
schema="app")`` (every table in schema ``app`` through the metadata, none naming it; the index
template ``ix_%(column_0_label)s``), mapped at import time by ``registry().map_imperatively`` in a
separate module onto plain ``@dataclass`` entities, with ``properties={...}`` of relationships
(``backref(...)``, ``secondary=`` a Table object, ``foreign_keys=[tables.visits.c.operator_in_id]``,
``order_by='desc(entities.PartnerDetails.added_at)'`` strings). Most keys are ``ForeignKey(users.c.id)``
of a Column object with no type of their own (the type is the target's); a few are strings without
the schema (``ForeignKey('polygons.id')``, found through the metadata's schema). Russian column and
table comments, ``Enum(UserRole)`` of Python enums. SQLAlchemy 1.4, as the project pins."""

from recipe import Recipe

RECIPE = Recipe(
    name="magnit",
    repo="benzakalexey/magnit",
    style="Core Tables in a metadata schema, naming convention, imperative mapping at import",
    files=("components/backend/magnit/adapters/database/tables.py",
           "components/backend/magnit/adapters/database/mapping.py",
           "components/backend/magnit/application/entities.py",
           "components/backend/magnit/application/constants.py"),
    strip="components/backend/",
    metadata="magnit.adapters.database.tables:metadata",
    imports=("magnit.adapters.database.mapping",),
    models="magnit/adapters/database",
    line_length=80,  # its .editorconfig's max_line_length for *.py (yapf, no column_limit of its own)
    schemas=("app",),
    prelude=("CREATE SCHEMA app",),
    probe_packages=("sqlalchemy==1.4.54", "psycopg2-binary", "alembic==1.13.3"),
    drift=(
        "ALTER TABLE app.driver_details RENAME COLUMN license TO license_number",
        "ALTER TABLE app.polygons ALTER COLUMN object_id SET NOT NULL",
        "CREATE TABLE app.truck_inspections (id serial PRIMARY KEY,"
        " truck_id integer NOT NULL REFERENCES app.trucks (id) ON DELETE CASCADE,"
        " inspected_at timestamp NOT NULL, passed boolean NOT NULL DEFAULT true)",
        "ALTER TABLE app.partners ALTER COLUMN inn TYPE varchar(12)",
        "ALTER TABLE app.partner_details DROP COLUMN correspondent_account",
        "CREATE INDEX ix_visits_polygon_id ON app.visits (polygon_id)",
        "COMMENT ON COLUMN app.trucks.tara IS 'empty weight, kg'",
        "ALTER TABLE app.permissions ALTER COLUMN is_active SET DEFAULT true",
        "ALTER TABLE app.visits ADD COLUMN note text",
        "COMMENT ON TABLE app.trailers IS 'trailers a permission may name'",
        "ALTER TABLE app.users ALTER COLUMN is_active SET NOT NULL",
        "ALTER TABLE app.services_price ALTER COLUMN price TYPE numeric(12, 2)",
        "ALTER TABLE app.waste_type RENAME TO waste_types",
    ),
    dropped=("partner_details.correspondent_account",),
    note=("after the waste_type rename, create_all from the edited tables names its primary key and contracts' "
          "foreign key to it after the new name; the new table's primary key is pk_truck_inspections, not "
          "the database's truck_inspections_pkey (checks cannot see it)"),
)
