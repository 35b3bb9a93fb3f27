"""Pagure/pagure: classic declarative on ``declarative_base(metadata=MetaData(naming_convention=...))``
(foreign keys named ``%(table_name)s_%(column_0_name)s_fkey``), every name through ``import sqlalchemy
as sa`` (``sa.Column(sa.String(255), ...)``), ``relationship`` imported as ``relation``, string
``primaryjoin`` / ``secondaryjoin`` on table columns, ``ForeignKey(..., onupdate="CASCADE")``,
underscore attributes behind properties (``_settings``), Python-side defaults (``sa.func.now()``,
``datetime.datetime.utcnow``), and the plugins' tables in the hook modules on the same ``BASE``. The
app's configuration and its other modules are permissive stubs."""

from recipe import Recipe

RECIPE = Recipe(
    name="pagure",
    repo="Pagure/pagure",
    style="classic declarative, sa. prefix, plugin tables in hook modules",
    files=("pagure/lib/model.py", "pagure/lib/model_base.py", "pagure/hooks/*.py"),
    stubs={"pagure/__init__.py": "", "pagure/lib/__init__.py": ""},
    stub_roots=("*",),
    metadata="pagure.lib.model_base:BASE.metadata",
    imports=("pagure.lib.model", "pagure/hooks/*.py"),
    models="pagure",
    line_length=79,
    probe_packages=("sqlalchemy", "alembic", "psycopg2-binary", "six", "wtforms"),  # the hooks subclass their classes
    drift=(
        "ALTER TABLE projects RENAME COLUMN avatar_email TO avatar_address",
        "ALTER TABLE issues ALTER COLUMN title TYPE varchar(500)",
        "ALTER TABLE projects ALTER COLUMN description SET NOT NULL",
        "ALTER TABLE users ADD COLUMN timezone varchar(64)",
        "CREATE INDEX ix_issues_date_created ON issues (date_created)",
        "COMMENT ON COLUMN projects.url IS 'the upstream project'",
        "ALTER TABLE projects DROP COLUMN mirrored_from_last_log",
        "ALTER TABLE users ALTER COLUMN token SET DEFAULT ''",
        "CREATE TABLE project_notes (id serial PRIMARY KEY, project_id integer NOT NULL REFERENCES projects (id),"
        " body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE tags_colored RENAME TO colored_tags",
    ),
    dropped=("projects.mirrored_from_last_log",),
)
