"""OpenAdaptAI/OpenAdapt (its legacy package): classic declarative on a base that a factory
function makes (``Base = get_base()``: ``declarative_base(cls=BaseModel, metadata=MetaData(
naming_convention=...))``), ``import sqlalchemy as sa`` with ``sa.Column(sa.ForeignKey(...))``
typed by the target, a TypeDecorator of the module (``impl = sa.Numeric(10, 2,
asdecimal=False)``), unsized ``sa.String``. Its configuration is a stand-in of ours (the
database URL it makes an engine of at import); the rest of the application is stubs."""

from recipe import Recipe

RECIPE = Recipe(
    name="openadapt",
    repo="OpenAdaptAI/OpenAdapt",
    style="classic declarative on a factory-made base, sa. prefix, naming convention",
    files=("legacy/openadapt/models.py", "legacy/openadapt/db/db.py"),
    strip="legacy/",
    stubs={"openadapt/__init__.py": "", "openadapt/db/__init__.py": "",
           "openadapt/config.py": "class _Config:\n    DB_URL = 'sqlite://'\n    DB_ECHO = False\n\n"
                                  "    def __getattr__(self, name):\n        return ''\n\n\n"
                                  "config = _Config()\nRECORDING_DIR_PATH = '/tmp'\n"},
    stub_roots=("openadapt", "*"),
    metadata="openadapt.db.db:Base.metadata",
    imports=("openadapt.models",),
    models="openadapt",
    drift=(
        "ALTER TABLE recording RENAME COLUMN task_description TO description",
        "ALTER TABLE action_event ALTER COLUMN name TYPE varchar(80)",
        "ALTER TABLE recording ALTER COLUMN platform SET NOT NULL",
        "ALTER TABLE recording ADD COLUMN duration double precision",
        "CREATE INDEX ix_action_event_recording_id ON action_event (recording_id)",
        "COMMENT ON COLUMN recording.config IS 'the settings it was recorded with'",
        "ALTER TABLE action_event DROP COLUMN mouse_dx",
        "ALTER TABLE recording ALTER COLUMN monitor_width SET DEFAULT 1920",
        "CREATE TABLE recording_note (id serial PRIMARY KEY, recording_id integer NOT NULL"
        " REFERENCES recording (id), body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE recording RENAME TO recording_v2",
    ),
    dropped=("action_event.mouse_dx",),
)
