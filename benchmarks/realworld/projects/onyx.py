"""onyx-dot-app/onyx: 157 tables in one module of SQLAlchemy 2.0 ``Mapped`` models, its users
on fastapi-users' ``SQLAlchemyBaseUserTableUUID`` / OAuth / access-token bases (a library's
mixins: their columns and ``__tablename__``), ``TIMESTAMPAware`` from that library, ~60 Python
enums of eight modules stored as ``Enum(X, native_enum=False)``, TypeDecorators of its own
(encrypted JSON and strings, null-filtered strings, pydantic models as JSONB), composite keys of
association classes, ``desc("time_updated")`` index elements, and an index whose
``postgresql_where=is_default is True`` Python evaluates before SQLAlchemy sees it (the reader
says so and leaves it alone). The other application modules it imports are permissive stubs; the
reader needs fastapi-users-db-sqlalchemy installed (the corpus's environment)."""

from recipe import Recipe

# the end of the staging table's class, up to its unique constraint's name
STAGING_KEY = ('"KGEntityExtractionStaging", foreign_keys=[target_node]\n    )\n'
               '    document: Mapped["Document"] = relationship(\n        "Document", foreign_keys=[source_document]\n'
               '    )\n\n    __table_args__ = (\n        # Composite primary key\n'
               '        PrimaryKeyConstraint("id_name", "source_document"),\n'
               '        # Ensure unique relationships between nodes of a specific type\n        UniqueConstraint(\n'
               '            "source_node",\n            "target_node",\n            "type",\n            ')
PACKAGES = ("onyx", "onyx/db", "onyx/configs", "onyx/auth", "onyx/connectors", "onyx/kg", "onyx/llm", "onyx/server",
            "onyx/server/security", "shared_configs")

RECIPE = Recipe(
    name="onyx",
    repo="onyx-dot-app/onyx",
    style="2.0 Mapped on fastapi-users bases, enums of eight modules",
    files=("backend/onyx/db/models.py", "backend/onyx/db/enums.py", "backend/onyx/db/pydantic_type.py",
           "backend/onyx/db/index_attempt_metrics_models.py", "backend/onyx/configs/constants.py",
           "backend/onyx/auth/schemas.py", "backend/onyx/connectors/models.py", "backend/onyx/kg/models.py",
           "backend/onyx/llm/models.py", "backend/onyx/server/security/models.py", "backend/shared_configs/enums.py"),
    strip="backend/",
    # two tables' unique constraints of one name: PostgreSQL names their indexes in one namespace,
    # and create_all stops at the second (the staging table's, renamed here)
    fixes={"onyx/db/models.py": (STAGING_KEY + 'name="uq_kg_relationship_source_target_type",',
                                  STAGING_KEY + 'name="uq_kg_relationship_staging_source_target_type",')},
    stubs={f"{package}/__init__.py": "" for package in PACKAGES},
    stub_roots=("*",),
    metadata="onyx.db.models:Base.metadata",
    imports=("onyx.db.models",),
    models="onyx/db",
    probe_packages=("sqlalchemy>=2", "fastapi-users-db-sqlalchemy", "pydantic>=2", "psycopg2-binary", "alembic",
                    "typing_extensions"),
    drift=(
        "ALTER TABLE tool RENAME COLUMN display_name TO title",
        "ALTER TABLE connector ALTER COLUMN name TYPE varchar(255)",
        "ALTER TABLE tag ALTER COLUMN tag_key SET NOT NULL",
        "ALTER TABLE chat_session ADD COLUMN pinned boolean NOT NULL DEFAULT false",
        "CREATE INDEX ix_tag_tag_value ON tag (tag_value)",
        "COMMENT ON COLUMN connector.indexing_start IS 'first document time to index'",
        "ALTER TABLE tool DROP COLUMN in_code_tool_id",
        "ALTER TABLE tag ALTER COLUMN is_list SET DEFAULT false",
        "CREATE TABLE connector_note (id serial PRIMARY KEY, connector_id integer NOT NULL REFERENCES connector (id),"
        " note text NOT NULL, created_at timestamptz NOT NULL DEFAULT now())",
        "ALTER TABLE connector RENAME TO connector_v2",
    ),
    dropped=("tool.in_code_tool_id",),
)
