"""buildbot/buildbot: Core ``Table`` objects held as attributes of a plain class
(``class Model(base.DBConnectorComponent): metadata = sa.MetaData(); builds =
sautils.Table("builds", metadata, ...)``), made through the project's wrapper of ``sa.Table``
(it adds MySQL options), ``sa.Index(...)`` statements in that class body naming
``table.c.column``, type lengths from a constants module (``sa.String(model_config.hash_length)``),
a ``TypeDecorator`` of the project's (``JsonObject`` over ``Text``), ``server_default=
sa.DefaultClause("0")``. ``buildbot.db.base`` is a stand-in of ours; twisted is a stub."""

from recipe import Recipe

BASE = '''"""Stand-in (ours): the base class of the database components."""


class DBConnectorComponent:
    pass
'''

RECIPE = Recipe(
    name="buildbot",
    repo="buildbot/buildbot",
    style="Core Tables held by a plain class, a Table wrapper",
    files=("master/buildbot/db/model.py", "master/buildbot/db/model_config.py", "master/buildbot/db/migrate_utils.py",
           "master/buildbot/db/types/*.py", "master/buildbot/util/sautils.py"),
    strip="master/",
    stubs={"buildbot/__init__.py": "", "buildbot/db/__init__.py": "", "buildbot/util/__init__.py": "",
           "buildbot/db/base.py": BASE},
    stub_roots=("*",),
    metadata="buildbot.db.model:Model.metadata",
    imports=("buildbot.db.model",),
    models="buildbot/db",
    line_length=100,
    drift=(
        "ALTER TABLE masters RENAME COLUMN last_active TO last_seen",
        "ALTER TABLE projects ALTER COLUMN slug TYPE varchar(80)",
        "ALTER TABLE projects ALTER COLUMN description SET NOT NULL",
        "ALTER TABLE workers ADD COLUMN paused_reason text",
        "CREATE INDEX builds_started_at ON builds (started_at)",
        "COMMENT ON COLUMN builds.results IS '0 = SUCCESS, 1 = WARNINGS, ...'",
        "ALTER TABLE codebases DROP COLUMN slug",
        "ALTER TABLE buildrequests ALTER COLUMN priority SET DEFAULT 1",
        "CREATE TABLE build_notes (id serial PRIMARY KEY, buildid integer NOT NULL REFERENCES builds (id)"
        " ON DELETE CASCADE, note text NOT NULL, created_at integer NOT NULL)",
        "ALTER TABLE builds RENAME TO builds_v2",
    ),
    dropped=("codebases.slug",),
)
