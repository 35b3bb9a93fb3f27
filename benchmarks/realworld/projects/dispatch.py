"""Netflix/dispatch: classic declarative (``Column``) with many mixins (``TimeStampMixin``,
``ProjectMixin`` with ``declared_attr`` foreign keys and relationships, ``ContactMixin``,
``ResourceMixin``, ``EvergreenMixin``...), a computed ``__tablename__`` on the base, pydantic
models in the same files as the mapped classes, tables in a second schema
(``{"schema": "dispatch_core"}``), sqlalchemy-utils ``TSVectorType`` search columns,
association ``Table(...)`` objects."""

from recipe import Recipe

CONFIG = '''\
"""Stand-in (ours) for dispatch.config: the values the models read at import time."""

SQLALCHEMY_DATABASE_URI = "postgresql+psycopg2://corpus@localhost/corpus"
DATABASE_ENGINE_POOL_TIMEOUT = 30
DATABASE_ENGINE_POOL_RECYCLE = 3600
DATABASE_ENGINE_POOL_SIZE = 5
DATABASE_ENGINE_MAX_OVERFLOW = 10
DATABASE_ENGINE_POOL_PING = False
DISPATCH_ENCRYPTION_KEY = "corpus"
DISPATCH_JWT_SECRET = "corpus"
DISPATCH_JWT_ALG = "HS256"
DISPATCH_JWT_EXP = 86400


def __getattr__(name):
    if name.startswith("__"):
        raise AttributeError(name)
    return "corpus"
'''

RECIPE = Recipe(
    name="dispatch",
    repo="Netflix/dispatch",
    style="declarative + many mixins",
    files=("src/dispatch/*models.py", "src/dispatch/*enums.py", "src/dispatch/database/core.py"),
    strip="src/",
    stubs={"dispatch/config.py": CONFIG},
    stub_roots=("dispatch", "*"),
    prelude=("CREATE SCHEMA dispatch_core",),
    schemas=("public", "dispatch_core"),  # as the plan's note asks
    metadata="dispatch.database.core:Base.metadata",
    imports=("dispatch/**/models.py", "dispatch/models.py"),
    models="dispatch",
    drift=(
        "ALTER TABLE incident RENAME COLUMN participants_location TO participants_region",
        "ALTER TABLE tag ALTER COLUMN created_at SET NOT NULL",
        "CREATE TABLE incident_label (id serial PRIMARY KEY,"
        " incident_id integer NOT NULL REFERENCES incident (id) ON DELETE CASCADE,"
        " label varchar(100) NOT NULL CHECK (label <> ''), UNIQUE (incident_id, label))",
        "ALTER TABLE tag ALTER COLUMN uri TYPE text",
        "ALTER TABLE individual_contact DROP COLUMN office_phone",
        "ALTER TABLE incident DROP CONSTRAINT incident_duplicate_id_fkey,"
        " ADD CONSTRAINT incident_duplicate_id_fkey FOREIGN KEY (duplicate_id) REFERENCES incident (id)"
        " ON DELETE SET NULL",
        "CREATE INDEX ix_incident_reported_at ON incident (reported_at)",
        "COMMENT ON COLUMN incident.summary IS 'generated summary'",
        "ALTER TABLE tag ALTER COLUMN discoverable SET DEFAULT true",
        "ALTER TABLE tag ADD COLUMN color varchar(7)",
        "COMMENT ON TABLE dispatch_core.plugin IS 'installed plugins'",
        "ALTER TABLE incident ALTER COLUMN name SET NOT NULL",
        "ALTER TABLE incident RENAME TO incident_v2",
    ),
    dropped=("individual_contact.office_phone",),
)
