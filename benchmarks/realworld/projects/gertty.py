"""openstack/gertty (a console client for Gerrit code review, retired: the commit before the
retirement is laid out): classic ``Table`` objects on a module's ``MetaData`` mapped at import with
classical ``mapper(Class, table, properties=dict(...))`` onto plain classes with ``__init__``s of
their own, columns named ``key`` (every table's primary key), ``id``, ``commit``; a self-referencing
many-to-many (``change_conflict``, ``primaryjoin`` / ``secondaryjoin`` on ``change_table.c``),
relationships filtered with ``and_(...)`` of table columns, ``backref``s; no enum."""

from recipe import Recipe

RECIPE = Recipe(
    name="gertty",
    repo="openstack/gertty",
    style="imperative Table mapping at import with classical mapper()",
    files=("gertty/db.py",),
    # a listener on every Engine's connect gives each DBAPI connection a SQLite function
    # (gertty's database is SQLite): psycopg2's connection has no create_function, so connecting
    # to PostgreSQL fails; the laid-out copy gives it to SQLite's connections only
    fixes={"gertty/db.py": ('    dbapi_connection.create_function("matches", 2, match)',
                            '    if hasattr(dbapi_connection, "create_function"):\n'
                            '        dbapi_connection.create_function("matches", 2, match)')},
    metadata="gertty.db:metadata",
    imports=("gertty.db",),
    models="gertty",
    ref="HEAD~1",
    drift=(
        "ALTER TABLE account RENAME COLUMN username TO login",
        "ALTER TABLE label ALTER COLUMN description TYPE text",
        "ALTER TABLE branch ALTER COLUMN project_key SET NOT NULL",
        "ALTER TABLE project ADD COLUMN homepage varchar(255)",
        "CREATE INDEX ix_comment_in_reply_to ON comment (in_reply_to)",
        "COMMENT ON COLUMN change.subject IS 'the first line of the commit message'",
        "ALTER TABLE file ALTER COLUMN inserted SET DEFAULT 0",
        "ALTER TABLE revision DROP COLUMN fetch_auth",
        "CREATE TABLE change_notes (id serial PRIMARY KEY, change_key integer NOT NULL REFERENCES change (key),"
        " body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE sync_query RENAME TO sync_queries",
    ),
    dropped=("revision.fetch_auth",),
)
