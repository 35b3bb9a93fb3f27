"""openclimatefix/pv-site-datamodel (Open Climate Fix's PV site forecasts): classic ``sa.Column``
attributes beside 2.0 ``Mapped[list[...]] = relationship(...)`` annotations under ``from __future__
import annotations``, a ``CreatedMixin`` with a Python-side ``default=lambda: ...``, PostgreSQL
``UUID`` keys with ``server_default=sa.func.gen_random_uuid()``, native enums whose server default
is ``Enum.member.name``, ``sa.text`` defaults, a misspelt ``__tables_args__`` (ignored by SQLAlchemy,
so its constraint is not the table's)."""

from recipe import Recipe

RECIPE = Recipe(
    name="pvsite",
    repo="openclimatefix/pv-site-datamodel",
    style="classic Column beside Mapped relationships, UUID keys, native enums, SQLAlchemy 2.0",
    files=("src/pvsite_datamodel/sqlmodels.py",),
    strip="src/",
    metadata="pvsite_datamodel.sqlmodels:Base.metadata",
    imports=("pvsite_datamodel.sqlmodels",),
    models="pvsite_datamodel",
    drift=(
        "ALTER TABLE locations RENAME COLUMN client_location_name TO client_site_name",
        "ALTER TABLE clients ALTER COLUMN client_name TYPE varchar(300)",
        "ALTER TABLE status ALTER COLUMN status SET NOT NULL",
        "ALTER TABLE users ADD COLUMN locale varchar(16)",
        "CREATE INDEX ix_status_message ON status (message)",
        "COMMENT ON COLUMN inverters.location_uuid IS 'the site of the inverter'",
        "ALTER TABLE api_request DROP COLUMN url",
        "ALTER TABLE location_groups ALTER COLUMN service_level SET DEFAULT 0",
        "CREATE TABLE media_backups (id serial PRIMARY KEY, location_uuid uuid NOT NULL REFERENCES locations"
        " (location_uuid), created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE status RENAME TO statuses",
    ),
    dropped=("api_request.url",),
)
