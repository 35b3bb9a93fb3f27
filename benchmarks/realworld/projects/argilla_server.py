"""argilla-io/argilla-server (the FastAPI server of Argilla, a data-annotation platform for LLM and NLP
datasets, split out of the main repository for a while in 2024; SQLite by default, PostgreSQL in
production): 12 tables of SQLAlchemy 2.0 ``Mapped[...] = mapped_column(...)`` classes in one
``database.py``, on a ``DeclarativeBase`` that is itself ``__abstract__ = True`` and carries the
``id`` every table shares (``Mapped[UUID]`` primary key with a Python-side ``uuid4``, no explicit
type: the annotation gives ``Uuid``) and ``__mapper_args__ = {"eager_defaults": True}``; the base
also inherits an async-attributes class, a CRUD mixin of class methods and a ``TimestampMixin``
whose ``inserted_at`` / ``updated_at`` come from annotations only (``datetime`` -> ``DateTime``),
with a context-sensitive default (a function reading the row's ``inserted_at`` from the execution
context) and ``onupdate=datetime.utcnow``. One table (``datasets``) redeclares both timestamp
columns and adds a third with the same context-function defaults. Also: columns with no
``mapped_column`` at all (``first_name: Mapped[str]``, ``last_name: Mapped[Optional[str]]``),
``mapped_column()`` with no argument, native ENUM types made once at module level from
``str`` Python enums (``ResponseStatusEnum = SAEnum(ResponseStatus, name="response_status_enum")``)
and reused as the column type, ``MutableDict.as_mutable(JSON)`` / ``MutableList.as_mutable(JSON)``
with mutable literal defaults (``default={}``, ``default=[]`` beside ``server_default="[]"``), a
Python attribute ``metadata_`` for the column ``metadata``, ``server_default=sql.true()``, explicit
``Optional[...]`` annotations next to ``nullable=True``, named composite ``UniqueConstraint``\\ s
in ``__table_args__`` placed after the relationships, and relationships whose ``order_by`` reads a
class defined above (``Vector.inserted_at.asc()``) and a ``secondary`` given by table name with a
``secondaryjoin`` built from ``and_`` of two classes. The enums module is the project's own file;
the pydantic compatibility shim, the metadata-property settings module and the question-settings
schema are stubs of our own."""

from recipe import Recipe

# the pydantic v1 shim the models and mixins import from (ours: the project's re-exports pydantic.v1)
PYDANTIC_V1 = '''PYDANTIC_MAJOR_VERSION = 1


class BaseModel:
    def dict(self):
        return dict(self.__dict__)


def parse_obj_as(type_, obj):
    return obj
'''

# the settings classes the metadata properties' ``parsed_settings`` parse into (ours: a pydantic union)
METADATA_PROPERTIES = '''__all__ = ["MetadataPropertySettings"]


class MetadataPropertySettings(dict):
    pass
'''

RECIPE = Recipe(
    name="argilla_server",
    repo="argilla-io/argilla-server",
    style="2.0 Mapped on an __abstract__ DeclarativeBase with id, bare annotations, module-level SAEnum types",
    files=("src/argilla_server/models/__init__.py", "src/argilla_server/models/base.py",
           "src/argilla_server/models/database.py", "src/argilla_server/models/mixins.py",
           "src/argilla_server/enums.py"),
    strip="src/",
    stubs={"argilla_server/__init__.py": "",
           "argilla_server/pydantic_v1/__init__.py": PYDANTIC_V1,
           "argilla_server/models/metadata_properties.py": METADATA_PROPERTIES,
           "argilla_server/schemas/__init__.py": "",
           "argilla_server/schemas/v1/__init__.py": "",
           "argilla_server/schemas/v1/questions.py": "class QuestionSettings(dict):\n    pass\n"},
    metadata="argilla_server.models.base:DatabaseModel.metadata",
    imports=("argilla_server.models",),
    models="argilla_server/models",
    line_length=120,  # pyproject.toml [tool.black] / [tool.ruff]
    drift=(
        "ALTER TABLE users RENAME COLUMN first_name TO given_name",
        "ALTER TABLE questions ALTER COLUMN description SET NOT NULL",
        "ALTER TABLE suggestions ALTER COLUMN agent TYPE varchar(255)",
        "ALTER TABLE records ADD COLUMN source_url text",
        "CREATE INDEX ix_records_inserted_at ON records (inserted_at)",
        "COMMENT ON COLUMN vectors_settings.dimensions IS 'length of every vector of the setting'",
        "COMMENT ON TABLE metadata_properties IS 'filterable properties of a dataset''s records'",
        "ALTER TABLE fields ALTER COLUMN required SET DEFAULT false",
        "ALTER TABLE users DROP COLUMN last_name",
        "CREATE TABLE dataset_exports (id uuid PRIMARY KEY,"
        " dataset_id uuid NOT NULL REFERENCES datasets (id) ON DELETE CASCADE,"
        " format varchar(32) NOT NULL, inserted_at timestamp NOT NULL DEFAULT now())",
        "ALTER TYPE user_role_enum ADD VALUE 'manager'",
        "ALTER TABLE vectors_settings RENAME TO vector_settings",
    ),
    dropped=("users.last_name",),
    note=("the new label of user_role_enum is a note naming ``enums.py`` (the ``UserRole`` class the column is made "
          "from lies outside the models path); until the thirty-seventh session it was lost without a word: the "
          "enum columns' types are module-level variables made with ``SAEnum`` (``from sqlalchemy import Enum as "
          "SAEnum``), which the reader took for unknown types"),
)
