"""openstack/venus (log management for OpenStack): classic declarative, two modules each with a
``BASE = declarative_base()`` of its own (so two ``MetaData``), beside an unmapped ``VenusBase`` of
oslo.db's mixins that each module defines again, string keys, a column named ``desc``. One stub of ours
gathers both metadatas for ``create_all`` and Alembic."""

from recipe import Recipe

BOTH = """from sqlalchemy import MetaData

from venus.modules.anomaly_detect.backends import models as anomaly_detect
from venus.modules.custom_config.backends import models as custom_config

metadata = MetaData()
for base in (anomaly_detect.BASE, custom_config.BASE):
    for table in base.metadata.sorted_tables:
        table.to_metadata(metadata)
"""

RECIPE = Recipe(
    name="venus",
    repo="openstack/venus",
    style="classic declarative, two bases with their own MetaData",
    files=("venus/modules/anomaly_detect/backends/models.py", "venus/modules/custom_config/backends/models.py"),
    stubs={"venus_metadata.py": BOTH},
    stub_roots=("*",),
    metadata="venus_metadata:metadata",
    imports=("venus.modules.anomaly_detect.backends.models", "venus.modules.custom_config.backends.models"),
    models="venus/modules",
    line_length=79,
    drift=(
        'ALTER TABLE t_mo_anomaly_rules RENAME COLUMN "desc" TO description',
        "ALTER TABLE t_mo_anomaly_records ALTER COLUMN logs TYPE text",
        "ALTER TABLE t_mo_custom_config ALTER COLUMN value SET NOT NULL",
        "ALTER TABLE t_mo_anomaly_rules ADD COLUMN severity varchar(32)",
        "CREATE INDEX ix_t_mo_anomaly_records_start_time ON t_mo_anomaly_records (start_time)",
        "COMMENT ON COLUMN t_mo_anomaly_rules.keyword IS 'matched against each log line'",
        "ALTER TABLE t_mo_anomaly_rules ALTER COLUMN flag SET DEFAULT 1",
        "ALTER TABLE t_mo_anomaly_records DROP COLUMN module",
        "CREATE TABLE t_mo_anomaly_notes (id serial PRIMARY KEY, rule_id varchar(64) NOT NULL"
        " REFERENCES t_mo_anomaly_rules (id), body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE t_mo_custom_config RENAME TO t_mo_custom_configs",
    ),
    dropped=("t_mo_anomaly_records.module",),
)
