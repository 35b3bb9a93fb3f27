"""openstack/karbor (application data protection as a service; retired: the last commit of master
removed the code, so the one before it is laid out): sixteen tables in one module, classic declarative
on a bare ``declarative_base()`` with a mixin base over oslo.db's ``TimestampMixin`` and ``ModelBase``
(read from the installed library) that adds soft-delete columns (``deleted_at``, ``deleted`` with a
Python-side default), says ``metadata = None`` and gives MySQL's options as a dict ``__table_args__``,
``index=True, unique=True`` together on a column, relationships with ``foreign_keys=trigger_id`` and
string ``primaryjoin='and_(...)'`` expressions that filter on the soft-delete flag."""

from recipe import Recipe

RECIPE = Recipe(
    name="karbor",
    repo="openstack/karbor",
    style="classic declarative on a bare base and an oslo.db mixin base, soft-delete columns",
    files=("karbor/db/sqlalchemy/models.py",),
    stub_roots=("*",),
    metadata="karbor.db.sqlalchemy.models:BASE.metadata",
    imports=("karbor.db.sqlalchemy.models",),
    models="karbor/db/sqlalchemy",
    line_length=79,
    ref="fcca3935af26a8b1b78eabfdd345840a3a2dd8c0",  # master's last commit with the code
    drift=(
        "ALTER TABLE checkpoint_records RENAME COLUMN create_by TO created_by",
        "ALTER TABLE restores ALTER COLUMN restore_target TYPE text",
        "ALTER TABLE plans ALTER COLUMN name SET NOT NULL",
        "ALTER TABLE triggers ADD COLUMN description varchar(255)",
        "CREATE INDEX ix_operation_logs_plan_id ON operation_logs (plan_id)",
        "COMMENT ON COLUMN scheduled_operations.operation_definition IS 'the operation, as JSON'",
        "ALTER TABLE quota_usages ALTER COLUMN reserved SET DEFAULT 0",
        "ALTER TABLE verifications DROP COLUMN resources_reason",
        "CREATE TABLE plan_notes (id serial PRIMARY KEY, plan_id varchar(36) NOT NULL REFERENCES plans (id),"
        " body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE operation_logs RENAME TO karbor_operation_logs",
    ),
    dropped=("verifications.resources_reason",),
)
