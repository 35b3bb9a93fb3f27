"""wazo-platform/wazo-auth (the authentication and tenancy service of the Wazo unified-communications
platform: tenants and their domains, users, groups, policies and their accesses, tokens and refresh
tokens, sessions, LDAP and SAML configurations) - 22 tables of classic ``Column`` declarative classes
in one module, on SQLAlchemy 1.4 (the project's pin; ``declarative_base`` from ``sqlalchemy.orm``),
black-formatted with single quotes kept. Attributes named apart from their columns (``id_ =
Column(Integer, name='id', primary_key=True)``, ``metadata_ = Column(Text, name='metadata')``, one of
them a ``JSON`` with ``server_default='{}'``), text keys of ``String(38)`` / ``String(36)`` filled by
``server_default=text('uuid_generate_v4()')`` (the prelude makes a function of that name: the embedded
server has no uuid-ossp), CHECKs written as positional arguments of a ``Column``, unique functional
indexes on ``func.lower('username')`` (a string literal, as the project writes it), ``ARRAY(Text)`` with
a ``'{}'`` server default, a ``UserDefinedType`` of its own for PostgreSQL's ``XML``, composite keys of
two foreign keys, a self-referencing tenant key, ``hybrid_property`` with a ``.setter`` (a list of
domain names kept in another table) and one with an ``.expression`` (a correlated scalar subquery on
another class), a plain ``@property`` beside them and an ``__init__`` that sets non-column attributes.
Laid out: the models module and its datatypes module; the package ``__init__`` files are ours (the
real one imports the plugin interfaces)."""

from recipe import Recipe

RECIPE = Recipe(
    name="wazo_auth",
    repo="wazo-platform/wazo-auth",
    style="1.4 Column, attributes named apart from columns, hybrid setter/expression, uuid text keys",
    files=("wazo_auth/database/models.py", "wazo_auth/database/datatypes.py"),
    stubs={"wazo_auth/__init__.py": "", "wazo_auth/database/__init__.py": ""},
    prelude=("CREATE FUNCTION uuid_generate_v4() RETURNS uuid LANGUAGE sql AS 'SELECT gen_random_uuid()'",),
    metadata="wazo_auth.database.models:Base.metadata",
    imports=("wazo_auth.database.models",),
    models="wazo_auth/database",
    line_length=88,  # black (.pre-commit-config.yaml) with default settings; flake8 allows 99
    probe_packages=("sqlalchemy==1.4.54", "alembic==1.13.3", "psycopg2-binary"),
    drift=(
        "ALTER TABLE auth_token RENAME COLUMN metadata TO token_metadata",
        "ALTER TABLE auth_user ALTER COLUMN enabled SET NOT NULL",
        "CREATE TABLE auth_ldap_group_mapping (id serial PRIMARY KEY,"
        " tenant_uuid varchar(38) NOT NULL REFERENCES auth_ldap_config (tenant_uuid) ON DELETE CASCADE,"
        " ldap_group_dn varchar(256) NOT NULL,"
        " group_uuid varchar(38) NOT NULL REFERENCES auth_group (uuid) ON DELETE CASCADE,"
        " UNIQUE (tenant_uuid, ldap_group_dn))",
        "ALTER TABLE auth_policy ALTER COLUMN name TYPE varchar(128)",
        "ALTER TABLE auth_token DROP COLUMN xivo_uuid",
        "CREATE INDEX auth_token__idx__pbx_user_uuid ON auth_token (pbx_user_uuid)",
        "COMMENT ON COLUMN auth_tenant.default_authentication_method IS 'native, ldap or saml'",
        "ALTER TABLE auth_session ALTER COLUMN mobile SET DEFAULT false",
        "ALTER TABLE auth_tenant ADD COLUMN created_at timestamptz NOT NULL DEFAULT now()",
        "COMMENT ON TABLE auth_saml_session IS 'SAML logins under way'",
        "ALTER TABLE auth_saml_config ALTER COLUMN acs_url TYPE varchar(1024)",
        "CREATE UNIQUE INDEX auth_tenant_domain__idx__lower_name ON auth_tenant_domain (lower(name))",
        "ALTER TABLE auth_ldap_config RENAME TO auth_ldap_backend_config",
    ),
    dropped=("auth_token.xivo_uuid",),
)
