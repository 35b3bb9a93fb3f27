"""openstack/aodh: classic declarative on ``declarative_base(cls=AodhBase)``, a base class whose
``__table_args__`` dict of MySQL options every model replaces with its own tuple, index names
made with ``'ix_%s_project_id' % __tablename__``, TypeDecorators of the module over ``Text`` and
``DateTime`` (one picking a MySQL type in ``load_dialect_impl``), Python-side ``default=`` lambdas
and uuid functions. The package's other modules are stand-ins."""

from recipe import Recipe

RECIPE = Recipe(
    name="aodh",
    repo="openstack/aodh",
    style="classic declarative on a cls= base, %-formatted index names",
    files=("aodh/storage/sqlalchemy/models.py",),
    stubs={"aodh/__init__.py": "", "aodh/storage/__init__.py": "", "aodh/storage/sqlalchemy/__init__.py": ""},
    metadata="aodh.storage.sqlalchemy.models:Base.metadata",
    imports=("aodh.storage.sqlalchemy.models",),
    models="aodh/storage/sqlalchemy",
    line_length=79,
    drift=(
        "ALTER TABLE alarm RENAME COLUMN state_reason TO state_explanation",
        "ALTER TABLE alarm_history ALTER COLUMN type TYPE varchar(40)",
        "ALTER TABLE alarm ALTER COLUMN name SET NOT NULL",
        "ALTER TABLE quota ADD COLUMN updated_at timestamp",
        "CREATE INDEX ix_alarm_history_timestamp ON alarm_history (timestamp)",
        "COMMENT ON TABLE alarm IS 'alarm definitions'",
        "ALTER TABLE alarm ALTER COLUMN enabled SET DEFAULT true",
        "ALTER TABLE alarm_history DROP COLUMN on_behalf_of",
        "CREATE TABLE alarm_note (id serial PRIMARY KEY, alarm_id varchar(128) NOT NULL"
        " REFERENCES alarm (alarm_id), body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE alarm RENAME TO alarm_v2",
    ),
    dropped=("alarm_history.on_behalf_of",),
)
