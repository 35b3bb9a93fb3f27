"""Flexget/Flexget: every plugin makes its own declarative base with a project function,
``Base = db_schema.versioned_base("backlog", 3)``, which returns a class it defines under
``@as_declarative(metaclass=..., metadata=Base.metadata)``; renamed columns
(``task = Column("feed", String)``), ``Table(...)`` association tables next to classes,
module-level ``Index(...)`` statements and ``default=datetime.now``."""

from recipe import Recipe

MANAGER = '''\\
"""Stand-in for flexget.manager (ours): the declarative base the plugins' bases share."""

import contextlib

from sqlalchemy.orm import declarative_base, sessionmaker

Base = declarative_base()
Session = sessionmaker()


class _Manager:
    """No manager runs here: what db_schema's after_create listener does under its lock
    (recording each plugin's schema version through a session) is skipped."""

    def acquire_lock(self, event=True):
        return contextlib.suppress(Exception)


manager = _Manager()
'''

EVENT = '''\\
"""Stand-in for flexget.event (ours): the decorator registers nothing."""


def event(name, priority=128):
    return lambda function: function


def fire_event(name, *args, **kwargs):
    return None
'''

RECIPE = Recipe(
    name="flexget",
    repo="Flexget/Flexget",
    style="a base factory per plugin",
    files=("flexget/db_schema.py", "flexget/components/archive/db.py", "flexget/components/backlog/db.py",
           "flexget/components/failed/db.py", "flexget/components/history/db.py",
           "flexget/components/pending_approval/db.py", "flexget/components/rejected/db.py",
           "flexget/components/seen/db.py", "flexget/components/status/db.py"),
    stubs={"flexget/__init__.py": "", "flexget/manager.py": MANAGER, "flexget/event.py": EVENT},
    stub_roots=("flexget", "*"),
    metadata="flexget.manager:Base.metadata",
    imports=("flexget/components/*/db.py",),
    models="flexget",
    line_length=120,
    drift=(
        "ALTER TABLE history RENAME COLUMN details TO detail",
        "ALTER TABLE failed ALTER COLUMN title SET NOT NULL",
        "CREATE TABLE seen_tags (id serial PRIMARY KEY,"
        " seen_entry_id integer NOT NULL REFERENCES seen_entry (id) ON DELETE CASCADE,"
        " tag varchar(64) NOT NULL CHECK (tag <> ''), UNIQUE (seen_entry_id, tag))",
        "ALTER TABLE backlog ALTER COLUMN title TYPE varchar(255)",
        "ALTER TABLE pending_entries DROP COLUMN approved",
        "CREATE INDEX ix_status_execution_start ON status_execution (start)",
        "COMMENT ON COLUMN failed.reason IS 'why the entry failed'",
        "ALTER TABLE failed ALTER COLUMN count SET DEFAULT 1",
        "ALTER TABLE status_task ADD COLUMN last_run timestamp",
        "COMMENT ON TABLE history IS 'entries each task accepted'",
        "ALTER TABLE seen_entry RENAME TO seen_entry_v2",
    ),
    dropped=("pending_entries.approved",),
)
