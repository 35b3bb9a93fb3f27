"""vvandk/kinit (kinit-api: the FastAPI back end of a Vue 3 admin-panel framework - users, roles,
departments, menus, dictionaries, system settings, help issues, login and SMS records, image
library): async SQLAlchemy 2.0 (``AsyncAttrs, DeclarativeBase`` with a ``declared_attr.directive``
``__tablename__`` that keeps an explicit name or snake-cases the class name), models in a
``models/`` package per feature (``apps/vadmin/{auth,system,help,record,resource}/models/``, one
module per table or pair of tables, re-exported by the package ``__init__``). An abstract
``BaseModel`` gives every table ``id`` (an ``Integer`` key), ``create_datetime`` /
``update_datetime`` (``server_default=func.now()``, the second with ``onupdate=func.now()``),
``delete_datetime`` and an ``is_delete`` soft-delete flag with a Python-side default. Every column
and table carries a Chinese ``comment`` (tables through ``__table_args__ = ({'comment': ...})``, a
dict in parentheses, not a tuple), column names that are reserved words (``order``, ``desc``) and
camelCase ones (``noCache``, ``alwaysShow``: quoted identifiers in PostgreSQL), a multi-line
triple-quoted comment, four many-to-many ``Table`` objects with no primary key in an ``m2m.py``,
``Mapped[set[VadminRole]]`` relationships through ``secondary=``, ``relationship(foreign_keys=col)``
given the column object, self-referencing ``parent_id`` keys with ``ondelete``. No enums (the
project targets MySQL: status strings and booleans). ``core/database.py`` is laid out: it makes an
async engine at import from the application's settings, so the settings module is ours (a
PostgreSQL URL) and ``asyncpg`` an empty module of ours (the engine never connects); Redis, Motor,
FastAPI, passlib's context, the pydantic login forms and the IP helper are permissive stubs."""

from recipe import Recipe

_SETTINGS = '''SQLALCHEMY_DATABASE_URL = "postgresql+asyncpg://localhost/kinit"
REDIS_DB_ENABLE = False
MONGO_DB_ENABLE = False
LOGIN_LOG_RECORD = False
'''

RECIPE = Recipe(
    name="kinit",
    repo="vvandk/kinit",
    style="async 2.0 Mapped, models/ package per feature, abstract BaseModel, comments everywhere",
    files=("kinit-api/apps/vadmin/auth/models/*.py", "kinit-api/apps/vadmin/system/models/*.py",
           "kinit-api/apps/vadmin/help/models/*.py", "kinit-api/apps/vadmin/record/models/*.py",
           "kinit-api/apps/vadmin/resource/models/*.py", "kinit-api/db/db_base.py",
           "kinit-api/core/database.py"),
    strip="kinit-api/",
    stubs={
        "apps/__init__.py": "", "apps/vadmin/__init__.py": "", "apps/vadmin/auth/__init__.py": "",
        "apps/vadmin/system/__init__.py": "", "apps/vadmin/help/__init__.py": "",
        "apps/vadmin/record/__init__.py": "", "apps/vadmin/resource/__init__.py": "",
        "db/__init__.py": "", "core/__init__.py": "",
        "application/__init__.py": "", "application/settings.py": _SETTINGS,
        "asyncpg/__init__.py": "",
    },
    stub_roots=("*",),
    metadata="core.database:Base.metadata",
    imports=("apps.vadmin.auth.models", "apps.vadmin.system.models", "apps.vadmin.help.models",
             "apps.vadmin.record.models", "apps.vadmin.resource.models"),
    models=".",
    drift=(
        "ALTER TABLE vadmin_auth_user RENAME COLUMN nickname TO display_name",
        "ALTER TABLE vadmin_auth_dept ALTER COLUMN delete_datetime SET NOT NULL",
        "CREATE TABLE vadmin_auth_user_token (id serial PRIMARY KEY,"
        " user_id integer NOT NULL REFERENCES vadmin_auth_user (id) ON DELETE CASCADE,"
        " token varchar(255) NOT NULL UNIQUE, expires_at timestamp NOT NULL,"
        " create_datetime timestamp NOT NULL DEFAULT now(), CHECK (expires_at > create_datetime))",
        "ALTER TABLE vadmin_auth_menu ALTER COLUMN path TYPE varchar(255)",
        "ALTER TABLE vadmin_record_login DROP COLUMN area_code",
        "CREATE INDEX ix_vadmin_record_sms_send_telephone ON vadmin_record_sms_send (telephone)",
        "COMMENT ON COLUMN vadmin_help_issue.view_number IS 'times the issue was opened'",
        "COMMENT ON TABLE vadmin_resource_images IS 'uploaded image library'",
        "ALTER TABLE vadmin_auth_role ALTER COLUMN data_range SET DEFAULT 4",
        "ALTER TABLE vadmin_system_dict_details ADD COLUMN css_class varchar(100)",
        "ALTER TABLE vadmin_auth_menu RENAME COLUMN \"noCache\" TO no_cache",
        "ALTER TABLE vadmin_auth_user RENAME TO vadmin_auth_account",
    ),
    dropped=("vadmin_record_login.area_code",),
)
