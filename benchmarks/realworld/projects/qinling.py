"""openstack/qinling (functions as a service; retired: the last commit of master removed the code, so
the one before it is laid out): classic declarative on ``declarative_base(cls=_QinlingModelBase)``
of ``sqlalchemy.ext.declarative`` over oslo.db's ``ModelBase`` and ``TimestampMixin`` (read from the
installed library) with ``__table__ = None``, an abstract ``QinlingSecureModelBase`` whose ``id`` is
made by a column helper (``id = id_column()``) and whose ``project_id`` has a Python-side default of a
function, keys written ``sa.ForeignKey(Runtime.id)`` to the class's column, ``MutableDict.as_mutable``
of a TypeDecorator whose ``impl`` is a type function's instance with a MySQL variant
(``JsonLongDictType()``), unnamed unique constraints beside indexes named
``'%s_project_id_name' % __tablename__``, and relationships assigned to a class after it is made
(``Function.jobs = relationship(..., primaryjoin="and_(...)")``). It showed one misreading: a column
turned ``text`` was written ``st.JsonLongDictType()``, the file's most common spelling of ``text``, as
the type function returning ``MutableDict.as_mutable(JsonEncodedLongText)`` was not known to serialize
JSON (its TypeDecorator is), so a string column took a JSON dict type."""

from recipe import Recipe

RECIPE = Recipe(
    name="qinling",
    repo="openstack/qinling",
    style="classic declarative on an oslo.db base, column helper, relationships assigned after the class",
    files=("qinling/db/sqlalchemy/model_base.py", "qinling/db/sqlalchemy/models.py",
           "qinling/db/sqlalchemy/types.py", "qinling/utils/common.py"),
    stub_roots=("*",),
    metadata="qinling.db.sqlalchemy.model_base:QinlingModelBase.metadata",
    imports=("qinling.db.sqlalchemy.models",),
    models="qinling/db/sqlalchemy",
    line_length=79,
    ref="ab0a85b605a1501595da4a44aecd50624fe817c0",  # master's last commit with the code
    drift=(
        "ALTER TABLE functions RENAME COLUMN entry TO entry_point",
        "ALTER TABLE runtimes ALTER COLUMN image TYPE text",
        "ALTER TABLE executions ALTER COLUMN function_id SET NOT NULL",
        "ALTER TABLE webhooks ADD COLUMN secret varchar(64)",
        "CREATE INDEX ix_executions_status ON executions (status)",
        "COMMENT ON COLUMN jobs.pattern IS 'a cron pattern'",
        "ALTER TABLE functions ALTER COLUMN timeout SET DEFAULT 5",
        "ALTER TABLE runtimes DROP COLUMN trusted",
        "CREATE TABLE function_labels (id serial PRIMARY KEY, function_id varchar(36) NOT NULL"
        " REFERENCES functions (id), label varchar(64) NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE jobs RENAME TO function_jobs",
    ),
    dropped=("runtimes.trusted",),
)
