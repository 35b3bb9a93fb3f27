"""openstack/congress (policy as a service for OpenStack clouds):
classic declarative on ``declarative.declarative_base(cls=CongressBase)``, a base on oslo.db's
``ModelBase`` (read from the installed library) with a declared_attr ``__tablename__`` that every
class overrides with its own literal, the project's own mixins (``HasId`` with a Python-side
``default=uuidutils.generate_uuid``, ``HasAudit`` with ``default=_get_date`` / ``onupdate=_get_date``
of a module function and ``server_default=''`` beside ``default=''``), a class that redeclares two
of ``HasAudit``'s columns (``PolicyDeleted.created_at`` without its default), a composite string key,
classes with ``__init__`` methods of their own in modules of query functions decorated by the
project's ``retry_on_db_error``. No foreign key and no enum. What the modules import and is not laid
out (the session API, utilities, encryption) is a permissive stub."""

from recipe import Recipe

RECIPE = Recipe(
    name="congress",
    repo="openstack/congress",
    style="classic declarative on declarative_base(cls=...) with oslo.db's ModelBase, the project's mixins",
    files=("congress/db/model_base.py", "congress/db/datasources.py", "congress/db/db_ds_table_data.py",
           "congress/db/db_library_policies.py", "congress/db/db_policy_rules.py"),
    # the package's own __init__ asks pbr for the installed version
    stubs={"congress/__init__.py": "", "congress/db/__init__.py": ""},
    stub_roots=("*",),
    metadata="congress.db.model_base:BASE.metadata",
    imports=("congress.db.datasources", "congress.db.db_ds_table_data", "congress.db.db_library_policies",
             "congress.db.db_policy_rules"),
    models="congress/db",
    line_length=79,
    drift=(
        "ALTER TABLE datasources RENAME COLUMN driver TO driver_name",
        "ALTER TABLE library_policies ALTER COLUMN abbreviation TYPE varchar(16)",
        "ALTER TABLE policy_rules ALTER COLUMN name SET NOT NULL",
        "ALTER TABLE library_policies ADD COLUMN version varchar(32)",
        "CREATE INDEX ix_policy_rules_policy_name ON policy_rules (policy_name)",
        "COMMENT ON COLUMN datasources.config IS 'the driver configuration, as JSON'",
        "ALTER TABLE datasources ALTER COLUMN enabled SET DEFAULT true",
        "ALTER TABLE datasources DROP COLUMN description",
        "CREATE TABLE datasource_notes (id serial PRIMARY KEY, datasource_id varchar(36) NOT NULL"
        " REFERENCES datasources (id), body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE dstabledata RENAME TO ds_table_data",
    ),
    dropped=("datasources.description",),
    note="no enum in the drift: the models have none",
)
