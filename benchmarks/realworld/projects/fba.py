"""fastapi-practices/fastapi_best_architecture: SQLAlchemy 2.0 ``Mapped`` models on a
``MappedAsDataclass`` base, in an application package and in plugins (``app/*/model``,
``plugin/*/model``): the primary key every model uses is an ``Annotated`` alias whose
``mapped_column`` a setting chooses (autoincrement or snowflake), table names from the class
name by a ``declared_attr.directive``, table comments from the class docstring, TypeDecorators
whose ``impl`` a setting chooses, ``sort_order=``, celery's result tables rewritten as models.
The settings, the snowflake generator and the database module are stand-ins of ours."""

from recipe import Recipe

SETTINGS = ("class Settings:\n    DATABASE_TYPE = 'postgresql'\n    DATABASE_PK_MODE = 'autoincrement'\n"
            "    DATETIME_TIMEZONE = 'UTC'\n    DATETIME_FORMAT = '%Y-%m-%d %H:%M:%S'\n\n\nsettings = Settings()\n")
SNOWFLAKE = ("class Snowflake:\n    def generate(self) -> int:\n        return 0\n\n\nsnowflake = Snowflake()\n")
DATABASE = "import uuid\n\n\ndef uuid4_str() -> str:\n    return str(uuid.uuid4())\n"
PACKAGES = ("backend", "backend/app", "backend/app/admin", "backend/app/task", "backend/plugin",
            "backend/plugin/code_generator", "backend/plugin/config", "backend/plugin/dict",
            "backend/plugin/notice", "backend/plugin/oauth2", "backend/common", "backend/core",
            "backend/utils", "backend/database")

RECIPE = Recipe(
    name="fba",
    repo="fastapi-practices/fastapi_best_architecture",
    style="2.0 MappedAsDataclass, Annotated key chosen by a setting",
    files=("backend/common/model.py", "backend/common/enums.py", "backend/utils/timezone.py",
           "backend/app/*/model/*.py", "backend/plugin/*/model/*.py"),
    stubs={**{f"{package}/__init__.py": "" for package in PACKAGES},
           "backend/core/conf.py": SETTINGS, "backend/utils/snowflake.py": SNOWFLAKE,
           "backend/database/db.py": DATABASE},
    stub_roots=("*",),
    metadata="backend.common.model:MappedBase.metadata",
    imports=("backend.app.admin.model", "backend.app.task.model", "backend.plugin.code_generator.model",
             "backend.plugin.config.model", "backend.plugin.dict.model", "backend.plugin.notice.model",
             "backend.plugin.oauth2.model"),
    models="backend",
    line_length=120,
    drift=(
        "ALTER TABLE sys_dept RENAME COLUMN leader TO manager",
        "ALTER TABLE sys_user ALTER COLUMN nickname TYPE varchar(128)",
        "ALTER TABLE sys_menu ALTER COLUMN path SET NOT NULL",
        "ALTER TABLE sys_role ADD COLUMN code varchar(32)",
        "CREATE INDEX ix_sys_login_log_username ON sys_login_log (username)",
        "COMMENT ON COLUMN sys_notice.title IS 'the notice title'",
        "ALTER TABLE sys_user DROP COLUMN avatar",
        "ALTER TABLE sys_config ALTER COLUMN type SET DEFAULT 'text'",
        "CREATE TABLE sys_dept_note (id bigserial PRIMARY KEY, dept_id bigint NOT NULL, note text NOT NULL,"
        " created_time timestamptz NOT NULL DEFAULT now())",
    ),
    dropped=("sys_user.avatar",),
)
