"""RedHatInsights/insights-host-inventory: Flask-SQLAlchemy 3 on SQLAlchemy 2, every table in a
schema of its own (``{"schema": INVENTORY_SCHEMA}`` in ``__table_args__``, the name read from the
environment, ``hbi`` by default) and composite foreign keys written as f-strings of that name
(``f"{INVENTORY_SCHEMA}.hosts.org_id"``); single-table inheritance without a discriminator (``Host``
adds columns to ``LimitedHost``'s ``hosts``); a mixin whose ``declared_attr`` ``__table_args__``
builds the primary key, the foreign key named from ``cls.__tablename__`` and the schema for six
application-data tables; ``Computed`` columns (a boolean of ``org_id IS NULL``, a ``jsonb_array_length``);
an expression index (``text("lower(name)")``); ``ARRAY(JSONB)``; a column whose Python name differs
from its database name (``type_column = db.Column(..., name="type")``); a Python-side default
computed at import (``_time_now() - timedelta(hours=1)``). The package's ``__init__`` (which
imports the marshmallow schemas and the profile normalizer) is left out; the configuration is
a stub of ours; the logging, cache and serialization modules import as permissive stubs."""

from recipe import Recipe

MODELS = ("database", "constants", "mixins", "utils", "group", "host", "host_app_data", "host_group_assoc",
          "host_inventory_metadata", "outbox", "staleness", "debezium_signal", "system_profile_static",
          "system_profile_dynamic", "views")

# the three names of the application's configuration the models use (ours)
CONFIG = '''ID_FACTS = ("provider_id", "subscription_manager_id", "insights_id")
CANONICAL_FACTS_FIELDS = ("insights_id", "subscription_manager_id", "satellite_id", "fqdn", "bios_uuid",
                          "ip_addresses", "mac_addresses", "provider_id", "provider_type")
DEFAULT_INSIGHTS_ID = "00000000-0000-0000-0000-000000000000"
'''

RECIPE = Recipe(
    name="host_inventory",
    repo="RedHatInsights/insights-host-inventory",
    style="Flask-SQLAlchemy 3, schema-qualified, declared_attr table args",
    files=tuple(f"app/models/{m}.py" for m in MODELS) + ("app/culling.py", "app/exceptions.py"),
    stubs={"app/__init__.py": "", "app/models/__init__.py": "", "app/config.py": CONFIG},
    stub_roots=("*",),
    prelude=("CREATE SCHEMA hbi",),
    schemas=("hbi",),
    metadata="app.models.database:db.metadata",
    imports=tuple(f"app.models.{m}" for m in MODELS),
    models="app/models",
    line_length=119,  # its pyproject's ruff setting
    made_at_import=("app.models.host_inventory_metadata.HostInventoryMetadata.last_succeeded",),
    drift=(
        "ALTER TABLE hbi.groups RENAME COLUMN account TO account_number",
        "ALTER TABLE hbi.hosts ALTER COLUMN display_name SET NOT NULL",
        "CREATE TABLE hbi.host_notes (id uuid PRIMARY KEY, org_id varchar(36) NOT NULL, host_id uuid NOT NULL,"
        " note text NOT NULL, created_on timestamptz NOT NULL DEFAULT now(),"
        " FOREIGN KEY (org_id, host_id) REFERENCES hbi.hosts (org_id, id) ON DELETE CASCADE)",
        "ALTER TABLE hbi.outbox ALTER COLUMN operation TYPE varchar(64)",
        "ALTER TABLE hbi.system_profiles_static DROP COLUMN katello_agent_running",
        "CREATE INDEX idx_hosts_last_check_in ON hbi.hosts (last_check_in)",
        "COMMENT ON COLUMN hbi.staleness.conventional_time_to_delete IS 'seconds of silence before a host is culled'",
        "ALTER TABLE hbi.inventory_views ALTER COLUMN org_wide SET DEFAULT false",
        "ALTER TABLE hbi.hosts_app_data_malware ADD COLUMN last_scan_status_detail text",
        "COMMENT ON TABLE hbi.outbox IS 'events for the Debezium connector'",
        "ALTER TABLE hbi.system_profiles_dynamic ALTER COLUMN captured_date SET NOT NULL",
        "ALTER TABLE hbi.hbi_metadata RENAME TO job_metadata",
    ),
    dropped=("system_profiles_static.katello_agent_running",),
)
