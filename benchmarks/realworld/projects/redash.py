"""getredash/redash: Flask-SQLAlchemy with a column alias that makes columns NOT NULL by
default (``Column = functools.partial(db.Column, nullable=False)``), key columns from
helpers defined in another module (``id = primary_key("Query")``, ``key_type("User")``),
mixins with columns (``TimestampMixin``, ``GFKBase``), sqlalchemy-utils types
(``TSVectorType``, ``EncryptedType``), ``Mutable*.as_mutable`` JSONB columns, flask_login's
``UserMixin``."""

from recipe import Recipe

SETTINGS = '''\
"""Stand-in (ours) for redash.settings: what the models read at import time."""

from . import dynamic_settings  # noqa: F401

SQLALCHEMY_ENABLE_POOL_PRE_PING = False
SQLALCHEMY_DISABLE_POOL = False
DATASOURCE_SECRET_KEY = "corpus"
SCHEMAS_REFRESH_SCHEDULE = 30
QUERY_RESULTS_EXPIRED_TTL_ENABLED = False
QUERY_RESULTS_EXPIRED_TTL = 0
'''

CONFIGURATION = '''\
"""Stand-in (ours) for redash.utils.configuration: a mutable JSON container type."""

from sqlalchemy.ext.mutable import Mutable


class ConfigurationContainer(Mutable):
    @classmethod
    def coerce(cls, key, value):
        return value

    @classmethod
    def from_json(cls, value):
        return value
'''

RECIPE = Recipe(
    name="redash",
    repo="getredash/redash",
    style="Flask-SQLAlchemy, partial alias + mixins",
    files=("redash/models/*.py", "redash/settings/dynamic_settings.py"),
    stubs={"redash/settings/__init__.py": SETTINGS, "redash/utils/configuration.py": CONFIGURATION},
    stub_roots=("redash", "sqlalchemy_searchable", "flask_login", "passlib", "pystache", "funcy", "pytz",
                "dateutil"),
    metadata="redash.models.base:db.metadata",
    imports=("redash.models",),
    models="redash/models",
    line_length=119,
    drift=(
        "ALTER TABLE queries RENAME COLUMN description TO summary",
        "ALTER TABLE dashboards ALTER COLUMN updated_at DROP NOT NULL",
        "CREATE TABLE query_tags (id serial PRIMARY KEY,"
        " query_id integer NOT NULL REFERENCES queries (id) ON DELETE CASCADE,"
        " tag varchar(64) NOT NULL CHECK (tag <> ''), UNIQUE (query_id, tag))",
        "ALTER TABLE alerts ALTER COLUMN name TYPE varchar(512)",
        "ALTER TABLE query_results DROP COLUMN runtime",
        "ALTER TABLE alert_subscriptions DROP CONSTRAINT alert_subscriptions_alert_id_fkey,"
        " ADD CONSTRAINT alert_subscriptions_alert_id_fkey FOREIGN KEY (alert_id) REFERENCES alerts (id)"
        " ON DELETE CASCADE",
        "CREATE INDEX ix_alerts_state ON alerts (state)",
        "COMMENT ON COLUMN queries.schedule IS 'refresh schedule'",
        "ALTER TABLE queries ALTER COLUMN version SET DEFAULT 1",
        "ALTER TABLE data_sources ADD COLUMN paused_reason varchar(255)",
        "COMMENT ON TABLE events IS 'audit log'",
        "ALTER TABLE widgets ALTER COLUMN width DROP NOT NULL",
        "ALTER TABLE alerts RENAME TO alerts_v2",
    ),
    dropped=("query_results.runtime",),
)
