"""PnX-SI/GeoNature (the French national parks' and regional naturalist networks' biodiversity platform:
metadata of acquisition frameworks and datasets, the central synthesis of observations, imports,
permissions, monitoring sites, sensitivity rules, notifications; Flask, Alembic-managed; the
``backend/geonature/core`` packages) - about 90 tables of Flask-SQLAlchemy 3.0 on SQLAlchemy 1.4 (the
project pins 1.4.54), spread over ten PostgreSQL schemas (``gn_commons``, ``gn_meta``, ``gn_synthese``,
``gn_imports``, ``gn_permissions``, ``gn_monitoring``, ``gn_profiles``, ``gn_sensitivity``,
``gn_notifications``, and views of ``utilisateurs``), each class naming its own in ``__table_args__``
(``{"schema": "gn_meta"}``, some with ``"extend_existing": True`` for another library's tables mapped
again) and association ``DB.Table`` objects with ``schema=``. Keys are written three ways, often in one
class: ``"schema.table.column"`` strings, class attributes of other libraries' classes
(``ForeignKey(TNomenclatures.id_nomenclature)``, dozens of nomenclature keys whose Python-side default is
a ``lambda`` asking the nomenclature library for the default code), and class attributes of the
project's own (``ForeignKey(Synthese.id_synthese)``). Also: ``db`` and ``DB`` as two names of one
Flask-SQLAlchemy object in the same module; single-table inheritance with ``polymorphic_on`` a
``type`` column and a ``_polymorphic_map`` of a ``defaultdict`` subclass declared in the class body
(``TModules`` -> ``ImportModule``, ``MappingTemplate`` -> ``FieldMapping`` / ``ContentMapping``);
``server_default=FetchedValue()`` columns a trigger fills, ``deferred(db.Column(Geometry(...)))``,
``JSONB`` / ``ARRAY`` / ``UUID(as_uuid=True)``, ``MutableDict``, ``column_property`` and
``association_proxy``, views mapped as tables, a column declared twice in one class body, marshmallow
schema classes beside the models, the ``@serializable`` / ``@geoserializable(...)`` class decorators
of utils-flask-sqla(-geo) and query classes chosen by ``flask_sqlalchemy.__version__``.

Ours: ``geonature.utils.env`` (the ``db``), geoalchemy2 (no PostGIS on the embedded server: a
``Geometry`` is ``polygon``), and the tables of the suite's other libraries the keys reach (UsersHub's
roles and organisms, the nomenclatures, RefGeo's areas, TaxHub's TAXREF, Habref), their keys and the
columns the models name only. The rest of the application (permission tools, celery, config) and the
libraries not installed (marshmallow, utils-flask-sqla(-geo), jsonschema, geojson) are permissive stubs.
Two keys of the models PostgreSQL refuses are mended in the laid-out copy (see ``fixes``); the models
have no PostgreSQL enum, so the drift adds no label."""

from recipe import GEOALCHEMY2_STUBS, Recipe

# the application's ``db``, and the SINP protocols table of gn_meta that the migrations make and no model
# maps, though the datasets' protocols key it (ours: its key and name; here, where the models' imports
# lead the reader)
_ENV = '''from flask_sqlalchemy import SQLAlchemy

DB = db = SQLAlchemy()


class SinpDatatypeProtocols(db.Model):
    __tablename__ = "sinp_datatype_protocols"
    __table_args__ = {"schema": "gn_meta"}

    id_protocol = db.Column(db.Integer, primary_key=True)
    protocol_name = db.Column(db.Unicode(255), nullable=False)
'''

# UsersHub's two tables the keys reach (ours)
_USERSHUB_MODELS = '''from geonature.utils.env import db


class Organisme(db.Model):
    __tablename__ = "bib_organismes"
    __table_args__ = {"schema": "utilisateurs"}

    id_organisme = db.Column(db.Integer, primary_key=True)
    nom_organisme = db.Column(db.Unicode)


class User(db.Model):
    __tablename__ = "t_roles"
    __table_args__ = {"schema": "utilisateurs"}

    id_role = db.Column(db.Integer, primary_key=True)
    id_organisme = db.Column(db.Integer, db.ForeignKey(Organisme.id_organisme))
    identifiant = db.Column(db.Unicode)
    nom_role = db.Column(db.Unicode)
    prenom_role = db.Column(db.Unicode)

    organisme = db.relationship(Organisme)
'''

# the nomenclature library's two tables (ours): a type, its codes
_NOMENCLATURE_MODELS = '''from geonature.utils.env import db


class BibNomenclaturesTypes(db.Model):
    __tablename__ = "bib_nomenclatures_types"
    __table_args__ = {"schema": "ref_nomenclatures"}

    id_type = db.Column(db.Integer, primary_key=True)
    mnemonique = db.Column(db.Unicode(255), unique=True)
    label_default = db.Column(db.Unicode(255))


class TNomenclatures(db.Model):
    __tablename__ = "t_nomenclatures"
    __table_args__ = {"schema": "ref_nomenclatures"}

    id_nomenclature = db.Column(db.Integer, primary_key=True)
    id_type = db.Column(db.Integer, db.ForeignKey(BibNomenclaturesTypes.id_type))
    cd_nomenclature = db.Column(db.Unicode(255))
    mnemonique = db.Column(db.Unicode(255))
    label_default = db.Column(db.Unicode(255))

    nomenclature_type = db.relationship(BibNomenclaturesTypes, backref="nomenclatures")

    @staticmethod
    def get_default_nomenclature(mnemonique, id_organism=0):
        return None
'''

# RefGeo's two tables (ours)
_REF_GEO_MODELS = '''from geonature.utils.env import db


class BibAreasTypes(db.Model):
    __tablename__ = "bib_areas_types"
    __table_args__ = {"schema": "ref_geo"}

    id_type = db.Column(db.Integer, primary_key=True)
    type_code = db.Column(db.Unicode(25), nullable=False)


class LAreas(db.Model):
    __tablename__ = "l_areas"
    __table_args__ = {"schema": "ref_geo"}

    id_area = db.Column(db.Integer, primary_key=True)
    id_type = db.Column(db.Integer, db.ForeignKey(BibAreasTypes.id_type), nullable=False)
    area_name = db.Column(db.Unicode)
    area_code = db.Column(db.Unicode)

    area_type = db.relationship(BibAreasTypes)
'''

# TaxHub's TAXREF and its tree (ours)
_TAXHUB_MODELS = '''from geonature.utils.env import db


class Taxref(db.Model):
    __tablename__ = "taxref"
    __table_args__ = {"schema": "taxonomie"}

    cd_nom = db.Column(db.Integer, primary_key=True)
    cd_ref = db.Column(db.Integer)
    lb_nom = db.Column(db.Unicode)
    nom_complet = db.Column(db.Unicode)


class TaxrefTree(db.Model):
    __tablename__ = "vm_taxref_tree"
    __table_args__ = {"schema": "taxonomie"}

    cd_nom = db.Column(db.Integer, db.ForeignKey(Taxref.cd_nom), primary_key=True)
    path = db.Column(db.Unicode)
'''

# Habref's habitats (ours)
_HABREF_MODELS = '''from geonature.utils.env import db


class Habref(db.Model):
    __tablename__ = "habref"
    __table_args__ = {"schema": "ref_habitats"}

    cd_hab = db.Column(db.Integer, primary_key=True)
    lb_hab_fr = db.Column(db.Unicode)
'''

_CORE = "backend/geonature/core/"
_PACKAGES = ("gn_commons", "gn_meta", "gn_monitoring", "gn_permissions", "gn_profiles", "gn_synthese", "imports",
             "notifications", "sensitivity", "users")
_SCHEMAS = ("gn_commons", "gn_meta", "gn_synthese", "gn_imports", "gn_permissions", "gn_monitoring", "gn_profiles",
            "gn_sensitivity", "gn_notifications")

RECIPE = Recipe(
    name="geonature",
    repo="PnX-SI/GeoNature",
    style="1.4 Flask-SQLAlchemy, ten PG schemas, keys to other libraries' classes, single-table inheritance",
    files=(_CORE + "*/models.py", _CORE + "gn_commons/models/*.py", _CORE + "gn_meta/models/*.py"),
    strip="backend/",
    stubs={
        "geonature/__init__.py": "",
        "geonature/core/__init__.py": "",
        **{f"geonature/core/{package}/__init__.py": "" for package in _PACKAGES},
        "geonature/utils/__init__.py": "",
        "geonature/utils/env.py": _ENV,
        **GEOALCHEMY2_STUBS,
        "geoalchemy2/shape.py": "def to_shape(element):\n    raise NotImplementedError\n",
        "pypnusershub/__init__.py": "",
        "pypnusershub/db/__init__.py": "",
        "pypnusershub/db/models.py": _USERSHUB_MODELS,
        "pypnnomenclature/__init__.py": "",
        "pypnnomenclature/models.py": _NOMENCLATURE_MODELS,
        "ref_geo/__init__.py": "",
        "ref_geo/models.py": _REF_GEO_MODELS,
        "apptax/__init__.py": "",
        "apptax/taxonomie/__init__.py": "",
        "apptax/taxonomie/models.py": _TAXHUB_MODELS,
        "pypn_habref_api/__init__.py": "",
        "pypn_habref_api/models.py": _HABREF_MODELS,
    },
    stub_roots=("*",),
    fixes={
        # the entities' two keys to their unique and UUID fields are declared ``primary_key=True`` beside
        # ``id_entity``, so the key is of three columns, which the keys to ``bib_entities.id_entity`` (the
        # parent's, the entity fields') cannot reference: PostgreSQL refuses them (the project's migrations
        # make id_entity the key alone); the laid-out copy declares the two as plain keys
        "geonature/core/imports/models.py": (
            'db.Integer, db.ForeignKey("gn_imports.bib_fields.id_field"), primary_key=True',
            'db.Integer, db.ForeignKey("gn_imports.bib_fields.id_field")'),
        # the validations' key to the synthesis' ``unique_id_sinp``, a column the model leaves without the
        # UNIQUE its SQL gives it (``unique_id_sinp_unique``): PostgreSQL refuses the key; the laid-out
        # copy declares it unique
        "geonature/core/gn_synthese/models.py": (
            "    id_synthese = DB.Column(DB.Integer, primary_key=True)\n"
            "    unique_id_sinp = DB.Column(UUID(as_uuid=True))\n",
            "    id_synthese = DB.Column(DB.Integer, primary_key=True)\n"
            "    unique_id_sinp = DB.Column(UUID(as_uuid=True), unique=True)\n"),
    },
    # the embedded server has no uuid-ossp, and the nomenclature library's SQL function that some server
    # defaults call is made by its migrations: a function of each name stands in for it (ours)
    prelude=(*(f"CREATE SCHEMA {schema}" for schema in
               (*_SCHEMAS, "utilisateurs", "ref_nomenclatures", "ref_geo", "taxonomie", "ref_habitats")),
             "CREATE FUNCTION uuid_generate_v4() RETURNS uuid LANGUAGE sql AS 'SELECT gen_random_uuid()'",
             "CREATE FUNCTION ref_nomenclatures.get_default_nomenclature_value(character varying,"
             " integer DEFAULT 0) RETURNS integer LANGUAGE sql AS 'SELECT NULL::integer'"),
    metadata="geonature.utils.env:db.metadata",
    imports=("geonature.core.gn_commons.models", "geonature.core.gn_meta.models",
             "geonature.core.gn_permissions.models", "geonature.core.imports.models",
             "geonature.core.gn_synthese.models", "geonature.core.gn_monitoring.models",
             "geonature.core.gn_profiles.models", "geonature.core.notifications.models",
             "geonature.core.sensitivity.models", "geonature.core.users.models"),
    models="geonature/core",
    schemas=(*_SCHEMAS, "utilisateurs"),
    line_length=100,  # pyproject.toml [tool.black]
    probe_packages=("sqlalchemy==1.4.54", "flask-sqlalchemy==3.0.5", "flask==3.1.3", "werkzeug==3.1.6",
                    "alembic==1.14.0", "psycopg2-binary", "packaging"),
    # the models have no PostgreSQL enum
    drift=(
        "ALTER TABLE gn_commons.t_mobile_apps RENAME COLUMN url_apk TO apk_url",
        "ALTER TABLE gn_commons.t_modules ALTER COLUMN module_code SET NOT NULL",
        "CREATE TABLE gn_meta.t_dataset_tags (id_tag serial PRIMARY KEY,"
        " id_dataset integer NOT NULL REFERENCES gn_meta.t_datasets (id_dataset) ON DELETE CASCADE,"
        " tag varchar(50) NOT NULL, meta_create_date timestamp NOT NULL DEFAULT now(), UNIQUE (id_dataset, tag))",
        "ALTER TABLE gn_imports.bib_entities ALTER COLUMN label TYPE varchar(128)",
        "ALTER TABLE gn_commons.t_mobile_apps DROP COLUMN version_code",
        "CREATE INDEX i_t_base_visits_visit_date_min ON gn_monitoring.t_base_visits (visit_date_min)",
        "COMMENT ON COLUMN gn_synthese.synthese.unique_id_sinp IS 'identifiant unique SINP de l''observation'",
        "COMMENT ON TABLE gn_notifications.t_notifications IS 'notifications envoyées aux utilisateurs'",
        "ALTER TABLE gn_commons.t_modules ALTER COLUMN active_frontend SET DEFAULT true",
        "ALTER TABLE gn_commons.t_places ADD COLUMN id_organism integer"
        " REFERENCES utilisateurs.bib_organismes (id_organisme)",
        "ALTER TABLE gn_notifications.t_notifications ALTER COLUMN url TYPE varchar(2048)",
        # the profiles' parameters, whose class has the name of gn_commons' parameters' class (TParameters)
        "ALTER TABLE gn_profiles.t_parameters ALTER COLUMN name TYPE varchar(255)",
        "ALTER TABLE gn_meta.t_datasets RENAME TO t_jeux_donnees",
    ),
    dropped=("t_mobile_apps.version_code",),
    note=("the failing check: two classes of the project are named ``TParameters`` (gn_commons.t_parameters in "
          "gn_commons/models/base.py, gn_profiles.t_parameters in gn_profiles/models.py): the reader keeps the "
          "first and leaves the other unread (a note), so the widened gn_profiles.t_parameters.name is not "
          "compared and Alembic reports it"),
)
