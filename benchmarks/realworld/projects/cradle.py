"""drbfraser/CRADLE-Platform (the server of CRADLE, a maternal-health referral and screening system
for community health workers in Uganda, written and kept up by Simon Fraser University's student
teams; Flask + Flask-SQLAlchemy 3.0 + Flask-Migrate on SQLAlchemy 1.4): about 35 tables of classic
``db.Column`` classes, ``...Orm`` by name, one module per part of the domain (users, patients,
medical readings, two generations of forms, workflows), ``models/__init__.py`` re-exporting them
beside a module of marshmallow ``SQLAlchemyAutoSchema`` classes in the same directory. The
``SQLAlchemy`` object is made in the application's ``config`` module with a naming convention
(``fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s``, ``pk_%(table_name)s``, ...). The
project runs on MySQL: text columns name a MySQL collation (``db.Text(collation="utf8mb4_general_ci")``),
booleans take ``default=0`` / ``default=1``. Patterns: a self-referential many-to-many
(``db.relationship("UserOrm", secondary=SupervisesTable, primaryjoin=id == SupervisesTable.c.cho_id,
secondaryjoin=...)``) over a ``db.Table`` with no primary key that lives in ``models/base.py``;
``db.Enum(SomeStrEnum)`` native enum types from the project's ``enums.py``, one of them shared by
two tables and one written ``db.Enum(TrafficLightEnum, nullable=False)`` (the keyword given to the
type, not the column); string primary keys with a Python-side ``get_uuid`` default, a natural string
key (``health_facility.name``) that three tables' foreign keys name; epoch ``BigInteger`` timestamps
(``date_created`` / ``last_edited`` with ``default=`` / ``onupdate=get_current_time``, repeated in
each class: no base or mixin gives them), two ``default=datetime.datetime.now()`` computed at
import; a composite key written both as ``primary_key=True`` columns and a ``PrimaryKeyConstraint``
in ``__table_args__``; named ``UniqueConstraint``\\ s; ``backref=db.backref(...)`` everywhere.
Laid out: the models, ``enums.py`` and ``common/commonUtil.py`` (the default functions) with the
constants it imports. Ours: ``config.py`` (the ``db`` with the project's naming convention, the
Marshmallow object); marshmallow and its extensions, jsonschema and phonenumbers are permissive
stubs. The MySQL collation is made on PostgreSQL as a copy of ``"C"`` (the prelude)."""

from recipe import Recipe

# the application's config module as the models use it (ours): the SQLAlchemy object with the naming
# convention the project gives its metadata, and the Marshmallow object the schemas' bases come from
CONFIG = '''from flask_marshmallow import Marshmallow
from flask_sqlalchemy import SQLAlchemy
from sqlalchemy import MetaData

db = SQLAlchemy(
    metadata=MetaData(
        naming_convention={
            "ix": "ix_%(column_0_label)s",
            "uq": "uq_%(table_name)s_%(column_0_name)s",
            "ck": "ck_%(table_name)s_%(constraint_name)s",
            "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
            "pk": "pk_%(table_name)s",
        }
    ),
)
ma = Marshmallow()
'''

RECIPE = Recipe(
    name="cradle",
    repo="drbfraser/CRADLE-Platform",
    style="Flask-SQLAlchemy 1.4, self-referential secondary, MySQL collations, PG enums",
    files=("server/models/*.py", "server/enums.py", "server/common/commonUtil.py", "server/common/constants.py"),
    strip="server/",
    stubs={"config.py": CONFIG},
    stub_roots=("flask_marshmallow", "marshmallow", "marshmallow_enum", "marshmallow_sqlalchemy", "jsonschema",
                "phonenumbers"),
    # the project's MySQL collation, on PostgreSQL
    prelude=('CREATE COLLATION "utf8mb4_general_ci" FROM "C"',),
    metadata="config:db.metadata",
    imports=("models",),
    models="models",
    # server/ruff.toml sets no line length (ruff's default, 88)
    probe_packages=("sqlalchemy==1.4.54", "flask-sqlalchemy==3.0.5", "flask==3.1.3", "werkzeug==3.1.6",
                    "psycopg2-binary", "alembic==1.14.0"),
    made_at_import=("models.users.SmsSecretKeyOrm.stale_date", "models.users.SmsSecretKeyOrm.expiry_date"),
    drift=(
        "ALTER TABLE patient RENAME COLUMN drug_history TO medication_history",
        "ALTER TABLE supervises ALTER COLUMN vht_id SET NOT NULL",
        "CREATE TABLE health_facility_contact (id serial PRIMARY KEY,"
        " health_facility_name varchar(50) NOT NULL REFERENCES health_facility (name) ON DELETE CASCADE,"
        " contact_name varchar(100) NOT NULL, phone_number varchar(20),"
        " UNIQUE (health_facility_name, contact_name))",
        "ALTER TABLE user_phone_number ALTER COLUMN phone_number TYPE varchar(32)",
        "ALTER TABLE reading DROP COLUMN retest_of_previous_reading_ids",
        "CREATE INDEX ix_referral_date_referred ON referral (date_referred)",
        "COMMENT ON COLUMN pregnancy.start_date IS 'Unix seconds of the first day of the pregnancy'",
        "ALTER TABLE workflow_instance ALTER COLUMN status SET DEFAULT 'Active'",
        "ALTER TABLE village ADD COLUMN district varchar(100)",
        "COMMENT ON TABLE relay_server_phone_number IS 'phone numbers of the SMS relay itself, not of users'",
        "ALTER TYPE facilitytypeenum ADD VALUE 'HCF_1'",
        "ALTER TABLE health_facility RENAME TO facility",
    ),
    dropped=("reading.retest_of_previous_reading_ids",),
    note=("the enum's new label is a by-hand item (``enums.py`` is outside the models path); after the "
          "health_facility rename the unique constraint is pinned to the database's old name but the primary "
          "key (pk_health_facility) and the foreign keys (fk_..._health_facility) are not, so create_all from the "
          "edited models names them after facility (checks cannot see it)"),
)
