"""MISP/misp-workbench (a FastAPI threat-intelligence platform): classic ``Column(...)`` declarative
on one ``declarative_base()`` in ``app.database`` (whose module builds an engine from the environment),
one module per feature under ``app/models``; ``Mapped[...] = mapped_column(Enum(X, name=...))``
beside plain ``Column`` attributes in the same classes (one integer-valued ``enum.Enum`` shared by
four tables under one type name), ``INET`` / ``JSONB`` / ``UUID(as_uuid=True)`` columns, JSONB
``server_default="[]"`` written as a bare string, ``default=lambda: datetime.now(timezone.utc)``, an
attribute whose column name differs (``metadata_ = Column("metadata", JSONB)``), a self-referencing
folder tree, a composite primary key of two foreign keys, and a module import at the bottom of a
model file. ``app.database`` is a stub of ours with the ``Base`` alone; ``pymisp`` and the
application's auth helpers are permissive stubs. The CHECK constraint the drift adds to ``exports`` is
neither reported nor written to the model: compare and plan do not look at check constraints of a
table the models already map (every check passes all the same)."""

from recipe import Recipe

RECIPE = Recipe(
    name="misp_workbench",
    repo="MISP/misp-workbench",
    style="FastAPI, classic Column beside Mapped enums, a module per feature",
    files=("api/app/models/*.py",),
    strip="api/",
    stubs={"app/__init__.py": "",
           "app/database.py": "from sqlalchemy.orm import declarative_base\n\nBase = declarative_base()\n"},
    stub_roots=("*",),
    metadata="app.database:Base.metadata",
    imports=("app/models/*.py",),
    models="app/models",
    drift=(
        "ALTER TABLE hunts RENAME COLUMN description TO summary",
        "ALTER TABLE audit_logs RENAME COLUMN metadata TO details",
        "ALTER TABLE organisations ALTER COLUMN name SET NOT NULL",
        "ALTER TABLE api_keys ALTER COLUMN comment TYPE varchar(500)",
        "ALTER TABLE audit_logs ADD COLUMN request_id uuid",
        "ALTER TABLE lab_notebooks ALTER COLUMN source SET DEFAULT '# new notebook'",
        "ALTER TABLE api_keys ALTER COLUMN scopes SET DEFAULT '[\"events:read\"]'::jsonb",
        "CREATE INDEX ix_exports_status_pending ON exports (status) WHERE status <> 'done'",
        "ALTER TABLE exports ADD CONSTRAINT ck_exports_file_size CHECK (file_size >= 0)",
        "COMMENT ON COLUMN audit_logs.ip_address IS 'the client address'",
        "ALTER TABLE notifications DROP COLUMN entity_type",
        "CREATE TABLE export_downloads (id serial PRIMARY KEY,"
        " export_id integer NOT NULL REFERENCES exports (id) ON DELETE CASCADE,"
        " downloaded_from inet, downloaded_at timestamptz NOT NULL DEFAULT now())",
        "ALTER TABLE hunt_run_history RENAME TO hunt_runs",
    ),
    dropped=("notifications.entity_type",),
)
