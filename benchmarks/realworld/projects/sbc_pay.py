"""bcgov/sbc-pay (pay-api): Flask-SQLAlchemy 3.1 on SQLAlchemy 2.0, ``db.Column`` classic style, one
module per table (about 55). Nearly every class lists its mapped attributes in
``__mapper_args__ = {"include_properties": [...]}`` (so a column added to the table and not to the
list stays unmapped); an abstract ``Audit`` base with plain columns and ``declared_attr`` columns
whose Python-side defaults / onupdate are static methods of the mixin (``cls._get_user_name``); a
``CodeTable`` plain mixin of class methods; ``db.Column("name", ...)`` with the column name repeated
as the first argument; a column of ``StringEncryptedType`` built in a ``declared_attr``; string
``ForeignKey("table.column")`` targets across modules; ``__table_args__`` with a named unique
constraint. ``sql_versioning`` (bcgov's history-table mixin, installed from git, not on PyPI) is a
stub of ours: a plain ``Versioned`` mixin, no history tables. It showed three misbehaviours, mended
since: a new table went to the module of ``InvoiceCompositeModel(Invoice)`` (single-table
inheritance, a module of searches without ``db.Model`` in it), and the models no longer imported;
a column added to a class was left out of its ``include_properties`` (in the table, never mapped);
and a change of ``created_name``, which ``Audit``'s ``declared_attr`` makes for each class
(``default=cls._get_name``), was planned as an override that apply always refused. That change is a
person's (the plan now says so), and it is no longer in the drift: Alembic would see it undone."""

from recipe import Recipe

SQL_VERSIONING = '''"""Stand-in for bcgov's sql_versioning (ours): the mixin and the session hook, inert."""


class Versioned:
    pass


def versioned_session(session):
    return session
'''

RECIPE = Recipe(
    name="sbc_pay",
    repo="bcgov/sbc-pay",
    style="Flask-SQLAlchemy, include_properties + audit mixin",
    files=("pay-api/src/pay_api/models/*.py", "pay-api/src/pay_api/models/search/*.py",
           "pay-api/src/pay_api/utils/enums.py", "pay-api/src/pay_api/utils/constants.py",
           "pay-api/src/pay_api/utils/user_context.py"),
    strip="pay-api/src/",
    stubs={"pay_api/__init__.py": "", "sql_versioning/__init__.py": SQL_VERSIONING},
    # the model keys credits.cfs_site to cfs_accounts.cfs_site, which is not unique (PostgreSQL refuses the
    # key; the project's migration adds the column without one): the laid-out copy has no key there
    fixes={"pay_api/models/credit.py": ('db.Column(db.String(50), ForeignKey("cfs_accounts.cfs_site"), nullable=True)',
                                        "db.Column(db.String(50), nullable=True)")},
    stub_roots=("*",),
    metadata="pay_api.models.db:db.metadata",
    imports=("pay_api.models",),
    models="pay_api/models",
    probe_packages=("sqlalchemy==2.0.51", "flask==3.1.3", "flask-sqlalchemy==3.1.1", "alembic==1.18.5",
                    "psycopg2-binary", "marshmallow==3.21.1", "marshmallow-sqlalchemy==1.0.0",
                    "flask-marshmallow==1.2.0", "sqlalchemy-utils==0.41.2", "cryptography", "attrs", "pytz",
                    "python-dateutil"),
    line_length=120,  # pay-api/pyproject.toml's ruff line-length
    drift=(
        "ALTER TABLE payment_accounts RENAME COLUMN branch_name TO branch",
        "ALTER TABLE invoices ALTER COLUMN business_identifier SET NOT NULL",
        "CREATE TABLE invoice_notes (id serial PRIMARY KEY,"
        " invoice_id integer NOT NULL REFERENCES invoices (id) ON DELETE CASCADE,"
        " note text NOT NULL, created_on timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE comments ALTER COLUMN comment TYPE text",
        "ALTER TABLE cfs_accounts DROP COLUMN contact_party",
        "CREATE INDEX ix_invoices_filing_id ON invoices (filing_id)",
        "COMMENT ON COLUMN payment_accounts.pad_credit IS 'pre-authorized debit credit balance'",
        "ALTER TABLE invoices ALTER COLUMN paid SET DEFAULT 0",
        "ALTER TABLE routing_slips ADD COLUMN contact_email varchar(254)",
        "COMMENT ON TABLE fee_schedules IS 'fees by filing type and corporation type'",
        "ALTER TABLE credits RENAME TO account_credits",
    ),
    dropped=("cfs_accounts.contact_party",),
)
