"""litestar-org/litestar-fullstack: SQLAlchemy 2.0 ``Mapped`` models, one per module, on a *library's*
audited base (advanced-alchemy's ``UUIDv7AuditBase``: ``id`` a UUID v7, ``created_at`` /
``updated_at`` in its ``DateTimeUTC`` type, ``sa_orm_sentinel``; read from the installed library,
``pip install advanced-alchemy`` where this runs), the library's mixins (``SlugKey``,
``UniqueMixin``), ``EncryptedString`` / ``EncryptedText`` columns whose ``load_dialect_impl`` picks
a type per dialect, table comments in ``__table_args__``, an association ``Table``, annotations
only in ``TYPE_CHECKING`` imports. The settings module is a stub of ours."""

from recipe import Recipe

SETTINGS = """from types import SimpleNamespace


def get_settings():
    return SimpleNamespace(app=SimpleNamespace(SECRET_KEY="k" * 32))
"""

RECIPE = Recipe(
    name="litestar",
    repo="litestar-org/litestar-fullstack",
    style="2.0 Mapped on a library's audited base, encrypted types",
    files=("src/py/app/db/models/*.py",),
    strip="src/py/",
    stubs={"app/__init__.py": "", "app/db/__init__.py": "", "app/lib/__init__.py": "",
           "app/lib/settings.py": SETTINGS},
    stub_roots=("*",),
    metadata="app.db.models._user:UUIDv7AuditBase.metadata",
    imports=("app.db.models",),
    models="app/db/models",
    line_length=120,
    probe_packages=("sqlalchemy==2.0.51", "alembic==1.18.5", "psycopg2-binary", "advanced-alchemy==1.12.0",
                    "cryptography"),
    drift=(
        "ALTER TABLE user_account RENAME COLUMN avatar_url TO picture_url",
        "ALTER TABLE team ALTER COLUMN description TYPE varchar(1000)",
        "ALTER TABLE tag ALTER COLUMN description SET NOT NULL",
        "ALTER TABLE role ADD COLUMN priority integer",
        "CREATE INDEX ix_user_account_joined_at ON user_account (joined_at)",
        "COMMENT ON COLUMN user_account.login_count IS 'successful logins'",
        "ALTER TABLE user_account ALTER COLUMN login_count SET DEFAULT 0",
        "ALTER TABLE user_account DROP COLUMN phone",
        "CREATE TABLE team_note (id serial PRIMARY KEY, team_id uuid NOT NULL REFERENCES team (id),"
        " body text NOT NULL, created_at timestamp with time zone NOT NULL DEFAULT now())",
        "ALTER TABLE team RENAME TO team_v2",
    ),
    dropped=("user_account.phone",),
)
