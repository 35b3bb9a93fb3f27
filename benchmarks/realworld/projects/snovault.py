"""ENCODE-DCC/snovault (the object store under the ENCODE portal, on Pyramid): classic declarative
on ``declarative_base()`` in one ``storage.py``, two ``load_dialect_impl`` TypeDecorators (``UUID``:
``postgresql.UUID`` or ``CHAR(32)``; ``JSON``: ``JSONB`` from PostgreSQL 9.4 on, else ``Text``),
columns named apart from their attributes (``Column('source', UUID, ...)``, ``_password =
Column('password', ...)`` behind a property), a composite ``ForeignKeyConstraint`` with
``use_alter`` and ``DEFERRABLE INITIALLY DEFERRED`` closing a cycle between two tables, deferrable
foreign keys, ``server_default=null()``, and a ``DDL`` attached ``after_create`` that sets
``transactions.xid``'s default to ``txid_current()`` and adds a trigger. Written for SQLAlchemy 1.3
(``sqlalchemy.ext.baked``); the renderer module is a stub of ours, Pyramid and boto3 permissive stubs.
The default that DDL gives ``xid`` (``ALTER TABLE %(table)s ALTER COLUMN "xid" SET DEFAULT
txid_current()``) was not read, and the no-drift plan wrote ``server_default=text('txid_current()')``;
it is now read as the listener's."""

from recipe import Recipe

RECIPE = Recipe(
    name="snovault",
    repo="ENCODE-DCC/snovault",
    style="classic declarative, dialect-switching TypeDecorators, a deferred cyclic key, DDL after_create",
    files=("src/snovault/storage.py", "src/snovault/interfaces.py"),
    strip="src/",
    stubs={"snovault/__init__.py": "",
           "snovault/json_renderer.py": ("import json\n\n\nclass _Renderer:\n"
                                         "    dumps = staticmethod(json.dumps)\n\n\n"
                                         "json_renderer = _Renderer()\n")},
    stub_roots=("*",),
    metadata="snovault.storage:Base.metadata",
    imports=("snovault.storage",),
    models="snovault",
    drift=(
        "ALTER TABLE users RENAME COLUMN name TO full_name",
        "ALTER TABLE users ALTER COLUMN email TYPE varchar(255)",
        "ALTER TABLE blobs ALTER COLUMN data SET NOT NULL",
        "ALTER TABLE resources ADD COLUMN created timestamptz",
        "CREATE INDEX ix_resources_item_type ON resources (item_type)",
        "COMMENT ON COLUMN keys.name IS 'the namespace of the unique key'",
        "ALTER TABLE resources ALTER COLUMN item_type SET DEFAULT 'item'",
        "ALTER TABLE users DROP COLUMN password",
        "CREATE TABLE resource_notes (id serial PRIMARY KEY, rid uuid NOT NULL REFERENCES resources (rid),"
        " body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE blobs RENAME TO blob_store",
    ),
    dropped=("users.password",),
)
