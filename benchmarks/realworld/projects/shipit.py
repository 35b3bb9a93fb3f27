"""mozilla-releng/shipit (Firefox's release management): Flask-SQLAlchemy models in one module on the
``db`` of another package (``backend_common.db``, laid out, whose Flask extensions are permissive
stubs), every class ``class Release(db.Model, ReleaseBase)`` with a plain class of properties after
``db.Model``, two parallel families of tables (releases, phases, signoffs; and their XPI twins) with
``order_by=Phase.id`` relationships, ``sa.orm.deferred(sa.Column(...), group=...)`` columns, Python-side
defaults made by lambdas, a Python enum column of ``enum.auto()`` members (``sa.types.Enum(
TaskStatus)``), ``sa.JSON``, composite primary keys, named unique constraints in ``__table_args__``.
The application's configuration module is a stub."""

from recipe import Recipe

RECIPE = Recipe(
    name="shipit",
    repo="mozilla-releng/shipit",
    style="Flask-SQLAlchemy, a plain base of properties after db.Model, deferred columns",
    files=("api/src/shipit_api/common/models.py", "api/src/backend_common/db.py", "uv.lock"),
    strip="api/src/",
    stub_roots=("*",),
    metadata="backend_common.db:db.metadata",
    imports=("shipit_api.common.models",),
    models="shipit_api/common",
    line_length=160,
    probe_packages=("sqlalchemy==2.0.51", "flask==3.1.3", "flask-sqlalchemy==3.1.1", "alembic==1.18.5",
                    "psycopg2-binary"),
    drift=(
        "ALTER TABLE shipit_api_releases RENAME COLUMN release_eta TO eta",
        "ALTER TABLE shipit_api_versions ALTER COLUMN current_version TYPE varchar(64)",
        "ALTER TABLE shipit_api_phases ALTER COLUMN created SET NOT NULL",
        "ALTER TABLE shipit_api_xpi_releases ADD COLUMN xpi_type varchar(32)",
        "CREATE INDEX ix_shipit_api_releases_product ON shipit_api_releases (product)",
        "COMMENT ON COLUMN shipit_api_signoffs.permissions IS 'the LDAP group that may sign off'",
        "ALTER TABLE shipit_api_signoffs ALTER COLUMN signed SET DEFAULT false",
        "ALTER TABLE shipit_api_merge_automation DROP COLUMN commit_author",
        "CREATE TABLE shipit_api_release_notes (id serial PRIMARY KEY, release_id integer NOT NULL"
        " REFERENCES shipit_api_releases (id), body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE shipit_api_disabled_products RENAME TO shipit_api_product_blocks",
        "ALTER TYPE taskstatus ADD VALUE 'Skipped'",
    ),
    dropped=("shipit_api_merge_automation.commit_author",),
)
