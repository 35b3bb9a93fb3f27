"""inveniosoftware/invenio-files-rest: Flask-SQLAlchemy models on invenio-db's ``db`` (its
``db.Timestamp`` mixin and ``db.UTCDateTime`` type given by the library's ``__getattr__``),
sqlalchemy-utils' ``UUIDType`` keys, named ``Boolean(name="locked")`` types (a CHECK on MySQL),
``Text().with_variant(mysql.VARCHAR(255), "mysql")``, a private attribute ``_mimetype`` for the
column ``mimetype``, composite primary keys of foreign keys, ``ondelete=`` cascades. The
application's other modules are stubs; invenio-db is installed in the probe (and must be where
schema-inspector runs, which reads its files)."""

from recipe import Recipe

RECIPE = Recipe(
    name="invenio_files_rest",
    repo="inveniosoftware/invenio-files-rest",
    style="Flask-SQLAlchemy on invenio-db, UUIDType keys, private attribute names",
    files=("invenio_files_rest/models.py", "invenio_files_rest/errors.py"),
    stubs={"invenio_files_rest/__init__.py": ""},
    stub_roots=("*",),
    metadata="invenio_db:db.metadata",
    imports=("invenio_files_rest.models",),
    models="invenio_files_rest",
    line_length=88,
    probe_packages=("invenio-db==2.6.1", "sqlalchemy-utils==0.41.2", "psycopg2-binary", "alembic"),
    drift=(
        "ALTER TABLE files_location RENAME COLUMN uri TO base_uri",
        "ALTER TABLE files_files ALTER COLUMN checksum TYPE varchar(512)",
        "ALTER TABLE files_files ALTER COLUMN storage_class SET NOT NULL",
        "ALTER TABLE files_bucket ADD COLUMN description text",
        "CREATE INDEX ix_files_object_file_id ON files_object (file_id)",
        "COMMENT ON COLUMN files_buckettags.value IS 'the tag value'",
        "ALTER TABLE files_multipartobject DROP COLUMN chunk_size",
        "ALTER TABLE files_bucket ALTER COLUMN size SET DEFAULT 0",
        "CREATE TABLE files_note (id serial PRIMARY KEY, bucket_id uuid NOT NULL REFERENCES"
        " files_bucket (id) ON DELETE CASCADE, note text NOT NULL,"
        " created timestamptz NOT NULL DEFAULT now())",
    ),
    dropped=("files_multipartobject.chunk_size",),
)
