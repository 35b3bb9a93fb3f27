"""sourcehut's meta.sr.ht (the accounts service of sr.ht, Flask; a GitHub mirror, artoj/meta.sr.ht):
classic declarative ``sa.Column`` classes, ``import sqlalchemy as sa`` / ``sqlalchemy_utils as sau``
spelled everywhere, on core.sr.ht's ``declarative_base()``, three classes whose table and most
columns come from core.sr.ht's mixins listed after the base (``class User(Base, UserMixin)``: the
mixin names the table in a ``declared_attr`` ``__tablename__``; ``OAuthToken`` has no body but one
column, its foreign keys, relationships and a named unique constraint are ``declared_attr``\\s of a
mixin's mixin), sqlalchemy-utils' ``ChoiceType(Enum, impl=sa.String())`` (labels stored as varchar,
no PostgreSQL enum), ``IPAddressType`` and ``UUIDType``, string ``server_default='0'`` / ``'f'``,
relationships declaring ``backref``\\s, ``foreign_keys=[...]`` lists on two keys between ``user`` and
``pgpkey`` (a cycle), a column whose attribute is renamed (``_scopes`` maps ``scopes``, in the mixin),
no ``__init__`` in the models package but star imports. core.sr.ht is another repository: its
database module and OAuth mixins are stubs of ours giving the same tables (the columns the service's
migrations make), its config and validation modules permissive stubs."""

from recipe import Recipe

DATABASE = """from sqlalchemy.orm import declarative_base

Base = declarative_base()
db = None
"""

# core.sr.ht's mixins, ours: the user, OAuth client and OAuth token tables they give a service
OAUTH = '''from enum import Enum

import sqlalchemy as sa
import sqlalchemy_utils as sau
from sqlalchemy.orm import declared_attr, relationship


class UserType(Enum):
    unconfirmed = "unconfirmed"
    active_non_paying = "active_non_paying"
    active_free = "active_free"
    active_paying = "active_paying"
    active_delinquent = "active_delinquent"
    admin = "admin"
    unknown = "unknown"
    suspended = "suspended"


class UserMixin:
    """The columns of the user table every service keeps."""

    @declared_attr
    def __tablename__(cls):
        return "user"

    id = sa.Column(sa.Integer, primary_key=True)
    created = sa.Column(sa.DateTime, nullable=False)
    updated = sa.Column(sa.DateTime, nullable=False)
    username = sa.Column(sa.Unicode(256), index=True, unique=True)
    email = sa.Column(sa.String(256), nullable=False)
    user_type = sa.Column(sau.ChoiceType(UserType, impl=sa.String()), nullable=False,
                          default=UserType.unconfirmed)
    url = sa.Column(sa.String(256))
    location = sa.Column(sa.Unicode(256))
    bio = sa.Column(sa.Unicode(4096))
    suspension_notice = sa.Column(sa.Unicode(4096))


class OAuthClientMixin:
    """A registered OAuth client of a user."""

    @declared_attr
    def __tablename__(cls):
        return "oauthclient"

    id = sa.Column(sa.Integer, primary_key=True)
    created = sa.Column(sa.DateTime, nullable=False)
    updated = sa.Column(sa.DateTime, nullable=False)

    @declared_attr
    def user_id(cls):
        return sa.Column(sa.Integer, sa.ForeignKey("user.id"))

    @declared_attr
    def user(cls):
        return relationship("User", backref="oauth_clients")


class ExternalOAuthTokenMixin:
    """A token a user granted, without its client."""

    @declared_attr
    def __tablename__(cls):
        return "oauthtoken"

    id = sa.Column(sa.Integer, primary_key=True)
    created = sa.Column(sa.DateTime, nullable=False)
    updated = sa.Column(sa.DateTime, nullable=False)
    expires = sa.Column(sa.DateTime, nullable=False)
    token_hash = sa.Column(sa.String(128), nullable=False)
    token_partial = sa.Column(sa.String(8), nullable=False)
    _scopes = sa.Column(sa.String(512), nullable=False, name="scopes")

    @declared_attr
    def user_id(cls):
        return sa.Column(sa.Integer, sa.ForeignKey("user.id"))

    @declared_attr
    def user(cls):
        return relationship("User", backref="oauth_tokens")


class OAuthTokenMixin(ExternalOAuthTokenMixin):
    """A token a user granted to a client."""

    @declared_attr
    def __table_args__(cls):
        return (sa.UniqueConstraint("client_id", "user_id", name="client_user_unique"),)

    @declared_attr
    def client_id(cls):
        return sa.Column(sa.Integer, sa.ForeignKey("oauthclient.id", ondelete="CASCADE"))

    @declared_attr
    def client(cls):
        return relationship("OAuthClient", backref="tokens")


current_token = None
'''

RECIPE = Recipe(
    name="metasrht",
    repo="artoj/meta.sr.ht",
    style="classic sa.Column, a library's mixins naming the tables, sqlalchemy-utils ChoiceType",
    files=("metasrht/types/*.py",),
    stubs={"metasrht/__init__.py": "", "srht/__init__.py": "", "srht/database.py": DATABASE,
           "srht/oauth/__init__.py": OAUTH},
    stub_roots=("*",),
    metadata="srht.database:Base.metadata",
    imports=("metasrht.types",),
    models="metasrht/types",
    drift=(
        "ALTER TABLE sshkey RENAME COLUMN comment TO label",
        "ALTER TABLE pgpkey ALTER COLUMN created SET NOT NULL",
        "CREATE TABLE user_session (id serial PRIMARY KEY,"
        " user_id integer NOT NULL REFERENCES \"user\" (id) ON DELETE CASCADE,"
        " created timestamp NOT NULL, ip_address varchar(50) NOT NULL)",
        "ALTER TABLE invoice ALTER COLUMN source TYPE varchar(512)",
        "ALTER TABLE \"user\" DROP COLUMN stripe_customer",
        "CREATE INDEX ix_audit_log_entry_created ON audit_log_entry (created)",
        "COMMENT ON COLUMN oauth2_grant.token_hash IS 'sha512 of the token'",
        "ALTER TABLE invoice ALTER COLUMN cents SET DEFAULT 0",
        "ALTER TABLE oauth2_client ADD COLUMN logo_url varchar(2048)",
        "COMMENT ON TABLE user_notes IS 'staff notes on an account'",
        "ALTER TABLE \"user\" ALTER COLUMN welcome_emails TYPE smallint",
        "ALTER TABLE revocationurl RENAME TO revocation_url",
    ),
    dropped=("user.stripe_customer",),
)
