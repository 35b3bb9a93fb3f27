"""dataelement/bisheng (an LLM application platform, on MySQL and DaMeng): 88 SQLModel tables in one
package per domain (``database/models``, ``common/models``, ``<domain>/domain/models``), most a
``<Name>Base(SQLModelSerializable)`` of fields shared with API schemas and a ``table=True`` class adding
the key, many columns written ``sa_column=Column(...)`` with comments and ``server_default=text(...)``, a
``server_default`` that is a ``FunctionElement`` of the project's own compiled per dialect
(``UPDATE_TIME_SERVER_DEFAULT``), TypeDecorators choosing their type in ``load_dialect_impl``
(``JsonType``, ``LargeText``), a ``Computed`` column in a unique constraint, ``SQLEnum`` of str enums
(one named), ``sa_type=`` fields, a ``default_factory`` of a helper module; its uv.lock says SQLModel
0.0.27 (datetimes without time zone). The database sessions are a stub of ours, the application's
services permissive stubs. It showed one misreading, mended: ``file_name: str = Field(max_length=
KNOWLEDGE_FILE_NAME_MAX_LENGTH)``, a constant of the module, was read as a varchar of no length (one
no-drift action)."""

from recipe import Recipe

_ONE_LINE = "Boolean, nullable=False, server_default=text({})"
_SPLIT = "Boolean,\n            nullable=False,\n            server_default=text({})"


def _booleans(*forms: tuple[str, str]) -> tuple[tuple[str, str], ...]:
    """The fixes writing PostgreSQL's ``false`` / ``true`` for MySQL's ``0`` / ``1`` (a column's
    form, the literal as the file quotes it)."""
    return tuple((form.format(literal), form.format(literal.replace("0", "false").replace("1", "true")))
                 for form, literal in forms)


RECIPE = Recipe(
    name="bisheng",
    repo="dataelement/bisheng",
    style="SQLModel on a serializable base, one package per domain, dialect-compiled server defaults",
    files=("src/backend/bisheng/database/models/*.py", "src/backend/bisheng/common/models/*.py",
           "src/backend/bisheng/*/domain/models/*.py", "src/backend/bisheng/core/database/dialect_helpers.py",
           "src/backend/bisheng/database/base.py", "src/backend/bisheng/database/constants.py",
           "src/backend/uv.lock"),
    strip="src/backend/",
    stubs={"bisheng/core/database/__init__.py": (
        "def get_async_db_session():\n    raise NotImplementedError\n\n\n"
        "def get_sync_db_session():\n    raise NotImplementedError\n")},
    # written for MySQL and DaMeng: the update times' server default compiles to MySQL's ``CURRENT_TIMESTAMP
    # ON UPDATE CURRENT_TIMESTAMP`` on every dialect but DaMeng and SQLite (its docstring says "Others →
    # CURRENT_TIMESTAMP"): PostgreSQL takes SQLite's; and 19 boolean columns default to ``text('0')`` /
    # ``text('1')``, integers PostgreSQL does not take for a boolean: ``false`` / ``true`` here
    fixes={"bisheng/core/database/dialect_helpers.py": (
        '@compiles(_UpdateTimeServerDefault, "sqlite")\n',
        '@compiles(_UpdateTimeServerDefault, "sqlite")\n@compiles(_UpdateTimeServerDefault, "postgresql")\n'),
        **{f"bisheng/{path}.py": _booleans(*forms) for path, forms in (
            ("approval/domain/models/approval_scenario", ((_ONE_LINE, "'0'"), (_ONE_LINE, "'1'"))),
            ("channel/domain/models/channel", ((_ONE_LINE, "'0'"),)),
            ("channel/domain/models/channel_knowledge_sync", ((_ONE_LINE, '"1"'),)),
            ("common/models/space_channel_member", ((_ONE_LINE, '"0"'),)),
            ("database/models/assistant", ((_SPLIT, '"0"'),)),
            ("database/models/flow", ((_SPLIT, '"0"'),)),
            ("knowledge/domain/models/department_knowledge_space", ((_SPLIT, '"0"'), (_SPLIT, '"1"'))),
            ("knowledge/domain/models/knowledge", ((_SPLIT, '"0"'), (_ONE_LINE, '"0"'))),
            ("knowledge/domain/models/knowledge_space_tag_library", ((_ONE_LINE, '"0"'),)),
            ("sensitive_word/domain/models/sensitive_word_policy", ((_ONE_LINE, "'0'"),)),
            ("tool/domain/models/gpts_tools", ((_SPLIT, '"0"'),)),
        )}},
    stub_roots=("*",),
    metadata="sqlmodel:SQLModel.metadata",
    imports=("bisheng/database/models/*.py", "bisheng/common/models/*.py", "bisheng/*/domain/models/*.py"),
    models="bisheng",
    probe_packages=("sqlmodel==0.0.27", "pydantic==2.12.4", "sqlalchemy==2.0.44", "alembic==1.18.5",
                    "psycopg2-binary"),
    drift=(
        "ALTER TABLE share_link RENAME COLUMN access_count TO visit_count",
        "ALTER TABLE t_report ALTER COLUMN version_key TYPE varchar(255)",
        "ALTER TABLE \"user\" ALTER COLUMN email SET NOT NULL",
        "ALTER TABLE channel ADD COLUMN locale varchar(16)",
        "CREATE INDEX ix_t_report_flow_id ON t_report (flow_id)",
        "COMMENT ON COLUMN \"group\".group_name IS 'shown in the console'",
        "ALTER TABLE share_link ALTER COLUMN expire_time SET DEFAULT 0",
        "ALTER TABLE org_sync_log DROP COLUMN trigger_user",
        "CREATE TABLE share_link_visit (id serial PRIMARY KEY, share_link_id char(36) NOT NULL"
        " REFERENCES share_link (id), created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE t_gpts_tools_type RENAME TO gpts_tools_type",
        "ALTER TYPE space_channel_member_status_enum ADD VALUE 'SUSPENDED'",
    ),
    dropped=("org_sync_log.trigger_user",),
    note=("the dropped column is one of a table class: one of a `<Name>Base` that API schemas share is left "
          "by hand (a by-hand item), as the tool means to"),
)
