"""bcgov/queue-management (British Columbia's Service BC queue and appointment system, "TheQ"):
Flask-SQLAlchemy models in two packages (``theq``, ``bookings``), each with an abstract ``Base(db.Model,
object)`` whose ``@declared_attr __tablename__`` is the class name in lower case (``ServiceReq`` is
``servicereq``, ``SmartBoard`` ``smartboard``), association ``db.Table``s made as class attributes,
``sqlalchemy_utc.UtcDateTime`` columns with ``default=utcnow()``, native enums of Python enum classes
(``Enum(Status)``, one from a utilities module), ``postgresql.ARRAY(String)``, a self-referencing
``remote_side=[service_id]`` relationship, a ``primaryjoin`` string, an ``@declared_attr`` column
(``updated_by``) with a Python ``onupdate`` on the class, a SQLAlchemy-Continuum ``__versioned__``
marker (versioning is not set up here: ``make_versioned`` is in the application module).
The application module ``qsystem`` (``db``, the cache) is a stub of ours; ``theq/right.py``, an
unimported duplicate of ``Permission``, is not laid out."""

from recipe import Recipe

QSYSTEM = '''from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy()


class _Cache:
    def get(self, key):
        return None

    def set(self, key, value):
        pass

    def delete(self, key):
        pass

    def memoize(self, timeout=None):
        return lambda function: function


cache = _Cache()


def my_print(data):
    pass
'''

# the modules of ``theq`` (all but ``right.py``)
THEQ = ("__init__", "base", "channel", "citizen", "citizen_state", "counter", "csr", "csr_state",
        "metadata", "office", "period", "period_state", "permission", "public_user", "role", "service",
        "service_req", "smartboard", "sr_state", "time_slot", "timezone")

RECIPE = Recipe(
    name="queue_management",
    repo="bcgov/queue-management",
    style="Flask-SQLAlchemy, declared_attr __tablename__ on an abstract base, association tables on classes",
    files=("api/app/models/__init__.py", "api/app/models/bookings/*.py", "api/app/utilities/yesno.py",
           "api/app/utilities/date_util.py", *(f"api/app/models/theq/{name}.py" for name in THEQ)),
    strip="api/",
    stubs={"qsystem.py": QSYSTEM, "app/__init__.py": "", "app/utilities/__init__.py": ""},
    stub_roots=("*",),
    metadata="qsystem:db.metadata",
    imports=("app.models.theq", "app.models.bookings"),
    models="app/models",
    line_length=120,
    drift=(
        "ALTER TABLE invigilator RENAME COLUMN contact_phone TO phone_number",
        "ALTER TABLE office ALTER COLUMN office_name TYPE varchar(200)",
        "ALTER TABLE office ALTER COLUMN office_name SET NOT NULL",
        "ALTER TABLE publicuser ALTER COLUMN email SET NOT NULL",
        "ALTER TABLE citizen ADD COLUMN language_code varchar(10)",
        "CREATE INDEX ix_appointment_start_time ON appointment (start_time)",
        "COMMENT ON COLUMN exam.notes IS 'free-text notes of the office'",
        "ALTER TABLE booking ALTER COLUMN fees SET DEFAULT '0'",
        "ALTER TABLE exam DROP COLUMN receipt_sent_ind",
        "ALTER TYPE availability ADD VALUE 'ARCHIVED'",
        "CREATE TABLE office_holiday (id serial PRIMARY KEY, office_id integer NOT NULL REFERENCES office (office_id),"
        " holiday_date date NOT NULL, name varchar(100) NOT NULL)",
        "ALTER TABLE smartboard RENAME TO smart_board",
    ),
    dropped=("exam.receipt_sent_ind",),
)
