"""pgadmin-org/pgadmin4: one Flask-SQLAlchemy module (``db = SQLAlchemy(...)`` in the same
file), ``db.Table`` association tables, TypeDecorators of its own, ``MutableDict.as_mutable``."""

from recipe import Recipe

RECIPE = Recipe(
    name="pgadmin4",
    repo="pgadmin-org/pgadmin4",
    style="Flask-SQLAlchemy",
    files=("web/pgadmin/model/__init__.py",),
    strip="web/",
    stub_roots=("flask_babel", "flask_security", "config"),
    metadata="pgadmin.model:db.metadata",
    imports=("pgadmin.model",),
    models="pgadmin/model",
    drift=(
        "ALTER TABLE process RENAME COLUMN logdir TO log_directory",
        'ALTER TABLE "user" ALTER COLUMN email SET NOT NULL',
        "CREATE TABLE server_tag (id serial PRIMARY KEY,"
        " server_id integer NOT NULL REFERENCES server (id) ON DELETE CASCADE,"
        " tag varchar(64) NOT NULL, color varchar(7) CHECK (color ~ '^#[0-9a-f]{6}$'),"
        " UNIQUE (server_id, tag))",
        "ALTER TABLE role ALTER COLUMN description TYPE varchar(512)",
        "ALTER TABLE process DROP COLUMN acknowledge",
        "ALTER TABLE process DROP CONSTRAINT process_server_id_fkey,"
        " ADD CONSTRAINT process_server_id_fkey FOREIGN KEY (server_id) REFERENCES server (id) ON DELETE SET NULL",
        "CREATE INDEX ix_query_history_last_updated_flag ON query_history (last_updated_flag)",
        "COMMENT ON COLUMN server.servergroup_id IS 'group shown in the browser tree'",
        'ALTER TABLE "user" ALTER COLUMN login_attempts SET DEFAULT 0',
        'ALTER TABLE "user" ADD COLUMN last_login_at timestamp',
        "COMMENT ON TABLE macros IS 'query tool macros'",
        'ALTER TABLE "user" ALTER COLUMN locked SET NOT NULL',
        "ALTER TABLE server RENAME TO server_v2",
    ),
    dropped=("process.acknowledge",),
)
