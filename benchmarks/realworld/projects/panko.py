"""openstack/panko (the event store of Telemetry; retired: the last commits of master removed the
code, so the one before them is laid out): classic declarative on ``declarative_base(cls=PankoBase)``,
a base class whose ``__table_args__`` dict of MySQL options every model but one replaces with a tuple
of named ``Index``es of string columns, a module ``TypeDecorator`` over ``Text`` that serializes JSON
and one over ``DateTime`` that picks a MySQL ``DECIMAL`` in ``load_dialect_impl``, a ``deferred(Column
(...))`` column, composite keys of an integer key and a string, a relationship with a string
``backref``, ``Float(53)``. The package's other modules are permissive stubs."""

from recipe import Recipe

RECIPE = Recipe(
    name="panko",
    repo="openstack/panko",
    style="classic declarative on a cls= base, TypeDecorators, a deferred column",
    files=("panko/storage/sqlalchemy/models.py",),
    stubs={"panko/__init__.py": "", "panko/storage/__init__.py": "", "panko/storage/sqlalchemy/__init__.py": ""},
    stub_roots=("*",),
    metadata="panko.storage.sqlalchemy.models:Base.metadata",
    imports=("panko.storage.sqlalchemy.models",),
    models="panko/storage/sqlalchemy",
    line_length=79,
    ref="053b147b48e325498ec0e45171816eb24b45ecbf",  # master's last commit with the code
    drift=(
        "ALTER TABLE event_type RENAME COLUMN \"desc\" TO description",
        "ALTER TABLE trait_text ALTER COLUMN value TYPE text",
        "ALTER TABLE event ALTER COLUMN generated SET NOT NULL",
        "ALTER TABLE event ADD COLUMN project_id varchar(255)",
        "CREATE INDEX ix_trait_int_value ON trait_int (value)",
        "COMMENT ON COLUMN event.message_id IS 'the notification''s message id'",
        "ALTER TABLE trait_float ALTER COLUMN value SET DEFAULT 0",
        "ALTER TABLE event DROP COLUMN raw",
        "CREATE TABLE event_notes (id serial PRIMARY KEY, event_id integer NOT NULL REFERENCES event (id),"
        " body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE trait_float RENAME TO trait_double",
    ),
    dropped=("event.raw",),
)
