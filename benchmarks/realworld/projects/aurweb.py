"""archlinux/aurweb (the Arch User Repository's web site, on FastAPI): Core ``Table(...)`` objects
of one ``schema.py`` module on a module ``MetaData()``, mapped by classes of one module each on
``declarative_base()`` with ``__table__ = schema.Users``, ``__tablename__ = __table__.name`` and
``__mapper_args__ = {"primary_key": [__table__.c.ID]}`` (eight tables have no primary key:
composite keys in the mapper only), ``relationship(..., foreign_keys=[__table__.c.X])`` with
``backref(...)``, CamelCase table and column names, MySQL's types (``INTEGER(unsigned=True)``,
``BIGINT(unsigned=True)``, ``TINYINT``) and table options, ``Index`` objects among the columns, a
column type chosen by the configured backend (``DECIMAL(...) if db_backend == "mysql" else
String(17)``), ``server_default=text(...)`` everywhere; SQLAlchemy 1.4. ``aurweb.config`` is a stub
of ours; the application's other modules, ``bcrypt`` and ``fastapi`` are permissive stubs. It showed
one misreading: the classes were not tied to their tables (``__table__ = schema.Users`` through the
imported module was "not a Table found in the files", and ``__tablename__ = __table__.name`` taken for
a computed name), so every class's table counted as unknown and nothing was made for the drift's new
table; then the new table went to a class on the classes' ``Base``, whose MetaData is not the tables'.
Both mended: the new table is a ``Table`` in ``schema.py``."""

from recipe import Recipe

_CONFIG = """def get(section, option):
    return "postgres"


def getint(section, option, fallback=None):
    return 0 if fallback is None else fallback
"""

RECIPE = Recipe(
    name="aurweb",
    repo="archlinux/aurweb",
    style="Core Tables in one module mapped with __table__, MySQL types, keys in __mapper_args__",
    files=("aurweb/schema.py", "aurweb/models/*.py"),
    stubs={"aurweb/__init__.py": "", "aurweb/config.py": _CONFIG},
    # written for MySQL (and SQLite in its tests): MySQL's TINYINT has no PostgreSQL rendering, so
    # create_all fails there; the project's own @compiles function that makes it INTEGER on SQLite
    # is given PostgreSQL too in the laid-out copy
    fixes={"aurweb/schema.py": ('@compiles(TINYINT, "sqlite")', '@compiles(TINYINT, "sqlite", "postgresql")')},
    stub_roots=("*",),
    metadata="aurweb.schema:metadata",
    imports=("aurweb.models",),
    models="aurweb",
    line_length=88,
    probe_packages=("sqlalchemy==1.4.54", "alembic==1.13.3", "psycopg2-binary"),
    drift=(
        'ALTER TABLE "Users" RENAME COLUMN "IRCNick" TO "ChatNick"',
        'ALTER TABLE "Packages" ALTER COLUMN "Description" TYPE varchar(512)',
        'ALTER TABLE "Users" ALTER COLUMN "Homepage" SET NOT NULL',
        'ALTER TABLE "Groups" ADD COLUMN "Description" varchar(255)',
        'CREATE INDEX "RequestsStatus" ON "PackageRequests" ("Status")',
        'COMMENT ON COLUMN "Users"."PGPKey" IS \'the PGP key fingerprint\'',
        'ALTER TABLE "PackageComaintainers" ALTER COLUMN "Priority" SET DEFAULT 1',
        'ALTER TABLE "Users" DROP COLUMN "Salt"',
        'CREATE TABLE "PackageFlags" ("ID" serial PRIMARY KEY, "PackageBaseID" integer NOT NULL'
        ' REFERENCES "PackageBases" ("ID"), "Reason" text NOT NULL, created_at timestamp NOT NULL DEFAULT now())',
        'ALTER TABLE "OfficialProviders" RENAME TO "OfficialPackageProviders"',
    ),
    dropped=("Users.Salt",),
)
