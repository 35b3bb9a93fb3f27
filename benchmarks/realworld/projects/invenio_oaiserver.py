"""inveniosoftware/invenio-oaiserver (the OAI-PMH server of Invenio): one Flask-SQLAlchemy model on
invenio-db's ``db`` with its ``db.Timestamp`` mixin (``created`` / ``updated`` read from the installed
library, ``class OAISet(db.Model, db.Timestamp)``), ``info=dict(label=_(...), description=_(...))`` of
a lazy gettext on every column, a unique and an indexed ``db.String(255)``, a server default written
as an SQL expression (``server_default=sa.sql.expression.literal(False)``), a ``@validates`` method,
attribute docstrings. invenio-i18n and the application's other modules are stubs."""

from recipe import Recipe

RECIPE = Recipe(
    name="invenio_oaiserver",
    repo="inveniosoftware/invenio-oaiserver",
    style="Flask-SQLAlchemy on invenio-db, a server default as an SQL expression, info dicts",
    files=("invenio_oaiserver/models.py", "invenio_oaiserver/errors.py"),
    stubs={"invenio_oaiserver/__init__.py": ""},
    stub_roots=("*",),
    metadata="invenio_db:db.metadata",
    imports=("invenio_oaiserver.models",),
    models="invenio_oaiserver",
    line_length=88,
    probe_packages=("invenio-db==2.6.1", "sqlalchemy-utils==0.41.2", "psycopg2-binary", "alembic"),
    drift=(
        "ALTER TABLE oaiserver_set RENAME COLUMN search_pattern TO search_query",
        "ALTER TABLE oaiserver_set ALTER COLUMN spec TYPE varchar(512)",
        "ALTER TABLE oaiserver_set ALTER COLUMN name SET NOT NULL",
        "ALTER TABLE oaiserver_set ADD COLUMN harvest_url varchar(255)",
        "CREATE INDEX ix_oaiserver_set_system_created ON oaiserver_set (system_created)",
        "COMMENT ON COLUMN oaiserver_set.spec IS 'the setSpec of OAI-PMH'",
        "ALTER TABLE oaiserver_set ALTER COLUMN name SET DEFAULT ''",
        "ALTER TABLE oaiserver_set DROP COLUMN description",
        "CREATE TABLE oaiserver_set_harvest (id serial PRIMARY KEY, set_id integer NOT NULL"
        " REFERENCES oaiserver_set (id), records integer NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE oaiserver_set RENAME TO oaiserver_sets",
    ),
    dropped=("oaiserver_set.description",),
)
