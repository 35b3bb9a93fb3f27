"""openstack/glare (the Glance artifact repository; retired: the last commit of master removed the
code, so the one before it is laid out): classic declarative on a plain ``declarative_base()`` with a
mixin on oslo.db's ``ModelBase`` (read from the installed library) that says ``__table_initialized__
= False`` and gives MySQL's options in ``__table_args__``, which every class replaces with a tuple of
named ``Index``\\es and that dict, a ``composite(semver_db.DBVersion, version_prefix, version_suffix,
version_meta, comparator_factory=...)`` of three columns, variant types
(``BigInteger().with_variant(Integer, "sqlite")``), Python-side defaults and ``onupdate`` of lambdas
(``default=lambda: uuidutils.generate_uuid()``), ``LargeBinary(length=(2 ** 32) - 1)``, a
``String(20000)``, a composite string key, relationships with ``backref(..., cascade="all,
delete-orphan")``. The version module is laid out; what it imports and is not installed
(semantic_version, the project's exceptions) is a permissive stub."""

from recipe import Recipe

RECIPE = Recipe(
    name="glare",
    repo="openstack/glare",
    style="classic declarative on declarative_base() with an oslo.db mixin, a composite version",
    files=("glare/db/sqlalchemy/models.py", "glare/common/semver_db.py"),
    # the package's own __init__ imports eventlet and oslo.service
    stubs={"glare/__init__.py": "", "glare/db/__init__.py": "", "glare/db/sqlalchemy/__init__.py": "",
           "glare/common/__init__.py": ""},
    stub_roots=("*",),
    metadata="glare.db.sqlalchemy.models:BASE.metadata",
    imports=("glare.db.sqlalchemy.models",),
    models="glare/db/sqlalchemy",
    line_length=79,
    ref="9838aaa2191ea9c4790fefb144142a4f6beadecd",  # master's last commit with the code
    drift=(
        "ALTER TABLE glare_artifact_blobs RENAME COLUMN content_type TO media_type",
        "ALTER TABLE glare_artifacts ALTER COLUMN visibility TYPE varchar(64)",
        "ALTER TABLE glare_artifacts ALTER COLUMN owner SET NOT NULL",
        "ALTER TABLE glare_artifact_locks ADD COLUMN holder varchar(255)",
        "CREATE INDEX ix_glare_artifact_blobs_sha256 ON glare_artifact_blobs (sha256)",
        "COMMENT ON COLUMN glare_artifacts.version_prefix IS 'the version packed into an integer'",
        "ALTER TABLE glare_artifact_blobs ALTER COLUMN external SET DEFAULT false",
        "ALTER TABLE glare_artifact_blobs DROP COLUMN sha1",
        "CREATE TABLE glare_artifact_notes (id serial PRIMARY KEY, artifact_id varchar(36) NOT NULL"
        " REFERENCES glare_artifacts (id), body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE glare_quotas RENAME TO glare_artifact_quotas",
    ),
    dropped=("glare_artifact_blobs.sha1",),
    note="no enum in the drift: the models have none",
)
