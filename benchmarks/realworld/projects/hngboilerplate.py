"""hngprojects/hng_boilerplate_python_fastapi_web: classic ``Column(...)`` classes in one module per
concern under ``api/v1/models`` (38 files, gathered by the package's ``__init__``), on an abstract
``BaseTableModel`` (a string id with a Python-side uuid7 default, ``created_at`` / ``updated_at``
with ``server_default=func.now()``), association ``Table`` objects with ``Enum`` columns in their
own module, roles and permissions in a sub-package, ``server_default=text("false")`` flags and
cascading relationships. The application's database module is a stub of our own (its ``Base``;
the real one makes an engine from the settings at import), its other modules permissive stubs."""

from recipe import Recipe

RECIPE = Recipe(
    name="hngboilerplate",
    repo="hngprojects/hng_boilerplate_python_fastapi_web",
    style="classic declarative, a module per concern, abstract base with server defaults",
    files=("api/v1/models/*.py", "api/v1/models/permissions/*.py"),
    stubs={"api/__init__.py": "", "api/v1/__init__.py": "", "api/db/__init__.py": "",
           "api/db/database.py": "from sqlalchemy.orm import declarative_base\n\nBase = declarative_base()\n"},
    stub_roots=("*",),
    metadata="api.db.database:Base.metadata",
    imports=("api.v1.models", "api/v1/models/permissions/*.py"),
    models="api/v1/models",
    drift=(
        "ALTER TABLE organisations RENAME COLUMN industry TO sector",
        "ALTER TABLE blogs ALTER COLUMN title TYPE varchar(300)",
        "ALTER TABLE organisations ALTER COLUMN country SET NOT NULL",
        "ALTER TABLE users ADD COLUMN locale varchar(16)",
        "CREATE INDEX ix_blogs_title ON blogs (title)",
        "COMMENT ON COLUMN users.email IS 'where the user is reached'",
        "ALTER TABLE organisations DROP COLUMN address",
        "ALTER TABLE products ALTER COLUMN quantity SET DEFAULT 0",
        "CREATE TABLE media_backups (id serial PRIMARY KEY, user_id varchar NOT NULL REFERENCES users (id),"
        " created_at timestamp with time zone NOT NULL DEFAULT now())",
        "ALTER TABLE faqs RENAME TO faq_entries",
    ),
    dropped=("organisations.address",),
)
