"""mlrun/mlrun (an MLOps orchestration framework; its API server's database): classic declarative on
``declarative_base()``, every class defined inside a ``with warnings.catch_warnings():`` block, label,
tag and notification classes made by factory functions per owning table (``make_label(__tablename__)``
called in the owner's body, ``__tablename__ = f"{table}_labels"``, ``ForeignKey(f"{table}.id")``,
classes of one name in many tables), column types chosen at import by a classmethod of the project
(``SQLTypesUtil.timestamp()`` / ``.blob()`` / ``.collation()`` inside ``String(255, collation=...)``),
``Column("object", JSON)`` under another attribute name, ``default=datetime.now(timezone.utc)``
computed at import, a many-to-many ``Table`` in the class block. ``server/api/utils/db/mysql.py``
is a stub of ours that names no MySQL database, so the types are those of the SQLite branch. It showed
two misreadings, mended since: every change to a class inside the ``with`` block was left to a person
("edits are made on top-level classes only": nine of the ten drifts by-hand items), and a new length of
``String(255, collation=SQLTypesUtil.collation())`` was left by hand as if 255 were a shared constant."""

from recipe import Recipe

NO_MYSQL = """class MySQLUtil:
    @staticmethod
    def get_mysql_dsn_data():
        return None
"""

RECIPE = Recipe(
    name="mlrun",
    repo="mlrun/mlrun",
    style="classic declarative in a with block, per-table classes from factory functions, import-time types",
    files=("server/api/db/sqldb/models.py", "server/api/utils/db/sql_types.py", "mlrun/utils/db.py"),
    stubs={"server/api/utils/db/mysql.py": NO_MYSQL},
    # written for MySQL and SQLite: the SQLite branch's BLOB and DATETIME have no PostgreSQL rendering
    # (create_all fails: type "blob" does not exist), so they are LargeBinary (bytea) and DateTime here
    fixes={"server/api/utils/db/sql_types.py": (
        ("sqlite = sqlalchemy.BLOB", "sqlite = sqlalchemy.LargeBinary"),
        ("sqlite = sqlalchemy.DATETIME(timezone=True)", "sqlite = sqlalchemy.DateTime(timezone=True)"),
    )},
    stub_roots=("*",),
    metadata="server.api.db.sqldb.models:Base.metadata",
    imports=("server.api.db.sqldb.models",),
    models="server/api/db/sqldb",
    drift=(
        "ALTER TABLE projects RENAME COLUMN owner TO owner_name",
        "ALTER TABLE runs ALTER COLUMN state TYPE varchar(64)",
        "ALTER TABLE functions ALTER COLUMN project SET NOT NULL",
        "ALTER TABLE feature_sets ADD COLUMN description varchar(255)",
        "CREATE INDEX ix_runs_state ON runs (state)",
        "COMMENT ON COLUMN runs.uid IS 'the run''s id'",
        "ALTER TABLE schedules_v2 ALTER COLUMN concurrency_limit SET DEFAULT 1",
        "ALTER TABLE background_tasks DROP COLUMN timeout",
        "CREATE TABLE project_notes (id serial PRIMARY KEY, project_id integer NOT NULL REFERENCES projects (id),"
        " body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE data_versions RENAME TO schema_versions",
    ),
    dropped=("background_tasks.timeout",),
    note=("18 label / tag / notification tables have no class the reader can place (classes made by "
          "make_label(table) and the like, their __tablename__ an f-string of the argument): a note says so; "
          "the types SQLTypesUtil picks at import are not read, so those columns' types are not compared"),
)
