"""openstack/rally (OpenStack's benchmarking tool): classic declarative on ``sa.orm.declarative_base()``
with a plain mixin of timestamps (``RallyBase``, ``metadata = None``) listed after the base,
``__table_args__`` tuples of named indexes (unique ones on ``uuid`` that the foreign keys to
``Task.uuid`` / ``Subtask.uuid`` / ``Workload.uuid`` rely on, no unique constraint), ``sa.orm.deferred``
columns, relationships with ``foreign_keys=`` a column and ``primaryjoin=(task_uuid == Task.uuid)`` of
class-body names and a ``backref``, the project's TypeDecorators (``TimeStamp`` on ``BigInteger``,
``LongText`` with a ``load_dialect_impl`` and its JSON subclasses associated with ``Mutable``
dictionaries and lists), Python-side defaults of a function (``default=UUID``), of ``{}`` / ``[]`` and
of the constants module's singletons (``consts.TaskStatus.INIT``). The constants module is laid out;
the two mixins it takes from ``rally.common.utils`` are a stub of ours."""

from recipe import Recipe

RECIPE = Recipe(
    name="rally",
    repo="openstack/rally",
    style="classic declarative, a plain mixin, deferred columns, JSON TypeDecorators, keys to uniquely indexed uuids",
    files=("rally/common/db/models.py", "rally/common/db/sa_types.py", "rally/consts.py"),
    stubs={"rally/__init__.py": "", "rally/common/__init__.py": "", "rally/common/db/__init__.py": "",
           "rally/common/utils.py": "class ImmutableMixin:\n    pass\n\n\nclass EnumMixin:\n    pass\n"},
    metadata="rally.common.db.models:BASE.metadata",
    imports=("rally.common.db.models",),
    models="rally/common/db",
    line_length=79,
    drift=(
        "ALTER TABLE workloads RENAME COLUMN runner_type TO runner_kind",
        "ALTER TABLE tags ALTER COLUMN tag TYPE varchar(512)",
        "ALTER TABLE verifiers ALTER COLUMN source SET NOT NULL",
        # two columns mapped through sa.orm.deferred(sa.Column(...))
        "ALTER TABLE tasks ALTER COLUMN validation_duration SET NOT NULL",
        "ALTER TABLE workloaddata RENAME COLUMN chunk_size TO raw_chunk_size",
        "ALTER TABLE envs ADD COLUMN owner varchar(64)",
        "CREATE INDEX ix_workloads_name ON workloads (name)",
        "COMMENT ON COLUMN tasks.title IS 'the title the user gave'",
        "ALTER TABLE verifications ALTER COLUMN failures SET DEFAULT 0",
        "ALTER TABLE verifications DROP COLUMN unexpected_success",
        "CREATE TABLE task_notes (id serial PRIMARY KEY, task_id integer NOT NULL REFERENCES tasks (id),"
        " body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE tags RENAME TO task_tags",
    ),
    dropped=("verifications.unexpected_success",),
    note="no enum in the drift: the models have none (statuses are strings)",
)
