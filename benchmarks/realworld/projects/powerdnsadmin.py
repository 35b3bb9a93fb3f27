"""PowerDNS-Admin/PowerDNS-Admin: Flask-SQLAlchemy 3.1 on SQLAlchemy 2.0, one module per model,
table names that Flask-SQLAlchemy makes from the class names (``class DomainSetting`` ->
``domain_setting``) beside explicit ones, a ``db.Table`` association table with a
``db.Index`` of column names, ``index=True, unique=True`` columns, plain helper classes among the
models (``class Record(object)``). The application's ``lib`` package is a stub."""

from recipe import Recipe

RECIPE = Recipe(
    name="powerdnsadmin",
    repo="PowerDNS-Admin/PowerDNS-Admin",
    style="Flask-SQLAlchemy 3, table names from class names",
    files=("powerdnsadmin/models/*.py",),
    stubs={"powerdnsadmin/__init__.py": ""},
    stub_roots=("*",),
    metadata="powerdnsadmin.models.base:db.metadata",
    imports=("powerdnsadmin/models/*.py",),
    models="powerdnsadmin/models",
    probe_packages=("sqlalchemy==2.0.51", "flask==3.1.3", "flask-sqlalchemy==3.1.1", "flask-login",
                    "bcrypt", "psycopg2-binary", "alembic==1.18.5"),
    drift=(
        "ALTER TABLE \"user\" RENAME COLUMN firstname TO first_name",
        "ALTER TABLE domain ALTER COLUMN master TYPE varchar(255)",
        "ALTER TABLE setting ALTER COLUMN value SET NOT NULL",
        "ALTER TABLE role ADD COLUMN created_at timestamp NOT NULL DEFAULT now()",
        "CREATE INDEX ix_domain_account_id ON domain (account_id)",
        "COMMENT ON COLUMN domain.serial IS 'the SOA serial'",
        "ALTER TABLE \"user\" DROP COLUMN otp_last_used",
        "ALTER TABLE \"user\" ALTER COLUMN confirmed SET DEFAULT 0",
        "CREATE TABLE domain_note (id serial PRIMARY KEY, domain_id integer NOT NULL REFERENCES domain (id)"
        " ON DELETE CASCADE, note text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE domain RENAME TO domain_v2",
    ),
    dropped=("user.otp_last_used",),
)
