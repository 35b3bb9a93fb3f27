"""redhat-exd-rebuilds/freshmaker: Flask-SQLAlchemy (``db.Column(db.String, ...)``) on an abstract
``FreshmakerBase(db.Model)``, the app made and ``db`` bound when the package is imported (a stub of
our own gives ``db`` and ``log``), ``flask_login``'s ``UserMixin`` beside the base, integer states
from Python enums of the project, an underscore attribute mapped to another name
(``_bundle_pullspec_overrides = db.Column("bundle_pullspec_overrides", ...)``), ``Index`` items at
module level, self-referencing foreign keys, comments above most columns. The app's other modules
are permissive stubs."""

from recipe import Recipe

RECIPE = Recipe(
    name="freshmaker",
    repo="redhat-exd-rebuilds/freshmaker",
    style="Flask-SQLAlchemy, abstract base, app made at import",
    files=("freshmaker/models.py", "freshmaker/types.py"),
    stubs={"freshmaker/__init__.py": ("import logging\n\nfrom flask_sqlalchemy import SQLAlchemy\n\n"
                                      "db = SQLAlchemy()\nlog = logging.getLogger('freshmaker')\n")},
    stub_roots=("*",),
    metadata="freshmaker:db.metadata",
    imports=("freshmaker.models",),
    models="freshmaker",
    line_length=88,  # black's, as the project formats (flake8 ignores E501)
    drift=(
        "ALTER TABLE events RENAME COLUMN state_reason TO state_detail",
        "ALTER TABLE users ALTER COLUMN username TYPE varchar(300)",
        "ALTER TABLE events ALTER COLUMN time_created SET NOT NULL",
        "ALTER TABLE composes ADD COLUMN source varchar(200)",
        "CREATE INDEX ix_events_event_type_id ON events (event_type_id)",
        "COMMENT ON COLUMN artifact_builds.original_nvr IS 'name-version-release before the rebuild'",
        "ALTER TABLE artifact_builds DROP COLUMN build_args",
        "ALTER TABLE events ALTER COLUMN released SET DEFAULT true",
        "ALTER TABLE composes RENAME TO odcs_composes",
        "CREATE TABLE event_notes (id serial PRIMARY KEY, event_id integer NOT NULL REFERENCES events (id),"
        " body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
    ),
    dropped=("artifact_builds.build_args",),
)
