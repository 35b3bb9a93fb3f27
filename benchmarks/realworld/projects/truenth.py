"""uwcirg/truenth-portal (a patient portal of the Movember Foundation's TrueNTH programme): 66
Flask-SQLAlchemy tables in 64 modules on ``SQLAlchemy(query_class=CachingQuery)``, FHIR-shaped models
(``Coding``, ``CodeableConcept``, ``Reference``...), association tables as classes with
``UniqueConstraint(..., name=...)`` in ``__table_args__``, named PostgreSQL enums of string labels and of
Python enums, ``JSONB`` columns, hybrid properties; SQLAlchemy 1.3 and Flask-SQLAlchemy 2.5. The
application's other modules are stubs. It showed two misreadings: an enum whose members are unpacked
from one statement, ``(completed, due, expired, ...) = range(7)``, had no members, and its column was
rewritten where nothing had drifted (adding members its class already had, which broke the import);
and ``status_types_enum = Enum(..., name=...)``, bound in three modules to three different enums, was
the first module's in all three: three columns' types and defaults rewritten where nothing had
drifted."""

from recipe import Recipe

RECIPE = Recipe(
    name="truenth",
    repo="uwcirg/truenth-portal",
    style="Flask-SQLAlchemy 2.5 on SQLAlchemy 1.3, FHIR-shaped models, 66 tables",
    files=("portal/models/*.py", "portal/database.py", "portal/system_uri.py"),
    # the caching query class of flask-sqlalchemy-caching, which dynamic relationships subclass: Flask-SQLAlchemy's
    stubs={"portal/__init__.py": "",
           "flask_sqlalchemy_caching/__init__.py": "from flask_sqlalchemy import BaseQuery as CachingQuery\n"},
    stub_roots=("*",),
    metadata="portal.database:db.metadata",
    imports=("portal/models/*.py",),
    models="portal/models",
    probe_packages=("sqlalchemy==1.3.24", "flask-sqlalchemy==2.5.1", "flask==2.0.3", "werkzeug==2.0.3",
                    "sqlalchemy-utils==0.41.2", "psycopg2-binary", "alembic==1.7.7"),
    drift=(
        "ALTER TABLE interventions RENAME COLUMN link_label TO link_text",
        "ALTER TABLE organizations ALTER COLUMN email TYPE varchar(255)",
        "ALTER TABLE organizations ALTER COLUMN timezone SET NOT NULL",
        "ALTER TABLE notifications ADD COLUMN locale varchar(16)",
        "CREATE INDEX ix_addresses_city ON addresses (city)",
        "COMMENT ON COLUMN codings.display IS 'as the code system shows it'",
        "ALTER TABLE interventions ALTER COLUMN display_rank SET DEFAULT 0",
        "ALTER TABLE addresses DROP COLUMN line3",
        "CREATE TABLE media_backups (id serial PRIMARY KEY, organization_id integer NOT NULL REFERENCES organizations"
        " (id), created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE notifications RENAME TO notices",
        "ALTER TYPE research_study_status_enum ADD VALUE 'suspended'",
    ),
    dropped=("addresses.line3",),
)
