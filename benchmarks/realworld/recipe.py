"""What the corpus needs to know of one project: where its model files are in a snapshot, the
stubs of our own that stand in for the application modules they import, how to import and
configure them, and the drift a team might make by hand on its database."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Recipe:
    name: str
    repo: str  # owner/name on GitHub; the snapshot is <mirror>/<owner>+<name>/repo
    style: str
    files: tuple[str, ...]  # snapshot paths (fnmatch patterns allowed) laid out unchanged
    metadata: str  # "module:attribute.path" of the MetaData create_all and Alembic use
    imports: tuple[str, ...]  # modules to import so that every class is mapped (or "pkg/**/models.py")
    models: str  # directory under the layout root given to --models
    drift: tuple[str, ...]  # SQL statements, run one by one after create_all
    # prefix of the snapshot paths removed in the layout ("src/"), or several (a monorepo's
    # packages: the first that a path starts with)
    strip: str | tuple[str, ...] = ""
    # a directory the (stripped) paths are laid out under: a template's package, which the snapshot
    # names by a placeholder (cookiecutter's ``{{cookiecutter.app_name}}``)
    place: str = ""
    stubs: dict[str, str] = field(default_factory=dict)  # layout path -> our own source
    # layout path -> (text, replacement), or several: a bug of the project's own that stops
    # create_all on PostgreSQL (a typo in a CHECK), mended in the laid-out copy; the run fails
    # when it is gone
    fixes: dict[str, tuple[str, str] | tuple[tuple[str, str], ...]] = field(default_factory=dict)
    stub_roots: tuple[str, ...] = ()  # modules absent on disk that import as permissive stubs
    prelude: tuple[str, ...] = ()  # SQL run before create_all (extensions the models need)
    setup: tuple[str, ...] = ()  # "module:function" called after the imports (imperative mapping)
    dropped: tuple[str, ...] = ()  # "table.column" the drift drops (their attributes may go)
    deferred_annotations: bool = False  # written for Python 3.14's lazy annotations (PEP 649)
    # the oldest Python that parses the project's files (syntax of a newer Python: PEP 695's
    # generic functions): an older interpreter skips the project, saying which it needs
    python: tuple[int, int] = (3, 10)
    line_length: int | None = None  # the project's own ruff/black line length (ruff's default otherwise)
    schemas: tuple[str, ...] = ()  # database schemas to read (--schema each), when not only public
    # pinned packages the models need to import (``sqlalchemy==1.4.54`` for a project not on
    # 2.x yet): the probe then runs in a virtualenv of its own with them (made once, cached)
    probe_packages: tuple[str, ...] = ()
    note: str = ""  # what the table cannot say
    ref: str = "HEAD"  # the snapshot's branch or commit to lay out (a project developed on a branch)
    # "module.Class.attribute" whose Python-side default is computed at import (``str(uuid.uuid4())``):
    # another value in every process, so the check compares its kind only
    made_at_import: tuple[str, ...] = ()


# An OpenStack project's ``<project>.conf`` whose ``CONF.database.connection`` names PostgreSQL: the
# models' ``table_args()`` ask it which database's options to give (MySQL's only on MySQL)
OPENSTACK_DATABASE_CONF = """class _Database:
    connection = "postgresql://localhost/x"
    mysql_engine = "InnoDB"


class _Conf:
    database = _Database()


CONF = _Conf()
"""

# the same, for models that set oslo.db's defaults on the configuration at import (cyborg, mogan)
OPENSTACK_DATABASE_CONF_SETTABLE = OPENSTACK_DATABASE_CONF + """

def _ignored(*args, **kwargs):
    pass


_Conf.register_opts = _Conf.set_default = _ignored
"""


# utils-flask-sqla (GeoNature's model helpers), as TaxHub's and UsersHub's models use it, of our own: its
# class decorator and query-filter decorator
UTILS_FLASK_SQLA_STUBS = {
    "utils_flask_sqla/__init__.py": "",
    "utils_flask_sqla/serializers.py": '''def serializable(cls=None, **kwargs):
    """The class decorator, with or without arguments: the class is returned unchanged."""
    if cls is None:
        return lambda cls: cls
    return cls
''',
    "utils_flask_sqla/models.py": '''def qfilter(method=None, *, query=False):
    """Both ``@qfilter`` and ``@qfilter(query=True)``: the method becomes a classmethod."""
    if method is None:
        return classmethod
    return classmethod(method)
''',
}


# ``geoalchemy2`` as the models use it, of our own: the embedded server has no PostGIS, so a
# ``Geometry`` column is ``bytea`` there
GEOALCHEMY2_STUBS = {
    "geoalchemy2/__init__.py": (
        "from sqlalchemy.types import UserDefinedType\n\n\n"
        "class Geometry(UserDefinedType):\n    cache_ok = True\n\n"
        "    def __init__(self, geometry_type='GEOMETRY', srid=-1, spatial_index=True, **kwargs):\n"
        "        self.geometry_type, self.srid = geometry_type, srid\n\n"
        "    def get_col_spec(self, **kwargs):\n        return 'polygon'\n\n\n"
        "class WKBElement:\n    pass\n"),
    "geoalchemy2/functions.py": "from sqlalchemy.sql.functions import GenericFunction  # noqa: F401\n",
}


# invenio-records' abstract base of record tables, as the models use it (ours)
_INVENIO_RECORDS_MODELS = '''import uuid

from invenio_db import db
from sqlalchemy.dialects import postgresql
from sqlalchemy_utils.types import UUIDType


class RecordMetadataBase(db.Timestamp):
    id = db.Column(UUIDType, primary_key=True, default=uuid.uuid4)
    json = db.Column(db.JSON().with_variant(postgresql.JSONB(none_as_null=True), "postgresql"), nullable=True)
    version_id = db.Column(db.Integer, nullable=False)

    __mapper_args__ = {"version_id_col": version_id}
'''

# the two tables of invenio-files-rest the models reference, with their keys only (ours)
_INVENIO_FILES_MODELS = '''import uuid

from invenio_db import db
from sqlalchemy_utils.types import UUIDType


class Bucket(db.Model):
    __tablename__ = "files_bucket"

    id = db.Column(UUIDType, primary_key=True, default=uuid.uuid4)


class ObjectVersion(db.Model):
    __tablename__ = "files_object"

    version_id = db.Column(UUIDType, primary_key=True, default=uuid.uuid4)
'''

# invenio-records-resources' mixin of record files: the columns, keys and index it gives a table (ours)
_INVENIO_FILE_RECORD_MIXIN = '''from invenio_db import db
from invenio_files_rest.models import ObjectVersion
from sqlalchemy.ext.declarative import declared_attr
from sqlalchemy_utils.types import UUIDType


class FileRecordModelMixin:
    __record_model_cls__ = None

    key = db.Column(db.Text(), nullable=False)

    @declared_attr
    def record_id(cls):
        return db.Column(UUIDType, db.ForeignKey(cls.__record_model_cls__.id, ondelete="RESTRICT"), nullable=False,
                         index=True)

    @declared_attr
    def object_version_id(cls):
        return db.Column(UUIDType, db.ForeignKey(ObjectVersion.version_id, ondelete="RESTRICT"), nullable=True,
                         index=True)

    @declared_attr
    def __table_args__(cls):
        return (db.Index(f"uidx_{cls.__tablename__}_record_id_key", "record_id", "key", unique=True),)
'''

# the other Invenio libraries' modules the records models of a module import (records, files,
# records-resources: not installed where schema-inspector runs), of our own
INVENIO_LIBRARY_STUBS = {
    "invenio_records/models.py": _INVENIO_RECORDS_MODELS,
    "invenio_files_rest/models.py": _INVENIO_FILES_MODELS,
    "invenio_records_resources/records/__init__.py": "from .models import FileRecordModelMixin  # noqa: F401\n",
    "invenio_records_resources/records/models.py": _INVENIO_FILE_RECORD_MIXIN,
}


# Reflex 0.8's ``rx.Model`` as the tables see it, of our own (the ``reflex/__init__.py`` of the reflex-examples
# apps' recipes): SQLModel with an ``int`` key ``id`` a table with a primary key of its own does not have
REFLEX_MODEL = '''import sqlmodel


class Model(sqlmodel.SQLModel):
    id: int | None = sqlmodel.Field(default=None, primary_key=True)

    def __init_subclass__(cls, **kwargs):
        # as Reflex 0.8: a table that declares a primary key of its own has no ``id``
        if any(name != "id" and getattr(field.field_info, "primary_key", None) is True
               for name, field in cls.__fields__.items()):
            cls.__fields__.pop("id", None)
        super().__init_subclass__(**kwargs)
'''


def invenio_key_table(name: str, table: str) -> str:
    """A stub module of another Invenio library's table the models' keys name, its key only, of our
    own: ``invenio_key_table("RequestMetadata", "request_metadata")``."""
    return ("import uuid\n\nfrom invenio_db import db\nfrom sqlalchemy_utils.types import UUIDType\n\n\n"
            f'class {name}(db.Model):\n    __tablename__ = "{table}"\n\n'
            "    id = db.Column(UUIDType, primary_key=True, default=uuid.uuid4)\n")


def neutron_tables(**tables: str) -> str:
    """A stub module of Neutron's own classes the models' keys name, of our own, as small as each can
    be: ``neutron_tables(Network="networks")``. The ``__tablename__`` the base would make is written
    out: a file with none of the words a model file has is not read for its classes."""
    return "from neutron_lib.db import model_base\n" + "".join(
        f'\n\nclass {name}(model_base.BASEV2, model_base.HasId):\n    __tablename__ = "{table}"\n'
        for name, table in tables.items())


# ``pgvector.sqlalchemy`` as the models use it, of our own: the embedded server has no pgvector, so a
# ``Vector`` column is ``real[]`` there
PGVECTOR_STUBS = {
    "pgvector/__init__.py": "",
    "pgvector/sqlalchemy.py": ("from sqlalchemy.types import UserDefinedType\n\n\n"
                               "class Vector(UserDefinedType):\n    cache_ok = True\n\n"
                               "    def __init__(self, dim=None):\n        self.dim = dim\n\n"
                               "    def get_col_spec(self, **kwargs):\n        return 'real[]'\n"),
}


# ziggurat_foundations names two tables' keys "pk_users_resources_permissions " (MySQL keeps constraint
# names per table, PostgreSQL per schema, so ``create_all`` fails): a project's class of the groups' one,
# written ``pass``, gets a key name of its own in the laid-out copy (a fix of ``fixes``)
ZIGGURAT_GROUPS_KEY_NAMED = ("""class GroupResourcePermission(GroupResourcePermissionMixin, Base):
    pass""", """class GroupResourcePermission(GroupResourcePermissionMixin, Base):
    __table_args__ = (
        sa.PrimaryKeyConstraint("group_id", "resource_id", "perm_name", name="pk_groups_resources_permissions"),
    )""")
