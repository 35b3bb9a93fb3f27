"""openclimatefix/nowcasting_datamodel (Open Climate Fix's national solar forecasts): classic
declarative on two bases of one module (``Base_Forecast``, ``Base_PV``: two databases), a
``DeclarativeMeta`` subclass taking ``partition_by=`` as a class keyword that adds
``postgresql_partition_by`` to ``__table_args__``, monthly partition tables made at import by
``type(f"ForecastValueY{year}M{month}", (Mixin, Base), dict(__tablename__=f"...", ...))`` in a loop
(89 tables), ``Index(name, column.desc())`` as a bare statement in class bodies and after them,
``postgresql_where=Column("is_primary")``, a mixin with a ``declared_attr`` foreign key and a Python
``default=`` function reading the insert's context. The forecast database is the one laid out. It showed one misreading:
``Index("index_input_data", CreatedMixin.created_utc.desc())`` in a class body, given the mixin's own
column (which SQLAlchemy only copies into each table, so the index is attached to no table), was
taken for the class's index: an edit removing it where nothing had drifted."""

from recipe import Recipe

RECIPE = Recipe(
    name="nowcasting",
    repo="openclimatefix/nowcasting_datamodel",
    style="classic declarative, partitioned tables, partitions made with type(...) at import, two bases",
    files=("nowcasting_datamodel/models/*.py", "nowcasting_datamodel/utils.py", "nowcasting_datamodel/__init__.py"),
    stub_roots=("*",),
    metadata="nowcasting_datamodel.models.base:Base_Forecast.metadata",
    imports=("nowcasting_datamodel.models",),
    models="nowcasting_datamodel/models",
    drift=(
        "ALTER TABLE location RENAME COLUMN label TO location_label",
        "ALTER TABLE metric ALTER COLUMN name TYPE varchar(300)",
        "ALTER TABLE status ALTER COLUMN message SET NOT NULL",
        "ALTER TABLE model ADD COLUMN locale varchar(16)",
        "CREATE INDEX ix_metric_description ON metric (description)",
        "COMMENT ON COLUMN metric.name IS 'what is measured'",
        "ALTER TABLE status DROP COLUMN status",
        "ALTER TABLE forecast ALTER COLUMN historic SET DEFAULT false",
        "CREATE TABLE media_backups (id serial PRIMARY KEY, forecast_id integer NOT NULL REFERENCES forecast (id),"
        " created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE input_data_last_updated RENAME TO input_data_updates",
    ),
    dropped=("status.status",),
)
