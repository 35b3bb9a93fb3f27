"""gnocchixyz/gnocchi: classic declarative on ``declarative_base()`` with oslo.db's ``ModelBase``
(read from the installed library) in a project base whose ``__table_args__`` is a module's dict
constant (``(COMMON_TABLES_ARGS,)``), a mixin whose declared_attr ``__table_args__`` returns a CHECK
constraint named from ``cls.__tablename__`` with those options, a declared_attr ``ForeignKey``
named the same way, ``sqlalchemy_utils.UUIDType()`` and ``JSONType`` subclasses, a project
``TypeDecorator`` (``TimestampUTC``), and classes made at run time for each resource type
(``type(...)``, ``"%s_history" % tablename``). The package's other modules are laid out; what they
import and is not installed (stevedore, daiquiri...) is a permissive stub; numpy is installed in the
probe's own virtualenv."""

from recipe import Recipe

RECIPE = Recipe(
    name="gnocchi",
    repo="gnocchixyz/gnocchi",
    style="classic declarative, oslo.db base, per-class CHECK table args",
    files=("gnocchi/*.py", "gnocchi/indexer/*.py"),
    stub_roots=("*",),
    metadata="gnocchi.indexer.sqlalchemy_base:Base.metadata",
    imports=("gnocchi.indexer.sqlalchemy_base",),
    models="gnocchi/indexer",
    line_length=79,
    # archive_policy.py makes its default policies with numpy when it is imported
    probe_packages=("sqlalchemy", "alembic", "psycopg2-binary", "oslo.db", "sqlalchemy-utils", "numpy"),
    drift=(
        "ALTER TABLE metric RENAME COLUMN unit TO units",
        "ALTER TABLE archive_policy_rule ALTER COLUMN metric_pattern TYPE text",
        "ALTER TABLE metric ALTER COLUMN creator SET NOT NULL",
        "ALTER TABLE resource ADD COLUMN display_name varchar(255)",
        "CREATE INDEX ix_archive_policy_rule_metric_pattern ON archive_policy_rule (metric_pattern)",
        "COMMENT ON COLUMN metric.name IS 'the name of the metric within its resource'",
        "ALTER TABLE resource_history DROP COLUMN user_id",
        "ALTER TABLE archive_policy ALTER COLUMN back_window SET DEFAULT 0",
        "CREATE TABLE metric_notes (id serial PRIMARY KEY, metric_id uuid NOT NULL REFERENCES metric (id),"
        " body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE metric RENAME TO metric_v2",
    ),
    dropped=("resource_history.user_id",),
)
