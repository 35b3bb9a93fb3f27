"""spiral-project/ihatemoney: Flask-SQLAlchemy with SQLAlchemy-Continuum versioning: a module-level
``make_versioned(...)`` and ``__versioned__ = {}`` on three classes, so that configuring the mappers
adds a ``*_version`` table for each of them (and for the association table their relationships use)
and a ``transaction`` table; an ``Enum`` of a ``FormEnum`` class with a server default computed from
it (``LoggingMode.default().name``), a ``db.Table`` association table. The package's ``__init__`` is
empty; the web, mail and currency services are stubs."""

from recipe import Recipe

RECIPE = Recipe(
    name="ihatemoney",
    repo="spiral-project/ihatemoney",
    style="Flask-SQLAlchemy, SQLAlchemy-Continuum",
    files=("ihatemoney/models.py", "ihatemoney/versioning.py", "ihatemoney/utils.py",
           "ihatemoney/monkeypath_continuum.py", "ihatemoney/currency_convertor.py"),
    stubs={"ihatemoney/__init__.py": ""},
    stub_roots=("*",),
    metadata="ihatemoney.models:db.metadata",
    imports=("ihatemoney.models",),
    models="ihatemoney",
    line_length=88,
    probe_packages=("sqlalchemy==2.0.51", "flask==3.1.3", "flask-sqlalchemy==3.1.1", "alembic==1.18.5",
                    "psycopg2-binary", "sqlalchemy-continuum==1.5.2"),
    # as a team's migration does, each change of a versioned table is made on its version table too
    drift=(
        "ALTER TABLE person RENAME COLUMN weight TO share",
        "ALTER TABLE person_version RENAME COLUMN weight TO share",
        "ALTER TABLE project ALTER COLUMN contact_email TYPE varchar(254)",
        "ALTER TABLE project_version ALTER COLUMN contact_email TYPE varchar(254)",
        "ALTER TABLE bill ALTER COLUMN what SET NOT NULL",
        "ALTER TABLE archive ADD COLUMN note text",
        "CREATE INDEX ix_bill_date ON bill (date)",
        "CREATE INDEX ix_bill_version_date ON bill_version (date)",
        "COMMENT ON COLUMN project.default_currency IS 'ISO 4217 code'",
        "COMMENT ON COLUMN project_version.default_currency IS 'ISO 4217 code'",
        "ALTER TABLE bill DROP COLUMN external_link",
        "ALTER TABLE bill_version DROP COLUMN external_link",
        "ALTER TABLE person ALTER COLUMN activated SET DEFAULT true",
        "ALTER TABLE person_version ALTER COLUMN activated SET DEFAULT true",
        "CREATE TABLE reminder (id serial PRIMARY KEY, project_id varchar(64) NOT NULL REFERENCES project (id),"
        " sent_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE project RENAME TO project_v2",
        "ALTER TABLE project_version RENAME TO project_v2_version",
        # Continuum names the version table's indexes after it: the migration renames them too
        *(f"ALTER INDEX ix_project_version_{c} RENAME TO ix_project_v2_version_{c}"
          for c in ("transaction_id", "end_transaction_id", "operation_type")),
    ),
    dropped=("bill.external_link", "bill_version.external_link"),
)
