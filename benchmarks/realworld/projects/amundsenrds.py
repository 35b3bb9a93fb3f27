"""amundsen-io/amundsenrds: classic declarative on ``declarative_base(metadata=...)``, 43 tables
keyed by strings (``rk``) spread over a dozen modules, every key's type written
``String(KEY_LEN, **INDEX_KEY_COLLATION_ARGS)`` (a length and a collation from another module's
constants), association tables mapped as classes with composite keys, ``secondary='table_tag'``
relationships by table name, a self-referencing ``primaryjoin='foreign(User.rk) == User.manager_rk'``.
The collation is MySQL's (``latin1_general_cs``); PostgreSQL has no such collation, so the laid-out
copy names ``C``."""

from recipe import Recipe

RECIPE = Recipe(
    name="amundsenrds",
    repo="amundsen-io/amundsenrds",
    style="classic declarative, collation from a constant dict, string keys",
    files=("amundsen_rds/models/*.py", "amundsen_rds/__init__.py"),
    fixes={"amundsen_rds/models/base.py": ("'collation': 'latin1_general_cs'", "'collation': 'C'")},
    metadata="amundsen_rds.models.base:metadata",
    imports=("amundsen_rds.models",),
    models="amundsen_rds",
    line_length=120,
    drift=(
        "ALTER TABLE users RENAME COLUMN team_name TO team",
        "ALTER TABLE users ALTER COLUMN slack_id TYPE varchar(64)",
        "ALTER TABLE users ALTER COLUMN is_active SET NOT NULL",
        "ALTER TABLE table_metadata ADD COLUMN row_count bigint",
        "CREATE INDEX ix_table_metadata_name ON table_metadata (name)",
        "COMMENT ON COLUMN users.rk IS 'the user''s e-mail as its key'",
        "ALTER TABLE users DROP COLUMN employee_type",
        "ALTER TABLE users ALTER COLUMN is_active SET DEFAULT true",
        "CREATE TABLE table_note (id serial PRIMARY KEY, table_rk varchar(1024) NOT NULL"
        " REFERENCES table_metadata (rk), body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE updated_timestamp RENAME TO updated_timestamp_v2",
    ),
    dropped=("users.employee_type",),
)
