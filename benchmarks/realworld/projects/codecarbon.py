"""mlco2/codecarbon's carbonserver (the FastAPI server that collects CodeCarbon's emission
reports): classic declarative on a bare ``declarative_base()`` made in a module that also makes
the engine from the settings, ``postgresql.UUID(as_uuid=True)`` keys with ``index=True`` and a
Python-side ``default=uuid.uuid4``, string foreign keys with ``ondelete`` (one written in lowercase,
``"cascade"``), an association class whose composite key is two typeless ``Column(ForeignKey(...),
primary_key=True)``, ``back_populates`` relationships with ``cascade="all, delete-orphan"``, and a
wide telemetry table of nullable columns with ``JSON``. The settings are a stub of ours."""

from recipe import Recipe

RECIPE = Recipe(
    name="codecarbon",
    repo="mlco2/codecarbon",
    style="classic declarative, UUID keys, an association class with typeless foreign-key columns",
    files=("carbonserver/carbonserver/api/infra/database/sql_models.py",
           "carbonserver/carbonserver/api/infra/database/telemetry_sql_models.py",
           "carbonserver/carbonserver/database/database.py"),
    strip="carbonserver/",
    # the settings the database module makes its engine from (pydantic-settings in the project)
    stubs={"carbonserver/__init__.py": "",
           "carbonserver/config.py": "class _Settings:\n    db_url = \"sqlite://\"\n\n\nsettings = _Settings()\n"},
    metadata="carbonserver.database.database:Base.metadata",
    imports=("carbonserver.api.infra.database.sql_models", "carbonserver.api.infra.database.telemetry_sql_models"),
    models="carbonserver",
    # black's default, as the project formats (pre-commit; flake8 ignores E501), which no file the tool
    # reads says (inferred from sql_models.py it was 119, a line long only for its trailing comment)
    line_length=88,
    drift=(
        "ALTER TABLE runs RENAME COLUMN cpu_model TO cpu_name",
        "ALTER TABLE projects ALTER COLUMN name TYPE varchar(255)",
        "ALTER TABLE experiments ALTER COLUMN name SET NOT NULL",
        "ALTER TABLE organizations ADD COLUMN website varchar(255)",
        "CREATE INDEX ix_runs_timestamp ON runs (timestamp)",
        "COMMENT ON COLUMN emissions.wue IS 'water usage effectiveness'",
        "ALTER TABLE runs ALTER COLUMN tracking_mode SET DEFAULT 'machine'",
        "ALTER TABLE telemetry DROP COLUMN fastai_version",
        "CREATE TABLE experiment_notes (id serial PRIMARY KEY, experiment_id uuid NOT NULL REFERENCES experiments (id),"
        " body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE project_tokens RENAME TO project_api_tokens",
        "ALTER TABLE memberships ALTER COLUMN is_admin SET DEFAULT false",
    ),
    dropped=("telemetry.fastai_version",),
)
