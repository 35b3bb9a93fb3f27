"""alphagov/digitalmarketplace-api: Flask-SQLAlchemy 2 on SQLAlchemy 1.3, ``db.Column`` classes in
one 2,000-line ``models/main.py`` and three smaller modules, gathered by star imports; a
``db`` made with a naming convention, a
``JSON`` subclass of PostgreSQL's, ``JSONB`` with a mutable wrapper, a service mixin with a
computed ``__table_args__`` (a partial unique index and a foreign key named from
``cls.__tablename__``), a composite foreign key whose targets are the class body's own columns
(``ForeignKeyConstraint([supplier_id, prefill_...], [supplier_id, framework_id])``), check
constraints written as Python (``or_``, ``case``, ``is_(None) == is_(None)``), expression indexes
on JSON keys, a ``Sequence``-backed id, ``server_default=sql_true()``, hybrid properties and
validators. The application's other modules (dmutils, dmapiclient, configuration) are permissive
stubs. It showed two misreadings: the composite foreign key to the table's own columns was not
compared ("names no column of a class body the reader can follow"), and the mixin's composite keys,
which the computed ``__table_args__`` hides, were four tasks for a person where nothing had drifted
(a key such items may declare is a note now, as an index was)."""

from recipe import Recipe

RECIPE = Recipe(
    name="digitalmarketplace",
    repo="alphagov/digitalmarketplace-api",
    style="Flask-SQLAlchemy 2, one big models module, naming convention, composite self keys",
    files=("app/__init__.py", "app/models/*.py", "app/utils.py", "app/encryption.py"),
    # the date format a class attribute parses at import (of our own)
    stubs={"dmutils/__init__.py": "",
           "dmutils/formats.py": ('DATETIME_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"\nDATE_FORMAT = "%Y-%m-%d"\n\n\n'
                                  "def __getattr__(name):\n    return lambda *args, **kwargs: None\n")},
    # the naming convention names three composite keys as it names the key of their first column
    # alone, and CREATE TABLE fails (the project's migrations name them): foreign keys are named
    # with their target table too here
    fixes={"app/__init__.py": ('"fk": "%(table_name)s_%(column_0_name)s_fkey"',
                               '"fk": "%(table_name)s_%(column_0_name)s_%(referred_table_name)s_fkey"')},
    stub_roots=("*",),
    metadata="app:db.metadata",
    imports=("app.models",),
    models="app/models",
    probe_packages=("sqlalchemy==1.3.24", "flask-sqlalchemy==2.5.1", "flask==1.1.4", "werkzeug==1.0.1",
                    "jinja2==2.11.3", "markupsafe==2.0.1", "itsdangerous==1.1.0", "alembic==1.7.7",
                    "psycopg2-binary", "sqlalchemy-utils==0.37.9", "sqlalchemy-json==0.4.0"),
    drift=(
        "ALTER TABLE suppliers RENAME COLUMN description TO summary",
        "ALTER TABLE lots ALTER COLUMN name TYPE varchar(300)",
        "ALTER TABLE suppliers ALTER COLUMN duns_number SET NOT NULL",
        "ALTER TABLE frameworks ADD COLUMN region varchar(64)",
        "CREATE INDEX ix_lots_name ON lots (name)",
        "COMMENT ON COLUMN suppliers.name IS 'the registered company name'",
        "ALTER TABLE briefs DROP COLUMN is_a_copy",
        "ALTER TABLE lots ALTER COLUMN one_service_limit SET DEFAULT false",
        "CREATE TABLE media_backups (id serial PRIMARY KEY, supplier_id integer NOT NULL"
        " REFERENCES suppliers (supplier_id), created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE brief_users RENAME TO brief_members",
    ),
    dropped=("briefs.is_a_copy",),
)
