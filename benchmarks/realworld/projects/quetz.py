"""mamba-org/quetz (a server of conda packages) and its plugins' tables: classic declarative on a
``DeclarativeBase`` subclass made in a ``try`` (``declarative_base()`` in its ``except ImportError``),
a module constant of a type (``UUID = LargeBinary(length=16)``) imported by the other modules,
composite primary keys with composite ``ForeignKeyConstraint`` in ``__table_args__``, ``Index`` and
``UniqueConstraint`` made at module level after the classes from their columns, a
``String(100, collation="nocase")`` key whose ICU collation a ``DDL`` listener creates before the
table, ``column_property`` scalar subqueries, server defaults of an f-string and of
``func.current_date()``, enums of Python enums named by SQLAlchemy (``sa.Enum(JobStatus)``) with Python-side
defaults of their members, lambdas as defaults, an association ``Table`` on ``Base.metadata``, and
``relationship(..., backref=backref(...))`` throughout. The plugins (conda_suggest, content_trust,
runexports, tos) are laid out as packages beside ``quetz``."""

from recipe import Recipe

_PLUGINS = ("quetz_conda_suggest", "quetz_content_trust", "quetz_runexports", "quetz_tos")

RECIPE = Recipe(
    name="quetz",
    repo="mamba-org/quetz",
    style="classic declarative, composite keys and module-level indexes, plugins' packages",
    files=("quetz/__init__.py", "quetz/db_models.py", "quetz/jobs/__init__.py", "quetz/jobs/models.py",
           "quetz/metrics/db_models.py",
           *(f"plugins/{plugin}/{plugin}/{name}" for plugin in _PLUGINS for name in ("__init__.py", "db_models.py"))),
    strip=tuple(f"plugins/{plugin}/" for plugin in _PLUGINS),
    stubs={"quetz/metrics/__init__.py": ""},
    # the embedded server is built without ICU, so the nondeterministic ICU collation the listener
    # creates before ``channels`` cannot be made there: the laid-out copy creates a libc one of the
    # same name (case-sensitive; the schema is the same)
    fixes={"quetz/db_models.py": (
        '    "provider = icu, "\n    "locale = \'und-u-ks-level2\', "\n    "deterministic = false);"',
        '    "provider = libc, locale = \'C\');"')},
    metadata="quetz.db_models:Base.metadata",
    imports=("quetz.db_models", "quetz.jobs.models", "quetz.metrics.db_models",
             *(f"{plugin}.db_models" for plugin in _PLUGINS)),
    models=".",
    line_length=88,
    drift=(
        "ALTER TABLE profiles RENAME COLUMN avatar_url TO avatar",
        "ALTER TABLE channel_mirrors ALTER COLUMN api_endpoint TYPE varchar(512)",
        "ALTER TABLE packages ALTER COLUMN summary SET NOT NULL",
        "ALTER TABLE users ADD COLUMN locale varchar(16)",
        "CREATE INDEX ix_jobs_status ON jobs (status)",
        "COMMENT ON COLUMN channels.ttl IS 'seconds the repodata is cached'",
        "ALTER TABLE package_versions ALTER COLUMN download_count SET DEFAULT 0",
        "ALTER TABLE packages DROP COLUMN platforms",
        "CREATE TABLE job_logs (id serial PRIMARY KEY, job_id integer NOT NULL REFERENCES jobs (id),"
        " message text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE api_keys RENAME TO user_api_keys",
        "ALTER TYPE jobstatus ADD VALUE 'paused'",
        "ALTER TABLE quetz_tos_file ALTER COLUMN language TYPE varchar(8)",
    ),
    dropped=("packages.platforms",),
)
