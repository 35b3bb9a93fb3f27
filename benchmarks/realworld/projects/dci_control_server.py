"""redhat-cip/dci-control-server (Red Hat's Distributed CI: partners' CI labs ("remotecis") run jobs on
topics of products and report components, job states, files and test results to it; Flask) - 23 tables in
one module, ``dci/db/models2.py``: classic ``declarative_base()`` classes that all mix in the project's
``dci_declarative.Mixin``, a mixin of behaviour only (a ``serialize`` method, no column), so the audit
columns (``id`` a ``pg.UUID(as_uuid=True)`` key with a Python-side ``utils.gen_uuid`` default,
``created_at`` / ``updated_at`` with ``datetime.datetime.utcnow`` and ``onupdate``, ``etag`` with
``default=`` and ``onupdate=utils.gen_etag``) are written out again in every class, a few of them under a
string name repeating the attribute (``name = sa.Column("name", sa.String(255))``). Native PostgreSQL enums
made once at module level from lists (``STATES = sa.Enum(*RESOURCE_STATES, name="states")``) and shared by
most tables; association ``sa.Table`` objects on ``Base.metadata`` (one with a named ``UniqueConstraint``
and no key, a self-referential one joined with ``primaryjoin=id == TABLE.c.team_id`` expressions in the
class body); partial unique indexes (``postgresql_where=sa.sql.text(...)``), named ``sa.Index`` in
``__table_args__``, composite keys of two ``primary_key=True`` columns, ``pg.ARRAY(sa.Text)`` and
``pg.JSON`` with Python-side ``[]`` / ``{}`` defaults, sqlalchemy-utils' ``JSONType``, string
``server_default="false"``. SQLAlchemy 1.3 (the project pins 1.3.2, as RHEL 8 ships it). The mixin's module,
its query DSL (pyparsing) and the two helper modules the defaults come from are the project's own files;
the application's exceptions and werkzeug are permissive stubs."""

from recipe import Recipe

RECIPE = Recipe(
    name="dci_control_server",
    repo="redhat-cip/dci-control-server",
    style="1.3 classic declarative, behaviour-only mixin, shared PG enums, partial unique indexes",
    files=("dci/db/__init__.py", "dci/db/models2.py", "dci/db/declarative.py", "dci/db/query_dsl.py",
           "dci/common/utils.py", "dci/common/signature.py"),
    stubs={"dci/__init__.py": "", "dci/common/__init__.py": ""},
    stub_roots=("*",),
    metadata="dci.db.models2:Base.metadata",
    imports=("dci.db.models2",),
    models="dci/db",
    line_length=88,  # tox.ini runs ``black --check .`` with black's defaults (flake8's 160 only loosens it)
    probe_packages=("sqlalchemy==1.3.24", "sqlalchemy-utils==0.41.2", "alembic==1.7.7", "psycopg2-binary",
                    "pyparsing", "six"),
    drift=(
        "ALTER TABLE components RENAME COLUMN canonical_project_name TO canonical_name",
        "ALTER TABLE remotecis ALTER COLUMN state SET NOT NULL",
        "CREATE TABLE pipeline_tags (id uuid PRIMARY KEY,"
        " pipeline_id uuid NOT NULL REFERENCES pipelines (id) ON DELETE CASCADE,"
        " tag varchar(64) NOT NULL, created_at timestamp NOT NULL DEFAULT now(), UNIQUE (pipeline_id, tag))",
        "ALTER TABLE files ALTER COLUMN md5 TYPE varchar(64)",
        "ALTER TABLE tests_results DROP COLUMN successfixes",
        "CREATE INDEX components_team_id_idx ON components (team_id)",
        "COMMENT ON COLUMN jobs.duration IS 'seconds from creation to the final state'",
        "ALTER TABLE users ALTER COLUMN timezone SET DEFAULT 'UTC'",
        "ALTER TABLE products ADD COLUMN url text",
        "COMMENT ON TABLE jobs_keys_values IS 'numeric values a job reports, one per key'",
        "ALTER TYPE statuses ADD VALUE 'cancelled'",
        "ALTER TABLE pipelines RENAME TO job_pipelines",
    ),
    dropped=("tests_results.successfixes",),
)
