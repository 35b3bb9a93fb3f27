"""GEMINI-Breeding/gemini-framework (the data platform of the GEMINI plant-breeding project: experiments,
seasons, sites, plots, cultivars, sensors, traits and the datasets and records they produce, behind a
FastAPI/Litestar REST layer; PostgreSQL only) - SQLAlchemy 2.0 ``Mapped[...] = mapped_column(...)``
classes, one module per entity, on an ``__abstract__`` ``DeclarativeBase`` (beside sqlalchemy-mixins'
``SerializeMixin``) whose ``metadata`` is ``MetaData(schema="gemini")``: every table lives in the
``gemini`` schema though no class says so, and every ``ForeignKey`` names ``"gemini.<table>.id"``.
Three more ``__abstract__`` bases (views, materialized views, "columnar" record tables) add class methods
only. The unusual parts: database views mapped as ordinary classes (``create_all`` makes tables of them,
with composite primary keys over the view's join columns, ``Mapped[str]`` columns of ``String`` without
length, ``Mapped[UUID]`` annotated with SQLAlchemy's own ``UUID`` type); ``UUID(as_uuid=False)`` keys
with a Python-side ``uuid.uuid4`` annotated ``Mapped[uuid.UUID]``; ``JSONB`` columns with ``default={}``
and GIN indexes (``Index(..., postgresql_using="GIN")``); unnamed ``CheckConstraint``\\ s and unnamed
composite ``UniqueConstraint``\\ s over up to sixteen columns; ``Mapped[date]`` on a ``TIMESTAMP``
column; some modules indented by two spaces; ``base.py`` repeats its own import block twice. The
application's settings manager, database configuration and engine (which ``base.py`` builds at import)
are stubs of our own; only the view modules the models package imports are laid out. It showed an
import a class docstring mentions (``JSONB``) kept after the drop of the column that used it (ruff's
F401); a docstring is no use now (8/8)."""

from recipe import Recipe

# the component-settings manager base.py asks for the database's credentials (ours)
MANAGER = '''from enum import Enum


class GEMINIComponentType(str, Enum):
    DB = "db"


class GEMINIManager:
    def get_component_settings(self, component):
        return {"GEMINI_DB_USER": "gemini", "GEMINI_DB_PASSWORD": "gemini", "GEMINI_DB_HOSTNAME": "localhost",
                "GEMINI_DB_PORT": 5432, "GEMINI_DB_NAME": "gemini"}
'''

# the database configuration and engine wrapper base.py builds at import (ours: nothing connects)
CONFIG = '''class DatabaseConfig:
    def __init__(self, database_url, **kwargs):
        self.database_url = database_url
'''

ENGINE = '''class DatabaseEngine:
    def __init__(self, config):
        self.config = config

    def get_session(self):
        raise RuntimeError("no database in the corpus stub")
'''

_VIEWS = ("plot_view", "plot_cultivar_view", "dataset_views", "experiment_views", "sensor_records_immv",
          "trait_records_immv", "__init__")

RECIPE = Recipe(
    name="gemini_framework",
    repo="GEMINI-Breeding/gemini-framework",
    style="2.0 Mapped, MetaData(schema=) on an abstract base, views mapped as classes, JSONB GIN indexes",
    files=("gemini/__init__.py", "gemini/db/__init__.py", "gemini/db/core/__init__.py", "gemini/db/core/base.py",
           "gemini/db/models/*.py", "gemini/db/models/columnar/*.py",
           *(f"gemini/db/models/views/{name}.py" for name in _VIEWS)),
    stubs={"gemini/manager.py": MANAGER,
           "gemini/db/config.py": CONFIG,
           "gemini/db/core/engine.py": ENGINE},
    metadata="gemini.db.core.base:BaseModel.metadata",
    imports=("gemini.db.models",),
    models="gemini/db",
    schemas=("gemini",),
    prelude=("CREATE SCHEMA gemini",),
    drift=(
        "ALTER TABLE gemini.sites RENAME COLUMN site_state TO site_region",
        "ALTER TABLE gemini.cultivars ALTER COLUMN cultivar_info SET NOT NULL",
        "ALTER TABLE gemini.scripts ALTER COLUMN script_url TYPE varchar(1024)",
        "ALTER TABLE gemini.sensors ADD COLUMN serial_number varchar(64)",
        "CREATE INDEX ix_plots_experiment_season ON gemini.plots (experiment_id, season_id)",
        "COMMENT ON COLUMN gemini.traits.trait_units IS 'SI unit of the measured value'",
        "COMMENT ON TABLE gemini.resources IS 'files attached to an experiment'",
        "ALTER TABLE gemini.data_formats ALTER COLUMN data_format_mime_type SET DEFAULT 'application/octet-stream'",
        "ALTER TABLE gemini.datasets DROP COLUMN dataset_info",
        "CREATE TABLE gemini.plot_images (id uuid PRIMARY KEY,"
        " plot_id uuid NOT NULL REFERENCES gemini.plots (id) ON DELETE CASCADE,"
        " uri varchar(255) NOT NULL, taken_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE gemini.seasons ALTER COLUMN season_end_date SET NOT NULL",
        "ALTER TABLE gemini.trait_levels RENAME TO trait_level",
    ),
    dropped=("datasets.dataset_info",),
)
