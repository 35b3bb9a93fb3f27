"""openrelik/openrelik-server (OpenRelik, Google's collaborative digital-forensics workflow server,
FastAPI + Celery; the ``src/datastores/sql`` package): about 23 tables of SQLAlchemy 2.0
``Mapped[...] = mapped_column(...)`` classes, one module per area, on a ``DeclarativeBase`` that
names every table after its class by a ``declared_attr.directive`` (``cls.__name__.lower()``: tables
``filechatmessagefeedback``, ``workflowtemplate``, and the reserved words ``user`` and ``group``) and
itself carries the common columns (a ``BigInteger().with_variant(Integer, "sqlite")`` key,
``server_default=func.now()`` timestamps with ``onupdate``, soft-delete and purge flags typed
``Mapped[bool]`` with a Python-side default only). Two plain-class mixins (attributes, feedback) give
columns and a ``declared_attr`` ``user_id`` returning an unannotated ``mapped_column(ForeignKey(...))``
(nullable: no annotation to say otherwise) and a ``relationship``. Also: ``Mapped[str]`` columns
made nullable by ``nullable=True``, an annotation naming a SQLAlchemy type (``Mapped[DateTime]``),
``Mapped[Optional[float]]`` with no type, ``Enum(Role)`` of an ``enum.Enum`` whose values have spaces
(PostgreSQL labels are the names), ``default=uuid_module.uuid4()`` called once at import, association
``Table`` objects with untyped ``Column(..., ForeignKey(...), primary_key=True)``, a self-referencing
``BigInteger`` key, hybrid properties, ``TYPE_CHECKING`` imports and an ORM event listener. The models
directory has no ``__init__.py`` (a namespace package). The application's ``config`` module (a TOML
reader) is a stub of ours giving the database URL ``database.py`` makes its engine from at import."""

from recipe import Recipe

# the application's configuration, of our own: what database.py and the models read at import
_CONFIG = '''CONFIG = {"datastores": {"sqlalchemy": {"database_url": "postgresql+psycopg2://localhost/openrelik"}}}

config = CONFIG


def get_config():
    return CONFIG
'''

RECIPE = Recipe(
    name="openrelik",
    repo="openrelik/openrelik-server",
    style="2.0 Mapped, __tablename__ directive from class name, base columns, declared_attr mixins",
    files=("src/datastores/sql/database.py", "src/datastores/sql/models/*.py"),
    strip="src/",
    stubs={"config.py": _CONFIG, "datastores/__init__.py": "", "datastores/sql/__init__.py": ""},
    metadata="datastores.sql.database:BaseModel.metadata",
    imports=("datastores.sql.models.file", "datastores.sql.models.folder", "datastores.sql.models.group",
             "datastores.sql.models.user", "datastores.sql.models.workflow"),
    models="datastores/sql",
    # pylint's default max-line-length (pylint and black are its dev tools, neither configured); its
    # code is written to 100 columns
    line_length=100,
    made_at_import=("datastores.sql.models.file.FileChat.uuid", "datastores.sql.models.file.FileChatMessage.uuid"),
    drift=(
        "ALTER TABLE file RENAME COLUMN magic_mime TO mime_type",
        "ALTER TABLE fileattribute ALTER COLUMN user_id SET NOT NULL",
        "CREATE TABLE template_share (id bigserial PRIMARY KEY,"
        " workflowtemplate_id bigint NOT NULL REFERENCES workflowtemplate (id) ON DELETE CASCADE,"
        " group_id bigint NOT NULL REFERENCES \"group\" (id),"
        " created_at timestamptz NOT NULL DEFAULT now(), UNIQUE (workflowtemplate_id, group_id))",
        "ALTER TABLE file ALTER COLUMN hash_ssdeep TYPE varchar(512)",
        "ALTER TABLE filesummary DROP COLUMN status_progress",
        "CREATE INDEX ix_task_workflow_id ON task (workflow_id)",
        "COMMENT ON COLUMN file.storage_key IS 'path of the file inside its storage provider'",
        "ALTER TABLE \"user\" ALTER COLUMN is_robot SET DEFAULT false",
        "ALTER TABLE workflow ADD COLUMN priority integer NOT NULL DEFAULT 0",
        "COMMENT ON TABLE userapikey IS 'refresh tokens issued to API clients'",
        "ALTER TABLE task ALTER COLUMN purged_at SET NOT NULL",
        "ALTER TYPE role ADD VALUE 'AUDITOR'",
        "ALTER TABLE workflowtemplate RENAME TO workflow_template",
    ),
    dropped=("filesummary.status_progress",),
)
