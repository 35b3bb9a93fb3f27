"""sematic-ai/sematic (an open-source ML pipeline orchestrator and experiment tracker: a server that
records pipeline runs, their artifacts and the edges between them, the Kubernetes jobs that ran
them, the external resources they held, notes, users and organizations; the ``sematic/db/models``
package) - 11 tables of SQLAlchemy 2.0 ``Mapped[...] = mapped_column(types.X(), ...)`` classes,
one per module, on a ``DeclarativeBase`` subclass that only replaces ``__repr__``. Every column
spells its type through the ``types`` module (``types.String()`` without a length throughout,
``types.JSON()``, ``types.BIGINT()``, ``types.Enum(SomeEnum)``: two native PostgreSQL enums of a
plugin module's enums) and the annotation is often *not* the column's Python type (``Mapped[str]``
over ``types.JSON()``, ``Mapped[List[str]]`` over a ``String`` holding JSON text,
``Mapped[SomeEnum]`` over a ``String`` whose enum is named in ``info``). String keys from
``uuid.uuid4().hex`` lambdas, natural keys (a content hash, a Kubernetes name + namespace
composite key), composite keys of two foreign keys in the link tables, a self-referencing key
with a ``remote_side=[id]`` relationship and a ``viewonly`` relationship with a string
``primaryjoin``; two ``declared_attr`` mixins giving a nullable ``user_id`` / ``organization_id``
foreign key (one importing ``declared_attr`` from ``sqlalchemy.ext.declarative``, the other
from ``sqlalchemy.orm``), put before or after ``Base`` in the bases from class to class; a plain
mixin of JSON helpers in every class; ``info={...}`` on many columns; ``@validates`` methods;
Python-side ``default``/``onupdate`` clocks and no ``server_default`` anywhere (the project's own
databases are made by dbmate SQL migrations). The plugin module's two enums are ours; the rest
of the application (serialization, scheduling, resolvers, exceptions, future states) are
permissive stubs."""

from recipe import Recipe

# the two enums the external resources' columns are made from (the project's module is the
# abstract base class of its external-resource plugins), and the names the model imports beside them
EXTERNAL_RESOURCE_PLUGIN = '''from enum import Enum


class ResourceState(Enum):
    CREATED = "CREATED"
    ACTIVATING = "ACTIVATING"
    ACTIVE = "ACTIVE"
    DEACTIVATING = "DEACTIVATING"
    DEACTIVATED = "DEACTIVATED"
    FORCE_KILLED = "FORCE_KILLED"


class ManagedBy(Enum):
    RESOLVER = "RESOLVER"
    SERVER = "SERVER"
    UNKNOWN = "UNKNOWN"


class ResourceStatus:
    pass


class AbstractExternalResource:
    pass
'''

RECIPE = Recipe(
    name="sematic",
    repo="sematic-ai/sematic",
    style="2.0 Mapped over types.X(), declared_attr FK mixins before/after Base, natural + composite keys",
    files=("sematic/db/models/base.py", "sematic/db/models/artifact.py", "sematic/db/models/edge.py",
           "sematic/db/models/external_resource.py", "sematic/db/models/git_info.py", "sematic/db/models/job.py",
           "sematic/db/models/note.py", "sematic/db/models/organization.py",
           "sematic/db/models/organization_user.py", "sematic/db/models/resolution.py",
           "sematic/db/models/run.py", "sematic/db/models/runs_external_resource.py",
           "sematic/db/models/user.py", "sematic/db/models/__init__.py", "sematic/db/models/mixins/*.py"),
    stubs={"sematic/__init__.py": "", "sematic/db/__init__.py": "", "sematic/plugins/__init__.py": "",
           "sematic/plugins/abstract_external_resource.py": EXTERNAL_RESOURCE_PLUGIN},
    stub_roots=("sematic",),
    metadata="sematic.db.models.base:Base.metadata",
    imports=("sematic.db.models.artifact", "sematic.db.models.edge", "sematic.db.models.external_resource",
             "sematic.db.models.job", "sematic.db.models.note", "sematic.db.models.organization",
             "sematic.db.models.organization_user", "sematic.db.models.resolution", "sematic.db.models.run",
             "sematic.db.models.runs_external_resource", "sematic.db.models.user"),
    models="sematic/db/models",
    line_length=90,  # pyproject.toml [tool.ruff]
    drift=(
        "ALTER TABLE resolutions RENAME COLUMN cache_namespace TO cache_key_namespace",
        "ALTER TABLE notes ALTER COLUMN user_id SET NOT NULL",
        "CREATE TABLE organization_quotas (id uuid PRIMARY KEY DEFAULT gen_random_uuid(),"
        " organization_id varchar NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,"
        " resource varchar(64) NOT NULL, max_count integer NOT NULL CHECK (max_count >= 0),"
        " created_at timestamp NOT NULL DEFAULT now(), UNIQUE (organization_id, resource))",
        "ALTER TABLE users ALTER COLUMN email TYPE varchar(320)",
        "ALTER TABLE runs DROP COLUMN container_image_uri",
        "CREATE INDEX ix_runs_root_id_created_at ON runs (root_id, created_at)",
        "COMMENT ON COLUMN jobs.detail_serialization IS 'the Kubernetes job and its pods, as last seen'",
        "ALTER TABLE organizations_users ALTER COLUMN admin SET DEFAULT false",
        "ALTER TABLE artifacts ALTER COLUMN json_summary TYPE jsonb USING json_summary::jsonb",
        "ALTER TABLE external_resources ADD COLUMN labels jsonb NOT NULL DEFAULT '{}'::jsonb",
        "COMMENT ON TABLE edges IS 'artifacts passed from one run to another'",
        "ALTER TYPE resourcestate ADD VALUE 'SUSPENDED'",
        "ALTER TABLE organizations RENAME TO teams",
    ),
    dropped=("runs.container_image_uri",),
    note=("what the checks cannot see: the JSON-to-JSONB type change rewrites the project's ``Mapped[str]`` "
          "annotation of artifacts.json_summary as ``Mapped[Any]``; the enum's new label is a by-hand item"),
)
