"""OpenEnergyPlatform/open-MaStR (a downloader and database of Germany's Marktstammdatenregister, the
federal register of every power and gas unit, market actor, grid and location, kept by the Reiner Lemoine
Institut and OFFIS for energy-system research): one module of about 40 tables (``open_mastr/utils/orm.py``)
mirroring the register's bulk-export XML. SQLAlchemy 2.0's ``DeclarativeBase`` with classic ``Column``
attributes, and the unusual parts: the column attributes are the register's own CamelCase German field
names (``EinheitMastrNummer``, ``DatumLetzteAktualisierung``, ``Hausnummer_nv``), so every column is a
quoted mixed-case identifier in PostgreSQL, beside a few lower-case ones (``id``, ``request_date``) and
lower-case table names; plain-``object`` mixins carry most columns, the *primary key* included (``Extended``
gives the ~60 columns and the ``EinheitMastrNummer`` key of the eight technology tables, ``Eeg`` the
``EegMastrNummer`` key of six subsidy tables, ``ParentAllTables`` two bookkeeping columns of nearly every
table), listed before ``Base`` in the bases (``class WindExtended(Extended, ParentAllTables, Base)``), with
a subclass re-declaring columns a mixin gives; named ``Sequence``\\ s on integer keys,
``default=func.now()``, ``DateTime(timezone=True)``, a ``JSON`` column; no foreign key at all. The module
imports nothing of the application; the package ``__init__`` modules (the downloader) are ours."""

from recipe import Recipe

RECIPE = Recipe(
    name="open_mastr",
    repo="OpenEnergyPlatform/open-MaStR",
    style="2.0 DeclarativeBase + Column, CamelCase quoted column names, primary keys from plain mixins",
    files=("open_mastr/utils/orm.py",),
    stubs={"open_mastr/__init__.py": "", "open_mastr/utils/__init__.py": ""},
    metadata="open_mastr.utils.orm:Base.metadata",
    imports=("open_mastr.utils.orm",),
    models="open_mastr/utils",
    line_length=88,  # black in its pre-commit hooks, default settings (its .flake8 allows 100)
    drift=(
        "ALTER TABLE grids RENAME COLUMN \"KundenAngeschlossen\" TO \"KundenAngeschlossenAnzahl\"",
        "ALTER TABLE wind_extended ALTER COLUMN \"DatumDownload\" SET NOT NULL",
        "CREATE TABLE unit_comments (id serial PRIMARY KEY,"
        " \"EinheitMastrNummer\" varchar NOT NULL REFERENCES basic_units (\"EinheitMastrNummer\") ON DELETE CASCADE,"
        " \"Kommentar\" text NOT NULL, \"Erstellt\" timestamptz NOT NULL DEFAULT now(),"
        " UNIQUE (\"EinheitMastrNummer\", \"Erstellt\"))",
        "ALTER TABLE grid_connections ALTER COLUMN \"BilanzierungsgebietNetzanschlusspunktId\" TYPE bigint",
        "ALTER TABLE market_actors DROP COLUMN \"Fax_nv\"",
        "CREATE INDEX ix_solar_extended_postleitzahl ON solar_extended (\"Postleitzahl\")",
        "COMMENT ON COLUMN storage_units.\"NutzbareSpeicherkapazitaet\" IS 'usable storage capacity, kWh'",
        "ALTER TABLE additional_data_requested ALTER COLUMN request_date SET DEFAULT now()",
        "ALTER TABLE locations_basic ADD COLUMN \"Netzbetreiber\" varchar(50)",
        "ALTER TABLE nuclear_extended RENAME COLUMN \"Weic\" TO \"WeicCode\"",
        "COMMENT ON TABLE deleted_units IS 'units deleted or deactivated in the register'",
        "ALTER TABLE retrofit_units ALTER COLUMN \"ErtuechtigungIstZulassungspflichtig\" SET DEFAULT false",
        "ALTER TABLE basic_units RENAME TO units_basic",
    ),
    dropped=("market_actors.Fax_nv",),
)
