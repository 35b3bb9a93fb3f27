"""fastapiadmin/FastapiAdmin (a Chinese admin-panel scaffold - users, departments, roles, menus,
dictionaries, logs, tickets, scheduled jobs and workflows - on async FastAPI; the ``backend/``
package): SQLAlchemy 2.0 ``Mapped[...] = mapped_column(...)`` classes, one ``model.py`` per feature
package (``app/api/v1/module_*/<feature>/model.py``, a plugin's beside them), on a base
``MappedBase(AsyncAttrs, DeclarativeBase)`` (abstract, ``__tablename__`` from a
``declared_attr.directive``) and two abstract mixins that are *subclasses of that base*, combined by
multiple inheritance (``class UserModel(ModelMixin, UserMixin)``): ``ModelMixin`` gives the key,
a unique ``uuid`` with a Python-side ``uuid4_str``, soft-delete and timestamp columns with lambda
defaults, and a ``declared_attr.directive`` ``__table_args__`` of two indexes that every table
overrides with its own ``{"comment": ...}`` dict; ``UserMixin`` gives three audit foreign keys to
``sys_user`` and their ``declared_attr`` relationships (``foreign_keys=lambda: ...``), which
``UserModel`` redeclares as self-referential ``viewonly`` relationships. Every column and table
carries a Chinese ``comment=``; association tables on the bare base with two-column keys;
``server_default=expression.false()`` flags; ``server_default=`` the result of a helper called with a
setting (``null()`` on PostgreSQL); a column type chosen by a module-level function from the same
setting; ``@validates`` methods. The settings and the common-utilities module are stand-ins of
ours."""

from recipe import Recipe

SETTINGS = "class Settings:\n    DATABASE_TYPE = 'postgres'\n\n\nsettings = Settings()\n"
COMMON_UTIL = '''import uuid

from sqlalchemy import null


def uuid4_str() -> str:
    return str(uuid.uuid4())


class SqlalchemyUtil:
    @classmethod
    def get_server_default_null(cls, dialect_name, need_explicit_null=True):
        if need_explicit_null and dialect_name == "postgres":
            return null()
        return None
'''

RECIPE = Recipe(
    name="fastapiadmin",
    repo="fastapiadmin/FastapiAdmin",
    style="2.0 Mapped, mixins subclassing the DeclarativeBase, comments everywhere",
    files=("backend/app/core/base_model.py", "backend/app/api/v1/*/model.py", "backend/app/plugin/*/model.py"),
    strip="backend/",
    stubs={"app/config/setting.py": SETTINGS, "app/utils/common_util.py": COMMON_UTIL},
    metadata="app.core.base_model:MappedBase.metadata",
    imports=("app/**/model.py",),
    models="app",
    line_length=200,  # backend/pyproject.toml [tool.ruff]
    drift=(
        "ALTER TABLE sys_user RENAME COLUMN avatar TO avatar_url",
        "ALTER TABLE sys_ticket ALTER COLUMN created_id SET NOT NULL",
        "CREATE TABLE sys_ticket_attachment (id serial PRIMARY KEY,"
        " ticket_id integer NOT NULL REFERENCES sys_ticket (id) ON DELETE CASCADE,"
        " file_url varchar(255) NOT NULL, file_size integer CHECK (file_size >= 0),"
        " created_time timestamptz NOT NULL DEFAULT now(), UNIQUE (ticket_id, file_url))",
        "ALTER TABLE sys_user ALTER COLUMN mobile TYPE varchar(20)",
        "ALTER TABLE sys_menu DROP COLUMN show_text_badge",
        "CREATE INDEX ix_sys_ticket_ticket_type ON sys_ticket (ticket_type)",
        "COMMENT ON COLUMN sys_dept.code IS '部门编码(全局唯一)'",
        "COMMENT ON TABLE sys_param IS '系统参数表(键值配置)'",
        "ALTER TABLE sys_notice ALTER COLUMN notice_type SET DEFAULT '1'",
        "ALTER TABLE sys_role ADD COLUMN remark varchar(255)",
        "ALTER TABLE task_workflow ALTER COLUMN nodes TYPE jsonb USING nodes::jsonb",
        "ALTER TABLE sys_dict_data ALTER COLUMN dict_sort SET DEFAULT 0",
        "ALTER TABLE sys_ticket RENAME TO sys_work_ticket",
    ),
    dropped=("sys_menu.show_text_badge",),
    note=("after the sys_ticket rename the class's own ``index=True`` columns become ``Index('ix_sys_ticket_...')`` "
          "entries in a ``__table_args__`` still annotated ``dict[str, str]``, while the mixins' indexes on the same "
          "table get ALTER INDEX ... RENAME suggestions instead; the JSON to JSONB type change also rewrites the "
          "annotation ``Mapped[list | None]`` to ``Mapped[Any | None]``"),
)
