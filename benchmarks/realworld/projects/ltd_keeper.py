"""lsst-sqre/ltd-keeper (LSST the Docs, the Rubin Observatory's documentation hosting API):
Flask-SQLAlchemy 2.x ``db.Model`` classes in one ``keeper/models.py`` where nearly every column is
followed by a docstring of its own (a bare string statement under the attribute, as Sphinx's
autodoc reads it), a ``db.TypeDecorator`` of the module's own that stores an ``enum.IntEnum`` as its
integer value (``IntEnum(EditionKind), default=EditionKind.draft``), a ``JSONEncodedVARCHAR(2048)``
``TypeDecorator`` of ``keeper/utils.py`` wrapped in ``MutableList.as_mutable(...)``, an association
``db.Table("producttags", db.Column(...), ...)`` given no metadata (Flask-SQLAlchemy's own
``Table``), two unnamed ``db.UniqueConstraint`` of a pair in ``__table_args__``, Python-side
``default=datetime.now`` and ``default=None`` beside ``nullable=``, and two relationships to
``users`` told apart by ``foreign_keys=``. The project pins SQLAlchemy 1.4 and Flask-SQLAlchemy 2.5
(and itsdangerous 2.0's ``TimedJSONWebSignatureSerializer``), so the probe runs those; cryptography,
pydantic, structlog, flask-migrate, dateutil and keeper's other modules are permissive stubs."""

from recipe import Recipe

RECIPE = Recipe(
    name="ltd_keeper",
    repo="lsst-sqre/ltd-keeper",
    style="Flask-SQLAlchemy, attribute docstrings, IntEnum TypeDecorator, db.Table without metadata",
    files=("keeper/models.py", "keeper/utils.py"),
    stub_roots=("*",),
    metadata="keeper.models:db.metadata",
    imports=("keeper.models",),
    models="keeper",
    line_length=79,  # [tool.black] of its pyproject
    probe_packages=("sqlalchemy==1.4.54", "flask-sqlalchemy==2.5.1", "flask==2.1.2", "werkzeug==2.1.2",
                    "itsdangerous==2.0.1", "jinja2==3.1.2", "markupsafe==2.1.1", "alembic==1.13.3",
                    "psycopg2-binary"),
    drift=(
        "ALTER TABLE products RENAME COLUMN doc_repo TO repo_url",
        "ALTER TABLE builds ALTER COLUMN git_ref SET NOT NULL",
        "CREATE TABLE build_artifacts (id serial PRIMARY KEY,"
        " build_id integer NOT NULL REFERENCES builds (id) ON DELETE CASCADE,"
        " path varchar(1024) NOT NULL, size_bytes bigint, created_at timestamptz NOT NULL DEFAULT now())",
        "ALTER TABLE editions ALTER COLUMN title TYPE varchar(512)",
        "ALTER TABLE builds DROP COLUMN github_requester",
        "CREATE INDEX ix_builds_date_created ON builds (date_created)",
        "COMMENT ON COLUMN organizations.root_domain IS 'the domain the docs are served from'",
        "ALTER TABLE organizations ALTER COLUMN aws_region SET DEFAULT 'us-east-1'",
        "ALTER TABLE tags ADD COLUMN color varchar(7)",
        "COMMENT ON TABLE products IS 'documentation projects'",
        "ALTER TABLE users ALTER COLUMN permissions SET NOT NULL",
        "ALTER TABLE producttags ADD COLUMN position integer",
        "ALTER TABLE dashboardtemplates RENAME TO dashboard_templates",
    ),
    dropped=("builds.github_requester",),
)
