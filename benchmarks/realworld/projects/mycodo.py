"""kizniche/Mycodo (an environmental monitoring and regulation system for the Raspberry Pi: inputs, outputs,
PID controllers, conditional functions, cameras, dashboards): 31 tables of Flask-SQLAlchemy ``db.Model``
classes, one module per part of the application, every class ``(CRUDMixin, db.Model)`` with a plain
method-only mixin first, a ``__table_args__ = {'extend_existing': True}`` dict and an ``id`` written
``db.Column(db.Integer, unique=True, primary_key=True)`` (a UNIQUE constraint beside the key). No foreign
key anywhere: the tables point at each other by ``String(36)`` ``unique_id`` columns whose Python-side
default is a function of the package (``default=set_uuid``). Long settings tables of ``Text`` / ``Float`` /
``Boolean`` columns with literal defaults and trailing comments; MySQL's ``LONGTEXT`` as a variant of
``db.Text()`` (``with_variant(LONGTEXT, "mysql", "mariadb")``); ``db.BLOB`` (SQLite's and MySQL's, made
``LargeBinary`` in the laid-out copy) and ``db.VARCHAR(64)`` types; a ``datetime.datetime.utcnow`` default;
Alembic's own version table mapped as a model (``alembic_version``, its key's default the revision from the
configuration); and in the settings class a ``try`` / ``except`` in the class body that asks the measurement
database at import (``get_influxdb_info()``) and feeds local variables into four columns' defaults.
``ma.SQLAlchemyAutoSchema`` classes (marshmallow) sit beside the models. The Flask extensions module, the
configuration, the units table and the InfluxDB probe are ours (a probe of our own that reports a local
InfluxDB 2); flask_login, bcrypt and marshmallow_sqlalchemy are permissive stubs."""

from recipe import Recipe

EXTENSIONS = '''"""Stand-in for mycodo.mycodo_flask.extensions (ours): the SQLAlchemy object and an inert
Marshmallow whose auto-schema base class the models subclass."""

from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy()


class _Marshmallow:
    class SQLAlchemyAutoSchema:
        pass


ma = _Marshmallow()
'''

CONFIG = '''ALEMBIC_VERSION = "0a1b2c3d4e5f"
INSTALL_DIRECTORY = "/opt/mycodo"
USER_ROLES = []
'''

# what the settings class asks at import, answered as a host with a local InfluxDB 2 (ours)
MEASUREMENT_DB = '''def get_influxdb_info():
    return {"influxdb_installed": True, "influxdb_host": "localhost", "influxdb_port": 8086,
            "influxdb_version": "2.7.11"}
'''

RECIPE = Recipe(
    name="mycodo",
    repo="kizniche/Mycodo",
    style="Flask-SQLAlchemy, no foreign keys, unique+primary_key ids, with_variant(LONGTEXT), class-body try",
    files=("mycodo/databases/__init__.py", "mycodo/databases/models/*.py"),
    stubs={
        "mycodo/__init__.py": "",
        "mycodo/config.py": CONFIG,
        "mycodo/config_devices_units.py": "UNIT_CONVERSIONS = {}\n",
        "mycodo/mycodo_flask/__init__.py": "",
        "mycodo/mycodo_flask/extensions.py": EXTENSIONS,
        "mycodo/scripts/__init__.py": "",
        "mycodo/scripts/measurement_db.py": MEASUREMENT_DB,
    },
    # written for SQLite (and MySQL): ``db.BLOB`` has no PostgreSQL rendering, made ``LargeBinary`` in the
    # laid-out copy (the type PostgreSQL's dialect renders ``bytea``)
    fixes={"mycodo/databases/models/misc.py": ("db.Column(db.BLOB,", "db.Column(db.LargeBinary,"),
           "mycodo/databases/models/user.py": ("db.Column(db.BLOB,", "db.Column(db.LargeBinary,")},
    stub_roots=("flask_login", "bcrypt", "marshmallow_sqlalchemy"),
    metadata="mycodo.mycodo_flask.extensions:db.metadata",
    imports=("mycodo.databases.models",),
    models="mycodo/databases/models",
    drift=(
        "ALTER TABLE camera RENAME COLUMN opencv_device TO device_index",
        "ALTER TABLE users ALTER COLUMN email SET NOT NULL",
        "CREATE TABLE note_tag_link (id serial PRIMARY KEY,"
        " note_id integer NOT NULL REFERENCES notes (id) ON DELETE CASCADE,"
        " tag_id integer NOT NULL REFERENCES note_tags (id), position integer NOT NULL DEFAULT 0"
        " CHECK (position >= 0), UNIQUE (note_id, tag_id))",
        "ALTER TABLE misc ALTER COLUMN net_test_ip TYPE varchar(45)",
        "ALTER TABLE widget DROP COLUMN enable_navbar",
        "CREATE INDEX ix_device_measurements_device_id ON device_measurements (device_id)",
        "COMMENT ON COLUMN notes.unique_id IS 'the note''s id in the measurement database'",
        "ALTER TABLE camera ALTER COLUMN rotation SET DEFAULT 0",
        "ALTER TABLE input ADD COLUMN calibration_date timestamp",
        "COMMENT ON TABLE misc IS 'site-wide settings, a single row'",
        "ALTER TABLE pid ALTER COLUMN raise_output_type TYPE varchar(64)",
        "ALTER TABLE note_tags RENAME TO tags",
    ),
    dropped=("widget.enable_navbar",),
)
