"""inveniosoftware/invenio-pidstore: Flask-SQLAlchemy models on invenio-db's ``db`` with its
``db.Timestamp`` mixin (``created`` / ``updated`` read from the installed library), attribute
docstrings after every column, sqlalchemy-utils' ``ChoiceType(PIDStatus, impl=db.CHAR(1))`` and
``UUIDType``, ``db.BigInteger().with_variant(db.Integer, "sqlite")``, a foreign key to
``PersistentIdentifier.id`` with ``onupdate`` / ``ondelete``. The application's other modules
are stubs."""

from recipe import Recipe

RECIPE = Recipe(
    name="invenio_pidstore",
    repo="inveniosoftware/invenio-pidstore",
    style="Flask-SQLAlchemy on invenio-db, ChoiceType, attribute docstrings",
    files=("invenio_pidstore/models.py", "invenio_pidstore/errors.py"),
    stubs={"invenio_pidstore/__init__.py": ""},
    stub_roots=("*",),
    metadata="invenio_db:db.metadata",
    imports=("invenio_pidstore.models",),
    models="invenio_pidstore",
    line_length=88,
    probe_packages=("invenio-db==2.6.1", "sqlalchemy-utils==0.41.2", "psycopg2-binary", "alembic", "six"),
    drift=(
        "ALTER TABLE pidstore_pid RENAME COLUMN pid_provider TO provider",
        "ALTER TABLE pidstore_pid ALTER COLUMN object_type TYPE varchar(10)",
        "ALTER TABLE pidstore_pid ALTER COLUMN object_uuid SET NOT NULL",
        "ALTER TABLE pidstore_redirect ADD COLUMN reason varchar(255)",
        "CREATE INDEX idx_pid_value ON pidstore_pid (pid_value)",
        "COMMENT ON COLUMN pidstore_pid.status IS 'one letter of PIDStatus'",
        "ALTER TABLE pidstore_pid DROP COLUMN pid_type",
        "ALTER TABLE pidstore_pid ALTER COLUMN status SET DEFAULT 'N'",
        "CREATE TABLE pidstore_note (id serial PRIMARY KEY, pid_id integer NOT NULL REFERENCES pidstore_pid (id),"
        " body text NOT NULL, created timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE pidstore_pid RENAME TO pidstore_pid_v2",
    ),
    dropped=("pidstore_pid.pid_type",),
)
