"""openclimatefix/pvsite-datamodel (Open Climate Fix's site-level solar/wind forecasting database, shared
by its site API and forecasters: sites, clients, site groups and their users, inverters, generation
readings, forecasts and their values, ML models, status and an API request log) - 13 tables of
classic ``sa.Column`` declarative classes on a bare ``declarative_base()``, all in one
``sqlmodels.py``, every class beside a ``CreatedMixin`` whose plain (not ``declared_attr``)
``created_utc`` column has a Python-side ``default=lambda: datetime.utcnow()``. PostgreSQL-only:
``UUID(as_uuid=True)`` keys with ``default=uuid.uuid4`` beside bare ``UUID`` keys with
``server_default=sa.func.gen_random_uuid()``, a ``JSONB`` snapshot column, a named ``Enum`` whose
``server_default`` is a member's ``.name``, a column comment on most columns, named composite
``UniqueConstraint``\\ s and ``Index``\\ es in ``__table_args__``. The unusual parts: a misspelled
``__tables_args__`` (its ``UniqueConstraint`` never reaches the table; the column's own
``unique=True`` does), a non-key ``autoincrement=True`` integer (no sequence is made),
``Mapped[List[...]]``-annotated ``relationship``\\ s beside unannotated ``sa.Column``\\ s, a string
``secondary="site_group_sites"`` naming a mapped class's table. The package's ``__init__`` (which
imports the read/write helpers, pandas) is an empty stand-in of our own."""

from recipe import Recipe

RECIPE = Recipe(
    name="pvsite_datamodel",
    repo="openclimatefix/pvsite-datamodel",
    style="classic sa.Column with a plain-column mixin, UUID func.gen_random_uuid(), JSONB, comments",
    files=("pvsite_datamodel/sqlmodels.py",),
    stubs={"pvsite_datamodel/__init__.py": ""},
    metadata="pvsite_datamodel.sqlmodels:Base.metadata",
    imports=("pvsite_datamodel.sqlmodels",),
    models="pvsite_datamodel",
    line_length=100,
    drift=(
        "ALTER TABLE sites RENAME COLUMN dno TO network_operator",
        "ALTER TABLE clients ALTER COLUMN client_name TYPE varchar(128)",
        "ALTER TABLE inverters ADD COLUMN serial_number varchar(64)",
        "ALTER TABLE status ALTER COLUMN status SET NOT NULL",
        "CREATE INDEX ix_generation_site_uuid_end_utc ON generation (site_uuid, end_utc)",
        "COMMENT ON COLUMN ml_model.version IS 'semantic version of the trained model'",
        "ALTER TABLE site_groups ALTER COLUMN service_level SET DEFAULT 0",
        "ALTER TABLE sites DROP COLUMN gsp",
        "CREATE TABLE site_alerts (alert_uuid uuid PRIMARY KEY DEFAULT gen_random_uuid(),"
        " site_uuid uuid NOT NULL REFERENCES sites (site_uuid) ON DELETE CASCADE,"
        " raised_utc timestamp without time zone NOT NULL DEFAULT now(), message text)",
        "ALTER TABLE api_request ALTER COLUMN url TYPE varchar(2048)",
        "ALTER TABLE ml_model ALTER COLUMN description DROP DEFAULT",
        "COMMENT ON TABLE sites_history IS 'one row per change of a site'",
        "ALTER TABLE status RENAME TO service_status",
    ),
    dropped=("sites.gsp",),
)
