"""GNS3/gns3-server (its 3.0 branch, where the controller's database lives): classic declarative
on an ``@as_declarative()`` base, an ``__abstract__`` base table with ``created_at`` /
``updated_at`` server defaults of ``func.current_timestamp()``, a ``GUID`` TypeDecorator
(PostgreSQL's UUID, else ``CHAR(32)``) and a ``ListType`` over ``VARCHAR``, joined-table
inheritance of eleven template kinds (``polymorphic_on`` / ``polymorphic_load``), association
tables, ``after_create`` listeners that insert default rows. Its configuration and auth service
are stand-ins of ours (the listeners read them); fastapi is a stub."""

from recipe import Recipe

CONFIG = '''class _Secret:
    def get_secret_value(self):
        return "admin"


class _Controller:
    default_admin_username = "admin"
    default_admin_password = _Secret()


class _Settings:
    Controller = _Controller()


class Config:
    settings = _Settings()

    @classmethod
    def instance(cls):
        return cls()
'''
AUTH = "class _Auth:\n    def hash_password(self, password):\n        return 'not-a-hash'\n\n\nauth_service = _Auth()\n"

RECIPE = Recipe(
    name="gns3",
    repo="GNS3/gns3-server",
    ref="3.0",
    style="classic declarative, @as_declarative, joined inheritance of templates",
    files=("gns3server/db/models/*.py",),
    stubs={"gns3server/__init__.py": "", "gns3server/db/__init__.py": "", "gns3server/config.py": CONFIG,
           "gns3server/services/__init__.py": AUTH},
    # written for SQLite: on PostgreSQL a GIN index needs jsonb (json has no GIN operator class),
    # so the column is JSONB there, as a PostgreSQL deployment would need
    fixes={"gns3server/db/models/llm_model_configs.py": (
        ("    config = Column(JSON, nullable=False)",
         "    config = Column(JSON().with_variant(JSONB(), 'postgresql'), nullable=False)"),
        ("from sqlalchemy.orm import relationship\n",
         "from sqlalchemy.dialects.postgresql import JSONB\nfrom sqlalchemy.orm import relationship\n"),
    )},
    stub_roots=("*",),
    metadata="gns3server.db.models:Base.metadata",
    imports=("gns3server.db.models",),
    models="gns3server/db/models",
    drift=(
        "ALTER TABLE computes RENAME COLUMN host TO address",
        "ALTER TABLE roles ALTER COLUMN description TYPE varchar(1024)",
        "ALTER TABLE images ALTER COLUMN checksum SET NOT NULL",
        "ALTER TABLE resource_pools ADD COLUMN description text",
        "CREATE INDEX ix_images_image_type ON images (image_type)",
        "COMMENT ON COLUMN templates.symbol IS 'the symbol shown on the canvas'",
        "ALTER TABLE users DROP COLUMN token_version",
        "ALTER TABLE computes ALTER COLUMN protocol SET DEFAULT 'http'",
        "CREATE TABLE project_notes (note_id uuid PRIMARY KEY, user_id uuid REFERENCES users (user_id),"
        " body text NOT NULL, created_at timestamp DEFAULT CURRENT_TIMESTAMP)",
        "ALTER TABLE users RENAME TO users_v2",
    ),
    dropped=("users.token_version",),
)
