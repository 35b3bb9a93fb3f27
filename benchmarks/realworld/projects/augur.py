"""chaoss/augur: classic declarative models (``declarative_base()``) spread over three
PostgreSQL schemas (``augur_data``, ``augur_operations``, ``spdx``) through
``__table_args__`` dicts, with deferrable unique constraints, hash / BRIN / expression indexes
(``text("gh_login ASC NULLS FIRST")``), ``Sequence(..., schema=...)`` keys, PostgreSQL's own
types (``TIMESTAMP(precision=0)``, ``UUID(as_uuid=True)``, JSONB) and server defaults written
as PostgreSQL prints them (``text("NULL::numeric")``)."""

from recipe import Recipe

DB_PACKAGE = '''\
"""Stand-in for augur.application.db (ours): what the models import from it at import time."""


def get_session():
    raise RuntimeError("not in the corpus")
'''

DB_UTIL = '''\
"""Stand-in for augur.application.db.util (ours)."""


def execute_session_query(query, query_type="all"):
    raise RuntimeError("not in the corpus")
'''

DB_SESSION = '''\
"""Stand-in for augur.application.db.session (ours)."""


class DatabaseSession:
    pass
'''

RECIPE = Recipe(
    name="augur",
    repo="chaoss/augur",
    style="declarative, three schemas",
    files=("augur/application/db/models/*.py",),
    stubs={"augur/__init__.py": "", "augur/application/__init__.py": "",
           "augur/application/db/__init__.py": DB_PACKAGE, "augur/application/db/util.py": DB_UTIL,
           "augur/application/db/session.py": DB_SESSION},
    metadata="augur.application.db.models.base:Base.metadata",
    imports=("augur.application.db.models",),
    models="augur",
    prelude=("CREATE SCHEMA augur_data", "CREATE SCHEMA augur_operations", "CREATE SCHEMA spdx"),
    schemas=("augur_data", "augur_operations", "spdx"),
    drift=(
        "ALTER TABLE augur_data.contributors RENAME COLUMN cntrb_company TO cntrb_organization",
        "ALTER TABLE augur_operations.users ALTER COLUMN text_phone SET NOT NULL",
        "CREATE TABLE augur_data.repo_topics_extra (id serial PRIMARY KEY,"
        " repo_id bigint NOT NULL REFERENCES augur_data.repo (repo_id) ON DELETE CASCADE,"
        " topic varchar(64) NOT NULL CHECK (topic <> ''), UNIQUE (repo_id, topic))",
        "ALTER TABLE augur_data.repo_groups ALTER COLUMN rg_website TYPE varchar(255)",
        "ALTER TABLE augur_data.repo DROP COLUMN forked_from",
        "CREATE INDEX ix_repo_updated_at ON augur_data.repo (updated_at)",
        "COMMENT ON COLUMN augur_data.repo.description IS 'as the forge describes it'",
        "ALTER TABLE augur_data.repo_groups ALTER COLUMN rg_recache SET DEFAULT 0",
        "ALTER TABLE augur_operations.users ADD COLUMN last_login_at timestamp",
        "COMMENT ON TABLE augur_operations.config IS 'settings, one row per section and name'",
        "ALTER TABLE augur_data.contributors ALTER COLUMN cntrb_state TYPE varchar(128)",
    ),
    dropped=("repo.forked_from",),
)
