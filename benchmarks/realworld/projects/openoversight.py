"""lucyparsons/OpenOversight (a public police accountability database): Flask-SQLAlchemy ``db.Column``
classes in one ``models/database.py`` with a user module beside it; a ``declarative_mixin`` of
tracking columns (``created_at`` with ``server_default=sql_func.now()`` of ``from sqlalchemy.sql
import func as sql_func``, ``created_by`` / ``last_updated_by`` foreign keys through
``declared_attr``), check and unique constraints, validators, constants and choices of the
application's ``utils`` (laid out). Its other modules are permissive stubs. It showed one
misreading: ``sql_func.now()`` was "not static SQL", the defaults of eight columns not compared."""

from recipe import Recipe

RECIPE = Recipe(
    name="openoversight",
    repo="lucyparsons/OpenOversight",
    style="Flask-SQLAlchemy, a tracking mixin with declared_attr keys, func imported under another name",
    files=("OpenOversight/app/models/*.py", "OpenOversight/app/utils/constants.py",
           "OpenOversight/app/utils/choices.py"),
    stubs={"OpenOversight/__init__.py": "", "OpenOversight/app/__init__.py": "",
           "OpenOversight/app/utils/__init__.py": ""},
    stub_roots=("*",),
    metadata="OpenOversight.app.models.database:db.metadata",
    imports=("OpenOversight.app.models.database", "OpenOversight.app.models.users"),
    models="OpenOversight/app/models",
    drift=(
        "ALTER TABLE departments RENAME COLUMN short_name TO abbreviation",
        "ALTER TABLE officers ALTER COLUMN suffix TYPE varchar(200)",
        "ALTER TABLE officers ALTER COLUMN middle_initial SET NOT NULL",
        "ALTER TABLE departments ADD COLUMN website varchar(255)",
        "CREATE INDEX ix_departments_name ON departments (name)",
        "COMMENT ON COLUMN officers.race IS 'as the department reports it'",
        "ALTER TABLE officers DROP COLUMN birth_year",
        "ALTER TABLE departments ALTER COLUMN state SET DEFAULT 'IL'",
        "CREATE TABLE media_backups (id serial PRIMARY KEY, officer_id integer NOT NULL REFERENCES officers (id),"
        " created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE unit_types RENAME TO units",
    ),
    dropped=("officers.birth_year",),
)
