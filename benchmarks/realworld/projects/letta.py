"""letta-ai/letta (the server's last tree before the repository was archived): SQLAlchemy 2.0
``Mapped`` classes in one module per table under ``letta/orm``, on a ``SqlalchemyBase`` whose
abstract base gives every table audit columns through ``@declared_attr`` methods that return a
class method's column (``def _created_by_id(cls): return cls._user_by_id()``); organisation,
project, template and agent mixins with ``@declared_attr`` foreign keys, custom JSON
``TypeDecorator`` columns, ``Mapped[...]`` columns typed by the annotation alone, a pgvector
column chosen by the configured database in an ``if`` of the class body (said once, not read),
``server_default=FetchedValue()`` and ``__table_args__`` made per class by a ``declared_attr``.
The application's other modules (pydantic schemas, converters, settings) are permissive stubs,
the settings and ``pgvector`` stubs of our own (PostgreSQL chosen; the embedded server has no
extension: a ``Vector`` column is ``real[]`` there). It showed one misreading: the audit columns
the class method makes were dropped without a word, 76 columns of 38 tables."""

from recipe import PGVECTOR_STUBS, Recipe

RECIPE = Recipe(
    name="letta",
    repo="letta-ai/letta",
    ref="HEAD~1",  # the last commit archived the server's code away
    style="2.0 Mapped, one module per table, declared_attr audit columns from a class method, mixins",
    files=("letta/orm/*.py", "letta/constants.py", "letta/schemas/enums.py", "letta/schemas/letta_stop_reason.py"),
    stubs={
        "letta/settings.py": ("import enum\n\n\nclass DatabaseChoice(enum.Enum):\n    POSTGRES = 'postgres'\n"
                              "    SQLITE = 'sqlite'\n\n\nclass _Settings:\n"
                              "    database_engine = DatabaseChoice.POSTGRES\n"
                              "    disable_sqlalchemy_pooling = False\n\n    def __getattr__(self, name):\n"
                              "        return None\n\n\nsettings = _Settings()\n"),
        **PGVECTOR_STUBS,
    },
    stub_roots=("*",),
    metadata="letta.orm.base:Base.metadata",
    imports=("letta.orm",),
    models="letta/orm",
    python=(3, 11),
    drift=(
        "ALTER TABLE block RENAME COLUMN description TO summary",
        "ALTER TABLE tools ALTER COLUMN name TYPE varchar(300)",
        "ALTER TABLE sources ALTER COLUMN description SET NOT NULL",
        "ALTER TABLE organizations ADD COLUMN billing_email varchar(255)",
        "CREATE INDEX ix_prompts_project_id ON prompts (project_id)",
        "COMMENT ON COLUMN tools.source_code IS 'the tool as the user wrote it'",
        "ALTER TABLE block DROP COLUMN preserve_on_migration",
        "ALTER TABLE block ALTER COLUMN read_only SET DEFAULT false",
        "CREATE TABLE media_backups (id serial PRIMARY KEY,"
        " organization_id varchar NOT NULL REFERENCES organizations (id),"
        " created_at timestamp with time zone NOT NULL DEFAULT now())",
        "ALTER TABLE prompts RENAME TO agent_prompts",
    ),
    dropped=("block.preserve_on_migration",),
)
