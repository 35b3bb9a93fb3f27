"""packit/packit-service: one large module of classic declarative models (38 tables, 4,000+
lines): ``Base = object`` under ``if TYPE_CHECKING:``, ``declarative_base()`` (of
``sqlalchemy.ext.declarative``) otherwise; ``Enum(...)`` of ``str`` enums, ``ARRAY(String)``,
association tables, a column named ``datetime`` in a file that imports ``datetime``, class
attributes of other libraries' enums (``JobConfigTriggerType.release``), methods under
``cachetools``' ``ttl_cache``. packit, cachetools and the service's other modules are stubs; its
constants module is laid out."""

from recipe import Recipe

RECIPE = Recipe(
    name="packit",
    repo="packit/packit-service",
    style="classic declarative, one large module, str enums, ARRAY",
    files=("packit_service/models.py", "packit_service/constants.py"),
    stubs={"packit_service/__init__.py": ""},
    stub_roots=("*",),
    metadata="packit_service.models:Base.metadata",
    imports=("packit_service.models",),
    models="packit_service/models.py",
    line_length=100,
    drift=(
        "ALTER TABLE git_projects RENAME COLUMN instance_url TO forge_url",
        "ALTER TABLE allowlist ALTER COLUMN namespace TYPE varchar(512)",
        "ALTER TABLE project_releases ALTER COLUMN tag_name SET NOT NULL",
        "ALTER TABLE pipelines ADD COLUMN retried_at timestamptz",
        "CREATE INDEX ix_copr_build_targets_owner ON copr_build_targets (owner)",
        "COMMENT ON COLUMN srpm_builds.logs IS 'build log text'",
        "ALTER TABLE scans DROP COLUMN issues_fixed_url",
        "ALTER TABLE github_installations ALTER COLUMN created_at SET DEFAULT now()",
        "CREATE TABLE pipeline_notes (id serial PRIMARY KEY, pipeline_id integer NOT NULL REFERENCES pipelines (id),"
        " body text NOT NULL, created_at timestamptz NOT NULL DEFAULT now())",
        "ALTER TYPE buildstatus ADD VALUE 'stalled'",
        "ALTER TABLE pipelines RENAME TO pipelines_v2",
    ),
    dropped=("scans.issues_fixed_url",),
)
