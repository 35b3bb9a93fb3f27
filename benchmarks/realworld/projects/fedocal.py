"""fedora-infra/fedocal: classic declarative on ``BASE = declarative_base()`` (an upper-case name),
string primary keys (``calendar_name = Column(String(80), primary_key=True)``), a status table of
one column, foreign keys with ``onupdate='CASCADE'``, Python-side SQL defaults
(``default=safunc.now()`` of ``from sqlalchemy import func as safunc``) on ``Date`` and ``Time``
columns, docstrings with a space after their opening quotes, ``from __future__ import
unicode_literals``."""

from recipe import Recipe

RECIPE = Recipe(
    name="fedocal",
    repo="fedora-infra/fedocal",
    style="classic declarative, string primary keys, func alias defaults",
    files=("fedocal/fedocallib/model.py",),
    stubs={"fedocal/__init__.py": "", "fedocal/fedocallib/__init__.py": ""},
    stub_roots=("*",),
    metadata="fedocal.fedocallib.model:BASE.metadata",
    imports=("fedocal.fedocallib.model",),
    models="fedocal/fedocallib",
    line_length=79,
    drift=(
        "ALTER TABLE calendars RENAME COLUMN calendar_contact TO contact",
        "ALTER TABLE calendars ALTER COLUMN calendar_description TYPE text",
        "ALTER TABLE meetings ALTER COLUMN meeting_location SET NOT NULL",
        "ALTER TABLE users ADD COLUMN timezone varchar(60)",
        "CREATE INDEX ix_meetings_meeting_date ON meetings (meeting_date)",
        "COMMENT ON COLUMN meetings.full_day IS 'no start or stop time'",
        "ALTER TABLE meetings DROP COLUMN recursion_ends",
        "ALTER TABLE meetings ALTER COLUMN meeting_timezone SET DEFAULT 'UTC'",
        "CREATE TABLE meeting_notes (id serial PRIMARY KEY, meeting_id integer NOT NULL"
        " REFERENCES meetings (meeting_id), body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE meetings RENAME TO meetings_v2",
    ),
    dropped=("meetings.recursion_ends",),
)
