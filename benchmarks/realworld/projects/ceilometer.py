"""openstack/ceilometer (Telemetry's metering store, in its SQL storage era: the 9.0.4 tag, before the
storage drivers left for Gnocchi and Panko): classic declarative on ``declarative_base(cls=
CeilometerBase)``, a base class whose ``__table_args__`` dict of MySQL options every model replaces with
a tuple of named ``Index``es ending in that dict, a module ``TypeDecorator`` over ``Text`` that
serializes JSON and one over ``DateTime`` that picks a MySQL ``DECIMAL`` in ``load_dialect_impl``,
``deferred(Column(...))`` columns, composite keys of an integer foreign key and a string, relationships
with string ``backref``s, ``Float(53)``, Python-side ``default=lambda: timeutils.utcnow()``, an
``event.listens_for`` hook and a plain class of column aliases (``FullSample``). The package's other
modules are permissive stubs."""

from recipe import Recipe

RECIPE = Recipe(
    name="ceilometer",
    repo="openstack/ceilometer",
    style="classic declarative on a cls= base, TypeDecorators, deferred columns",
    files=("ceilometer/storage/sqlalchemy/models.py",),
    stubs={"ceilometer/__init__.py": "", "ceilometer/storage/__init__.py": "",
           "ceilometer/storage/sqlalchemy/__init__.py": ""},
    stub_roots=("*",),
    metadata="ceilometer.storage.sqlalchemy.models:Base.metadata",
    imports=("ceilometer.storage.sqlalchemy.models",),
    models="ceilometer/storage/sqlalchemy",
    line_length=79,
    ref="9.0.4",  # the last series with the SQL storage driver
    drift=(
        "ALTER TABLE sample RENAME COLUMN message_signature TO signature",
        "ALTER TABLE meter ALTER COLUMN unit TYPE varchar(64)",
        "ALTER TABLE resource ALTER COLUMN project_id SET NOT NULL",
        "ALTER TABLE resource ADD COLUMN display_name varchar(255)",
        "CREATE INDEX ix_sample_recorded_at ON sample (recorded_at)",
        "COMMENT ON COLUMN sample.volume IS 'the measured value'",
        "ALTER TABLE metadata_bool ALTER COLUMN value SET DEFAULT false",
        "ALTER TABLE resource DROP COLUMN metadata_hash",
        "CREATE TABLE resource_notes (id serial PRIMARY KEY, resource_id integer NOT NULL"
        " REFERENCES resource (internal_id), body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE metadata_float RENAME TO metadata_double",
    ),
    dropped=("resource.metadata_hash",),
)
