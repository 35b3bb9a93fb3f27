"""meltano/meltano: the system database's SQLAlchemy 2.0 models: a ``DeclarativeBase`` on a
``MetaData`` of its own with a ``type_annotation_map``, ``Mapped[IntPK]`` / ``Mapped[GUIDType]``
``Annotated`` aliases of another module that carry ``mapped_column(...)``, an attribute mapped
under another column name with ``mapped_column(name="state")`` (``_state``), TypeDecorators
(``GUID``, ``DateTimeUTC``, ``JSONEncodedDict`` under ``MutableDict.as_mutable``, ``IntFlag``),
``hybrid_property`` with a custom comparator. meltano's utilities and errors are stubs."""

from recipe import Recipe

RECIPE = Recipe(
    name="meltano",
    repo="meltano/meltano",
    style="2.0 Mapped, Annotated aliases carrying mapped_column, name= columns",
    files=("src/meltano/core/models.py", "src/meltano/core/job/__init__.py", "src/meltano/core/job/finder.py",
           "src/meltano/core/job/job.py", "src/meltano/core/job_state.py", "src/meltano/core/setting.py",
           "src/meltano/core/sqlalchemy.py"),
    strip="src/",
    stubs={"meltano/__init__.py": "", "meltano/core/__init__.py": ""},
    stub_roots=("*",),
    metadata="meltano.core.models:SystemMetadata",
    imports=("meltano.core.job", "meltano.core.job_state", "meltano.core.setting"),
    models="meltano/core",
    line_length=88,
    drift=(
        "ALTER TABLE plugin_settings RENAME COLUMN label TO title",
        "ALTER TABLE runs ALTER COLUMN job_name TYPE varchar(512)",
        "ALTER TABLE runs ALTER COLUMN ended_at SET NOT NULL",
        "ALTER TABLE state ADD COLUMN owner varchar(64)",
        "CREATE INDEX ix_runs_job_name ON runs (job_name)",
        "COMMENT ON COLUMN runs.payload IS 'the job payload'",
        "ALTER TABLE plugin_settings DROP COLUMN description",
        "ALTER TABLE plugin_settings ALTER COLUMN enabled SET DEFAULT false",
        "CREATE TABLE run_tags (id serial PRIMARY KEY, run_id integer NOT NULL REFERENCES runs (id),"
        " tag varchar(64) NOT NULL)",
        "ALTER TABLE runs RENAME TO runs_v2",
    ),
    dropped=("plugin_settings.description",),
)
