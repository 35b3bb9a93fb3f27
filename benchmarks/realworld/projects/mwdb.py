"""CERT-Polska/mwdb-core: Flask-SQLAlchemy 3.0 on SQLAlchemy 1.4, a package of model modules
that ``mwdb/model/__init__.py`` imports after making ``db``; single-table inheritance
(``Object`` with ``File``, ``Config``, ``TextBlob`` adding columns, ``polymorphic_on``);
PostgreSQL's types (JSONB, ``ARRAY(db.String(collation="C"))`` under ``MutableList.as_mutable``,
``UUID``), strings with ``collation="C"``, GIN indexes made at module level after a class
(``db.Index("ix_object_cfg", Config._cfg, postgresql_using="gin")``), an expression index on
``func.md5``, a ``column_property`` of a correlated ``select([...])``, ``db.Enum`` of a Python enum,
``server_default="{}"`` arrays. ``mwdb.core`` and the other application modules import as
stubs."""

from recipe import Recipe

RECIPE = Recipe(
    name="mwdb",
    repo="CERT-Polska/mwdb-core",
    style="Flask-SQLAlchemy, single-table inheritance, PostgreSQL types",
    files=("mwdb/model/*.py",),
    stubs={"mwdb/__init__.py": ""},
    stub_roots=("*",),
    metadata="mwdb.model:db.metadata",
    imports=("mwdb.model",),
    models="mwdb/model",
    line_length=88,
    probe_packages=("sqlalchemy==1.4.54", "flask-sqlalchemy==3.0.5", "flask==3.1.3", "werkzeug==3.1.6",
                    "psycopg2-binary", "alembic==1.14.0"),
    drift=(
        "ALTER TABLE quick_query RENAME COLUMN date TO created_on",
        "ALTER TABLE \"user\" ALTER COLUMN email TYPE varchar(256)",
        "ALTER TABLE comment ALTER COLUMN timestamp SET NOT NULL",
        "ALTER TABLE \"group\" ADD COLUMN description text",
        "CREATE INDEX ix_quick_query_type ON quick_query (type)",
        "COMMENT ON COLUMN object.dhash IS 'hash that identifies the object'",
        "ALTER TABLE \"user\" DROP COLUMN identity_ver",
        "ALTER TABLE member ALTER COLUMN group_admin SET DEFAULT false",
        "ALTER TABLE object ADD COLUMN quarantined boolean NOT NULL DEFAULT false",
        "CREATE TABLE object_note (id serial PRIMARY KEY, object_id integer NOT NULL REFERENCES object (id)"
        " ON DELETE CASCADE, author_id integer REFERENCES \"user\" (id), body text NOT NULL,"
        " created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE tag ALTER COLUMN tag TYPE varchar(256) COLLATE \"C\"",
        "ALTER TABLE object RENAME TO object_v2",
    ),
    dropped=("user.identity_ver",),
)
