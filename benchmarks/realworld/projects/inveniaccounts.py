"""inveniosoftware/invenio-accounts: Flask-SQLAlchemy models on invenio-db's ``db``, an object of
the library's ``SQLAlchemy`` subclass whose ``__getattr__`` gives ``db.Timestamp`` (a mixin of
``created`` / ``updated`` columns) and ``db.UTCDateTime`` (a TypeDecorator) by name; the library's
metadata with its naming convention; flask-security's ``UserMixin`` / ``RoleMixin``,
sqlalchemy-utils' ``ChoiceType``, ``IPAddressType`` and ``JSONType``, ``JSON().with_variant(...)``,
hybrid properties. The application's other modules and flask-security are stubs; invenio-db is
installed in the probe (and must be where schema-inspector runs, which reads its files)."""

from recipe import Recipe

RECIPE = Recipe(
    name="inveniaccounts",
    repo="inveniosoftware/invenio-accounts",
    style="Flask-SQLAlchemy on invenio-db, mixins given by __getattr__",
    files=("invenio_accounts/models.py", "invenio_accounts/errors.py", "invenio_accounts/utils.py",
           "invenio_accounts/profiles/*.py"),
    stubs={"invenio_accounts/__init__.py": ""},
    stub_roots=("*",),
    metadata="invenio_db:db.metadata",
    imports=("invenio_accounts.models",),
    models="invenio_accounts",
    line_length=88,
    probe_packages=("invenio-db==2.6.1", "sqlalchemy-utils==0.41.2", "psycopg2-binary", "alembic"),
    drift=(
        "ALTER TABLE accounts_role RENAME COLUMN description TO summary",
        "ALTER TABLE accounts_user ALTER COLUMN username TYPE varchar(320)",
        "ALTER TABLE accounts_role ALTER COLUMN name SET NOT NULL",
        "ALTER TABLE accounts_domains ADD COLUMN note text",
        "CREATE INDEX ix_accounts_user_session_activity_ip ON accounts_user_session_activity (ip)",
        "COMMENT ON COLUMN accounts_user.email IS 'the login e-mail address'",
        "ALTER TABLE accounts_domain_org DROP COLUMN json",
        "ALTER TABLE accounts_useridentity ALTER COLUMN method SET DEFAULT 'orcid'",
        "CREATE TABLE accounts_user_note (id serial PRIMARY KEY, user_id integer NOT NULL REFERENCES"
        " accounts_user (id) ON DELETE CASCADE, note text NOT NULL,"
        " created timestamptz NOT NULL DEFAULT now())",
    ),
    dropped=("accounts_domain_org.json",),
)
