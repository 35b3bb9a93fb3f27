"""fedora-infra/pkgdb2: classic declarative on ``declarative_base()`` in one module (``sa.``
prefixed), string primary keys of lookup tables referenced with ``onupdate='CASCADE'``,
unnamed ``UniqueConstraint`` items (PostgreSQL names them), ``relation(...)`` (SQLAlchemy
before 2.0), and an attribute mapped under another column name by the ``name=`` keyword
(``_status = sa.Column(sa.String(50), ..., name='status')``). Written for SQLAlchemy 1.x; the
module asks ``pkg_resources`` for its requirements (a stub)."""

from recipe import Recipe

RECIPE = Recipe(
    name="pkgdb2",
    repo="fedora-infra/pkgdb2",
    style="classic declarative, name= keyword, unnamed unique constraints",
    files=("pkgdb2/lib/model/__init__.py",),
    stubs={"pkgdb2/__init__.py": "", "pkgdb2/lib/__init__.py": "", "pkg_resources.py": ""},
    metadata="pkgdb2.lib.model:BASE.metadata",
    imports=("pkgdb2.lib.model",),
    models="pkgdb2",
    line_length=79,
    probe_packages=("sqlalchemy==1.4.54", "alembic==1.13.3", "psycopg2-binary"),
    drift=(
        "ALTER TABLE admin_actions RENAME COLUMN status TO state",
        "ALTER TABLE package ALTER COLUMN monitor TYPE varchar(20)",
        "ALTER TABLE package ALTER COLUMN review_url SET NOT NULL",
        "ALTER TABLE collection ADD COLUMN eol_date timestamp",
        "CREATE INDEX ix_package_listing_critpath ON package_listing (critpath)",
        "COMMENT ON COLUMN package.koschei IS 'monitored by koschei'",
        "ALTER TABLE package DROP COLUMN upstream_url",
        "ALTER TABLE collection ALTER COLUMN allow_retire SET DEFAULT false",
        "CREATE TABLE package_note (id serial PRIMARY KEY, package_id integer NOT NULL REFERENCES package (id),"
        " body text NOT NULL, date_created timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE log RENAME TO package_log",
    ),
    dropped=("package.upstream_url",),
)
