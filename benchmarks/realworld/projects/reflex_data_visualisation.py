"""reflex-dev/reflex-examples, its data_visualisation app (CSV, Excel and JSON data sets loaded into
tables and charted, on Reflex): ``rx.Model`` tables (SQLModel under Reflex's base, which gives
every table an ``int`` ``id`` key; ``import reflex as rx``) named after their classes, every field
a bare ``str`` (unsized ``AutoString`` columns, NOT NULL), some named in camelCase as the data sets
are (``landAreaKm``, ``growthRate``: quoted identifiers in PostgreSQL). Reflex 0.8 (the app's
``reflex>=0.8.0``) runs SQLModel on pydantic 1 (its ``pydantic.v1`` shim), so the probe does
(SQLModel 0.0.24, pydantic 1.10); ``reflex`` is a stub of ours."""

from recipe import REFLEX_MODEL, Recipe

RECIPE = Recipe(
    name="reflex_data_visualisation",
    repo="reflex-dev/reflex-examples",
    style="SQLModel on rx.Model, str fields only, camelCase columns",
    files=("data_visualisation/data_visualisation/models.py",),
    strip="data_visualisation/",
    stubs={"reflex/__init__.py": REFLEX_MODEL},
    metadata="sqlmodel:SQLModel.metadata",
    imports=("data_visualisation.models",),
    models="data_visualisation",
    probe_packages=("sqlmodel==0.0.24", "pydantic==1.10.26", "sqlalchemy==2.0.51", "alembic==1.18.5",
                    "psycopg2-binary"),
    drift=(
        "ALTER TABLE customer RENAME COLUMN phone TO phone_number",
        "ALTER TABLE countries RENAME COLUMN \"netChange\" TO net_change",
        "ALTER TABLE cereals ALTER COLUMN name TYPE varchar(120)",
        "ALTER TABLE covid ALTER COLUMN zone DROP NOT NULL",  # every column is NOT NULL already
        "ALTER TABLE customer ADD COLUMN created_on date",
        "CREATE INDEX ix_countries_cca3 ON countries (cca3)",
        "COMMENT ON COLUMN countries.\"landAreaKm\" IS 'square kilometres'",
        "ALTER TABLE cereals ALTER COLUMN shelf SET DEFAULT '1'",
        "ALTER TABLE covid DROP COLUMN discharge_avg",
        "CREATE TABLE customer_order (id serial PRIMARY KEY, customer_id integer NOT NULL REFERENCES customer (id),"
        " total numeric(10, 2) NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE countries RENAME TO country",
    ),
    dropped=("covid.discharge_avg",),
)
