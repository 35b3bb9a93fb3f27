"""skyportal/skyportal (an astronomical data platform, on Tornado): classic declarative on
baselayer's ``declarative_base(cls=BaseMixin)``, whose mixin gives every class ``id``, a
``declared_attr`` ``created_at`` indexed unless the class says ``index_created_at = False``
(``index=getattr(cls, "index_created_at", True)``), ``modified`` with an ``onupdate`` and a
``declared_attr`` ``__tablename__`` (the class name lowered plus ``s``); some sixty association
classes made by baselayer's ``join_model("group_users", Group, User)`` (``type(name, (Base, JoinModel),
{"__tablename__": join_table, ...})``), ``sources`` among them, with columns set on the class afterwards
(``Source.saved_by_id = sa.Column(...)``); ``User.groups = relationship(...)`` set from another module;
``Candidate.__table_args__ = (sa.Index(..., Candidate.obj_id, ...),)`` assigned after the class; a
range-partitioned table (``postgresql_partition_by``) whose partitions a class method makes with
``type()``; sqlalchemy-utils' ``StringEncryptedType(JSONType, ...)``, ``URLType``, ``EmailType`` and
``DateTimeRangeType``; named enums of labels computed at import (sncosmo's bandpasses, the facility APIs'
class names); healpix-alchemy's ``Tile`` (``int8range``, SP-GiST when indexed, by a listener) and
conesearch-alchemy's ``Point`` mixin (``ra``/``dec``, an expression index from a ``declared_attr
__table_args__``). baselayer (a git submodule: another repository) and the two astronomy libraries are
stubs of ours that make the same tables; the application's other modules are permissive stubs. It showed
eight misreadings, all mended: the ``getattr`` index (an index added on every table: now not compared),
``join_model()``'s classes (classes generated for ``sources``, ``gcntriggers``...), baselayer's classes
outside the models (classes generated for ``users``, ``roles``...), ``class Obj(Base,
conesearch_alchemy.Point)`` beside healpix-alchemy's ``Point`` type (Obj, Photometry, PhotometricSeries,
Galaxy dropped), the indexes of a ``__table_args__`` assigned after the class, and the partitions'
``f"{cls.__tablename__}_{name}"`` taken as ``*_*`` (every unmapped table with an underscore hidden),
and healpix-alchemy's listener that makes an indexed ``Tile`` column's index SP-GiST (four index edits)."""

from recipe import Recipe

# baselayer's app/models.py as the models use it: the declarative base and its mixin, join_model(),
# the users, roles, ACLs and tokens the models refer to, and access-control placeholders
BASELAYER_MODELS = '''import sqlalchemy as sa
from sqlalchemy import func
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.ext.declarative import declared_attr
from sqlalchemy.orm import aliased, declarative_base, relationship, scoped_session, sessionmaker

DBSession = scoped_session(sessionmaker())
utcnow = func.timezone("UTC", func.current_timestamp())
safe_aliased = aliased


class UserAccessControl:
    def __init__(self, *args, **kwargs):
        pass

    def __and__(self, other):
        return self

    __or__ = __and__

    @staticmethod
    def user_id_from_user_or_token(user_or_token):
        return user_or_token.id


class AccessibleIfUserMatches(UserAccessControl):
    pass


class AccessibleIfRelatedRowsAreAccessible(UserAccessControl):
    pass


class CustomUserAccessControl(UserAccessControl):
    pass


public = restricted = UserAccessControl()
accessible_by_owner = AccessibleIfUserMatches("owner")


class BaseMixin:
    create = read = public
    update = delete = restricted

    id = sa.Column(sa.Integer, primary_key=True, autoincrement=True)

    @declared_attr
    def created_at(cls):
        return sa.Column(sa.DateTime, nullable=False, default=utcnow, index=getattr(cls, "index_created_at", True))

    modified = sa.Column(sa.DateTime, default=utcnow, onupdate=utcnow, nullable=False)

    @declared_attr
    def __tablename__(cls):
        return cls.__name__.lower() + "s"

    __mapper_args__ = {"confirm_deleted_rows": False}


Base = declarative_base(cls=BaseMixin)


class JoinModel:
    pass


def join_model(join_table, model_1, model_2, column_1=None, column_2=None, fk_1="id", fk_2="id", base=Base,
               new_name=None, overlaps=None, index_created_at=True, composite_pk=False):
    table_1, table_2 = model_1.__tablename__, model_2.__tablename__
    column_1 = column_1 or f"{table_1[:-1]}_id"
    column_2 = column_2 or f"{table_2[:-1]}_id"
    first = sa.Column(column_1, sa.ForeignKey(f"{table_1}.{fk_1}", ondelete="CASCADE"), nullable=False,
                      primary_key=composite_pk)
    second = sa.Column(column_2, sa.ForeignKey(f"{table_2}.{fk_2}", ondelete="CASCADE"), nullable=False,
                       primary_key=composite_pk)
    overlap = ", ".join([table_1, table_2, *([overlaps] if isinstance(overlaps, str) else overlaps or [])])
    attributes = {
        "__tablename__": join_table,
        "index_created_at": index_created_at,
        column_1: first,
        column_2: second,
        "id": None if composite_pk else sa.Column(sa.Integer, primary_key=True),
        model_1.__name__.lower(): relationship(model_1, foreign_keys=[first], overlaps=overlap),
        model_2.__name__.lower(): relationship(model_2, foreign_keys=[second], overlaps=overlap),
        f"{join_table}_reverse_ind": sa.Index(f"{join_table}_reverse_ind", second, first),
    }
    if not composite_pk:
        attributes[f"{join_table}_forward_ind"] = sa.Index(f"{join_table}_forward_ind", first, second, unique=True)
    return type(new_name or f"{model_1.__name__}{model_2.__name__}", (base, JoinModel), attributes)


class ACL(Base):
    id = sa.Column(sa.String, nullable=False, primary_key=True)


class Role(Base):
    id = sa.Column(sa.String, nullable=False, primary_key=True)
    acls = relationship("ACL", secondary="role_acls", passive_deletes=True)
    users = relationship("User", secondary="user_roles", back_populates="roles", passive_deletes=True)


RoleACL = join_model("role_acls", Role, ACL)


class User(Base):
    username = sa.Column(sa.String, nullable=False, unique=True)
    first_name = sa.Column(sa.String, nullable=True)
    last_name = sa.Column(sa.String, nullable=True)
    contact_email = sa.Column(sa.String, nullable=True)
    oauth_uid = sa.Column(sa.String, unique=True)
    preferences = sa.Column(JSONB, nullable=True)
    is_bot = sa.Column(sa.Boolean, nullable=False, server_default="false")
    roles = relationship("Role", secondary="user_roles", back_populates="users", passive_deletes=True)
    tokens = relationship("Token", back_populates="created_by", passive_deletes=True,
                          foreign_keys="Token.created_by_id")
    acls = relationship("ACL", secondary="user_acls", passive_deletes=True)


UserACL = join_model("user_acls", User, ACL)


class Token(Base):
    id = sa.Column(sa.String, nullable=False, primary_key=True)
    created_by_id = sa.Column(sa.ForeignKey("users.id", ondelete="CASCADE"), nullable=True)
    created_by = relationship("User", back_populates="tokens")
    acls = relationship("ACL", secondary="token_acls", passive_deletes=True)
    name = sa.Column(sa.String, nullable=False)

    __table_args__ = (sa.UniqueConstraint("created_by_id", "name", name="token_name_userid_unique_constraint"),)


TokenACL = join_model("token_acls", Token, ACL)
UserRole = join_model("user_roles", User, Role)
'''

# baselayer's configuration: the keys the models read at import, with the defaults of skyportal's
# config.yaml.defaults (any other key: a string)
BASELAYER_ENV = '''class _Config(dict):
    def __missing__(self, key):
        return "x"


_CFG = _Config({
    "spectrum_types.types": ["source", "host", "host_center"],
    "spectrum_types.default": "source",
    "misc.photometry_detection_threshold_nsigma": 3.0,
    "server.port": 443,
    "misc": {},
})


def load_env(*args, **kwargs):
    return None, _CFG
'''

# healpix-alchemy's types: a HEALPix index (bigint) and a tile (int8range, SP-GiST when indexed)
HEALPIX_ALCHEMY = '''import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import INT8RANGE


class Point(sa.TypeDecorator):
    cache_ok = True
    impl = sa.BigInteger


class Tile(sa.TypeDecorator):
    cache_ok = True
    impl = INT8RANGE


@sa.event.listens_for(sa.Index, "after_parent_attach")
def _spgist(index, parent):
    if index._column_flag and len(index.expressions) == 1 and isinstance(index.expressions[0], sa.Column) \\
            and isinstance(index.expressions[0].type, Tile):
        index.dialect_options["postgresql"]["using"] = "spgist"
'''

# conesearch-alchemy's Point mixin: ra, dec and an index on the point's cartesian coordinates
CONESEARCH_ALCHEMY = '''import typing

from sqlalchemy import Column, Float, Index, func
from sqlalchemy.ext.declarative import declared_attr
from sqlalchemy.ext.hybrid import hybrid_property


class InheritTableArgs:
    @declared_attr
    def __table_args__(cls):
        try:
            table_args = super().__table_args__
        except AttributeError:
            table_args = ()
        if isinstance(table_args, typing.Mapping):
            return (table_args,)
        return table_args if table_args and isinstance(table_args[-1], typing.Mapping) else (*table_args, {})


class Point(InheritTableArgs):
    ra = Column(Float)
    dec = Column(Float)

    @hybrid_property
    def cartesian(self):
        return (func.cosd(self.ra) * func.cosd(self.dec), func.sind(self.ra) * func.cosd(self.dec),
                func.sind(self.dec))

    @declared_attr
    def __table_args__(cls):
        *args, kwargs = super().__table_args__
        return (*args, Index(f"ix_{cls.__tablename__}_point", *cls.cartesian), kwargs)
'''

# Alembic's compare_server_default on PostgreSQL puts a Float column's string default into the SQL it
# runs bare (``SELECT 'NaN'::double precision = NaN``: no such column), so the probe's compare_metadata
# fails on photometry's ``server_default="NaN"``: a default of "NaN" is compared as text instead
ALEMBIC_NAN = '''def compare_nan_as_text():
    from alembic.ddl.postgresql import PostgresqlImpl

    compare = PostgresqlImpl.compare_server_default

    def compare_server_default(self, inspector_column, metadata_column, rendered_metadata_default,
                               rendered_inspector_default):
        if getattr(metadata_column.server_default, "arg", None) == "NaN":
            return (rendered_inspector_default or "").split("::")[0] != "'NaN'"
        return compare(self, inspector_column, metadata_column, rendered_metadata_default, rendered_inspector_default)

    PostgresqlImpl.compare_server_default = compare_server_default
'''

RECIPE = Recipe(
    name="skyportal",
    repo="skyportal/skyportal",
    style="classic declarative on baselayer's mixin base, join_model() association classes, partitions",
    files=("skyportal/models/*.py", "skyportal/models/*/*.py", "skyportal/enum_types.py",
           "skyportal/utils/naive_datetime.py"),
    stubs={"skyportal/__init__.py": "", "skyportal/utils/__init__.py": "",
           "baselayer/__init__.py": "", "baselayer/app/__init__.py": "",
           "baselayer/app/models.py": BASELAYER_MODELS, "baselayer/app/env.py": BASELAYER_ENV,
           "healpix_alchemy/__init__.py": HEALPIX_ALCHEMY,
           "conesearch_alchemy/__init__.py": CONESEARCH_ALCHEMY,
           "alembic_nan.py": ALEMBIC_NAN,
           # the models set dustmaps' data folder at import and look for its files there
           "dustmaps/__init__.py": "", "dustmaps/config.py": "config = {}\n"},
    stub_roots=("*",),
    metadata="baselayer.app.models:Base.metadata",
    imports=("skyportal.models",),
    setup=("alembic_nan:compare_nan_as_text",),
    models="skyportal/models",
    # the versions of skyportal's uv.lock; numpy, astropy and dateutil are used at import (``30 * u.degree``
    # as a default argument, a month added to each partition's date), marshmallow by setup_schema()
    probe_packages=("sqlalchemy==2.0.48", "alembic==1.18.4", "psycopg2-binary", "sqlalchemy-utils==0.42.1",
                    "intervals==0.9.2", "cryptography", "numpy", "astropy", "python-dateutil",
                    "marshmallow==4.3.0", "marshmallow-sqlalchemy==1.5.0"),
    drift=(
        "ALTER TABLE telescopes RENAME COLUMN nickname TO short_name",
        "ALTER TABLE teams ALTER COLUMN primary_color TYPE varchar(7)",
        "ALTER TABLE telescopes ALTER COLUMN mpc_obscode SET NOT NULL",
        "ALTER TABLE teams ADD COLUMN website varchar(255)",
        "CREATE INDEX ix_instruments_band ON instruments (band)",
        "COMMENT ON COLUMN telescopes.diameter IS 'aperture in meters'",
        "ALTER TABLE shifts ALTER COLUMN required_users_number SET DEFAULT 1",
        "ALTER TABLE teams DROP COLUMN background_url",
        "CREATE TABLE telescope_notes (id serial PRIMARY KEY, telescope_id integer NOT NULL REFERENCES telescopes (id),"
        " body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE weathers RENAME TO weather",
        "ALTER TYPE instrument_types ADD VALUE 'polarimeter'",
    ),
    dropped=("teams.background_url",),
    note="instruments.type's enum (defined in skyportal/enum_types.py, outside the models) is left by hand",
)
