"""fedora-infra/anitya: classic declarative on a *library's* base (``from sqlalchemy_helpers import
Base``, whose ``MetaData`` carries a naming convention: the reader reads it from the installed
package), ``sa.Column`` through the module alias, a ``TypeDecorator`` GUID over ``CHAR(32)`` /
PostgreSQL ``UUID``, Python-side defaults (lambdas, ``datetime.utcnow``, a token generator),
``onupdate=`` functions, ``@validates``. The application (config, plugins) is stubs."""

from recipe import Recipe

RECIPE = Recipe(
    name="anitya",
    repo="fedora-infra/anitya",
    style="classic declarative on a library base with a naming convention",
    files=("anitya/db/*.py",),
    stubs={"anitya/__init__.py": ""},
    stub_roots=("*",),
    metadata="anitya.db.models:Base.metadata",
    imports=("anitya.db.models",),
    models="anitya",
    line_length=88,
    probe_packages=("sqlalchemy==2.0.51", "sqlalchemy-helpers==2.0.1", "flask", "arrow", "six", "alembic==1.18.5",
                    "psycopg2-binary"),
    drift=(
        "ALTER TABLE projects RENAME COLUMN version_url TO version_source_url",
        "ALTER TABLE users ALTER COLUMN username TYPE varchar(300)",
        "ALTER TABLE projects_versions ALTER COLUMN commit_url SET NOT NULL",
        "ALTER TABLE packages ADD COLUMN added_on timestamp with time zone",
        "CREATE INDEX ix_projects_backend ON projects (backend)",
        "COMMENT ON COLUMN projects.logs IS 'the last check''s log'",
        "ALTER TABLE runs ALTER COLUMN total_count SET DEFAULT 0",
        "ALTER TABLE projects DROP COLUMN pre_release_filter",
        "CREATE TABLE project_notes (id serial PRIMARY KEY, project_id integer NOT NULL REFERENCES projects (id),"
        " body text NOT NULL, created_on timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE projects RENAME TO projects_v2",
    ),
    dropped=("projects.pre_release_filter",),
)
