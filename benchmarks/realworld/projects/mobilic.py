"""MTES-MCT/mobilic-api (Mobilic, the French ministry of transport's working-time logbook for road
transport workers and the inspectors who control them; Flask + GraphQL) - about 60 tables of
Flask-SQLAlchemy 2.5 ``db.Model`` classes on SQLAlchemy 1.3, most without ``__tablename__`` (the
extension's snake_case of the class name). Layered abstract bases and plain mixins: ``BaseModel`` gives
``creation_time`` and an ``id`` made by a ``declared_attr`` that returns another column when the class
defines ``_generate_id`` (``RandomNineIntId``: a key without autoincrement); ``EventBaseModel`` adds
``reception_time`` and a ``submitter_id`` foreign key from ``declared_attr``, ``DeferrableEventBaseModel``
a ``start_time`` and a CHECK named after the table in a ``declared_attr`` ``__table_args__``;
``UserEventBaseModel`` a ``user_id``; plain-class mixins ``Dismissable`` (columns, a ``declared_attr``
foreign key, a ``hybrid_property`` and its own ``__table_args__`` CHECK), ``Period`` (two columns and
a ``@db.validates``), ``HasBusiness``. Enum columns come from the project's ``enum_column(EnumClass,
...)`` helper (``db.Enum(..., native_enum=False, values_callable=...)``: a varchar and a CHECK of the
values), one column is a native PostgreSQL enum (``Enum(ControlType)``); a ``TypeDecorator``
(``DateTimeStoredAsUTC``) on nearly every timestamp, ``MutableDict.as_mutable(JSONB(...))``,
``db.ARRAY``, association ``Table`` objects on ``BaseModel.metadata``, and - the unusual part -
``__table_args__`` tuples of bare ``db.Constraint(name=...)`` placeholders for the exclusion and
CHECK constraints the migrations create. A second family of ``anon_*`` tables on another abstract
base. The application package (``app/__init__.py``: the Flask app and ``db``) is ours; the models,
the enum helper, ``app/helpers/db.py`` (the TypeDecorator), the employment-history mixin of two
classes (``app/helpers/employment.py``) and the four modules of enums the models import from the
application are the project's; the GraphQL helpers
(``app/helpers/graphene_types.py``) are ours, the other application helpers permissive stubs."""

from recipe import Recipe

# the application package, of our own: the Flask app and ``db``; and, as the project's database is only
# ever built by its migrations, a PostgreSQL rendering of a bare ``Constraint`` (the models'
# ``db.Constraint(name=...)`` placeholders for constraints the migrations create) as nothing, which
# ``create_all`` leaves out of CREATE TABLE, so that it can build the tables from the models
APP = '''from flask import Flask
from flask_sqlalchemy import SQLAlchemy
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.schema import Constraint


@compiles(Constraint, "postgresql")
def _placeholder(constraint, compiler, **kwargs):
    return None


app = Flask(__name__)
app.config["SQLALCHEMY_TRACK_MODIFICATIONS"] = False
db = SQLAlchemy()
'''

# the GraphQL helpers the models' output classes use, of our own: enough to define the classes
GRAPHENE_TYPES = '''class BaseSQLAlchemyObjectType:
    pass


def TimeStamp(*args, **kwargs):
    return None


def graphene_enum_type(enum):
    return lambda *args, **kwargs: None
'''

RECIPE = Recipe(
    name="mobilic",
    repo="MTES-MCT/mobilic-api",
    style="Flask-SQLAlchemy 2.5 on 1.3, layered abstract bases + declared_attr mixins, enum helper",
    files=("app/models/*.py", "app/models/*/*.py", "app/helpers/db.py", "app/helpers/mail_type.py",
           "app/helpers/notification_type.py", "app/helpers/submitter_type.py", "app/helpers/employment.py",
           "app/domain/gender.py"),
    stubs={"app/__init__.py": APP, "app/helpers/__init__.py": "", "app/domain/__init__.py": "",
           "app/helpers/graphene_types.py": GRAPHENE_TYPES},
    stub_roots=("*",),
    metadata="app:db.metadata",
    # the notification model is imported by the application's services, not by the package
    imports=("app.models", "app.models.notification"),
    models="app/models",
    line_length=79,  # pyproject.toml [tool.black]
    probe_packages=("sqlalchemy==1.3.24", "flask-sqlalchemy==2.5.1", "flask==2.3.3", "werkzeug==2.3.8",
                    "alembic==1.7.7", "psycopg2-binary"),
    drift=(
        "ALTER TABLE company RENAME COLUMN phone_number TO contact_phone",
        "ALTER TABLE expenditure ALTER COLUMN dismiss_author_id SET NOT NULL",
        "CREATE TABLE vehicle_inspection (id serial PRIMARY KEY,"
        " vehicle_id integer NOT NULL REFERENCES vehicle (id) ON DELETE CASCADE,"
        " inspected_on date NOT NULL, kilometer_reading integer CHECK (kilometer_reading >= 0),"
        " creation_time timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE control_location ALTER COLUMN postal_code TYPE varchar(10)",
        "ALTER TABLE controller_control DROP COLUMN is_day_page_filled",
        "CREATE INDEX ix_export_status ON export (status)",
        "COMMENT ON COLUMN \"user\".ssn IS 'social security number, as the user typed it'",
        "ALTER TABLE totp_credential ALTER COLUMN failed_attempts SET DEFAULT 0",
        "ALTER TABLE team ADD COLUMN description text",
        "COMMENT ON TABLE naf_code IS 'the French nomenclature of activities (NAF rev. 2)'",
        "ALTER TYPE controltype ADD VALUE 'controle_entreprise'",
        "ALTER TABLE vehicle RENAME TO company_vehicle",
    ),
    dropped=("controller_control.is_day_page_filled",),
)
