"""haiwen/seafevents (Seafile's background events server, on MySQL): SQLAlchemy 2.0 ``mapped_column``
without ``Mapped`` annotations on a ``DeclarativeBase`` of one module (``db.py``, beside an
``automap_base()`` for Seafile's own tables), models spread over one package per service (events,
statistics, content and virus scanners, webhooks), CamelCase table names, ``Index`` objects in
``__table_args__`` tuples, ``{'extend_existing': True}``, MySQL's ``INTEGER(unsigned=True)`` and
``TINYINT``, ``server_default=text('current_timestamp(6)')``, a ``default=uuid.uuid4`` and an
``__init__(self, record)`` on every class; one class on plain ``Column``. The repository root is the
``seafevents`` package: our ``seafevents.py`` gives it a ``__path__`` of the layout (the recipe's name
is the directory's, so the reader finds ``from seafevents.db import Base`` there too); the
configuration module is a stub of ours."""

from recipe import Recipe

# the repository's root is the package ``seafevents``: a module of ours whose ``__path__`` is the
# layout's root imports ``seafevents.db`` from ``db.py``
_PACKAGE = """import os

__path__ = [os.path.dirname(os.path.abspath(__file__))]
"""

_CONFIG = """MYSQL_SEAHUB_DB_NAME = MYSQL_SEAFILE_DB_NAME = MYSQL_CCNET_DB_NAME = ""
MYSQL_DB_HOST = MYSQL_DB_PORT = MYSQL_DB_PWD = MYSQL_DB_USER = ""
"""

# written for MySQL: MySQL's TINYINT (the webhooks' ``is_valid`` and ``status``) has no PostgreSQL
# rendering, so create_all fails there; a compiler of ours, imported first, renders it SMALLINT
_TINYINT = """from sqlalchemy.dialects.mysql import TINYINT
from sqlalchemy.ext.compiler import compiles


@compiles(TINYINT, "postgresql")
def _smallint(type_, compiler, **kw):
    return "SMALLINT"
"""

RECIPE = Recipe(
    name="seafevents",
    repo="haiwen/seafevents",
    style="2.0 mapped_column without Mapped, one package per service, MySQL types",
    files=("db.py", "events/models.py", "statistics/models.py", "batch_delete_files_notice/models.py",
           "content_scanner/models.py", "virus_scanner/models.py", "webhook/models.py"),
    stubs={"seafevents.py": _PACKAGE, "app/config.py": _CONFIG, "pg_tinyint.py": _TINYINT},
    stub_roots=("*",),
    metadata="seafevents.db:Base.metadata",
    imports=("pg_tinyint", "seafevents.db", "seafevents.events.models", "seafevents.statistics.models",
             "seafevents.batch_delete_files_notice.models", "seafevents.content_scanner.models",
             "seafevents.virus_scanner.models", "seafevents.webhook.models"),
    models=".",
    drift=(
        'ALTER TABLE "FileAudit" RENAME COLUMN device TO user_agent',
        'ALTER TABLE "Activity" ALTER COLUMN op_type TYPE varchar(255)',
        'ALTER TABLE "Activity" ALTER COLUMN commit_id SET NOT NULL',
        'ALTER TABLE "UserTraffic" ADD COLUMN device varchar(64)',
        'CREATE INDEX idx_filetrash_user ON "FileTrash" ("user")',
        'COMMENT ON COLUMN "VirusFile".virus_signature IS \'as the scanner names it\'',
        'ALTER TABLE "VirusFile" ALTER COLUMN has_ignored SET DEFAULT false',
        'ALTER TABLE "FileHistory" DROP COLUMN repo_id_path_md5',
        'CREATE TABLE "FileComment" (id serial PRIMARY KEY, file_history_id bigint NOT NULL'
        ' REFERENCES "FileHistory" (id), comment text NOT NULL, created_at timestamp NOT NULL DEFAULT now())',
        "ALTER TABLE org_last_active_time RENAME TO org_last_activity_time",
        "ALTER TABLE webhook_jobs ALTER COLUMN trigger_at SET NOT NULL",
    ),
    dropped=("FileHistory.repo_id_path_md5",),
)
