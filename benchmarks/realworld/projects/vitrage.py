"""openstack/vitrage (root-cause analysis; retired: the last commit of master removed the code, so the
one before it is laid out): eight tables in one module, classic declarative on ``declarative_base(cls=
VitrageBase)`` whose base takes oslo.db's ``TimestampMixin`` and ``ModelBase`` (read from the installed
library) and gives MySQL's options as ``__table_args__``, attributes mapped to other column names
(``event_id = Column("id", BigInteger(), ...)``, ``uuid = Column("id", ...)``), TypeDecorators of the
module (JSON text, a zlib-compressed ``LargeBinary`` of a computed length ``(2 ** 32) - 1``), a type
``BigInteger().with_variant(AutoIncrementInteger, 'sqlite')`` held in a module constant, composite
primary keys, a Python-side default of a module constant datetime."""

from recipe import Recipe

RECIPE = Recipe(
    name="vitrage",
    repo="openstack/vitrage",
    style="classic declarative on an oslo.db base, attributes named apart from their columns",
    files=("vitrage/storage/sqlalchemy/models.py",),
    stubs={"vitrage/__init__.py": "", "vitrage/storage/__init__.py": "", "vitrage/storage/sqlalchemy/__init__.py": ""},
    metadata="vitrage.storage.sqlalchemy.models:Base.metadata",
    imports=("vitrage.storage.sqlalchemy.models",),
    models="vitrage/storage/sqlalchemy",
    line_length=79,
    ref="5b57e2b32a6d02992a28d9a671ebba5e308fd141",  # master's last commit with the code
    drift=(
        "ALTER TABLE alarms RENAME COLUMN vitrage_resource_type TO resource_type",
        "ALTER TABLE templates ALTER COLUMN status TYPE varchar(32)",
        "ALTER TABLE alarms ALTER COLUMN project_id SET NOT NULL",
        "ALTER TABLE webhooks ADD COLUMN description varchar(255)",
        "CREATE INDEX ix_edges_label ON edges (label)",
        "COMMENT ON COLUMN alarms.vitrage_type IS 'the datasource type of the alarm'",
        "ALTER TABLE active_actions ALTER COLUMN score SET DEFAULT 0",
        "ALTER TABLE templates DROP COLUMN status_details",
        "CREATE TABLE alarm_notes (id serial PRIMARY KEY, vitrage_id varchar(128) NOT NULL"
        " REFERENCES alarms (vitrage_id), body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE webhooks RENAME TO vitrage_webhooks",
    ),
    dropped=("templates.status_details",),
)
