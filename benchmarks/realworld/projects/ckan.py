"""ckan/ckan: ``Table`` objects on one ``MetaData`` and classes mapped with
``registry.map_imperatively`` (with ``properties={...}`` relationships), the classes annotated
``Mapped[...]`` without being declarative; ``types.UnicodeText`` columns, JSONB through
``MutableDict.as_mutable``, Python-side defaults made by functions, a table named ``user``.
The application modules the models import (``ckan.common``, ``ckan.plugins``...) are stubs."""

from recipe import Recipe

RECIPE = Recipe(
    name="ckan",
    repo="ckan/ckan",
    style="Table + map_imperatively",
    files=("ckan/model/*.py", "ckan/exceptions.py", "ckan/migration/__init__.py"),
    stub_roots=("ckan", "*"),
    metadata="ckan.model.meta:metadata",
    imports=("ckan.model",),
    models="ckan/model",
    line_length=88,
    # ckan pins SQLAlchemy 2.0 (its File model passes default= and insert_default= together,
    # which 2.1 refuses)
    probe_packages=("sqlalchemy==2.0.51", "alembic==1.18.5", "psycopg2-binary"),
    drift=(
        "ALTER TABLE package RENAME COLUMN notes TO description",
        "ALTER TABLE resource ALTER COLUMN format SET NOT NULL",
        'ALTER TABLE "user" ADD COLUMN last_login timestamp',
        "ALTER TABLE resource ALTER COLUMN position TYPE bigint",
        "CREATE INDEX idx_package_title ON package (title)",
        "COMMENT ON TABLE api_token IS 'API tokens of users'",
        "ALTER TABLE api_token DROP COLUMN last_access",
        "ALTER TABLE member ALTER COLUMN capacity SET DEFAULT 'public'",
        "CREATE TABLE dataset_rating (id text PRIMARY KEY, package_id text NOT NULL REFERENCES package (id),"
        " rating integer NOT NULL, created timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE task_status ALTER COLUMN error SET NOT NULL",
        "COMMENT ON COLUMN \"group\".title IS 'shown in lists'",
        "ALTER TABLE package RENAME TO package_v2",
    ),
    dropped=("api_token.last_access",),
)
