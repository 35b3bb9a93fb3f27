"""bcgov/sbc-auth (auth-api: the accounts, teams and business-affiliation service of BC Registries'
Service BC Connect, Flask): Flask-SQLAlchemy 3.1 on SQLAlchemy 2.0, classic ``Column`` classes, one
module per table (about 40). Two abstract bases on ``db.Model``: ``BaseModel``, whose audit foreign
keys are ``declared_attr`` columns without a type (``Column(ForeignKey("users.id"),
default=cls._get_current_user)``: the type comes from ``users.id``) beside ``declared_attr``
relationships and plain ``created`` / ``modified`` columns; and ``BaseCodeModel`` for the code
tables, whose primary key ``code`` (``String(15)``), ``description`` and ``default`` are
``declared_attr`` columns - some code tables override ``code`` with a ``declared_attr`` of their own
(``String(30)``), another with a plain ``Column(String(20), primary_key=True)``. Foreign-key columns
without a type throughout, ``Column("first_name", ...)`` names that differ from the attribute
(``firstname``), ``Column("email", ...)`` names that repeat it, named foreign keys with ``ondelete``,
``ARRAY(String, dimensions=1)``, a ``server_default=text("uuid_generate_v4()")`` UUID, column
``comment=`` keywords, hybrid properties, a ``primaryjoin`` string with ``== True``, and a view mapped
as a class (``authorizations_view``, a table here: create_all makes one). ``sql_versioning`` (bcgov's
history-table mixin, installed from git, not on PyPI) is a stub of ours: a plain ``Versioned`` mixin,
no history tables; ``auth_api.utils.enums`` / ``roles`` are the project's own files, the rest of the
application (config, utils, exceptions) and flask_marshmallow permissive stubs."""

from recipe import Recipe

SQL_VERSIONING = '''"""Stand-in for bcgov's sql_versioning (ours): the mixin and the session hook, inert."""


class Versioned:
    pass


def versioned_session(session):
    return session
'''

RECIPE = Recipe(
    name="sbc_auth",
    repo="bcgov/sbc-auth",
    style="Flask-SQLAlchemy, typeless declared_attr FK audit columns, declared_attr code-table keys",
    files=("auth-api/src/auth_api/models/*.py", "auth-api/src/auth_api/models/views/*.py",
           "auth-api/src/auth_api/utils/enums.py", "auth-api/src/auth_api/utils/roles.py"),
    strip="auth-api/src/",
    stubs={"auth_api/__init__.py": "", "auth_api/utils/__init__.py": "",
           "sql_versioning/__init__.py": SQL_VERSIONING},
    stub_roots=("*",),
    # the embedded server has no uuid-ossp: a function of that name stands in for it
    prelude=("CREATE FUNCTION uuid_generate_v4() RETURNS uuid LANGUAGE sql AS 'SELECT gen_random_uuid()'",),
    metadata="auth_api.models:db.metadata",
    imports=("auth_api.models", "auth_api.models.views.authorization"),
    models="auth_api/models",
    line_length=120,  # auth-api/pyproject.toml [tool.ruff]
    drift=(
        "ALTER TABLE contacts RENAME COLUMN region TO province",
        "ALTER TABLE memberships ALTER COLUMN created SET NOT NULL",
        "CREATE TABLE affidavit_documents (id serial PRIMARY KEY,"
        " affidavit_id integer NOT NULL REFERENCES affidavits (id) ON DELETE CASCADE,"
        " document_key varchar(100) NOT NULL, uploaded timestamp NOT NULL DEFAULT now(),"
        " UNIQUE (affidavit_id, document_key))",
        "ALTER TABLE users ALTER COLUMN email TYPE varchar(320)",
        "ALTER TABLE org_statuses ALTER COLUMN code TYPE varchar(40)",
        "ALTER TABLE orgs ALTER COLUMN status_code TYPE varchar(40)",
        "ALTER TABLE orgs DROP COLUMN bcol_account_name",
        "CREATE INDEX ix_tasks_account_id ON tasks (account_id)",
        "COMMENT ON COLUMN entities.folio_number IS 'the account''s own reference for the business'",
        "COMMENT ON TABLE product_codes IS 'products an account can subscribe to'",
        "ALTER TABLE org_settings ALTER COLUMN enabled SET DEFAULT false",
        "ALTER TABLE org_types ALTER COLUMN \"default\" SET DEFAULT false",
        "ALTER TABLE membership_types ADD COLUMN is_active boolean NOT NULL DEFAULT true",
        "ALTER TABLE affidavits RENAME TO affidavit_submissions",
    ),
    dropped=("orgs.bcol_account_name",),
)
