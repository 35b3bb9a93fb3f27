"""Ouranosinc/Magpie (an access-control service for geospatial web services, on Pyramid): classic
declarative on ziggurat_foundations' mixins (read from the installed library, ``pip install
ziggurat-foundations`` where this runs), several of whose classes are ``pass`` alone; single-table
inheritance of resources (``Service``, ``File``, ``Directory``, ``Layer``... with
``polymorphic_identity``), ``sa.Enum(TokenOperation, name=TokenOperation.__name__, length=32)`` of an
enum deriving from the project's ``ExtendedEnum``, sqlalchemy-utils' ``URLType``, ``declared_attr``
columns in the project's own classes; SQLAlchemy 1.4."""

from recipe import ZIGGURAT_GROUPS_KEY_NAMED, Recipe

RECIPE = Recipe(
    name="magpie",
    repo="Ouranosinc/Magpie",
    style="classic declarative on ziggurat_foundations' mixins, single-table resources, Pyramid",
    files=("magpie/models.py", "magpie/utils.py", "magpie/permissions.py", "magpie/constants.py"),
    stubs={"magpie/__init__.py": "", "magpie/__meta__.py": "__version__ = '0'\n"},
    fixes={"magpie/models.py": ZIGGURAT_GROUPS_KEY_NAMED},
    stub_roots=("*",),
    metadata="magpie.models:Base.metadata",
    imports=("magpie.models",),
    models="magpie",
    probe_packages=("sqlalchemy==1.4.54", "ziggurat-foundations==0.9.1", "sqlalchemy-utils==0.39.0",
                    "psycopg2-binary", "alembic==1.13.3", "six"),
    drift=(
        "ALTER TABLE remote_resources RENAME COLUMN resource_display_name TO display_name",
        "ALTER TABLE network_nodes ALTER COLUMN name TYPE varchar(255)",
        "ALTER TABLE remote_resources_sync_info ALTER COLUMN last_sync SET NOT NULL",
        "ALTER TABLE groups ADD COLUMN locale varchar(16)",
        "CREATE INDEX ix_network_remote_users_name ON network_remote_users (name)",
        "COMMENT ON COLUMN network_tokens.token IS 'the bearer token'",
        "ALTER TABLE remote_resources ALTER COLUMN ordering SET DEFAULT 1",
        "ALTER TABLE tmp_tokens DROP COLUMN created",
        "CREATE TABLE media_backups (id serial PRIMARY KEY, resource_id integer NOT NULL REFERENCES resources"
        " (resource_id), created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE network_nodes RENAME TO network_peers",
        "ALTER TYPE \"TokenOperation\" ADD VALUE 'NETWORK_REVOKE'",
    ),
    dropped=("tmp_tokens.created",),
)
