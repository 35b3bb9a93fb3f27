"""aimhubio/aim: the structured store's classic declarative models in one module (SQLite by default,
PostgreSQL here): an association ``Table`` on ``Base.metadata``, a foreign key column without a
type (``Column(ForeignKey('experiment.id'))``: the target's), Python-side defaults that read the
insert's context (``default=default_to_run_hash``), and a column named ``datetime`` in a class
body whose default is ``datetime.datetime.utcnow``: after that line the class body's
``datetime`` is the column, not the module."""

from recipe import Recipe

RECIPE = Recipe(
    name="aim",
    repo="aimhubio/aim",
    style="classic declarative, type from the foreign key, a column named like a module",
    files=("aim/storage/structured/sql_engine/models.py",),
    stubs={"aim/__init__.py": "", "aim/storage/__init__.py": "", "aim/storage/structured/__init__.py": "",
           "aim/storage/structured/sql_engine/__init__.py": ""},
    stub_roots=("*",),
    metadata="aim.storage.structured.sql_engine.models:Base.metadata",
    imports=("aim.storage.structured.sql_engine.models",),
    models="aim/storage/structured/sql_engine",
    line_length=120,
    drift=(
        "ALTER TABLE run RENAME COLUMN finalized_at TO finished_at",
        "ALTER TABLE experiment ALTER COLUMN description SET NOT NULL",
        "ALTER TABLE tag ALTER COLUMN color TYPE varchar(16)",
        "ALTER TABLE note_audit_log ADD COLUMN logged_at timestamp DEFAULT now()",
        "CREATE INDEX ix_note_run_id ON note (run_id)",
        "COMMENT ON COLUMN note.content IS 'markdown'",
        "ALTER TABLE run_info ALTER COLUMN last_notification_index SET DEFAULT -1",
        "ALTER TABLE experiment DROP COLUMN is_archived",
        "CREATE TABLE run_metric (id serial PRIMARY KEY, run_id integer NOT NULL REFERENCES run (id),"
        " name text NOT NULL, created_at timestamp NOT NULL DEFAULT now(), UNIQUE (run_id, name))",
        "ALTER TABLE run RENAME TO run_v2",
    ),
    dropped=("experiment.is_archived",),
)
