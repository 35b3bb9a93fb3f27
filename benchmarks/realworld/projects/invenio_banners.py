"""inveniosoftware/invenio-banners (site-wide messages of InvenioRDM): one Flask-SQLAlchemy model on
invenio-db's ``db`` with its ``db.Timestamp`` mixin and ``db.UTCDateTime`` type (read from the installed
library, ``class BannerModel(db.Model, db.Timestamp)``), a Python-side default written as a lambda
(``default=lambda: datetime.now(timezone.utc)``), a named ``Boolean(name="active")`` with
``default=True``, attribute docstrings, a relative import of a module not laid out (``from
..resources.errors import BannerNotExistsError``), in a subpackage (``invenio_banners/records``). The
application's other modules are permissive stubs. It showed one misreading, with every check passing,
mended: the file's only boolean, ``db.Boolean(name="active")``, was taken as its way to write the type,
so the drift's new boolean column was written ``db.Boolean(name="active")`` too (the CHECK's name is its
own column's)."""

from recipe import Recipe

RECIPE = Recipe(
    name="invenio_banners",
    repo="inveniosoftware/invenio-banners",
    style="Flask-SQLAlchemy on invenio-db, one table, a lambda default",
    files=("invenio_banners/records/models.py",),
    stubs={"invenio_banners/__init__.py": "", "invenio_banners/records/__init__.py": ""},
    stub_roots=("*",),
    metadata="invenio_db:db.metadata",
    imports=("invenio_banners.records.models",),
    models="invenio_banners",
    line_length=88,
    probe_packages=("invenio-db==2.6.1", "sqlalchemy-utils==0.41.2", "psycopg2-binary", "alembic"),
    drift=(
        "ALTER TABLE banners RENAME COLUMN category TO kind",
        "ALTER TABLE banners ALTER COLUMN message TYPE varchar(4000)",
        "ALTER TABLE banners ALTER COLUMN end_datetime SET NOT NULL",
        "ALTER TABLE banners ADD COLUMN dismissible boolean",
        "CREATE INDEX ix_banners_active_start_datetime ON banners (active, start_datetime)",
        "COMMENT ON COLUMN banners.message IS 'HTML allowed'",
        "ALTER TABLE banners ALTER COLUMN active SET DEFAULT true",
        "ALTER TABLE banners DROP COLUMN url_path",
        "CREATE TABLE banner_dismissals (id serial PRIMARY KEY, banner_id integer NOT NULL"
        " REFERENCES banners (id) ON DELETE CASCADE, user_id integer NOT NULL,"
        " created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE banners RENAME TO announcement_banners",
    ),
    dropped=("banners.url_path",),
    note="no named enum in the models: no ADD VALUE in the drift",
)
