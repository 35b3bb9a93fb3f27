"""ITISFoundation/osparc-simcore: the ``simcore_postgres_database`` package of a monorepo, 74
``sa.Table(...)`` objects on one ``MetaData`` (no mapped classes: "classical mappings"),
columns made by helper functions (``column_created_datetime()``), ``ForeignKeyConstraint``s
naming the referred columns through the other table (``[users.c.id]``), ``sa.Enum`` of
Python enums from a sibling package of the monorepo (``common_library``), ``doc=`` on every
column and event-listener DDL."""

from recipe import Recipe

JSON_SERIALIZATION = '''\
"""Stand-in for common_library.json_serialization (ours)."""

import json


def json_dumps(obj, **kwargs):
    return json.dumps(obj, **kwargs)
'''

RECIPE = Recipe(
    name="osparc",
    repo="ITISFoundation/osparc-simcore",
    style="Table objects (classical)",
    files=("packages/postgres-database/src/simcore_postgres_database/models/*.py",
           "packages/postgres-database/src/simcore_postgres_database/constants.py",
           "packages/common-library/src/common_library/groups_enums.py",
           "packages/common-library/src/common_library/users_enums.py"),
    strip=("packages/postgres-database/src/", "packages/common-library/src/"),
    stubs={"simcore_postgres_database/__init__.py": "", "common_library/__init__.py": "",
           "common_library/json_serialization.py": JSON_SERIALIZATION},
    metadata="simcore_postgres_database.models.base:metadata",
    imports=("simcore_postgres_database/models/*.py",),
    models="simcore_postgres_database",
    drift=(
        "ALTER TABLE tags RENAME COLUMN color TO colour",
        "ALTER TABLE tags ALTER COLUMN priority SET NOT NULL",
        "CREATE TABLE tag_aliases (id bigserial PRIMARY KEY,"
        " tag_id bigint NOT NULL REFERENCES tags (id) ON DELETE CASCADE,"
        " alias varchar(64) NOT NULL CHECK (alias <> ''), UNIQUE (tag_id, alias))",
        "ALTER TABLE api_keys ALTER COLUMN display_name TYPE varchar(255)",
        "ALTER TABLE tags DROP COLUMN description",
        "CREATE INDEX ix_api_keys_expires_at ON api_keys (expires_at)",
        "COMMENT ON COLUMN tags.name IS 'the display name of the tag'",
        "ALTER TABLE tags ALTER COLUMN colour SET DEFAULT '#000000'",
        "ALTER TABLE groups ADD COLUMN archived_at timestamp with time zone",
        "COMMENT ON TABLE tags IS 'labels users give to projects and services'",
        "ALTER TABLE tags RENAME TO tags_v2",
    ),
    dropped=("tags.description",),
)
