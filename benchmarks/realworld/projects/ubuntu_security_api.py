"""canonical/ubuntu-com-security-api (the API behind ubuntu.com/security: CVEs, Ubuntu security
notices, releases and per-package fix statuses): Flask-SQLAlchemy 3.0 on SQLAlchemy 1.4, one
``webapp/models.py`` of five ``db.Model`` classes in classic ``Column(...)`` style (imported bare from
``sqlalchemy``), plus two association tables written as module-level ``Table("notice_cves",
db.Model.metadata, ...)`` with keys and no primary key, each the ``secondary=`` of a pair of
``back_populates`` relationships (one ordered by a ``"desc(Release.release_date)"`` string). The
unusual part: the native PostgreSQL enums are *shared objects* of another module, ``webapp/types.py``
(``POCKET_OPTIONS = Enum("security", ..., name="pockets")``), used as the column type directly
(``Column(POCKET_OPTIONS)``, not ``Enum(...)``), beside one inline ``Enum(..., name="cve_statuses")``.
Also a composite primary key of three ``ForeignKey`` string columns, ``primary_key=True, unique=True``
on one key, a ``deferred(Column(JSON))``, a ``server_default=func.now()`` with ``onupdate``, hybrid
properties and methods, and an ORM ``after_insert`` listener reached through ``db.event``.
``webapp/database.py`` (which makes engines from the environment and a routed session) is replaced by a
stub of ours holding only ``db = SQLAlchemy()``; ``webapp/types.py`` is the project's own file."""

from recipe import Recipe

RECIPE = Recipe(
    name="ubuntu_security_api",
    repo="canonical/ubuntu-com-security-api",
    style="Flask-SQLAlchemy 3.0 on 1.4, shared Enum objects from types.py, Table secondaries",
    files=("webapp/models.py", "webapp/types.py"),
    stubs={"webapp/__init__.py": "",
           "webapp/database.py": "from flask_sqlalchemy import SQLAlchemy\n\ndb = SQLAlchemy()\n"},
    metadata="webapp.database:db.metadata",
    imports=("webapp.models",),
    models="webapp",
    line_length=79,  # package.json's ``black --line-length 79``
    probe_packages=("sqlalchemy==1.4.54", "flask-sqlalchemy==3.0.5", "flask==3.1.3", "werkzeug==3.1.6",
                    "psycopg2-binary", "alembic==1.14.0"),
    drift=(
        "ALTER TABLE cve RENAME COLUMN ubuntu_description TO ubuntu_summary",
        "ALTER TABLE notice ALTER COLUMN title SET NOT NULL",
        "CREATE TABLE notice_bug (id serial PRIMARY KEY,"
        " notice_id varchar NOT NULL REFERENCES notice (id) ON DELETE CASCADE,"
        " url varchar(255) NOT NULL, UNIQUE (notice_id, url))",
        "ALTER TABLE package ALTER COLUMN launchpad TYPE varchar(255)",
        "ALTER TABLE package DROP COLUMN debian",
        "CREATE INDEX ix_status_package_name ON status (package_name)",
        "COMMENT ON COLUMN cve.cvss3 IS 'CVSS v3 base score'",
        "ALTER TABLE notice ALTER COLUMN is_hidden SET DEFAULT false",
        "ALTER TABLE release ADD COLUMN eol_date timestamp",
        "COMMENT ON TABLE notice IS 'Ubuntu (USN) and Livepatch (LSN) security notices'",
        "ALTER TYPE pockets ADD VALUE 'esm-infra-fips'",
        "ALTER TYPE cve_statuses ADD VALUE 'reserved'",
        "ALTER TABLE notice RENAME TO security_notice",
    ),
    dropped=("package.debian",),
)
