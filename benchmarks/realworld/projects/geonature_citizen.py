"""PnX-SI/GeoNature-citizen (the citizen-science portal of the French national parks' GeoNature suite:
programs of observation, sites and their visits, observers and validators; Flask, the ``backend/``
package): 17 classes of Flask-SQLAlchemy 2 on SQLAlchemy 1.4 in a package per part of the application
(commons, users, observations, sites, taxonomy), every table in a PostgreSQL schema of its own
(``__table_args__ = {"schema": "gnc_core"}``, ``gnc_obstax``, ``gnc_sites``, and TaxHub's
``taxonomie`` tables, mapped again here with ``"extend_existing": True``). The ``db`` reaches the
modules by two paths: ``from gncitizen.utils.env import db`` in one, ``from server import db`` (the
application's top-level module, which re-exports it) in the others. A ``TimestampMixinModel`` and an
``ObserverMixinModel`` give their columns through ``declared_attr`` functions (the observer's key
among them); keys are written ``db.ForeignKey(OtherClass.attribute, ondelete=...)`` with class
attributes of other packages' modules, or as ``"schema.table.column"`` strings; ``primary_key=True,
unique=True`` on most keys, a Python ``Enum`` with French labels as values (a PostgreSQL ENUM of the
members' names), geoalchemy2 points and geometries, JSONB, ``server_default=expression.true()`` beside
a Python-side default, ``relationship`` backrefs and string ``foreign_keys``. The models read
``flask.current_app`` at import (the configuration, the logger): our ``gncitizen/__init__.py`` pushes
an application context. Ours as well: ``gncitizen.utils.env`` (the ``db`` and the media folder),
``server``, the TaxHub client module, geoalchemy2 (no PostGIS on the embedded server: a ``Geometry`` is
``polygon``) and utils-flask-sqla's serializer; utils-flask-sqla-geo, geojson and passlib are
permissive stubs.

One key of the taxonomy module points at a column that is not unique (``t_medias.cd_ref`` at
``bib_noms.cd_ref``): PostgreSQL refuses it, so the laid-out copy points it at ``taxref.cd_nom``, as
TaxHub's own database has it."""

from recipe import GEOALCHEMY2_STUBS, UTILS_FLASK_SQLA_STUBS, Recipe

# the application context the models read at import (ours): the configuration keys they ask for
_GNCITIZEN_INIT = '''from flask import Flask

__version__ = "0"

_app = Flask("gncitizen")
_app.config.update(VERIFY_OBSERVATIONS_ENABLED=True, API_TAXHUB="http://localhost/api/")
_app.app_context().push()
'''

# the application's environment module, as the models use it (ours)
_ENV = '''from flask_sqlalchemy import SQLAlchemy

MEDIA_DIR = "/tmp/media"

db = SQLAlchemy()
'''

_MODELS_TAXONOMY = "gncitizen/core/taxonomy/models.py"

RECIPE = Recipe(
    name="geonature_citizen",
    repo="PnX-SI/GeoNature-citizen",
    style="Flask-SQLAlchemy 2, a PostgreSQL schema per module, declared_attr mixins, db from two modules",
    files=("backend/gncitizen/core/__init__.py", "backend/gncitizen/core/*/__init__.py",
           "backend/gncitizen/core/*/models.py"),
    strip="backend/",
    stubs={
        **GEOALCHEMY2_STUBS,
        "geoalchemy2/functions.py": ("from sqlalchemy.sql.functions import GenericFunction\n\n\n"
                                     "class ST_SetSRID(GenericFunction):\n    pass\n\n\n"
                                     "class ST_GeomFromGeoJSON(GenericFunction):\n    pass\n\n\n"
                                     "class ST_GeomFromKML(GenericFunction):\n    pass\n"),
        "geoalchemy2/shape.py": "def to_shape(element):\n    raise NotImplementedError\n",
        **UTILS_FLASK_SQLA_STUBS,
        "gncitizen/__init__.py": _GNCITIZEN_INIT,
        "gncitizen/utils/__init__.py": "",
        "gncitizen/utils/env.py": _ENV,
        "gncitizen/utils/taxonomy.py": "taxhub_full_lists = {}\n",
        "server.py": "from gncitizen.utils.env import db  # noqa: F401\n",
    },
    stub_roots=("utils_flask_sqla_geo", "geojson", "passlib"),
    fixes={_MODELS_TAXONOMY: ('ForeignKey("taxonomie.bib_noms.cd_ref")', 'ForeignKey("taxonomie.taxref.cd_nom")')},
    prelude=("CREATE SCHEMA gnc_core", "CREATE SCHEMA gnc_obstax", "CREATE SCHEMA gnc_sites",
             "CREATE SCHEMA taxonomie"),
    metadata="gncitizen.utils.env:db.metadata",
    imports=("gncitizen.core.commons.models", "gncitizen.core.users.models", "gncitizen.core.observations.models",
             "gncitizen.core.sites.models", "gncitizen.core.taxonomy.models"),
    models="gncitizen/core",
    schemas=("gnc_core", "gnc_obstax", "gnc_sites", "taxonomie"),
    line_length=99,  # backend/pyproject.toml [tool.black]
    probe_packages=("sqlalchemy==1.4.54", "flask-sqlalchemy==2.5.1", "flask==2.2.5", "werkzeug==2.2.3",
                    "alembic==1.13.3", "psycopg2-binary"),
    drift=(
        "ALTER TABLE gnc_core.t_users RENAME COLUMN organism TO organization",
        "ALTER TABLE gnc_sites.t_visit ALTER COLUMN timestamp_update SET NOT NULL",
        "CREATE TABLE gnc_core.t_project_partners (id_partner serial PRIMARY KEY,"
        " id_project integer NOT NULL REFERENCES gnc_core.t_projects (id_project) ON DELETE CASCADE,"
        " name varchar(100) NOT NULL, url varchar(250), UNIQUE (id_project, name))",
        "ALTER TABLE gnc_obstax.t_obstax ALTER COLUMN comment TYPE varchar(1000)",
        "ALTER TABLE gnc_core.t_programs DROP COLUMN form_message",
        "CREATE INDEX idx_t_obstax_date ON gnc_obstax.t_obstax (date)",
        "COMMENT ON COLUMN gnc_obstax.t_obstax.cd_nom IS 'code TAXREF du taxon observé'",
        "ALTER TABLE gnc_core.t_users ALTER COLUMN active SET DEFAULT false",
        "ALTER TABLE gnc_core.t_modules ADD COLUMN position integer",
        "COMMENT ON TABLE gnc_sites.t_typesite IS 'types de sites suivis par les programmes'",
        "ALTER TYPE validationstatus ADD VALUE 'PENDING'",
        "ALTER TABLE taxonomie.bib_listes ALTER COLUMN nom_liste SET NOT NULL",
        "ALTER TABLE gnc_core.t_projects RENAME TO bib_projects",
    ),
    dropped=("t_programs.form_message",),
    note=("style: the override of the mixin's timestamp_update in VisitModel is written ``gncitizen_db.Column(...)`` "
          "with a new ``from gncitizen.utils.env import db as gncitizen_db``, though the file's ``db`` (of "
          "``server``) is the same object"),
)
