"""dataease/SQLBot (FIT2CLOUD's text-to-SQL chat-BI assistant, a FastAPI back end and a Vue front end;
the ``backend/`` package): SQLModel ``table=True`` classes in a ``models`` package per application
(chat, dashboard, data training, datasource, settings, system, terminology) and the audit log, 23 tables
on ``SQLModel.metadata``, each with ``__tablename__``, and not one foreign key. Two ways to a key: a
``SnowflakeBase(SQLModel)`` field base whose ``id`` is a ``BigInteger`` key with a Python-side
``default_factory=snowflake.generate_id`` and ``index=True``, and, in the other modules, ``sa_column=
Column(BigInteger, Identity(always=True), primary_key=True)`` (an identity column). Table classes
inherit pydantic field bases shared with the API schemas (``UserModel(SnowflakeBase, BaseUserPO,
table=True)`` with no field of its own, the base's ``system_variables`` an ``sa_column=Column(JSONB)``)
and, once, a plain-class mixin of ``Field(...)`` attributes (``AiModelDetail(SnowflakeBase,
AiModelBase, table=True)``). Columns are written every way SQLModel allows: ``Field(max_length=64,
nullable=True)``, ``Field(sa_type=BigInteger())``, ``sa_column=Column(Text, nullable=True)``, multi-line
``Field(default=None, max_length=255, sa_column=Column(String(255), nullable=True))`` (both a
``max_length`` and an ``sa_column``), ``Field(description=...)`` texts in Chinese; non-native enums
(``SQLAlchemyEnum(OperationEnum, native_enum=False, values_callable=enum_values, length=3)``), pgvector
``VECTOR()`` columns, JSONB lists with ``default=[]``, a lower-case class name (``term_model``), pydantic
``class Config`` and ``field_serializer`` in table bases. The snowflake generator and the timestamp
helper are the project's own files; the password helper, the creator DTO and ``pgvector`` are stubs of
ours (the embedded server has no pgvector: ``VECTOR`` is ``real[]`` there); FastAPI, LangChain and the
prompt templates are permissive stubs. Its pyproject's ruff keeps the default line length."""

from recipe import Recipe

# pgvector's SQLAlchemy types as the models use them (``VECTOR()`` without a dimension), of our own
PGVECTOR_VECTOR = ("from sqlalchemy.types import UserDefinedType\n\n\n"
                   "class VECTOR(UserDefinedType):\n    cache_ok = True\n\n"
                   "    def __init__(self, dim=None):\n        self.dim = dim\n\n"
                   "    def get_col_spec(self, **kwargs):\n        return 'real[]'\n\n\n"
                   "Vector = VECTOR\n")

RECIPE = Recipe(
    name="sqlbot",
    repo="dataease/SQLBot",
    style="SQLModel, identity keys and a snowflake base, field bases and a plain mixin, no foreign keys",
    files=("backend/pyproject.toml", "backend/apps/*/models/*.py", "backend/common/core/models.py",
           "backend/common/audit/models/*.py", "backend/common/utils/snowflake.py", "backend/common/utils/time.py"),
    strip="backend/",
    stubs={
        "pgvector/__init__.py": "",
        "pgvector/sqlalchemy.py": PGVECTOR_VECTOR,
        "common/core/security.py": "def default_md5_pwd() -> str:\n    return '0' * 32\n",
        "common/core/schemas.py": ("from pydantic import BaseModel, Field\n\n\n"
                                   "class BaseCreatorDTO(BaseModel):\n    id: int = Field(description='ID')\n"),
    },
    stub_roots=("*",),
    metadata="sqlmodel:SQLModel.metadata",
    imports=("apps/*/models/*.py", "common/core/models.py", "common/audit/models/*.py"),
    models=".",
    drift=(
        "ALTER TABLE core_datasource RENAME COLUMN type_name TO type_label",
        "ALTER TABLE sys_assistant ALTER COLUMN description SET NOT NULL",
        "CREATE TABLE term_alias (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
        " term_id bigint NOT NULL REFERENCES terms (id) ON DELETE CASCADE,"
        " alias varchar(255) NOT NULL, create_time bigint NOT NULL DEFAULT 0,"
        " CONSTRAINT uq_term_alias_term_id_alias UNIQUE (term_id, alias))",
        "ALTER TABLE chat ALTER COLUMN brief TYPE varchar(255)",
        "ALTER TABLE ai_model ALTER COLUMN base_model TYPE varchar(512)",
        "ALTER TABLE core_dashboard DROP COLUMN self_watermark_status",
        "CREATE INDEX ix_chat_record_chat_id ON chat_record (chat_id)",
        "COMMENT ON COLUMN sys_logs.execution_time IS 'milliseconds the request took'",
        "ALTER TABLE sys_apikey ALTER COLUMN status SET DEFAULT true",
        "ALTER TABLE sys_workspace ADD COLUMN description text",
        "COMMENT ON TABLE system_variable IS 'variables usable in prompts and row permissions'",
        "ALTER TABLE core_dashboard ALTER COLUMN mobile_layout SET DEFAULT 0",
        "ALTER TABLE terms RENAME TO setting_terms",
    ),
    dropped=("core_dashboard.self_watermark_status",),
)
