"""OWASP/Nettacker (a network scanner and vulnerability assessment framework): classic declarative
on ``declarative_base()`` from ``sqlalchemy.orm`` in one module, three tables of ``Text`` and
``DateTime`` columns, integer keys with ``autoincrement=True``, no foreign key nor enum (the
application runs on SQLite, MySQL or PostgreSQL), a class whose name is not its table's
(``HostsLog`` maps ``scan_events``)."""

from recipe import Recipe

RECIPE = Recipe(
    name="nettacker",
    repo="OWASP/Nettacker",
    style="classic declarative, three tables of Text columns",
    files=("nettacker/database/models.py",),
    stubs={"nettacker/__init__.py": "", "nettacker/database/__init__.py": ""},
    metadata="nettacker.database.models:Base.metadata",
    imports=("nettacker.database.models",),
    models="nettacker/database",
    line_length=99,
    drift=(
        "ALTER TABLE reports RENAME COLUMN report_path_filename TO report_path",
        "ALTER TABLE scan_events ALTER COLUMN port TYPE varchar(16)",
        "ALTER TABLE reports ALTER COLUMN scan_unique_id SET NOT NULL",
        "ALTER TABLE scan_events ADD COLUMN severity varchar(16)",
        "CREATE INDEX ix_scan_events_scan_unique_id ON scan_events (scan_unique_id)",
        "COMMENT ON COLUMN temp_events.event_name IS 'the name of the module''s event'",
        "ALTER TABLE reports ALTER COLUMN date SET DEFAULT now()",
        "ALTER TABLE temp_events DROP COLUMN data",
        "CREATE TABLE report_notes (id serial PRIMARY KEY, report_id integer NOT NULL REFERENCES reports (id),"
        " body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE temp_events RENAME TO pending_events",
    ),
    dropped=("temp_events.data",),
)
