"""simple-login/app: 80 tables in one 4,000-line module of classic declarative models on SQLAlchemy 1.x
(``sqlalchemy.ext.declarative.declarative_base``) with a mixin giving ``id`` / ``created_at`` /
``updated_at`` and a password mixin of another module before them, ``ArrowType`` of
sqlalchemy-utils, ``TSVECTOR`` TypeDecorators, ``server_default=str(AliasGeneratorEnum.word.value)``
(an int enum member's value as text), ``CheckConstraint(tries >= 0, ...)`` written in Python,
a unique partial index on a boolean column (``postgresql_where=Column("ownership_verified")``),
trigram GIN indexes (the database gets ``pg_trgm``).
The app's other modules (config, S3, DNS, logging...), flanker and newrelic are stubs; its enum
and password modules are laid out."""

from recipe import Recipe

RECIPE = Recipe(
    name="simplelogin",
    repo="simple-login/app",
    style="classic declarative, one large module, enum-valued server defaults",
    files=("app/models.py", "app/constants.py", "app/oauth_models.py", "app/pw_models.py"),
    stubs={"app/__init__.py": ""},
    # server_default="NULL" on an integer column: DEFAULT 'NULL', which PostgreSQL refuses
    # (the project's migrations made the column without it)
    fixes={"app/models.py": ('        server_default="NULL",\n', "")},
    stub_roots=("*",),
    prelude=("CREATE EXTENSION IF NOT EXISTS pg_trgm",),
    metadata="app.models:Base.metadata",
    imports=("app.models",),
    models="app/models.py",
    line_length=88,
    # the project pins SQLAlchemy 1.3, which the corpus's probe does not run on; its models import on 1.4
    probe_packages=("sqlalchemy==1.4.54", "sqlalchemy-utils==0.41.2", "arrow==0.16.0", "psycopg2-binary",
                    "alembic==1.14.0"),
    drift=(
        "ALTER TABLE api_key RENAME COLUMN last_used TO last_used_at",
        "ALTER TABLE mailbox ALTER COLUMN new_email TYPE varchar(512)",
        "ALTER TABLE contact ALTER COLUMN name SET NOT NULL",
        "ALTER TABLE custom_domain ADD COLUMN registrar varchar(128)",
        "CREATE INDEX ix_api_key_name ON api_key (name)",
        "COMMENT ON COLUMN alias.note IS 'a note the user keeps'",
        "ALTER TABLE mailbox DROP COLUMN generic_subject",
        "ALTER TABLE account_activation ALTER COLUMN tries SET DEFAULT 5",
        "CREATE TABLE alias_tag (id serial PRIMARY KEY, alias_id integer NOT NULL REFERENCES alias (id)"
        " ON DELETE CASCADE, tag varchar(64) NOT NULL, created_at timestamptz NOT NULL DEFAULT now())",
        "ALTER TABLE alias RENAME TO alias_v2",
    ),
    dropped=("mailbox.generic_subject",),
)
