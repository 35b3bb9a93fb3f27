"""goat-community/goat (Plan4Better's web-mapping and accessibility-planning platform; its ``core``
app): SQLModel 0.0.24 ``table=True`` classes in two PostgreSQL schemas named by the settings
(``__table_args__ = {"schema": settings.CUSTOMER_SCHEMA}`` / ``ACCOUNTS_SCHEMA``) with foreign keys
written as f-strings over the same settings (``ForeignKey(f"{settings.ACCOUNTS_SCHEMA}.user.id")``);
nearly every field is a full ``sa_column=Column(...)`` (``UUID(as_uuid=True)`` keys with
``server_default=text("uuid_generate_v4()")``, ``JSONB``, ``ARRAY(Integer)`` / ``ARRAY(Float)`` /
``ARRAY(Text)`` / ``ARRAY(UUID())`` with ``index=True``, ``server_default="False"`` as a bare
string), a timestamp mixin whose ``created_at`` has a ``to_char(CURRENT_TIMESTAMP AT TIME ZONE
'UTC', ...)::timestamptz`` server default and whose ``updated_at`` has an ``onupdate`` computed at
import, a native ``Enum`` with ``values_callable``, non-table pydantic bases that carry columns
(``LayerBase``, ``ContentBaseAttributes``, ``GeospatialAttributes``), a table whose 100-odd columns
come from ``pydantic.create_model(**generate_field_definitions())`` (a loop of ``f"integer_attr{i}"``
fields: nothing a reader can see statically), a GiST index declared at module level over
``ScenarioFeature.__table__.c.geom``, and ``UniqueConstraint(...)`` written as bare statements in
class bodies (they do nothing, as in the project). The settings, the job / data-store schemas'
enums and ``geoalchemy2`` (no PostGIS here: ``Geometry`` is ``polygon``) are stubs of our own. It showed
two misreadings, mended since: the mixin's ``to_char(...)::timestamptz`` default did not compare equal to the
form PostgreSQL stores (parentheses added, ``timestamp with time zone``), and an index the drift adds
was written ``index=True``, which SQLAlchemy names ``ix_customer_project_user_id`` on a table whose schema
is ``settings.CUSTOMER_SCHEMA``, not the database's ``ix_project_user_id``."""

from recipe import GEOALCHEMY2_STUBS, Recipe

_MODELS = "core.db.models."

RECIPE = Recipe(
    name="goat",
    repo="goat-community/goat",
    style="SQLModel sa_column everywhere, schemas from settings, create_model columns",
    # its pyproject.toml: the SQLModel it pins (0.0.24, whose datetime is a plain DateTime)
    files=("apps/core/pyproject.toml", "apps/core/src/core/db/models/*.py"),
    strip=("apps/core/src/", "apps/core/"),
    stubs={
        **GEOALCHEMY2_STUBS,
        "geoalchemy2/shape.py": "def to_shape(element):\n    return element\n",
        "core/__init__.py": "",
        "core/core/__init__.py": "",
        "core/core/config.py": (
            "class _Settings:\n"
            "    USER_DATA_SCHEMA = 'user_data'\n"
            "    CUSTOMER_SCHEMA = 'customer'\n"
            "    ACCOUNTS_SCHEMA = 'accounts'\n"
            "    DEFAULT_PROJECT_THUMBNAIL = 'https://example.org/project.png'\n"
            "    DEFAULT_LAYER_THUMBNAIL = 'https://example.org/layer.png'\n\n\n"
            "settings = _Settings()\n"),
        "core/schemas/__init__.py": "",
        "core/schemas/job.py": (
            "from enum import Enum\n\n\n"
            "class JobType(str, Enum):\n    file_import = 'file_import'\n    join = 'join'\n"
            "    buffer = 'buffer'\n\n\n"
            "class JobStatusType(str, Enum):\n    pending = 'pending'\n    running = 'running'\n"
            "    finished = 'finished'\n    failed = 'failed'\n"),
        "core/schemas/data_store.py": (
            "from enum import Enum\n\n\n"
            "class DataStoreType(str, Enum):\n    s3 = 's3'\n    postgis = 'postgis'\n"),
    },
    stub_roots=("pycountry",),
    metadata="sqlmodel:SQLModel.metadata",
    imports=("core.db.models",),
    models="core/db/models",
    schemas=("customer", "accounts"),
    prelude=("CREATE FUNCTION uuid_generate_v4() RETURNS uuid LANGUAGE sql AS 'SELECT gen_random_uuid()'",
             "CREATE SCHEMA customer", "CREATE SCHEMA accounts"),
    # its apps/core/pyproject.toml pins
    probe_packages=("sqlmodel==0.0.24", "pydantic==2.11.5", "sqlalchemy==2.0.41", "alembic", "psycopg2-binary",
                    "email-validator"),
    line_length=88,  # ruff's default (its settings set none)
    drift=(
        "ALTER TABLE customer.folder RENAME COLUMN name TO title",
        'ALTER TABLE accounts."user" ALTER COLUMN firstname SET NOT NULL',
        "CREATE TABLE customer.project_comment (id uuid PRIMARY KEY DEFAULT uuid_generate_v4(),"
        " project_id uuid NOT NULL REFERENCES customer.project (id) ON DELETE CASCADE,"
        " body text NOT NULL, created_at timestamptz NOT NULL DEFAULT now())",
        "ALTER TABLE customer.uploaded_asset ALTER COLUMN mime_type TYPE varchar(255)",
        "ALTER TABLE accounts.team DROP COLUMN avatar",
        "CREATE INDEX ix_project_user_id ON customer.project (user_id)",
        "CREATE INDEX ix_job_payload ON customer.job USING gin (payload)",
        "COMMENT ON COLUMN customer.job.status_simple IS 'pending, running, finished or failed'",
        "ALTER TABLE customer.scenario ALTER COLUMN name SET DEFAULT 'Untitled'",
        "ALTER TABLE accounts.organization ADD COLUMN website text",
        "COMMENT ON TABLE customer.data_store IS 'where a layer''s data is kept'",
        "ALTER TABLE customer.status ALTER COLUMN status TYPE varchar(32)",
        "ALTER TABLE customer.system_task RENAME TO scheduled_task",
    ),
    dropped=("team.avatar",),
)
