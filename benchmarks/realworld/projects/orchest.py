"""orchest/orchest (the orchest-api service): Flask-SQLAlchemy 2 on SQLAlchemy 1.4, ``db.Column``
classes in one 1,300-line ``models/_core.py`` re-exported by the package; a ``db`` made with the
naming convention of a shared library's configuration module (``MetaData(naming_convention=
_config.database_naming_convention)``), single-table inheritance of pipeline runs (interactive and
scheduled), ``deferred(db.Column(JSONB, ...))``, ``server_default=text(...)`` and string
defaults, composite foreign keys with ``ondelete``, and module-level indexes after the classes -
one a GIN index over a full-text expression held in a private class attribute
(``NonInteractivePipelineRun._NonInteractivePipelineRun__text_search_vector``, Python's mangled
name). The application's other modules (Kubernetes clients) are permissive stubs. It showed five
misreadings, 37 edits where nothing had drifted: the convention of the other module was not read
(every unnamed index named ``ix_<table>_<first column>``), an unnamed index of several columns was
named after its first column under a ``_N_`` convention, the foreign keys written as statements of
their own after the classes (``ForeignKeyConstraint([Job.project_uuid, Job.pipeline_uuid], ...)``,
20 of them) were not read, nor an ``Index(...)`` statement a stray comma made a tuple, and the
private attribute was taken for a column."""

from recipe import Recipe

RECIPE = Recipe(
    name="orchest",
    repo="orchest/orchest",
    style="Flask-SQLAlchemy 2 on SQLAlchemy 1.4, single-table inheritance, module-level indexes",
    files=("services/orchest-api/app/app/models/*.py", "services/orchest-api/app/app/connections.py",
           "lib/python/orchest-internals/_orchest/internals/config.py"),
    strip=("services/orchest-api/app/", "lib/python/orchest-internals/"),
    stubs={"app/__init__.py": "", "_orchest/__init__.py": "", "_orchest/internals/__init__.py": ""},
    # two module-level constraints repeat another's key on the same single table (the pipeline
    # key of every event under PipelineEvent, the run key of every run event): the naming convention
    # gives each pair one name and CREATE TABLE fails; the repeats are taken out
    fixes={"app/models/_events.py": (
        ("ForeignKeyConstraint(\n    [InteractiveSessionEvent.project_uuid, InteractiveSessionEvent.pipeline_uuid],\n"
         "    [_core_models.Pipeline.project_uuid, _core_models.Pipeline.uuid],\n    ondelete=\"CASCADE\",\n)\n", ""),
        ("ForeignKeyConstraint(\n    [OneOffJobPipelineRunEvent.pipeline_run_uuid],\n"
         "    [_core_models.NonInteractivePipelineRun.uuid],\n    ondelete=\"CASCADE\",\n)\n", ""),
    )},
    stub_roots=("*",),
    metadata="app.connections:db.metadata",
    imports=("app.models",),
    models="app/models",
    probe_packages=("sqlalchemy==1.4.54", "flask-sqlalchemy==2.5.1", "flask==1.1.4", "werkzeug==1.0.1",
                    "jinja2==2.11.3", "markupsafe==2.0.1", "itsdangerous==1.1.0", "alembic==1.13.3",
                    "psycopg2-binary"),
    drift=(
        "ALTER TABLE projects RENAME COLUMN name TO title",
        "ALTER TABLE jobs ALTER COLUMN schedule TYPE varchar(200)",
        "ALTER TABLE jobs ALTER COLUMN schedule SET NOT NULL",
        "ALTER TABLE pipelines ADD COLUMN description varchar(500)",
        "CREATE INDEX ix_jobs_name ON jobs (name)",
        "COMMENT ON COLUMN projects.uuid IS 'the project as the file system names it'",
        "ALTER TABLE jobs DROP COLUMN pipeline_name",
        "ALTER TABLE settings ALTER COLUMN name SET DEFAULT ''",
        "CREATE TABLE media_backups (id serial PRIMARY KEY,"
        " project_uuid varchar(36) NOT NULL REFERENCES projects (uuid), created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE ssh_keys RENAME TO git_ssh_keys",
    ),
    dropped=("jobs.pipeline_name",),
)
