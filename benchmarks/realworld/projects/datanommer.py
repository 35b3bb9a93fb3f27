"""fedora-infra/datanommer: a TimescaleDB hypertable's model (``DDL("SELECT create_hypertable(...)")``
listened for after create, a composite primary key of ``id`` and ``timestamp``), a GIN index with
an operator class (``postgresql_ops={"headers": "jsonb_path_ops"}``), ``postgresql.JSONB(none_as_null=
True)``, a ``_JSONEncodedDict`` TypeDecorator over ``UnicodeText``, association tables keyed by
message id and timestamp, a plain mixin (``NamedSingleton``) after the base, ``__version__`` from
``importlib.metadata`` at import (a distribution record of ours), ``create_hypertable`` a stand-in
function of ours (the embedded server has no TimescaleDB)."""

from recipe import Recipe

RECIPE = Recipe(
    name="datanommer",
    repo="fedora-infra/datanommer",
    style="classic declarative, hypertable DDL, GIN index with an operator class",
    files=("datanommer.models/datanommer/models/__init__.py",),
    strip="datanommer.models/",
    stubs={"datanommer/__init__.py": "",
           "datanommer.models-1.0.0.dist-info/METADATA": "Metadata-Version: 2.1\nName: datanommer.models\n"
                                                         "Version: 1.0.0\n"},
    prelude=("CREATE FUNCTION create_hypertable(text, text) RETURNS void LANGUAGE sql AS ''",),
    metadata="datanommer.models:DeclarativeBase.metadata",
    imports=("datanommer.models",),
    models="datanommer/models",
    line_length=100,
    drift=(
        "ALTER TABLE messages RENAME COLUMN crypto TO crypto_scheme",
        "ALTER TABLE messages ALTER COLUMN agent_name TYPE varchar(255)",
        "ALTER TABLE messages ALTER COLUMN certificate SET NOT NULL",
        "ALTER TABLE users ADD COLUMN display_name text",
        "CREATE INDEX ix_messages_source_name ON messages (source_name)",
        "COMMENT ON COLUMN messages.topic IS 'the message bus topic'",
        "ALTER TABLE messages DROP COLUMN signature",
        "ALTER TABLE messages ALTER COLUMN source_name SET DEFAULT 'datanommer'",
        "CREATE TABLE groups (id serial PRIMARY KEY, name text NOT NULL UNIQUE)",
    ),
    dropped=("messages.signature",),
)
