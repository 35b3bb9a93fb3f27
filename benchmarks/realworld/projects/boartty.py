"""openstack/boartty (a console client for StoryBoard, gertty's sibling, retired: the commit before
the retirement is laid out): classic ``Table`` objects on a module's ``MetaData`` mapped at import
with classical ``mapper(Class, table, properties=dict(...))`` onto plain classes, a table named
``user`` (a reserved word of PostgreSQL), every primary key a column named ``key``, a
self-referencing ``comment`` (``remote_side=[comment_table.c.key]``), relationships through
``secondary=task_table`` with an ``and_(...)`` join, two foreign keys to ``user`` told apart with
``foreign_keys=task_table.c...``, and ``event``'s ``user_key`` column written twice (the second, with
no type, takes its type from its foreign key: SQLAlchemy 1.4 keeps the second, 2.0 refuses the
table, so the models import on 1.4). It showed one misreading: the reader keeps both ``user_key``
columns and both their foreign keys where SQLAlchemy keeps the later column and one key, so the one
key the database has leaves a second unmatched: a foreign-key action in every plan that no edit
settles."""

from recipe import Recipe

RECIPE = Recipe(
    name="boartty",
    repo="openstack/boartty",
    style="imperative Table mapping at import with classical mapper(), SQLAlchemy 1.4",
    files=("boartty/db.py",),
    # a listener on every Engine's connect gives each DBAPI connection a SQLite function
    # (boartty's database is SQLite): psycopg2's connection has no create_function, so connecting
    # to PostgreSQL fails; the laid-out copy gives it to SQLite's connections only
    fixes={"boartty/db.py": ('    dbapi_connection.create_function("matches", 2, match)',
                             '    if hasattr(dbapi_connection, "create_function"):\n'
                             '        dbapi_connection.create_function("matches", 2, match)')},
    metadata="boartty.db:metadata",
    imports=("boartty.db",),
    models="boartty",
    ref="HEAD~1",
    probe_packages=("sqlalchemy==1.4.54", "alembic==1.13.3", "psycopg2-binary", "six"),
    drift=(
        "ALTER TABLE story RENAME COLUMN title TO summary",
        "ALTER TABLE task ALTER COLUMN priority TYPE varchar(32)",
        "ALTER TABLE tag ALTER COLUMN id SET NOT NULL",
        "ALTER TABLE project ADD COLUMN repo_url varchar(255)",
        "CREATE INDEX ix_task_priority ON task (priority)",
        "COMMENT ON COLUMN \"user\".email IS 'as StoryBoard gives it'",
        "ALTER TABLE lane ALTER COLUMN position SET DEFAULT 0",
        "ALTER TABLE event DROP COLUMN info",
        "CREATE TABLE story_notes (id serial PRIMARY KEY, story_key integer NOT NULL REFERENCES story (key),"
        " body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE worklist_item RENAME TO worklist_entries",
    ),
    dropped=("event.info",),
)
