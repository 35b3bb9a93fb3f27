"""infobyte/faraday: one 4,000-line Flask-SQLAlchemy 2 module of 93 tables on PostgreSQL, a
``SQLAlchemy`` subclass of the application's own for ``db``, ``Column`` partials
(``NonBlankColumn = partial(Column, nullable=False, ...)``), a ``Metadata`` mixin of
``declared_attr`` audit columns, single-table subclasses that each add a column through
``@declared_attr`` returning ``Parent.__table__.c.get("service_id", Column(...))``, enum labels
from class constants that name module constants (``USER_TYPES = [LDAP_TYPE, ...]``) and from
another model's constant (``Enum(*VulnerabilityGeneric.STATUSES, ...)``), a ``JSONType``
TypeDecorator that is JSONB on PostgreSQL (``load_dialect_impl``), ``DDL`` triggers, filedepot's
``UploadedFileField`` (installed in the probe; where schema-inspector runs it is not, and those
two columns are said to be unread). Flask-Security, the CVSS helpers and the configuration are
stubs."""

from recipe import Recipe

CONFIG = """class _Server:
    api_token_expiration = 43200


faraday_server = _Server()
"""

RECIPE = Recipe(
    name="faraday",
    repo="infobyte/faraday",
    style="Flask-SQLAlchemy 2, one large module, declared_attr STI columns, Column partials",
    files=("faraday/server/models.py", "faraday/server/fields.py", "faraday/server/utils/database.py"),
    stubs={"faraday/__init__.py": "", "faraday/server/__init__.py": "", "faraday/server/utils/__init__.py": "",
           "faraday/server/config.py": CONFIG},
    stub_roots=("*",),
    metadata="faraday.server.models:db.metadata",
    imports=("faraday.server.models",),
    models="faraday/server",
    line_length=120,
    probe_packages=("sqlalchemy==1.4.54", "flask-sqlalchemy==2.5.1", "flask==2.2.5", "werkzeug==2.2.3",
                    "filedepot==0.10.0", "alembic==1.13.3", "psycopg2-binary"),
    drift=(
        "ALTER TABLE host RENAME COLUMN os TO operating_system",
        "ALTER TABLE service ALTER COLUMN protocol TYPE varchar(64)",
        "ALTER TABLE credential ALTER COLUMN leak_date SET NOT NULL",
        "ALTER TABLE workspace ADD COLUMN archived_at timestamp",
        "CREATE INDEX ix_command_tool ON command (tool)",
        "COMMENT ON COLUMN vulnerability.severity IS 'from the plugin or the user'",
        "ALTER TABLE host DROP COLUMN default_gateway_mac",
        "ALTER TABLE service ALTER COLUMN version SET DEFAULT ''",
        "CREATE TABLE host_note (id serial PRIMARY KEY, host_id integer NOT NULL REFERENCES host (id),"
        " body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE host RENAME TO host_v2",
    ),
    dropped=("host.default_gateway_mac",),
    made_at_import=("faraday.server.models.Pipeline.name",),  # f"Pipeline-{datetime.now()}"
)
