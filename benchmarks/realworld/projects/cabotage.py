"""cabotage/cabotage-app (the PSF's Kubernetes deployment platform behind PyPI's services: organizations,
projects, environments, applications, releases, images, ingresses, backing Postgres/Redis resources) -
about 35 tables of Flask-SQLAlchemy 3.1 on SQLAlchemy 2.0, written in ``Mapped[...] = mapped_column(...)``
style on ``db.Model`` whose ``model_class`` is a ``DeclarativeBase`` with a naming convention
(``fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s``), the application's ``Model`` name
being ``db.Model`` at run time and a typed subclass of the base under ``TYPE_CHECKING``; every module
has ``from __future__ import annotations`` and names the other modules' classes in ``Mapped[...]``
through ``if TYPE_CHECKING:`` imports. Library mixins give most tables columns the files do not write:
sqlalchemy-utils' ``Timestamp`` (``created`` / ``updated``) after ``Model`` in the bases, and
Flask-Security's ``FsUserMixin`` / ``FsRoleMixin`` / ``FsWebAuthnMixin`` (fsqla_v3) whose ``id``,
``username``, ``password``, ``user_id`` the classes redeclare with UUID keys. A ``db.Table`` association
table (``roles_users``) for a ``secondary=`` many-to-many with a ``backref(..., lazy="dynamic")``, beside
association-object classes with composite keys (organization / team members); joined-table inheritance
(``resources`` -> ``resources_postgres`` / ``resources_redis``, ``polymorphic_on="type"``); a module-level
``postgresql.ENUM(...)`` shared by two tables; ``version_id_col`` mappers; SQLAlchemy-Continuum's
``make_versioned(plugins=[...])`` called in two modules with ``__versioned__: dict = {}`` on most
classes; a mapped attribute with another column name (``_repository_name`` -> ``repository_name``);
CITEXT slugs, JSONB with ``text("'{}'::jsonb")`` and ``text("json_object('{}')")`` server defaults,
``server_default=str(CONSTANT)``, an ``Index`` with ``column.desc()``, a CHECK, a read-only model of a
view (``info={"is_view": True}``, made a table here). Stubs of ours: ``cabotage/server/__init__.py``
(the base, ``db`` and ``Model``), sqlalchemy-utils' ``Timestamp`` and ``generic_relationship``,
Flask-Security's three fsqla_v3 mixins and ``FsModels``; SQLAlchemy-Continuum, unidecode and the
application's other modules are permissive stubs (so no ``*_version`` tables are made)."""

from recipe import Recipe

# the application package's extension objects, as the models use them (ours): the declarative base with
# the project's naming convention, Flask-SQLAlchemy on it, and the ``Model`` name the model modules import
SERVER_INIT = '''from typing import TYPE_CHECKING, Any, ClassVar

from flask_sqlalchemy import SQLAlchemy
from sqlalchemy import MetaData
from sqlalchemy.orm import DeclarativeBase

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


db = SQLAlchemy(model_class=Base)

if TYPE_CHECKING:

    class Model(Base):
        query: ClassVar[Any]
else:
    Model = db.Model
'''

# sqlalchemy-utils' timestamp mixin as the models see it (ours)
SQLALCHEMY_UTILS_MODELS = '''import datetime

import sqlalchemy as sa


class Timestamp:
    created = sa.Column(sa.DateTime, default=datetime.datetime.utcnow, nullable=False)
    updated = sa.Column(sa.DateTime, default=datetime.datetime.utcnow, nullable=False)
'''

SQLALCHEMY_UTILS_INIT = '''from .models import Timestamp  # noqa: F401


def generic_relationship(*args, **kwargs):
    return None
'''

# Flask-Security's fsqla_v3 model mixins, of our own: the columns they give a user, role and WebAuthn
# credential table (the classes redeclare the keys), and the holder of the application's ``db``
FSQLA_V3 = '''import datetime

from sqlalchemy import Boolean, Column, DateTime, ForeignKey, Integer, LargeBinary, String, Text, func
from sqlalchemy.orm import declared_attr, relationship


class FsModels:
    db = None
    user_table_name = "user"


class FsRoleMixin:
    id = Column(Integer, primary_key=True)
    name = Column(String(80), unique=True, nullable=False)
    description = Column(String(255))
    permissions = Column(Text)
    update_datetime = Column(DateTime, nullable=False, server_default=func.now(), onupdate=datetime.datetime.utcnow)


class FsUserMixin:
    id = Column(Integer, primary_key=True)
    email = Column(String(255), unique=True, nullable=False)
    username = Column(String(255), unique=True)
    password = Column(String(255))
    active = Column(Boolean, nullable=False)
    fs_uniquifier = Column(String(64), unique=True, nullable=False)
    fs_webauthn_user_handle = Column(String(64), unique=True)
    confirmed_at = Column(DateTime)
    last_login_at = Column(DateTime)
    current_login_at = Column(DateTime)
    last_login_ip = Column(String(64))
    current_login_ip = Column(String(64))
    login_count = Column(Integer)
    tf_primary_method = Column(String(64))
    tf_totp_secret = Column(String(255))
    tf_phone_number = Column(String(128))
    us_totp_secrets = Column(Text)
    us_phone_number = Column(String(128), unique=True)
    mf_recovery_codes = Column(Text)
    create_datetime = Column(DateTime, nullable=False, server_default=func.now())
    update_datetime = Column(DateTime, nullable=False, server_default=func.now(), onupdate=datetime.datetime.utcnow)

    @declared_attr
    def webauthn(cls):
        return relationship("WebAuthn", backref="users", cascade="all, delete")


class FsWebAuthnMixin:
    id = Column(Integer, primary_key=True)
    credential_id = Column(LargeBinary(1024), index=True, unique=True, nullable=False)
    public_key = Column(LargeBinary, nullable=False)
    sign_count = Column(Integer, default=0)
    transports = Column(Text)
    extensions = Column(String(255))
    lastuse_datetime = Column(DateTime, nullable=False)
    name = Column(String(64), nullable=False)
    usage = Column(String(64), nullable=False)
    backup_state = Column(Boolean, nullable=False)
    device_type = Column(String(64), nullable=False)

    @declared_attr
    def user_id(cls):
        return Column(Integer, ForeignKey(f"{FsModels.user_table_name}.id", ondelete="CASCADE"), nullable=False)
'''

MODELS = "cabotage/server/models/"

RECIPE = Recipe(
    name="cabotage",
    repo="cabotage/cabotage-app",
    style="Flask-SQLAlchemy 3 Mapped, library mixins (Timestamp, Flask-Security), db.Table m2m, Continuum",
    files=tuple(MODELS + name for name in ("__init__.py", "audit.py", "auth.py", "auth_associations.py",
                                           "notifications.py", "plugins.py", "projects.py", "resources.py",
                                           "utils.py")),
    stubs={"cabotage/__init__.py": "", "cabotage/server/__init__.py": SERVER_INIT,
           "sqlalchemy_utils/__init__.py": SQLALCHEMY_UTILS_INIT, "sqlalchemy_utils/models.py": SQLALCHEMY_UTILS_MODELS,
           "flask_security/__init__.py": "", "flask_security/models/__init__.py": "",
           "flask_security/models/fsqla_v3.py": FSQLA_V3},
    # not a bug of the project's: Alembic's compare_server_default asks the server whether the two defaults
    # are equal, ``json_object('{}') = json_object('{}')``, and json has no = operator (the probe's check
    # of the two application JSONB columns' defaults crashes); the laid-out copy writes the same empty
    # object as a jsonb literal, as the project's other JSONB defaults do
    fixes={MODELS + "projects.py": ("text(\"json_object('{}')\")", "text(\"'{}'::jsonb\")")},
    stub_roots=("*",),
    prelude=("CREATE EXTENSION IF NOT EXISTS citext",),
    metadata="cabotage.server:db.metadata",
    imports=("cabotage/server/models/*.py",),
    models="cabotage/server/models",
    drift=(
        "ALTER TABLE tailscale_integrations RENAME COLUMN tailnet TO tailnet_name",
        "ALTER TABLE github_app_installations ALTER COLUMN account_login SET NOT NULL",
        "CREATE TABLE role_permissions (id uuid PRIMARY KEY DEFAULT gen_random_uuid(),"
        " role_id uuid NOT NULL REFERENCES roles (id) ON DELETE CASCADE,"
        " permission varchar(80) NOT NULL CHECK (permission <> ''), UNIQUE (role_id, permission))",
        "ALTER TABLE slack_integrations ALTER COLUMN team_id TYPE varchar(128)",
        "ALTER TABLE discord_integrations DROP COLUMN default_channel_name",
        "CREATE INDEX ix_deployments_created ON deployments (created)",
        "COMMENT ON COLUMN project_app_images.repository_name IS 'the registry repository the image is pushed to'",
        "COMMENT ON TABLE ingresses IS 'nginx ingress settings of an application environment'",
        "ALTER TABLE organization_requests ALTER COLUMN status SET DEFAULT 'pending'",
        "ALTER TYPE platform_version ADD VALUE 'fusion'",
        "ALTER TABLE roles_users ADD COLUMN granted_at timestamp",
        "ALTER TABLE resources_redis ADD COLUMN maxmemory_policy varchar(32) NOT NULL DEFAULT 'noeviction'",
        "ALTER TABLE roles RENAME TO user_roles",
    ),
    dropped=("discord_integrations.default_channel_name",),
)
